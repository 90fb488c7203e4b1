//! 基本信息: unit, year Y, higher bodies, title style and date, with the title previewed live.

use yew::prelude::*;

use crate::ui::hooks::use_effect_on;

use crate::core::template::ReportKind;
use crate::ui::components::field_messages::{field_messages, invalid};
use crate::ui::components::{PartPage, Select, TextField};
use crate::ui::context::use_app;
use crate::ui::derived::ids;
use crate::ui::edit::{Edit, MetaField};
use crate::ui::engine;
use crate::ui::state::Page;

/// A four-digit year from what was typed (full-width digits accepted).
pub fn parse_year(text: &str) -> Option<i32> {
    let digits: String = text
        .trim()
        .trim_end_matches('年')
        .chars()
        .map(|c| if ('０'..='９').contains(&c) { char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c) } else { c })
        .collect();
    digits.parse::<i32>().ok().filter(|y| (1949..=2200).contains(y))
}

/// A labelled choice among fixed words (title connector, name of the second part).
#[inline(never)]
fn select(id: String, label: &str, value: &str, options: &[&'static str], on: Callback<String>, disabled: bool) -> Html {
    let options: Vec<(String, String)> = options.iter().map(|o| (o.to_string(), o.to_string())).collect();
    html! {
        <div class="zj-form-group">
            <label class="zj-label" for={id.clone()}>{ label }</label>
            <Select id={id} {options} value={value.to_string()} on_change={on} {disabled} />
        </div>
    }
}

#[hook]
pub fn use_meta_page() -> Result<PartPage, Html> {
    let ctx = use_app();
    let draft = ctx.draft();
    let year_text = use_state(|| draft.as_ref().filter(|d| d.meta.year > 0).map(|d| d.meta.year.to_string()).unwrap_or_default());
    {
        let year_text = year_text.clone();
        let year = draft.as_ref().map(|d| d.meta.year).unwrap_or(0);
        use_effect_on(year, move |year| {
            if parse_year(&year_text) != Some(*year) && *year > 0 {
                year_text.set(year.to_string());
            }
        });
    }
    let (Some(draft), Some(template)) = (draft, ctx.template()) else { return Err(Html::default()) };
    let p = ctx.prefix();
    let m = &draft.meta;
    let on = |f: MetaField| ctx.on_text(Edit::Meta(f, String::new()));
    let on_year = {
        let ctx = ctx.clone();
        let year_text = year_text.clone();
        Callback::from(move |t: String| {
            if let Some(y) = parse_year(&t) {
                ctx.edit(Edit::Year(y));
            }
            year_text.set(t);
        })
    };
    let year_problem = (!year_text.is_empty() && parse_year(&year_text).is_none())
        .then_some("请填写四位数的年份，如 2025。");
    let fixed_unit = ctx.options.fixed_unit.is_some();
    let fixed_year = ctx.options.fixed_year.is_some();
    let two_parts = template.kind == ReportKind::SummaryAndPlan;
    let year_id = ids::meta(&p, "year");
    // The draft check's findings on the year (e.g. 1999), shown like any other field's; what was
    // typed but is not a year at all is said first.
    let year_messages = if year_problem.is_some() { Vec::new() } else { ctx.messages_for(&year_id) };
    let year_error = year_problem.is_some() || !year_messages.is_empty();
    let year_invalid = year_problem.is_some() || invalid(&year_messages);
    Ok(PartPage {
        title: "基本信息".into(),
        caption: "标题与落款",
        page: Page::Meta,
        children: html! { <>
            { TextField { id: ids::meta(&p, "unit").into(), label: "单位名称".into(), value: m.unit.clone().into(), on_input: on(MetaField::Unit),
                hint: Some("写全称，如“某某区某某街道办事处”或“某某街道党工委”。".into()), disabled: fixed_unit, ..TextField::default() }.view(&ctx) }
            <div class={if year_invalid { "zj-form-group zj-form-group-error" } else { "zj-form-group" }}>
                <label class="zj-label" for={year_id.clone()}>{ "总结的年份" }</label>
                <div class="zj-hint" id={crate::ui::derived::ids::join(&year_id, "-hint")}>{ "即标题中“××年工作总结”的年份。" }</div>
                if let Some(msg) = year_problem {
                    <p class="zj-error-message" id={crate::ui::derived::ids::join(&year_id, "-error")}>{ msg }</p>
                }
                { field_messages(&year_id, &year_messages) }
                <input id={year_id.clone()} class="zj-input zj-input-short" type="text" inputmode="numeric"
                    value={(*year_text).clone()} disabled={fixed_year || ctx.read_only()}
                    oninput={move |e: InputEvent| on_year.emit(crate::web::form_value::value_of(&e))}
                    onblur={ctx.on_blur()}
                    aria-invalid={year_invalid.then_some("true")}
                    aria-describedby={if year_error { format!("{year_id}-hint {year_id}-error") } else { crate::ui::derived::ids::join(&year_id, "-hint") }} />
            </div>
            { TextField { id: ids::meta(&p, "higher_bodies").into(), label: "上级机关".into(), value: m.higher_bodies.clone().into(), on_input: on(MetaField::HigherBodies),
                hint: Some("导语和结束语中提到的上级，如“区委、区政府”。".into()), ..TextField::default() }.view(&ctx) }
            if two_parts {
                <div class="zj-inline-group">
                    { select(ids::meta(&p, "connector"), "标题连接词", &m.title_style.connector, &["和", "及"], on(MetaField::Connector), ctx.read_only()) }
                    { select(ids::meta(&p, "plan_word"), "第二部分名称", &m.title_style.plan_word, &["工作安排", "工作打算", "工作思路", "重点工作"], on(MetaField::PlanWord), ctx.read_only()) }
                </div>
            }
            <div class="zj-title-preview">
                <span class="zj-caption">{ "标题预览" }</span>
                <p class="zj-title-preview-text" aria-live="polite">{ engine::title(&draft, &template) }</p>
            </div>
            { TextField { id: ids::meta(&p, "date").into(), label: "成文日期（可不填）".into(), value: m.date.clone().into(), on_input: on(MetaField::Date),
                hint: Some("如“2025年12月20日”，印在文末。".into()), class: "zj-input-medium", ..TextField::default() }.view(&ctx) }
        </> },
    })
}
