//! A labelled one-line input (GOV.UK text input): hint, inline messages, aria-invalid and
//! aria-describedby, checks when the field is left. Reports every keystroke as a String.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::field_group::FieldGroup;
use super::field_messages::{described_by, invalid};
use crate::ui::context::use_app;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    pub on_input: Callback<String>,
    #[prop_or_default]
    pub disabled: bool,
    /// Extra class for width, e.g. `zj-input-short`.
    #[prop_or_default]
    pub class: Classes,
    /// Id of a `<datalist>` offering suggestions.
    #[prop_or_default]
    pub list: Option<AttrValue>,
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    /// Visually hide the label (it is still read out), for table cells.
    #[prop_or_default]
    pub hide_label: bool,
}

#[function_component(TextField)]
pub fn text_field(props: &Props) -> Html {
    let ctx = use_app();
    let messages = ctx.messages_for(&props.id);
    let oninput = {
        let cb = props.on_input.clone();
        Callback::from(move |e: InputEvent| cb.emit(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    html! {
        <FieldGroup id={props.id.clone()} label={props.label.clone()} hint={props.hint.clone()}
            hide_label={props.hide_label} messages={messages.clone()}>
            <input
                id={props.id.clone()}
                class={classes!("zj-input", props.class.clone(), invalid(&messages).then_some("zj-input-error"))}
                type="text"
                value={props.value.clone()}
                {oninput}
                onblur={ctx.on_blur()}
                disabled={props.disabled || ctx.read_only()}
                list={props.list.clone()}
                inputmode={props.inputmode.clone()}
                autocomplete="off"
                spellcheck="false"
                aria-invalid={invalid(&messages).then_some("true")}
                aria-describedby={described_by(&props.id, props.hint.is_some(), &messages)}
            />
        </FieldGroup>
    }
}
