//! Builders for the elements every page repeats (buttons, back links, hints, headings, column
//! headers). Each is outlined once, so a use is one call instead of a fresh `html!` expansion,
//! which costs a few hundred bytes of wasm per element. Not for elements with logic of their own.

use yew::prelude::*;

use crate::ui::derived::ids;

/// `<button type="button">` with a static class; `aria_label` when the visible label needs context.
#[inline(never)]
pub fn button(class: &'static str, label: AttrValue, onclick: Callback<MouseEvent>, disabled: bool, aria_label: Option<AttrValue>) -> Html {
    html! { <button type="button" {class} {onclick} {disabled} aria-label={aria_label}>{ label }</button> }
}

/// A `<tag>` with a static class (none when empty) holding one text, e.g. `<p class="zj-hint">`.
#[inline(never)]
pub fn text_in(tag: &'static str, class: &'static str, text: AttrValue) -> Html {
    // Through `html!`: building a `VTag` by hand (`VTag::new`, `add_attribute`) pulls in Yew's
    // run-time element and attribute-map code, which costs more wasm than all the uses save.
    html! { <@{tag} class={(!class.is_empty()).then_some(class)}>{ text }</@> }
}

/// The page's `<h1>`, with the id focus moves to after navigation.
#[inline(never)]
pub fn page_heading(prefix: &str, title: AttrValue) -> Html {
    html! { <h1 class="zj-heading-l" id={ids::page_heading(prefix)} tabindex="-1">{ title }</h1> }
}

/// The link back at the top of a page.
#[inline(never)]
pub fn back_link(label: &'static str, onclick: Callback<MouseEvent>) -> Html {
    html! { <a href="#" class="zj-back-link" {onclick}>{ label }</a> }
}

/// A table's column headers (`<th scope="col">`), then an actions column named only for
/// screen readers when `actions`.
#[inline(never)]
pub fn column_headers(labels: &[&'static str], actions: bool) -> Html {
    html! {
        <thead><tr>
            { for labels.iter().map(|l| html! { <th scope="col">{ *l }</th> }) }
            if actions { <th scope="col"><span class="zj-visually-hidden">{ "操作" }</span></th> }
        </tr></thead>
    }
}
