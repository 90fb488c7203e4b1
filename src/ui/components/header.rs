//! The app header: product name, the open draft's sections (任务列表, 核对内容, 导出, 历史版本),
//! the save status (已保存 HH:MM:SS, announced politely) and undo/redo buttons.

use yew::prelude::*;

use crate::ui::context::AppContext;
use crate::ui::state::{Action, Page};

fn nav_link(ctx: &AppContext, label: &'static str, page: Page) -> Html {
    let current = ctx.state.page == page;
    let onclick = {
        let ctx = ctx.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            ctx.go(page.clone());
        })
    };
    html! {
        <li><a href="#" class={classes!("zj-nav-link", current.then_some("zj-nav-current"))}
               aria-current={current.then_some("page")} {onclick}>{ label }</a></li>
    }
}

/// The header of the app showing `ctx`.
pub fn header(ctx: &AppContext) -> Html {
    let state = &ctx.state;
    let undo = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.dispatch(Action::Undo))
    };
    let redo = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.dispatch(Action::Redo))
    };
    let status = match (&state.storage_problem, state.conflict, &state.saved_at) {
        (Some(_), _, _) => html! { <span class="zj-save-status zj-save-problem">{ "未能自动保存" }</span> },
        (_, true, _) => html! { <span class="zj-save-status zj-save-problem">{ "自动保存已暂停" }</span> },
        _ if state.dirty() && ctx.store.is_some() => html! { <span class="zj-save-status">{ "正在保存…" }</span> },
        (_, _, Some(at)) => html! { <span class="zj-save-status">{ format!("已保存 {at}") }</span> },
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
                        <button type="button" class="zj-button zj-button-small zj-secondary" onclick={undo}
                                disabled={!state.can_undo()} title="撤销（Ctrl+Z）">{ "撤销" }</button>
                        <button type="button" class="zj-button zj-button-small zj-secondary" onclick={redo}
                                disabled={!state.can_redo()} title="重做（Ctrl+Shift+Z）">{ "重做" }</button>
                    </div>
                }
            </div>
        </header>
    }
}
