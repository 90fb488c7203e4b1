//! The end of a part page: “这一部分写完了吗？” with 我已完成这一部分 (GOV.UK's “Have you
//! completed this section?”, as a single tick) right above 保存并继续. Continue checks the page
//! first: with errors it shows the error summary once; pressed again it moves on (the work is
//! saved anyway).

use yew::prelude::*;

use crate::core::check::Severity;
use crate::core::model::Draft;
use crate::core::template::Template;
use super::markup::button;
use crate::ui::context::AppContext;
use crate::ui::derived::{has_content, marked, page_task, status, task_findings, tasks, Status};
use crate::ui::edit::Edit;
use crate::ui::engine;
use crate::ui::state::{Action, Page};

/// The page after `page` in task order; after the last part, 核对内容.
pub fn next_page(draft: &Draft, template: &Template, page: &Page) -> Page {
    let all = tasks(draft, template);
    match all.iter().position(|t| &t.page == page) {
        Some(i) => all.get(i + 1).map(|t| t.page.clone()).unwrap_or(Page::Review),
        None => Page::Tasks,
    }
}

/// The footer of the part page `page`.
pub fn page_footer(ctx: &AppContext, page: &Page) -> Html {
    let (Some(draft), Some(template)) = (ctx.draft(), ctx.template()) else { return Html::default() };
    let key = page_task(page).unwrap_or_default();
    // Nothing written yet: nothing to mark (GOV.UK marks a section complete once it has answers).
    let empty = !has_content(&draft, &key);
    let done = marked(&draft, &key) && !empty;
    let id = format!("{}-complete", ctx.prefix());
    let on_toggle = {
        let ctx = ctx.clone();
        let key = key.clone();
        Callback::from(move |_| ctx.edit(Edit::Completed { parts: vec![key.clone()], done: !done }))
    };
    // Marked, but the checks still find errors: the task list shows 有问题 until they are fixed.
    let open_errors = done && status(&draft, &ctx.findings, &key) == Status::Problem;
    let on_continue = {
        let ctx = ctx.clone();
        let page = page.clone();
        Callback::from(move |_| {
            let findings = engine::findings(&draft, &template);
            let errors = task_findings(&findings, &key).iter().any(|f| f.severity == Severity::Error && !f.acknowledged);
            if errors && !ctx.state.summary {
                // The summary takes focus when it appears, which scrolls it into view.
                ctx.dispatch(Action::Summary(true));
            } else {
                ctx.dispatch(Action::Continue(next_page(&draft, &template, &page)));
            }
        })
    };
    html! {
        <div class="zj-page-footer">
            <fieldset class="zj-fieldset zj-complete">
                <legend class="zj-legend-s">{ "这一部分写完了吗？" }</legend>
                <div class="zj-checkbox">
                    <input type="checkbox" id={id.clone()} checked={done} onchange={on_toggle} disabled={ctx.read_only() || empty}
                        aria-describedby={crate::ui::derived::ids::join(&id, "-hint")} />
                    <label for={id.clone()}>{ "我已完成这一部分" }</label>
                </div>
                <p class="zj-hint" id={crate::ui::derived::ids::join(&id, "-hint")}>
                    { if empty { "这一部分还没有内容，写好后才能标为已完成。" } else if open_errors { "这一部分还有错误，改正后任务列表才显示“已完成”。" } else { "勾选后任务列表显示“已完成”；以后仍可修改。没写完就不勾，下次接着写。" } }
                </p>
            </fieldset>
            { button("zj-button", "保存并继续".into(), on_continue, false, None) }
            <p class="zj-hint">{ "每次修改都会自动保存在本机浏览器中，不会上传。" }</p>
        </div>
    }
}
