//! Browser tests (wasm-bindgen-test in headless Chromium): the app rendered into a real DOM,
//! the panic overlay and the ready mark. Run with
//! `cargo test --target wasm32-unknown-unknown --no-default-features --test web`
//! (the Makefile's `make test` does). Assertions are on visible words, not on markup, so the
//! wizard can change its structure freely.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Renders the root component into a fresh `<div>` and waits until Yew has drawn it.
async fn render_app() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<zongjie::ui::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    gloo::timers::future::TimeoutFuture::new(0).await;
    root
}

/// Visible text of every button and link under `root`.
fn actions(root: &Element) -> Vec<String> {
    let nodes = root.query_selector_all("button, a, [role=button]").unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .map(|e| e.inner_text())
        .collect()
}

#[wasm_bindgen_test]
async fn start_page_is_in_chinese_and_has_a_heading() {
    let root = render_app().await;
    let heading = root.query_selector("h1, h2").unwrap().expect("the start page has a heading");
    let text = heading.text_content().unwrap_or_default();
    assert!(text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "heading not in Chinese: {text:?}");
    assert!(root.text_content().unwrap_or_default().contains("总结"), "the page does not mention 总结");
}

#[wasm_bindgen_test]
async fn start_page_offers_new_continue_and_import() {
    let root = render_app().await;
    let text = root.text_content().unwrap_or_default();
    for word in ["新建", "继续", "导入"] {
        assert!(text.contains(word), "the start page does not mention {word:?}: {text}");
    }
    // Starting a new report and importing are actions (continuing may be a list of drafts).
    let actions = actions(&root);
    for word in ["新建", "导入"] {
        assert!(actions.iter().any(|a| a.contains(word)), "no button or link with {word:?}; found {actions:?}");
    }
}

#[wasm_bindgen_test]
fn panic_overlay_shows_the_chinese_message_and_details() {
    zongjie::web::panic::show_overlay("测试详情 at src/lib.rs:1:1");
    let overlay = gloo::utils::document().get_element_by_id(zongjie::web::panic::OVERLAY_ID).expect("overlay shown");
    let text = overlay.text_content().unwrap_or_default();
    assert!(text.contains("页面出现意外错误"), "{text}");
    assert!(text.contains("请刷新页面继续"), "{text}");
    assert!(text.contains("测试详情 at src/lib.rs:1:1"), "{text}");
    assert_eq!(overlay.get_attribute("role").as_deref(), Some("alertdialog"));
    // A second panic keeps the first message instead of stacking overlays.
    zongjie::web::panic::show_overlay("second");
    assert_eq!(gloo::utils::document().query_selector_all(".zj-panic").unwrap().length(), 1);
    overlay.remove();
}

#[wasm_bindgen_test]
fn ready_mark_is_set_once() {
    let performance = gloo::utils::window().performance().unwrap();
    zongjie::web::mark_ready();
    zongjie::web::mark_ready();
    let entries = performance.get_entries_by_name(zongjie::web::ready::READY_MARK);
    assert_eq!(entries.length(), 1);
}
