//! Copying text to the clipboard: the async Clipboard API where the page may use it, else a
//! hidden textarea and `execCommand("copy")` (file:// and older OA browsers).

use wasm_bindgen::JsCast;

/// Copies `text`; resolves to an error sentence when neither way worked.
pub async fn copy(text: &str) -> Result<(), String> {
    if let Some(window) = web_sys::window() {
        let clipboard = window.navigator().clipboard();
        let has_api = js_sys::Reflect::has(&window.navigator(), &"clipboard".into()).unwrap_or(false);
        if has_api {
            let promise = clipboard.write_text(text);
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                return Ok(());
            }
        }
    }
    copy_with_textarea(text)
}

fn copy_with_textarea(text: &str) -> Result<(), String> {
    let fail = || "浏览器不允许复制到剪贴板。请使用“导出文本”后复制。".to_string();
    let document = web_sys::window().and_then(|w| w.document()).ok_or_else(fail)?;
    let area: web_sys::HtmlTextAreaElement = document.create_element("textarea").map_err(|_| fail())?.unchecked_into();
    area.set_value(text);
    area.set_attribute("style", "position:fixed;left:-9999px;top:0").ok();
    let body = document.body().ok_or_else(fail)?;
    body.append_child(&area).ok();
    area.select();
    let html: web_sys::HtmlDocument = document.unchecked_into();
    let ok = html.exec_command("copy").unwrap_or(false);
    body.remove_child(&area).ok();
    if ok { Ok(()) } else { Err(fail()) }
}
