//! A domain chapter: heading phrase (with the catalogue's suggestions), its indicators as a form,
//! and its points, where indicator figures can be inserted as tokens so each figure is written once
//! (shown by indicator name, stored by id: `core::token_names`).

use yew::prelude::*;

use crate::core::token_names::TokenNames;
use crate::ui::components::{indicator_row, point_list, PartPage, TextField};
use crate::ui::components::markup::{column_headers, text_in};
use crate::ui::context::AppContext;
use crate::ui::derived::{chapter_chars, chapter_label, ids};
use crate::ui::edit::{Edit, PointList};
use crate::ui::engine;
use crate::ui::state::Page;

/// The page of the chapter `id`.
pub fn view(ctx: &AppContext, id: &str) -> Result<PartPage, Html> {
    let (Some(draft), Some(template)) = (ctx.draft(), ctx.template()) else { return Err(Html::default()) };
    let Some(chapter) = draft.chapter(id).cloned() else {
        return Err(html! { <p>{ "这一章已被删除。" }</p> });
    };
    let p = ctx.prefix();
    let spec = chapter.template_chapter.as_deref().and_then(|t| template.chapters.iter().find(|c| c.id == t)).cloned();
    let on_heading = ctx.on_text(Edit::Heading { chapter: chapter.id.clone(), text: String::new() });
    let list_id = format!("{p}-ch-{}-headings", chapter.id);
    let find_spec = |ind: &str| {
        template.chapters.iter().flat_map(|c| c.indicators.iter()).find(|i| i.id == ind).cloned()
    };
    let token_choices: Vec<(String, String)> = chapter
        .indicators
        .iter()
        .map(|e| (e.indicator.clone(), find_spec(&e.indicator).map(|s| s.name).unwrap_or_else(|| e.indicator.clone())))
        .collect();
    let names = TokenNames::of_draft(&draft, &template);
    let label = chapter_label(&draft, &template, &chapter.id);
    let derived = engine::indicator_derived(&draft, &template);
    let derived_for = |ind: &str| derived.iter().filter(|d| d.chapter == chapter.id && d.indicator == ind).cloned().collect::<Vec<_>>();
    Ok(PartPage {
        title: label.into(),
        caption: "工作总结 · 章节",
        page: Page::Chapter(chapter.id.clone()),
        children: html! { <>
            if let Some(g) = spec.as_ref().map(|s| s.guidance.clone()).filter(|g| !g.is_empty()) {
                { text_in("p", "zj-lead", g.into()) }
            }
            { TextField { id: ids::heading(&p, &chapter.id).into(), label: "章节标题".into(), value: chapter.heading.clone().into(), on_input: on_heading,
                hint: Some("不写序号，序号由系统自动编排。如“聚焦民生保障，幸福指数稳步提升”。".into()),
                list: Some(list_id.clone().into()), ..TextField::default() }.view(ctx) }
            <datalist id={list_id}>
                if let Some(s) = &spec {
                    <option value={s.heading.clone()} />
                    { for s.alternatives.iter().map(|h| html! { <option value={h.clone()} /> }) }
                }
            </datalist>
            if !chapter.indicators.is_empty() {
                { text_in("h2", "zj-heading-m", "主要指标".into()) }
                { text_in("p", "zj-hint", "数字可以带千分位或全角，如“1,095”“１２００”；大额可写“1.25亿元”。指标填一次，正文中用“插入”引用，避免前后不一致。".into()) }
                <div class="zj-table-wrap">
                    <table class="zj-table zj-indicators">
                        { column_headers(&["指标", "本年", "上年", "目标", "计算结果"], false) }
                        <tbody>
                            { for chapter.indicators.iter().map(|e| indicator_row(ctx, &chapter.id, e, find_spec(&e.indicator).as_ref(), &derived_for(&e.indicator), &names)) }
                        </tbody>
                    </table>
                </div>
            }
            { text_in("h2", "zj-heading-m", "工作要点".into()) }
            { point_list(ctx, PointList::Chapter(chapter.id.clone()), "要点",
                "每条写一项工作：做了什么、取得什么成效，用数字说话。序号由系统按公文格式编排，正文开头不用写“一是”“1.”。", token_choices) }
            if let Some(ex) = spec.as_ref().map(|s| s.examples.clone()).filter(|e| !e.is_empty()) {
                <details class="zj-details">
                    <summary>{ "参考写法" }</summary>
                    <ul class="zj-suggestions">{ for ex.iter().map(|e| html! { <li><p>{ names.to_display(e) }</p></li> }) }</ul>
                </details>
            }
            if !chapter.reference.trim().is_empty() {
                // Open from the start (the author may fold it): last year's text is what people write from.
                <details class="zj-details" open=true>
                    <summary>{ "上年同一章（仅供参考，不会出现在成稿中）" }</summary>
                    <p class="zj-reference">{ &chapter.reference }</p>
                </details>
            }
            { text_in("p", "zj-count", format!("本章 {} 字", chapter_chars(&draft, &template, &chapter.id)).into()) }
        </> },
    })
}
