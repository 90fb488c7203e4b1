//! A labelled multi-line field (GOV.UK textarea) with inline messages, a character count and an
//! optional `NodeRef` so a caller can insert text at the cursor. A plain function, not a
//! component: it has no state of its own.

use yew::prelude::*;

use super::field_group::{field_group, Frame};
use super::field_messages::{described_by, invalid};
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
        }
    }
}

impl TextArea {
    #[inline(never)]
    pub fn view(self, ctx: &AppContext) -> Html {
        let messages = ctx.messages_for(&self.id);
        let cb = self.on_input;
        let oninput = Callback::from(move |e: InputEvent| cb.emit(crate::web::form_value::value_of(&e)));
        let bad = invalid(&messages);
        let count = self.count.then(|| format!("{} 字", char_count(self.printed.as_deref().unwrap_or(&self.value))));
        let control = html! {
            <>
                <textarea
                    id={self.id.clone()}
                    ref={self.node_ref}
                    class={if bad { "zj-textarea zj-input-error" } else { "zj-textarea" }}
                    rows={self.rows.to_string()}
                    value={self.value}
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
