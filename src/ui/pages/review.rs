//! 核对内容 (check answers): every part with a summary of its content, its status and a 修改
//! link that comes back here after the edit; an offer to mark at once the parts that are written
//! and free of errors as 已完成; then all findings (reminders about empty parts included) by part.

use yew::prelude::*;

use crate::core::check::Severity;
use crate::core::model::Draft;
use crate::core::template::Template;
use crate::ui::components::findings_panel;
use crate::ui::components::markup::{button, page_heading, text_in};
use crate::ui::hooks::{use_current_findings, use_page_title};
use crate::ui::context::use_app;
use crate::ui::derived::{points_chars, ready_to_mark, status, task_findings, tasks, Status};
use crate::ui::edit::Edit;
use crate::ui::engine;
use crate::ui::state::{Action, Notice, Page};

fn first(text: &str, n: usize) -> String {
    let t = text.trim();
    if t.chars().count() > n { format!("{}……", t.chars().take(n).collect::<String>()) } else { t.to_string() }
}

/// One line saying what a part holds; 未填写 when nothing.
fn summary(draft: &Draft, template: &Template, key: &str, title: &str) -> String {
    let unfilled = "未填写".to_string();
    let or_unfilled = |s: String| if s.is_empty() { unfilled.clone() } else { s };
    match key {
        "meta" => or_unfilled(title.to_string()),
        "opening" => or_unfilled(first(&draft.opening, 60)),
        "closing" => or_unfilled(first(&draft.closing, 60)),
        "problems" => {
            let n = draft.problems.iter().filter(|p| !p.is_empty()).count();
            if n == 0 { unfilled } else { format!("{n} 条问题") }
        }
        "plan" => {
            let n = draft.plan.iter().filter(|p| !p.is_empty()).count();
            if n == 0 && draft.plan_intro.trim().is_empty() { unfilled } else { format!("{n} 项工作；{}", first(&draft.plan_intro, 30)) }
        }
        "key-tasks" => if draft.key_tasks.is_empty() { unfilled } else { format!("{} 项重点工作", draft.key_tasks.len()) },
        "honours" => {
            let n = draft.honours.iter().filter(|h| !h.trim().is_empty()).count();
            if n == 0 { unfilled } else { format!("{n} 项荣誉") }
        }
        k => match k.strip_prefix("ch:").and_then(|id| draft.chapter(id)) {
            Some(c) => {
                let points = c.points.iter().filter(|p| !p.is_empty()).count();
                let figures = c.indicators.iter().filter(|e| !e.text.trim().is_empty()).count();
                let chars = points_chars(draft, template, &c.id);
                format!("{}（{points} 条要点，{figures} 项指标，{chars} 字）", if c.heading.is_empty() { "未写标题" } else { &c.heading })
            }
            None => unfilled,
        },
    }
}

/// What 基本信息 holds beyond the title (unit and year are in it): the year on its own, the
/// higher bodies and the date, each 未填写 when empty.
fn meta_rows(draft: &Draft) -> [(&'static str, String); 3] {
    let m = &draft.meta;
    let or_unfilled = |s: &str| if s.trim().is_empty() { "未填写".to_string() } else { s.trim().to_string() };
    let year = if m.year > 0 { format!("{}年", m.year) } else { String::new() };
    [("年度", or_unfilled(&year)), ("上级机关", or_unfilled(&m.higher_bodies)), ("成文日期", or_unfilled(&m.date))]
}

/// One row of the summary list: what, its value (with its count of errors), the part's status
/// (none for a detail of 基本信息) and the 修改 link.
#[inline(never)]
fn row(label: &str, value: String, errors: usize, status: Option<Status>, edit: Callback<MouseEvent>) -> Html {
    html! {
        <div class="zj-summary-row">
            <dt class="zj-summary-key">{ label }</dt>
            <dd class="zj-summary-value">
                { value }
                if errors > 0 { { text_in("span", "zj-count-error", format!("　{errors} 处错误").into()) } }
            </dd>
            <dd class="zj-summary-actions">
                if let Some(st) = status { <strong class={st.class()}>{ st.label() }</strong> }
                <a href="#" onclick={edit}>{ "修改" }<span class="zj-visually-hidden">{ label }</span></a>
            </dd>
        </div>
    }
}

#[hook]
pub fn use_review_page() -> Html {
    let ctx = use_app();
    use_page_title(Some("核对内容".to_string()), false);
    let findings = use_current_findings(&ctx);
    let (Some(draft), Some(template)) = (ctx.draft(), ctx.template()) else { return html! {} };
    let title = engine::title(&draft, &template);
    let blocking = engine::blocking(&findings).len();
    let to_export = ctx.on_click(Action::Go(Page::Export));
    let all = tasks(&draft, &template);
    let ready = ready_to_mark(&draft, &template, &findings);
    let ready_names: Vec<String> = all.iter().filter(|t| ready.contains(&t.key)).map(|t| t.label.clone()).collect();
    let mark_ready = {
        let ctx = ctx.clone();
        let ready = ready.clone();
        Callback::from(move |_| {
            let n = ready.len();
            ctx.edit(Edit::Completed { parts: ready.clone(), done: true });
            ctx.dispatch(Action::Notice(Some(Notice { text: format!("已将 {n} 个部分标记为已完成。"), undo: true, error: false })));
        })
    };
    let mut rows = Vec::new();
    for t in &all {
        let st = status(&draft, &findings, &t.key);
        let errors = task_findings(&findings, &t.key).iter().filter(|f| f.severity == Severity::Error && !f.acknowledged).count();
        let edit = {
            let state = ctx.state.clone();
            let page = t.page.clone();
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                state.dispatch(Action::EditFrom { page: page.clone(), back: Page::Review });
            })
        };
        rows.push(row(&t.label, summary(&draft, &template, &t.key, &title), errors, Some(st), edit.clone()));
        if t.key == "meta" {
            rows.extend(meta_rows(&draft).into_iter().map(|(label, value)| row(label, value, 0, None, edit.clone())));
        }
    }
    html! {
        <div class="zj-review-page">
            { text_in("span", "zj-caption", "导出前".into()) }
            { page_heading(&ctx.prefix(), "核对内容".into()) }
            { text_in("p", "zj-hint", "逐项看一遍。要改哪一部分，点“修改”，改完按“保存并继续”回到这里；都没问题就去导出。".into()) }
            <dl class="zj-summary-list">
                { for rows }
            </dl>
            if !ready.is_empty() && !ctx.read_only() {
                <div class="zj-mark-ready">
                    { text_in("p", "", format!("已填写且没有错误、还没标记完成的部分：{}。", ready_names.join("、")).into()) }
                    { button("zj-button zj-secondary", format!("将这 {} 个部分标记为已完成", ready.len()).into(), mark_ready, false, None) }
                </div>
            }
            { findings_panel(&ctx, true) }
            if blocking > 0 {
                { text_in("p", "zj-warning-text", format!("还有 {blocking} 处错误。可以修改后导出，也可以在导出页说明理由后仍要导出。").into()) }
            }
            { button("zj-button", "去导出".into(), to_export, false, None) }
        </div>
    }
}
