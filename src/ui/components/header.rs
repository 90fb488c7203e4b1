//! The app header: product name, the open draft's sections (任务列表, 核对内容, 导出, 历史版本),
//! the save status (已保存 HH:MM:SS, announced politely) and undo/redo buttons.

use yew::prelude::*;

use super::markup::text_in;
use crate::ui::context::AppContext;
use crate::ui::state::{Action, Page};

#[inline(never)]
fn nav_link(ctx: &AppContext, label: &'static str, page: Page) -> Html {
    let current = ctx.state.page == page;
    html! {
        <li><a href="#" class={if current { "zj-nav-link zj-nav-current" } else { "zj-nav-link" }}
               aria-current={current.then_some("page")} onclick={ctx.link_to(page)}>{ label }</a></li>
    }
}

#[inline(never)]
fn history_button(ctx: &AppContext, label: &'static str, title: &'static str, action: Action, disabled: bool) -> Html {
    html! {
        <button type="button" class="zj-button zj-button-small zj-secondary" onclick={ctx.on_click(action)}
                {disabled} {title}>{ label }</button>
    }
}

/// The header of the app showing `ctx`.
pub fn header(ctx: &AppContext) -> Html {
    let state = &ctx.state;
    let status = match (&state.storage_problem, state.conflict, &state.saved_at) {
        (Some(_), _, _) => text_in("span", "zj-save-status zj-save-problem", "未能自动保存".into()),
        (_, true, _) => text_in("span", "zj-save-status zj-save-problem", "自动保存已暂停".into()),
        _ if state.dirty() && ctx.store.is_some() => text_in("span", "zj-save-status", "正在保存…".into()),
        (_, _, Some(at)) => text_in("span", "zj-save-status", format!("已保存 {at}").into()),
        _ => Html::default(),
    };
    html! {
        <header class="zj-header">
            <div class="zj-header-inner">
                <span class="zj-brand">{ "街道年度工作总结" }</span>
                if state.draft.is_some() {
                    <nav class="zj-nav" aria-label="草稿">
                        <ul>
                            { nav_link(ctx, "任务列表", Page::Tasks) }
                            { nav_link(ctx, "核对内容", Page::Review) }
                            { nav_link(ctx, "导出", Page::Export) }
                            { nav_link(ctx, "历史版本", Page::History) }
                            { nav_link(ctx, "全部草稿", Page::Start) }
                        </ul>
                    </nav>
                    <div class="zj-header-tools">
                        <span role="status" aria-live="polite">{ status }</span>
                        { history_button(ctx, "撤销", "撤销（Ctrl+Z）", Action::Undo, !state.can_undo()) }
                        { history_button(ctx, "重做", "重做（Ctrl+Shift+Z）", Action::Redo, !state.can_redo()) }
                    </div>
                }
            </div>
        </header>
    }
}
