//! One indicator of a chapter as a table row: this year's value with its unit, last year's
//! value, the target, and what the checker derives (rate, growth, completion) as computed.

use yew::prelude::*;

use super::{Select, TextField};
use crate::ui::context::AppContext;
use crate::core::check::Derived;
use crate::core::model::IndicatorEntry;
use crate::core::template::IndicatorSpec;
use crate::core::token_names::TokenNames;
use crate::ui::derived::ids;
use crate::ui::edit::{Edit, IndicatorField};
use crate::ui::engine;

/// The row of indicator `e` of `chapter`: `spec` is the template's definition (`None` for an
/// indicator the template no longer has), `derived` the values the checker computes for it,
/// `names` how its token shows in prose.
pub fn indicator_row(ctx: &AppContext, chapter: &str, e: &IndicatorEntry, spec: Option<&IndicatorSpec>, derived: &[Derived], names: &TokenNames) -> Html {
    let p = ctx.prefix();
    let name = spec.map(|s| s.name.clone()).unwrap_or_else(|| e.indicator.clone());
    // Its token is the name in braces; only when the name cannot serve (two indicators share
    // it) is the token to type, `{{id}}`, shown under the name.
    let hint = names.name_of(&e.indicator).is_none().then(|| names.display_token(&e.indicator));
    let field = |f: IndicatorField| {
        ctx.on_text(Edit::Indicator { chapter: chapter.to_string(), indicator: e.indicator.clone(), field: f, text: String::new() })
    };
    let id = |f: IndicatorField| ids::indicator(&p, chapter, &e.indicator, f.key());
    let mut units: Vec<String> = spec.map(|s| s.units.clone()).unwrap_or_default();
    if let Some(s) = spec {
        if !units.contains(&s.unit) {
            units.insert(0, s.unit.clone());
        }
    }
    if !e.unit.is_empty() && !units.contains(&e.unit) {
        units.push(e.unit.clone());
    }
    let unit_id = id(IndicatorField::Unit);
    // The unit sits right after the value (a suffix of the input), never apart from it.
    let unit = if units.len() > 1 {
        html! {
            <>
                <label class="zj-visually-hidden" for={unit_id.clone()}>{ format!("{name} 单位") }</label>
                <Select id={unit_id} class="zj-select-unit" options={units.iter().map(|u| (u.clone(), u.clone())).collect::<Vec<_>>()}
                    value={e.unit.clone()} on_change={field(IndicatorField::Unit)} disabled={ctx.read_only()} />
            </>
        }
    } else {
        html! { <span class="zj-unit">{ &e.unit }</span> }
    };
    html! {
        <tr class="zj-indicator">
            <th scope="row">{ &name }if let Some(hint) = hint { <div class="zj-token-hint">{ hint }</div> }</th>
            <td data-label="本年">
                { TextField { id: id(IndicatorField::Text).into(), label: format!("{name} 本年数值").into(), hide_label: true,
                    value: e.text.clone().into(), on_input: field(IndicatorField::Text), class: "zj-input-num", inputmode: Some("decimal"),
                    suffix: Some(unit), ..TextField::default() }.view(ctx) }
            </td>
            <td data-label="上年">
                { TextField { id: id(IndicatorField::LastYear).into(), label: format!("{name} 上年数值").into(), hide_label: true,
                    value: e.last_year.clone().into(), on_input: field(IndicatorField::LastYear), class: "zj-input-num", ..TextField::default() }.view(ctx) }
            </td>
            <td data-label="目标">
                { TextField { id: id(IndicatorField::Target).into(), label: format!("{name} 目标值").into(), hide_label: true,
                    value: e.target.clone().into(), on_input: field(IndicatorField::Target), class: "zj-input-num", ..TextField::default() }.view(ctx) }
            </td>
            <td class="zj-derived" aria-live="polite">
                { for derived.iter().map(|d| {
                    let off = d.agrees == Some(false);
                    html! {
                        <div class={off.then_some("zj-derived-off")}>
                            { engine::derived_line(d) }
                            if off { <span class="zj-visually-hidden">{ "，与所填不符" }</span> }
                        </div>
                    }
                }) }
            </td>
        </tr>
    }
}
