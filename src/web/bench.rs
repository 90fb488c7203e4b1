//! `make bench` only: one keystroke's work timed inside the browser (bench/keystroke.bench.mjs).
//! It replays what the wizard does when a point's text changes — the reducer's `Edit`, then the
//! checks with the app's incremental checker (warm, as a mounted app has it after its first
//! check), the assembly and the preview HTML (the same `ui::engine` calls `ui::App` makes) —
//! without the side panel's debounce, which is a pause, not work. For comparison it also times
//! the full check of the same draft with no cache (`engine::findings`, what 保存并继续 runs).
//! Not used by the app itself.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::Reducible;

use crate::core::figures::decimal::to_fixed;
use crate::core::model::Draft;
use crate::core::order;
use crate::ui::edit::{Edit, PointList};
use crate::ui::engine;
use crate::ui::state::{Action, AppState, Page};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
}

/// Times `iterations` keystrokes (one character appended to the first chapter's first point) on
/// the draft given as JSON. Returns JSON: medians and 90th percentiles in milliseconds of the
/// whole keystroke (`total`), of the reducer's edit (`edit`), of the incremental checks
/// (`check`), of assembly + HTML (`html`) and of a full check without cache (`full_check`, a
/// few runs after the keystrokes), the number of findings and the size of the preview; or
/// `{"error": "…"}` when the draft cannot be used.
#[wasm_bindgen]
pub fn zongjie_bench_keystroke(draft_json: &str, iterations: u32) -> String {
    let draft = match Draft::from_json(draft_json) {
        Ok(d) => d,
        Err(e) => return error_json(&e.to_string()),
    };
    let Some(template) = engine::builtin_template(&draft.template_id) else {
        return error_json("草稿的模板不是内置模板");
    };
    let Some(chapter) = draft.chapters.first().map(|c| c.id.clone()) else {
        return error_json("草稿没有章节");
    };
    let list = PointList::Chapter(chapter);
    let mut state = Rc::new(AppState::default()).reduce(Action::Open { draft, template: template.clone(), page: Page::Tasks });
    let (mut total, mut edit, mut check, mut html) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut html_chars = 0;
    // The app's checker after its first check of the opened draft.
    let checker = RefCell::new(engine::Checker::default());
    if let Some(d) = state.draft.clone() {
        std::hint::black_box(engine::findings_with(&checker, &d, &template));
    }
    let mut last = Vec::new();
    for i in 0..iterations.max(1) {
        let Some(current) = state.draft.clone() else { return error_json("草稿未打开") };
        let mut text = list.points(&current).first().map(|p| p.body.clone()).unwrap_or_default();
        text.push(if i % 2 == 0 { '年' } else { '度' });
        let t0 = performance_now();
        state = state.reduce(Action::Edit(Edit::PointBody { list: list.clone(), index: 0, text }));
        let te = performance_now();
        let Some(d) = state.draft.clone() else { return error_json("草稿未打开") };
        let findings = engine::findings_with(&checker, &d, &template);
        let t1 = performance_now();
        let out = engine::to_html(&engine::document(&d, &template));
        let t2 = performance_now();
        last = std::hint::black_box(findings);
        html_chars = out.chars().count();
        total.push(t2 - t0);
        edit.push(te - t0);
        check.push(t1 - te);
        html.push(t2 - t1);
    }
    let mut full = Vec::new();
    if let Some(d) = state.draft.clone() {
        for _ in 0..7 {
            let t0 = performance_now();
            let all = engine::findings(&d, &template);
            full.push(performance_now() - t0);
            if all != last {
                return error_json("增量检查与完整检查的结果不一致");
            }
        }
    }
    let stats = |xs: &mut Vec<f64>| {
        order::sort_by_key(xs, |x| [order::f64_key(*x), 0, 0, 0]);
        let at = |q: f64| xs.get((xs.len().saturating_sub(1) as f64 * q).round() as usize).copied().unwrap_or(0.0);
        format!("{{\"median\":{},\"p90\":{}}}", to_fixed(at(0.5), 3), to_fixed(at(0.9), 3))
    };
    format!(
        "{{\"total\":{},\"edit\":{},\"check\":{},\"html\":{},\"full_check\":{},\"findings\":{},\"html_chars\":{html_chars},\"iterations\":{}}}",
        stats(&mut total),
        stats(&mut edit),
        stats(&mut check),
        stats(&mut html),
        stats(&mut full),
        last.len(),
        total.len()
    )
}

fn error_json(message: &str) -> String {
    format!("{{\"error\":{}}}", crate::core::json::write::to_string(&message))
}
