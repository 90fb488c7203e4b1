//! A labelled one-line input (GOV.UK text input): hint, inline messages, aria-invalid and
//! aria-describedby, checks when the field is left. Reports every keystroke as a String.
//! A plain function, not a component: it has no state of its own.

use yew::prelude::*;

use super::field_group::{field_group, Frame};
use super::field_messages::{described_by, invalid};
use crate::ui::context::AppContext;

/// What a text input shows and where its keystrokes go.
#[derive(Default)]
pub struct TextField {
    pub id: AttrValue,
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    pub on_input: Callback<String>,
    pub disabled: bool,
    /// Extra class for width, e.g. `zj-input-short`.
    pub class: &'static str,
    /// Id of a `<datalist>` offering suggestions.
    pub list: Option<AttrValue>,
    pub inputmode: Option<&'static str>,
    /// Visually hide the label (it is still read out), for table cells.
    pub hide_label: bool,
    /// Shown right after the input and kept beside it (GOV.UK input suffix), e.g. the unit; the
    /// field's messages stay above the pair.
    pub suffix: Option<Html>,
}

impl TextField {
    #[inline(never)]
    pub fn view(self, ctx: &AppContext) -> Html {
        let messages = ctx.messages_for(&self.id);
        let cb = self.on_input;
        let oninput = Callback::from(move |e: InputEvent| cb.emit(crate::web::form_value::value_of(&e)));
        let bad = invalid(&messages);
        let control = html! {
            <input
                id={self.id.clone()}
                class={crate::ui::derived::classes(&["zj-input", self.class, if bad { "zj-input-error" } else { "" }])}
                type="text"
                value={self.value}
                {oninput}
                onblur={ctx.on_blur()}
                disabled={self.disabled || ctx.read_only()}
                list={self.list}
                inputmode={self.inputmode}
                autocomplete="off"
                spellcheck="false"
                aria-invalid={bad.then_some("true")}
                aria-describedby={described_by(&self.id, self.hint.is_some(), &messages)}
            />
        };
        let control = match self.suffix {
            Some(suffix) => html! { <div class="zj-input-wrapper">{ control }{ suffix }</div> },
            None => control,
        };
        let frame = Frame { id: &self.id, label: self.label, hint: self.hint, hide_label: self.hide_label, messages: &messages };
        field_group(frame, control)
    }
}
