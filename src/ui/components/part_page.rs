//! The frame of every part page: back link, error summary (after 保存并继续 found problems),
//! caption and heading, the form, and the footer with 标记为已完成 and 保存并继续.
//! Sets the browser title (prefixed 错误： while the summary shows).

use yew::prelude::*;

use super::page_footer::page_footer;
use super::ErrorSummary;
use crate::core::check::Severity;
use crate::ui::context::use_app;
use crate::ui::hooks::use_page_title;
use crate::ui::derived::{ids, page_task, task_findings};
use crate::ui::state::{Action, Page};

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
    let back = ctx.state.return_to.clone().unwrap_or(Page::Tasks);
    let back_label = if back == Page::Review { "返回核对内容" } else { "返回任务列表" };
    let on_back = {
        let ctx = ctx.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            ctx.dispatch(Action::Go(back.clone()));
        })
    };
    html! {
        <div class="zj-part-page">
            <a href="#" class="zj-back-link" onclick={on_back}>{ back_label }</a>
            if summary {
                <ErrorSummary findings={shown} />
            }
            if let Some(c) = &props.caption {
                <span class="zj-caption">{ c }</span>
            }
            <h1 class="zj-heading-l" id={ids::page_heading(&ctx.prefix())} tabindex="-1">{ &props.title }</h1>
            { props.children.clone() }
            { page_footer(&ctx, &props.page) }
        </div>
    }
}
