//! The side panel of findings, grouped by part, recomputed after ~400 ms without typing. Each
//! entry links to its page and field. On a part's page it keeps to that page's findings and to
//! errors elsewhere: reminders about other parts (not written yet, …) would read as nagging
//! about pages the author has not reached; a line counts them and points to 核对内容, where (as
//! on the task list and the export page) they are listed. On a new report nothing is listed
//! until the form's own messages show (a field or the page left, 保存并继续; see `Action::New`).

use yew::prelude::*;

use crate::core::check::{Finding, Severity};
use crate::ui::components::error_summary::link_to_field;
use crate::ui::context::AppContext;
use crate::ui::derived::{finding_task, ids, page_task, task_page, tasks};
use crate::ui::state::{Action, Page};

/// The panel; `live` uses the findings of the draft as it is now instead of the debounced ones.
pub fn findings_panel(ctx: &AppContext, live: bool) -> Html {
    let (Some(draft), Some(template)) = (ctx.draft(), ctx.template()) else { return Html::default() };
    let waiting = ctx.state.checked.is_none();
    let source = if live { ctx.findings.clone() } else { ctx.panel.clone() };
    // The debounced list may still name a chapter removed a moment ago: leave those out.
    let all: Vec<&Finding> = source
        .iter()
        .filter(|f| !waiting && f.severity >= Severity::Warning)
        .filter(|f| f.location.chapter.as_deref().map(|c| draft.chapter(c).is_some()).unwrap_or(true))
        .collect();
    // On a part's page: that part's findings, and errors still open anywhere else.
    let here = page_task(&ctx.state.page);
    let shown = |f: &&Finding| match &here {
        Some(key) => finding_task(f).as_ref() == Some(key) || (f.severity == Severity::Error && !f.acknowledged),
        None => true,
    };
    let (findings, elsewhere): (Vec<&Finding>, Vec<&Finding>) = all.into_iter().partition(shown);
    let errors = findings.iter().filter(|f| f.severity == Severity::Error && !f.acknowledged).count();
    let warnings = findings.len() - errors;
    let mut groups: Vec<(String, Vec<&Finding>)> =
        tasks(&draft, &template).into_iter().map(|t| (t.key, Vec::new())).collect();
    groups.push(("".into(), Vec::new()));
    let labels: Vec<(String, String)> = tasks(&draft, &template).into_iter().map(|t| (t.key, t.label)).collect();
    for f in &findings {
        let key = finding_task(f).unwrap_or_default();
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(f),
            None => groups.last_mut().map(|(_, l)| l.push(f)).unwrap_or(()),
        }
    }
    let prefix = ctx.prefix();
    // 核对内容 shows the panel beside the side panel's own copy: each needs its own heading id.
    let title_id = ids::join(&prefix, if live { "-review-panel-title" } else { "-panel-title" });
    html! {
        <section class="zj-panel" aria-labelledby={title_id.clone()}>
            <h2 class="zj-heading-s" id={title_id}>{ "检查结果" }</h2>
            if findings.is_empty() {
                <p class={if waiting { "zj-hint" } else { "zj-ok" }}>{
                    if waiting { "离开输入框或点“保存并继续”后，这里会列出检查结果。" }
                    else if here.is_some() { "本页未发现问题。" } else { "未发现问题。" }
                }</p>
            } else {
                <p class="zj-panel-counts">{ format!("错误 {errors} 处，提醒 {warnings} 处") }</p>
            }
            { for groups.into_iter().filter(|(_, l)| !l.is_empty()).map(|(key, list)| {
                let label = labels.iter().find(|(k, _)| *k == key).map(|(_, l)| l.clone()).unwrap_or_else(|| "全文".into());
                html! {
                    <div class="zj-panel-group">
                        <h3 class="zj-panel-group-title">{ label }</h3>
                        <ul class="zj-findings">
                        { for list.into_iter().map(|f| {
                            let onclick = link_to_field(ctx, Action::Go(task_page(&key)), ids::of_finding(&prefix, f));
                            let class = match (f.severity, f.acknowledged) {
                                (_, true) => "zj-finding zj-finding-ack",
                                (Severity::Error, _) => "zj-finding zj-finding-error",
                                _ => "zj-finding zj-finding-warning",
                            };
                            html! {
                                <li class={class}>
                                    <span class="zj-finding-severity">{ if f.acknowledged { "已确认" } else { f.severity.label() } }</span>
                                    <a href="#" {onclick}>{ &f.message }</a>
                                </li>
                            }
                        }) }
                        </ul>
                    </div>
                }
            }) }
            if !elsewhere.is_empty() {
                <p class="zj-hint zj-panel-elsewhere">
                    { format!("其他部分还有 {} 处提醒（如尚未填写的部分），写到那里时会显示，也可在", elsewhere.len()) }
                    <a href="#" onclick={ctx.link_to(Page::Review)}>{ "核对内容" }</a>
                    { "中查看。" }
                </p>
            }
        </section>
    }
}
