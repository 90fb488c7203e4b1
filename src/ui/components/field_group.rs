//! The frame every GOV.UK form field shares: the group (red bar when in error), the label (or a
//! visually hidden one), the hint with id `{id}-hint`, and the field's messages, then the control.

use yew::prelude::*;

use super::field_messages::{field_messages, invalid};
use crate::core::check::Finding;

/// What the frame around a control shows.
pub struct Frame<'a> {
    pub id: &'a AttrValue,
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
    pub hide_label: bool,
    pub messages: &'a [Finding],
}

/// The field group around `control`.
#[inline(never)]
pub fn field_group(frame: Frame<'_>, control: Html) -> Html {
    let group = if invalid(frame.messages) { "zj-form-group zj-form-group-error" } else { "zj-form-group" };
    let label_class = if frame.hide_label { "zj-visually-hidden" } else { "zj-label" };
    html! {
        <div class={group}>
            <label class={label_class} for={frame.id.clone()}>{ frame.label }</label>
            if let Some(hint) = frame.hint {
                <div id={format!("{}-hint", frame.id)} class="zj-hint">{ hint }</div>
            }
            { field_messages(frame.id, frame.messages) }
            { control }
        </div>
    }
}
