//! One indicator of a chapter as a table row: this year's value with its unit, last year's
//! value, the target, and what the checker derives (rate, growth, completion) as computed.

use yew::prelude::*;

use super::{Select, TextField};
use crate::core::check::Derived;
use crate::core::model::IndicatorEntry;
use crate::core::template::IndicatorSpec;
use crate::ui::context::use_app;
use crate::ui::derived::ids;
use crate::ui::edit::{Edit, IndicatorField};
use crate::ui::engine;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub chapter: AttrValue,
    pub entry: IndicatorEntry,
    /// The template's definition; `None` for an indicator the template no longer has.
    pub spec: Option<IndicatorSpec>,
    /// Values the checker computes for this indicator (rate, completion, growth).
    #[prop_or_default]
    pub derived: Vec<Derived>,
}

#[function_component(IndicatorRow)]
pub fn indicator_row(props: &Props) -> Html {
    let ctx = use_app();
    let p = ctx.prefix();
    let e = &props.entry;
    let name = props.spec.as_ref().map(|s| s.name.clone()).unwrap_or_else(|| e.indicator.clone());
    let field = |f: IndicatorField| {
        let chapter = props.chapter.to_string();
        let indicator = e.indicator.clone();
        ctx.on_text(move |text| Edit::Indicator { chapter: chapter.clone(), indicator: indicator.clone(), field: f, text })
    };
    let id = |f: IndicatorField| ids::indicator(&p, &props.chapter, &e.indicator, f.key());
    let mut units: Vec<String> = props.spec.as_ref().map(|s| s.units.clone()).unwrap_or_default();
    if let Some(s) = &props.spec {
        if !units.contains(&s.unit) {
            units.insert(0, s.unit.clone());
        }
    }
    if !e.unit.is_empty() && !units.contains(&e.unit) {
        units.push(e.unit.clone());
    }
    let unit_id = id(IndicatorField::Unit);
    html! {
        <tr class="zj-indicator">
            <th scope="row">{ &name }<div class="zj-token-hint">{ format!("{{{{{}}}}}", e.indicator) }</div></th>
            <td>
                <div class="zj-value-unit">
                    <TextField id={id(IndicatorField::Text)} label={format!("{name} 本年数值")} hide_label=true
                        value={e.text.clone()} on_input={field(IndicatorField::Text)} class={classes!("zj-input-num")} inputmode={Some(AttrValue::from("decimal"))} />
                    if units.len() > 1 {
                        <label class="zj-visually-hidden" for={unit_id.clone()}>{ format!("{name} 单位") }</label>
                        <Select id={unit_id} class={classes!("zj-select-unit")} options={units.iter().map(|u| (u.clone(), u.clone())).collect::<Vec<_>>()}
                            value={e.unit.clone()} on_change={field(IndicatorField::Unit)} disabled={ctx.read_only()} />
                    } else {
                        <span class="zj-unit">{ &e.unit }</span>
                    }
                </div>
            </td>
            <td>
                <TextField id={id(IndicatorField::LastYear)} label={format!("{name} 上年数值")} hide_label=true
                    value={e.last_year.clone()} on_input={field(IndicatorField::LastYear)} class={classes!("zj-input-num")} />
            </td>
            <td>
                <TextField id={id(IndicatorField::Target)} label={format!("{name} 目标值")} hide_label=true
                    value={e.target.clone()} on_input={field(IndicatorField::Target)} class={classes!("zj-input-num")} />
            </td>
            <td class="zj-derived" aria-live="polite">
                { for props.derived.iter().map(|d| {
                    let off = d.agrees == Some(false);
                    html! {
                        <div class={classes!(off.then_some("zj-derived-off"))}>
                            { engine::derived_line(d) }
                            if off { <span class="zj-visually-hidden">{ "，与所填不符" }</span> }
                        </div>
                    }
                }) }
            </td>
        </tr>
    }
}
