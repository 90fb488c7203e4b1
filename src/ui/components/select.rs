//! A `<select>` kept in step with its value: after undo, restore or another tab's version the
//! shown option follows the draft (option `selected` attributes alone do not, once a person has
//! chosen).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ui::hooks::use_effect_on;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    /// (value, label) pairs.
    pub options: Vec<(String, String)>,
    pub value: AttrValue,
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub disabled: bool,
    #[prop_or_default]
    pub class: &'static str,
}

#[function_component(Select)]
pub fn select(props: &Props) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_on(props.value.clone(), move |value| {
            // Read and written as an input: the same `value` property, and one import fewer.
            if let Some(el) = node.get().map(wasm_bindgen::JsCast::unchecked_into::<HtmlInputElement>) {
                if el.value() != value.as_str() {
                    el.set_value(value);
                }
            }
        });
    }
    let onchange = {
        let cb = props.on_change.clone();
        Callback::from(move |e: Event| cb.emit(crate::web::form_value::value_of(&e)))
    };
    html! {
        <select id={props.id.clone()} ref={node} class={crate::ui::derived::classes(&["zj-select", props.class])} {onchange} disabled={props.disabled}>
            { for props.options.iter().map(|(v, l)| html! { <option value={v.clone()} selected={*v == *props.value}>{ l }</option> }) }
        </select>
    }
}
