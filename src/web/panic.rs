//! The panic hook: a panic never leaves a blank page. It logs the details to the console, lets the
//! UI save the draft (`on_panic`), and shows a Chinese message over the page with a reload link.
//! Not a recovery mechanism: after a panic the wasm instance is gone (release builds abort).

use std::cell::RefCell;
use std::panic::PanicHookInfo;

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// Id of the overlay element, for styles and tests.
pub const OVERLAY_ID: &str = "zj-panic";
/// Headline of the overlay.
pub const TITLE: &str = "页面出现意外错误";
/// What the person should do next.
pub const ADVICE: &str = "您的草稿已自动保存，请刷新页面继续。";

type Saver = Box<dyn Fn()>;

thread_local! {
    static SAVER: RefCell<Option<Saver>> = const { RefCell::new(None) };
}

/// Installs the hook. Called by `start`; calling it again is harmless. Goes through Yew, which
/// would otherwise replace any hook with its own console-only one at the first `render()`.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(report));
}

/// Registers what to run when a panic happens, before the overlay appears (e.g. write the draft
/// to storage). Replaces an earlier registration.
pub fn on_panic(save: impl Fn() + 'static) {
    SAVER.with(|s| {
        if let Ok(mut slot) = s.try_borrow_mut() {
            *slot = Some(Box::new(save));
        }
    });
}

fn report(info: &PanicHookInfo<'_>) {
    let details = info.to_string();
    web_sys::console::error_1(&format!("zongjie panic: {details}").into());
    SAVER.with(|s| {
        if let Ok(slot) = s.try_borrow() {
            if let Some(save) = slot.as_ref() {
                save();
            }
        }
    });
    show_overlay(&details);
}

/// Puts the message over the page (once; a second panic keeps the first message).
pub fn show_overlay(details: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if document.get_element_by_id(OVERLAY_ID).is_some() {
        return;
    }
    let Some(body) = document.body() else { return };
    if let Some(overlay) = build_overlay(&document, details) {
        let _ = body.append_child(&overlay);
        if let Some(link) = overlay.query_selector("a").ok().flatten() {
            if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
                let _ = link.focus();
            }
        }
    }
}

fn build_overlay(document: &Document, details: &str) -> Option<Element> {
    let el = |tag: &str, class: &str, text: &str| -> Option<Element> {
        let e = document.create_element(tag).ok()?;
        if !class.is_empty() {
            let _ = e.set_attribute("class", class);
        }
        if !text.is_empty() {
            e.set_text_content(Some(text));
        }
        Some(e)
    };
    let overlay = el("div", "zj-panic", "")?;
    let _ = overlay.set_attribute("id", OVERLAY_ID);
    let _ = overlay.set_attribute("role", "alertdialog");
    let _ = overlay.set_attribute("aria-modal", "true");
    let _ = overlay.set_attribute("aria-labelledby", "zj-panic-title");
    let box_ = el("div", "zj-panic-box", "")?;
    let title = el("h2", "zj-panic-title", TITLE)?;
    let _ = title.set_attribute("id", "zj-panic-title");
    let advice = el("p", "", ADVICE)?;
    // An empty href reloads the page without its fragment (so `#__panic` is not repeated).
    let reload = el("a", "zj-button", "刷新页面")?;
    let _ = reload.set_attribute("href", "");
    let more = el("details", "zj-panic-details", "")?;
    let summary = el("summary", "", "技术详情（反馈问题时请一并提供）")?;
    let pre = el("pre", "", details)?;
    more.append_child(&summary).ok()?;
    more.append_child(&pre).ok()?;
    for child in [&title, &advice, &reload, &more] {
        box_.append_child(child).ok()?;
    }
    overlay.append_child(&box_).ok()?;
    Some(overlay)
}
