//! A labelled multi-line field (GOV.UK textarea) with inline messages, a character count, an
//! optional `NodeRef` so a caller can insert text at the cursor, and optionally figure tokens
//! shown by indicator name while the draft keeps ids (`core::token_names`). A plain function,
//! not a component: it has no state of its own.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::field_group::{field_group, Frame};
use super::field_messages::{described_by, invalid};
use crate::core::token_names::TokenNames;
use crate::ui::context::AppContext;
use crate::ui::derived::char_count;

/// What a text area shows and where its keystrokes go.
pub struct TextArea {
    pub id: AttrValue,
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    pub on_input: Callback<String>,
    pub rows: u32,
    pub node_ref: NodeRef,
    pub hide_label: bool,
    /// Show the character count under the field.
    pub count: bool,
    /// The text as the reader will read it, when it differs from `value` (figure tokens
    /// printed): the count counts this.
    pub printed: Option<String>,
    /// Figure tokens are shown by name (`value` and what `on_input` gets hold ids).
    pub tokens: Option<Rc<TokenNames>>,
}

impl Default for TextArea {
    fn default() -> Self {
        TextArea {
            id: AttrValue::default(),
            label: AttrValue::default(),
            hint: None,
            value: AttrValue::default(),
            on_input: Callback::default(),
            rows: 4,
            node_ref: NodeRef::default(),
            hide_label: false,
            count: true,
            printed: None,
            tokens: None,
        }
    }
}

impl TextArea {
    #[inline(never)]
    pub fn view(self, ctx: &AppContext) -> Html {
        let messages = ctx.messages_for(&self.id);
        let cb = self.on_input;
        let count = self.count.then(|| format!("{} 字", char_count(self.printed.as_deref().unwrap_or(&self.value))));
        let value = match &self.tokens {
            Some(names) if self.value.contains("{{") => names.to_display(&self.value).into(),
            _ => self.value,
        };
        let tokens = self.tokens;
        let oninput = Callback::from(move |e: InputEvent| {
            let typed = crate::web::form_value::value_of(&e);
            cb.emit(match &tokens {
                Some(names) if typed.contains("{{") => stored(names, &e, typed),
                _ => typed,
            })
        });
        let bad = invalid(&messages);
        let control = html! {
            <>
                <textarea
                    id={self.id.clone()}
                    ref={self.node_ref}
                    class={if bad { "zj-textarea zj-input-error" } else { "zj-textarea" }}
                    rows={self.rows.to_string()}
                    {value}
                    {oninput}
                    onblur={ctx.on_blur()}
                    disabled={ctx.read_only()}
                    spellcheck="false"
                    aria-invalid={bad.then_some("true")}
                    aria-describedby={described_by(&self.id, self.hint.is_some(), &messages)}
                />
                if let Some(count) = count {
                    <div class="zj-count" aria-live="off">{ count }</div>
                }
            </>
        };
        let frame = Frame { id: &self.id, label: self.label, hint: self.hint, hide_label: self.hide_label, messages: &messages };
        field_group(frame, control)
    }
}

/// What the author typed, as the draft stores it. When the field must show it otherwise (an id
/// typed in a token becomes the name), the field is set here with the caret kept as far from the
/// end as it was, so that the render after it finds nothing to change and leaves the caret alone.
fn stored(names: &TokenNames, e: &InputEvent, typed: String) -> String {
    let stored = names.from_display(&typed);
    let shown = names.to_display(&stored);
    if shown != typed {
        if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
            let from_end = utf16_len(&typed).saturating_sub(area.selection_start().ok().flatten().unwrap_or(0));
            area.set_value(&shown);
            let caret = utf16_len(&shown).saturating_sub(from_end);
            let _ = area.set_selection_range(caret, caret);
        }
    }
    stored
}

/// `on_input` for a field that shows figure tokens by name (a `TextField`): stores what is typed
/// with ids.
pub fn storing(names: &Rc<TokenNames>, on_input: Callback<String>) -> Callback<String> {
    let names = names.clone();
    Callback::from(move |shown: String| on_input.emit(names.from_display(&shown)))
}

/// The length of `s` in UTF-16 units, as a text control's caret counts.
pub fn utf16_len(s: &str) -> u32 {
    let mut n = 0;
    for c in s.chars() {
        n += c.len_utf16() as u32;
    }
    n
}
