//! The frame of every part page: back link, error summary (after 保存并继续 found problems),
//! caption and heading, the form, and the footer with 标记为已完成 and 保存并继续.
//! Sets the browser title (prefixed 错误： while the summary shows). A hook, not a component.

use yew::prelude::*;

use crate::ui::hooks::use_effect_on;

use super::page_footer::page_footer;
use super::markup::{back_link, page_heading, text_in};
use super::error_summary::error_summary;
use crate::core::check::Severity;
use crate::ui::context::use_app;
use crate::ui::hooks::use_page_title;
use crate::ui::derived::{page_task, task_findings};
use crate::ui::state::Page;

/// A part page's content, framed by [`use_part_page`].
pub struct PartPage {
    pub title: AttrValue,
    pub caption: &'static str,
    pub page: Page,
    pub children: Html,
}

/// The frame around `part`, or `Err`'s page as it is (no draft, a deleted chapter). A hook run
/// by the pages' one component (`pages::StatefulPage`), not a component of its own; its hooks
/// run on every render either way, so their order never changes.
#[hook]
pub fn use_part_page(part: Result<PartPage, Html>) -> Html {
    let ctx = use_app();
    let key = part.as_ref().ok().and_then(|p| page_task(&p.page)).unwrap_or_default();
    let shown: Vec<_> = task_findings(&ctx.shown, &key)
        .into_iter()
        .filter(|f| f.severity >= Severity::Warning && !f.acknowledged && part.is_ok())
        .cloned()
        .collect();
    let summary = ctx.state.summary && !shown.is_empty();
    use_page_title(part.as_ref().ok().map(|p| p.title.to_string()), summary);
    // The summary takes focus when it appears (so screen readers announce it).
    let summary_ref = use_node_ref();
    {
        let node = summary_ref.clone();
        use_effect_on(summary, move |shown| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>().filter(|_| *shown) {
                let _ = el.focus();
            }
        });
    }
    let props = match part {
        Ok(p) => p,
        Err(page) => return page,
    };
    let back = ctx.state.return_to.clone().unwrap_or(Page::Tasks);
    let back_label = if back == Page::Review { "返回核对内容" } else { "返回任务列表" };
    html! {
        <div class="zj-part-page">
            { back_link(back_label, ctx.link_to(back)) }
            if summary {
                { error_summary(&ctx, &shown, summary_ref) }
            }
            { text_in("span", "zj-caption", props.caption.into()) }
            { page_heading(&ctx.prefix(), props.title.clone()) }
            { props.children }
            { page_footer(&ctx, &props.page) }
        </div>
    }
}
