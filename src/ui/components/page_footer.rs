//! The end of a part page: 标记为已完成 and 保存并继续. Continue checks the page first: with
//! errors it shows the error summary once; pressed again it moves on (the work is saved anyway).

use yew::prelude::*;

use crate::core::check::Severity;
use crate::core::model::Draft;
use crate::core::template::Template;
use super::markup::button;
use crate::ui::context::AppContext;
use crate::ui::derived::{page_task, task_findings, tasks};
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
    let done = draft.completed.iter().any(|c| c == &key);
    let id = format!("{}-complete", ctx.prefix());
    let on_toggle = {
        let ctx = ctx.clone();
        let key = key.clone();
        Callback::from(move |_| ctx.edit(Edit::Completed { part: key.clone(), done: !done }))
    };
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
            <div class="zj-checkbox">
                <input type="checkbox" id={id.clone()} checked={done} onchange={on_toggle} disabled={ctx.read_only()} />
                <label for={id}>{ "标记为已完成" }</label>
            </div>
            { button("zj-button", "保存并继续".into(), on_continue, false, None) }
            <p class="zj-hint">{ "每次修改都会自动保存在本机浏览器中，不会上传。" }</p>
        </div>
    }
}
