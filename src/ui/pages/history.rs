//! 历史版本: the last 20 saved versions of the open draft, newest first, each restorable (the
//! restore itself can be undone).

use yew::prelude::*;

use crate::ui::components::markup::{back_link, button, column_headers, page_heading, text_in};
use crate::ui::hooks::use_page_title;
use crate::ui::context::use_app;
use crate::ui::derived::char_count;
use crate::ui::engine;
use crate::ui::state::{Action, Notice, Page};
use crate::web::storage::{local_date_time, SNAPSHOT_LIMIT};

#[hook]
pub fn use_history_page() -> Html {
    let ctx = use_app();
    use_page_title(Some("历史版本".to_string()), false);
    let (Some(draft), Some(template)) = (ctx.draft(), ctx.template()) else { return html! {} };
    let p = ctx.prefix();
    let snaps = ctx.store.as_ref().map(|s| s.snapshots(&draft.id)).unwrap_or_default();
    html! {
        <div class="zj-history-page">
            { back_link("返回任务列表", ctx.link_to(Page::Tasks)) }
            { page_heading(&p, "历史版本".into()) }
            { text_in("p", "zj-hint", format!("自动保存时留下的最近 {SNAPSHOT_LIMIT} 个版本。恢复后，当前内容仍可用“撤销”找回。").into()) }
            if snaps.is_empty() {
                { text_in("p", "zj-empty", "还没有保存的版本。".into()) }
            } else {
                <table class="zj-table">
                    { column_headers(&["保存时间", "标题", "字数"], true) }
                    <tbody>
                    { for snaps.iter().rev().map(|s| {
                        let when = local_date_time(s.saved_ms);
                        let chars = char_count(&engine::to_text(&engine::document(&s.draft, &template)));
                        let ctx = ctx.clone();
                        let d = s.draft.clone();
                        let label = when.clone();
                        let onclick = Callback::from(move |_| {
                            let mut d = d.clone();
                            d.id = ctx.draft().map(|c| c.id.clone()).unwrap_or(d.id);
                            ctx.dispatch(Action::Restore(d));
                            ctx.dispatch(Action::Go(Page::Tasks));
                            ctx.dispatch(Action::Notice(Some(Notice { text: format!("已恢复 {label} 的版本。"), undo: true, error: false })));
                        });
                        html! {
                            <tr>
                                <td>{ &when }</td>
                                <td>{ engine::title(&s.draft, &template) }</td>
                                <td>{ chars }</td>
                                <td>{ button("zj-button zj-button-small zj-secondary", "恢复此版本".into(), onclick, false, Some(format!("恢复 {when} 的版本").into())) }</td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
            }
        </div>
    }
}
