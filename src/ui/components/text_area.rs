//! A labelled multi-line field (GOV.UK textarea) with inline messages, a character count and an
//! optional `NodeRef` so a caller can insert text at the cursor.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::field_group::FieldGroup;
use super::field_messages::{described_by, invalid};
use crate::ui::context::use_app;
use crate::ui::derived::char_count;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    pub on_input: Callback<String>,
    #[prop_or(4)]
    pub rows: u32,
    #[prop_or_default]
    pub node_ref: NodeRef,
    #[prop_or_default]
    pub hide_label: bool,
    #[prop_or(true)]
    pub count: bool,
}

#[function_component(TextArea)]
pub fn text_area(props: &Props) -> Html {
    let ctx = use_app();
    let messages = ctx.messages_for(&props.id);
    let oninput = {
        let cb = props.on_input.clone();
        Callback::from(move |e: InputEvent| cb.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    };
    html! {
        <FieldGroup id={props.id.clone()} label={props.label.clone()} hint={props.hint.clone()}
            hide_label={props.hide_label} messages={messages.clone()}>
            <textarea
                id={props.id.clone()}
                ref={props.node_ref.clone()}
                class={classes!("zj-textarea", invalid(&messages).then_some("zj-input-error"))}
                rows={props.rows.to_string()}
                value={props.value.clone()}
                {oninput}
                onblur={ctx.on_blur()}
                disabled={ctx.read_only()}
                spellcheck="false"
                aria-invalid={invalid(&messages).then_some("true")}
                aria-describedby={described_by(&props.id, props.hint.is_some(), &messages)}
            />
            if props.count {
                <div class="zj-count" aria-live="off">{ format!("{} 字", char_count(&props.value)) }</div>
            }
        </FieldGroup>
    }
}
