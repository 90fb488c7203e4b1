//! A file chooser whose button says 选择文件, in place of the browser's own control (its words
//! follow the browser's language: "Choose File", "No file chosen"). The real `<input type=file>`
//! stays in the page, visually hidden but reached by Tab, named by the field's label and showing
//! its focus on the button; the button is a second label of the input, so a click on it opens the
//! browser's file dialog. Not for reading the chosen file (`web::file_input`).

use yew::prelude::*;

/// The chooser for the field `id` (its `<label for>` is the caller's).
#[inline(never)]
pub fn file_picker(id: String, accept: &'static str, onchange: Callback<Event>, described_by: Option<String>) -> Html {
    html! {
        <div class="zj-file-picker">
            <input type="file" id={id.clone()} class="zj-file-input" {accept} {onchange} aria-describedby={described_by} />
            <label for={id} class="zj-button zj-secondary zj-file-button">{ "选择文件" }</label>
        </div>
    }
}
