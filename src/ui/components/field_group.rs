//! The frame every GOV.UK form field shares: the group (red bar when in error), the label (or a
//! visually hidden one), the hint with id `{id}-hint`, and the field's messages. The control itself
//! comes as children.

use yew::prelude::*;

use super::field_messages::{invalid, FieldMessages};
use crate::core::check::Finding;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub hide_label: bool,
    pub messages: Vec<Finding>,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(FieldGroup)]
pub fn field_group(props: &Props) -> Html {
    let group = if invalid(&props.messages) { "zj-form-group zj-form-group-error" } else { "zj-form-group" };
    let label_class = if props.hide_label { "zj-visually-hidden" } else { "zj-label" };
    html! {
        <div class={group}>
            <label class={label_class} for={props.id.clone()}>{ &props.label }</label>
            if let Some(hint) = &props.hint {
                <div id={format!("{}-hint", props.id)} class="zj-hint">{ hint }</div>
            }
            <FieldMessages field_id={props.id.clone()} messages={props.messages.clone()} />
            { props.children.clone() }
        </div>
    }
}
