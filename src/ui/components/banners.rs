//! Messages across the top of the page: a notice (with 撤销 after a removal), a storage problem
//! (with the draft file download), and the two-tabs conflict with its two ways out.

use yew::prelude::*;

use super::markup::button;
use crate::ui::context::AppContext;
use crate::ui::state::{Action, Notice};
use crate::web::download;

/// The banners of the app showing `ctx`.
pub fn banners(ctx: &AppContext) -> Html {
    let state = &ctx.state;
    let notice = state.notice.as_ref().map(|n: &Notice| html! {
        <div class={crate::ui::derived::classes(&["zj-banner", if n.error { "zj-banner-error" } else { "" }, if n.undo { "zj-banner-undo" } else { "" }])} role="status">
            <span>{ &n.text }</span>
            if n.undo { <button type="button" id={format!("{}-undo", ctx.prefix())} class="zj-link-button" onclick={ctx.on_click(Action::Undo)}>{ "撤销" }</button> }
            <button type="button" class="zj-link-button" onclick={ctx.on_click(Action::Notice(None))} aria-label="关闭提示">{ "关闭" }</button>
        </div>
    });
    let download_draft = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            if let Some(d) = ctx.draft() {
                let name = download::file_name(&d.meta.unit, d.meta.year, "工作总结草稿.json");
                if let Err(e) = download::download(&name, download::JSON, d.to_json().as_bytes()) {
                    ctx.dispatch(Action::Notice(Some(Notice::error(e))));
                }
            }
        })
    };
    let storage = state.storage_problem.as_ref().map(|p| html! {
        <div class="zj-banner zj-banner-error" role="alert">
            <span>{ p }</span>
            { button("zj-button zj-button-small", "下载草稿文件".into(), download_draft.clone(), false, None) }
        </div>
    });
    let conflict = state.conflict.then(|| {
        let reload = {
            let ctx = ctx.clone();
            Callback::from(move |_| {
                let (Some(store), Some(d)) = (ctx.store.clone(), ctx.draft()) else { return };
                match store.load(&d.id) {
                    Ok(other) => ctx.dispatch(Action::Restore(other)),
                    Err(e) => ctx.dispatch(Action::Notice(Some(Notice::error(e.to_string())))),
                }
                ctx.dispatch(Action::Conflict(false));
            })
        };
        let keep = {
            let ctx = ctx.clone();
            Callback::from(move |_| {
                ctx.dispatch(Action::Conflict(false));
                // Any edit-free save: re-dispatching a restore of our own draft bumps the revision.
                if let Some(d) = ctx.draft() {
                    ctx.dispatch(Action::Restore((*d).clone()));
                }
            })
        };
        html! {
            <div class="zj-banner zj-banner-error" role="alert">
                <span>{ "这份草稿刚在另一个标签页中被修改。为免互相覆盖，本页已暂停自动保存。请选择保留哪一份：" }</span>
                { button("zj-button zj-button-small", "载入另一页的版本".into(), reload, false, None) }
                { button("zj-button zj-button-small zj-secondary", "保留本页内容".into(), keep, false, None) }
                { button("zj-button zj-button-small zj-secondary", "下载本页草稿".into(), download_draft, false, None) }
            </div>
        }
    });
    html! { <>{ for notice }{ for storage }{ for conflict }</> }
}
