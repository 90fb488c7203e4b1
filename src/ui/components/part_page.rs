//! The frame of every part page: back link, error summary (after 保存并继续 found problems),
//! caption and heading, the form, and the footer with 标记为已完成 and 保存并继续.
//! Sets the browser title (prefixed 错误： while the summary shows).

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

#[derive(Properties, PartialEq)]
pub struct Props {
    pub title: AttrValue,
    #[prop_or_default]
    pub caption: Option<AttrValue>,
    pub page: Page,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(PartPage)]
pub fn part_page(props: &Props) -> Html {
    let ctx = use_app();
    let key = page_task(&props.page).unwrap_or_default();
    let shown: Vec<_> = task_findings(&ctx.shown, &key)
        .into_iter()
        .filter(|f| f.severity >= Severity::Warning && !f.acknowledged)
        .cloned()
        .collect();
    let summary = ctx.state.summary && !shown.is_empty();
    use_page_title(props.title.to_string(), summary);
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
    let back = ctx.state.return_to.clone().unwrap_or(Page::Tasks);
    let back_label = if back == Page::Review { "返回核对内容" } else { "返回任务列表" };
    html! {
        <div class="zj-part-page">
            { back_link(back_label, ctx.link_to(back)) }
            if summary {
                { error_summary(&ctx, &shown, summary_ref) }
            }
            if let Some(c) = &props.caption {
                { text_in("span", "zj-caption", c.clone()) }
            }
            { page_heading(&ctx.prefix(), props.title.clone()) }
            { props.children.clone() }
            { page_footer(&ctx, &props.page) }
        </div>
    }
}
