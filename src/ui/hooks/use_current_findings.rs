//! Findings of the draft exactly as it is now, for the pages that decide on them (核对内容 and
//! the export gate). The shared findings in the context wait for typing to settle; a page that
//! blocks or allows export must not act on a result that is 400 ms old. The hook keeps its own
//! checker, so that after the first check each edit reads again only the fields it changed.

use std::rc::Rc;
use yew::prelude::*;

use crate::core::check::Finding;
use crate::ui::context::AppContext;
use crate::ui::engine;

#[hook]
pub fn use_current_findings(ctx: &AppContext) -> Rc<Vec<Finding>> {
    let checker = use_mut_ref(engine::Checker::default);
    let (draft, template) = (ctx.draft(), ctx.template());
    use_memo(ctx.state.revision, move |_| match (draft, template) {
        (Some(d), Some(t)) => engine::findings_with(&checker, &d, &t),
        _ => Vec::new(),
    })
}
