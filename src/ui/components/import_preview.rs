//! The preview of an import: what the importer recognised (title, unit, year, parts, chapters
//! with their template match and points, indicators filled from the prose) and its notes
//! (removed junk, a rewritten title), before the author opens the draft.

use yew::prelude::*;

use super::markup::{column_headers, text_in};
use crate::core::import::ImportResult;

/// Id of the preview's heading (focused once the structure is recognised).
pub fn heading_id(prefix: &str) -> String {
    crate::ui::derived::ids::join(&prefix, "-import-preview-title")
}

fn or_missing(s: &str) -> String {
    if s.trim().is_empty() { "未识别".into() } else { s.to_string() }
}

/// One recognised fact: what it is and what was found.
#[inline(never)]
fn row(key: &'static str, value: String) -> Html {
    html! {
        <div class="zj-summary-row"><dt class="zj-summary-key">{ key }</dt><dd class="zj-summary-value">{ value }</dd></div>
    }
}

/// The preview of `r` in the app whose ids start with `prefix`.
pub fn import_preview(prefix: &str, r: &ImportResult) -> Html {
    let title_id = heading_id(prefix);
    let d = &r.draft;
    let rep = &r.report;
    let parts: Vec<&str> = rep.parts.iter().map(|k| k.label()).collect();
    html! {
        <section class="zj-import-preview" aria-labelledby={title_id.clone()}>
            <h2 class="zj-heading-m" id={title_id} tabindex="-1">{ "识别结果" }</h2>
            <dl class="zj-summary-list">
                { row("标题", rep.title.clone().unwrap_or_else(|| "原文没有标题（将按单位和年份生成）".into())) }
                { row("单位", or_missing(&d.meta.unit)) }
                { row("年份", rep.year.map(|y| format!("{y}年")).unwrap_or_else(|| "未识别".into())) }
                { row("组成部分", if parts.is_empty() { "未识别".into() } else { parts.join("、") }) }
                { row("问题与打算", format!("存在问题 {} 条，工作打算 {} 条", d.problems.len(), d.plan.len())) }
            </dl>
            { text_in("h3", "zj-heading-s", format!("工作总结章节（{} 章）", rep.chapters.len()).into()) }
            if rep.chapters.is_empty() {
                { text_in("p", "zj-empty", "没有识别出章节，全文将作为导语保留。".into()) }
            } else {
                <table class="zj-table zj-import-chapters">
                    { column_headers(&["原文标题", "对应模板章节", "要点"], false) }
                    <tbody>
                    { for rep.chapters.iter().map(|c| html! {
                        <tr>
                            <td>{ &c.heading }</td>
                            <td>{ match &c.template_name {
                                Some(n) => html! { <span class="zj-tag zj-tag-green">{ n }</span> },
                                None => html! { <span class="zj-tag zj-tag-grey">{ "自定义章节" }</span> },
                            } }</td>
                            <td>{ c.points }</td>
                        </tr>
                    }) }
                    </tbody>
                </table>
            }
            { text_in("h3", "zj-heading-s", format!("已填入的指标（{} 项）", rep.indicators.len()).into()) }
            if rep.indicators.is_empty() {
                { text_in("p", "zj-empty", "正文中的数字没有把握对应到模板指标，均保留在原文中。".into()) }
            } else {
                <ul class="zj-import-indicators">
                { for rep.indicators.iter().map(|i| html! {
                    <li><span class="zj-import-indicator-name">{ &i.name }</span>{ "：" }<strong>{ &i.text }</strong></li>
                }) }
                </ul>
            }
            if !r.findings.is_empty() {
                <h3 class="zj-heading-s">{ "导入说明" }</h3>
                <ul class="zj-findings">
                { for r.findings.iter().map(|f| html! {
                    <li class="zj-finding zj-finding-warning">
                        <span class="zj-finding-severity">{ f.severity.label() }</span>
                        { &f.message }
                        if let Some(line) = f.location.line {
                            <span class="zj-hint">{ format!("（第{line}行）") }</span>
                        }
                    </li>
                }) }
                </ul>
            }
            if rep.free_points > 0 {
                <p class="zj-hint">{ format!("有 {} 段文字未识别出要点标题，已原样保留在所在章节中。", rep.free_points) }</p>
            }
        </section>
    }
}
