//! Suggested phrasings from the template (our own examples), each with a button that puts it
//! into the field, placeholders filled from the draft ({unit}, {year}, {next_year}, {higher_bodies}).

use yew::prelude::*;

use super::markup::button;
use crate::core::model::Draft;

/// Fills a template example's placeholders from the draft.
pub fn fill(example: &str, d: &Draft) -> String {
    let year = if d.meta.year > 0 { d.meta.year.to_string() } else { "××".into() };
    let next = if d.meta.year > 0 { (d.meta.year + 1).to_string() } else { "××".into() };
    example
        .replace("{unit}", &d.meta.unit)
        .replace("{next_year}", &next)
        .replace("{year}", &year)
        .replace("{higher_bodies}", &d.meta.higher_bodies)
}

/// The suggestions under a field; `on_use` receives the chosen text. Nothing when there are none.
pub fn suggestions(examples: &[String], on_use: &Callback<String>) -> Html {
    if examples.is_empty() {
        return Html::default();
    }
    html! {
        <details class="zj-details">
            <summary>{ "参考写法" }</summary>
            <ul class="zj-suggestions">
                { for examples.iter().map(|ex| {
                    let cb = on_use.clone();
                    let text = ex.clone();
                    html! {
                        <li>
                            <p>{ ex }</p>
                            { button("zj-button zj-button-small zj-secondary", "使用此句".into(), Callback::from(move |_| cb.emit(text.clone())), false, None) }
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}
