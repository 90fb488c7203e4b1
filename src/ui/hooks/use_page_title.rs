//! `use_page_title(title, error)` (no title: leaves it as it is): sets the browser tab's title on the hosted page (prefixed
//! 错误： while an error summary shows). Embedded apps (a host-given id prefix) leave it alone.

use yew::prelude::*;

use super::use_effect_on;

use crate::ui::context::use_app;

#[hook]
pub fn use_page_title(title: Option<String>, error: bool) {
    let ctx = use_app();
    let hosted = ctx.options.id_prefix.is_none();
    let full = title.map(|title| format!("{}{title} - 街道年度工作总结", if error { "错误：" } else { "" }));
    use_effect_on(full, move |full| {
        if let (true, Some(full)) = (hosted, full) {
            if let Some(d) = web_sys::window().and_then(|w| w.document()) {
                d.set_title(full);
            }
        }
    });
}
