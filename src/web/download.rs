//! Saving a file to the author's computer: a Blob, an object URL and a clicked `<a download>`.
//! Works from file:// and inside an iframe; nothing leaves the browser.

use wasm_bindgen::JsCast;

/// MIME types of the exports.
pub const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
pub const TEXT: &str = "text/plain;charset=utf-8";
pub const JSON: &str = "application/json;charset=utf-8";

/// Offers `bytes` as a download named `file_name`. The error is a Chinese sentence.
pub fn download(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let fail = |_| "浏览器未能生成下载文件，请重试。".to_string();
    let document = web_sys::window().and_then(|w| w.document()).ok_or("页面尚未就绪，请重试。")?;
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    // Attributes rather than the anchor's own setters: `setAttribute` is imported anyway.
    let a: web_sys::HtmlElement = document.create_element("a").map_err(fail)?.unchecked_into();
    a.set_attribute("href", &url).ok();
    a.set_attribute("download", file_name).ok();
    a.set_attribute("style", "display:none").ok();
    if let Some(body) = document.body() {
        body.append_child(&a).ok();
        a.click();
        body.remove_child(&a).ok();
    }
    // Revoke later: revoking at once can cancel the download in some browsers.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// A file name from the unit, year and a suffix, with characters file systems refuse removed.
pub fn file_name(unit: &str, year: i32, suffix: &str) -> String {
    let unit: String = unit.chars().filter(|c| !"\\/:*?\"<>|".contains(*c) && !c.is_control()).collect();
    let unit = unit.trim();
    let unit = if unit.is_empty() { "街道" } else { unit };
    if year > 0 { format!("{unit}{year}年{suffix}") } else { format!("{unit}{suffix}") }
}
