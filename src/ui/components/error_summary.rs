//! The GOV.UK error summary: at the top of the page (the part page focuses it when it appears, so
//! screen readers announce it), one link per problem that moves focus to the field, same words as
//! beside it. Also the focus helpers that such links use.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::check::{Finding, Severity};
use crate::ui::context::AppContext;
use crate::ui::state::Action;
use crate::ui::derived::ids;

/// Moves focus to the element with `id` in the document (for pages outside a shadow root).
pub fn focus_id(id: &str) {
    let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        el.scroll_into_view();
        let _ = el.focus();
    }
}

/// Moves focus to the element with `id` inside the app (`root`, which may sit in a shadow root
/// where `document.getElementById` cannot see) and scrolls it into view.
pub fn focus_in(root: &NodeRef, id: &str) {
    if let Some(el) = element_in(root, id) {
        el.scroll_into_view();
        let _ = el.focus();
    }
}

/// The element with this id inside the app mounted at `root` (ids are per app, so a page with
/// several apps finds its own).
pub fn element_in(root: &NodeRef, id: &str) -> Option<web_sys::HtmlElement> {
    let selector = format!("[id=\"{}\"]", id.replace('"', ""));
    let el = root.cast::<web_sys::Element>().and_then(|r| r.query_selector(&selector).ok().flatten());
    el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Callback for a link to a finding's field elsewhere: dispatches `go` (to the field's page),
/// runs inline checks, then moves focus to the field `target` once that page has rendered.
pub fn link_to_field(ctx: &AppContext, go: Action, target: String) -> Callback<MouseEvent> {
    let (state, root) = (ctx.state.clone(), ctx.root.clone());
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        state.dispatch(go.clone());
        state.dispatch(Action::Validate);
        let (root, target) = (root.clone(), target.clone());
        Timeout::new(0, move || focus_in(&root, &target)).forget();
    })
}

/// The summary of `findings`; `node` is focused by the part page when the summary appears.
pub fn error_summary(ctx: &AppContext, findings: &[Finding], node: NodeRef) -> Html {
    let prefix = ctx.prefix();
    let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
    // The heading counts what the list shows: errors, and the reminders listed with them.
    let others = findings.len() - errors;
    let title = match (errors, others) {
        (0, n) => format!("本页有 {n} 处需要留意"),
        (e, 0) => format!("本页有 {e} 处需要修改"),
        (e, n) => format!("本页有 {e} 处需要修改，另有 {n} 处提醒"),
    };
    html! {
        <div class="zj-error-summary" role="alert" aria-labelledby={crate::ui::derived::ids::join(&prefix, "-error-summary-title")} tabindex="-1" ref={node}>
            <h2 class="zj-error-summary-title" id={crate::ui::derived::ids::join(&prefix, "-error-summary-title")}>
                { title }
            </h2>
            <ul class="zj-error-summary-list">
                { for findings.iter().map(|f| {
                    let target = ids::of_finding(&prefix, f);
                    let href = format!("#{target}");
                    let root = ctx.root.clone();
                    let onclick = Callback::from(move |e: MouseEvent| { e.prevent_default(); focus_in(&root, &target); });
                    html! { <li><a {href} {onclick}>{ &f.message }</a></li> }
                }) }
            </ul>
            <p class="zj-hint">{ "内容已自动保存。可以现在修改，也可以再次点击“保存并继续”，稍后再处理。" }</p>
        </div>
    }
}
