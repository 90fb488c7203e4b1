//! Values crossing the boundary with the host: drafts, templates and findings as plain JS objects
//! (through JSON, so the host sees exactly the draft file format), and exports as a Blob / string.
//! Errors are Chinese sentences for the integrator.

use wasm_bindgen::JsValue;

use crate::core::check::Finding;
use crate::core::model::Draft;
use crate::core::template::Template;

/// MIME type of a .docx Blob.
pub const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

fn stringify(value: &JsValue, what: &str) -> Result<String, String> {
    if let Some(s) = value.as_string() {
        return Ok(s);
    }
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| format!("{what}无法转换为 JSON，请传入普通对象（或 JSON 字符串）。"))
}

/// A draft from a JS object (or a JSON string), migrated like a draft file.
pub fn draft_from_js(value: &JsValue) -> Result<Draft, String> {
    let json = stringify(value, "草稿")?;
    Draft::from_json(&json).map_err(|e| format!("草稿读取失败：{e}"))
}

/// A template from a JS object (or a JSON string), checked like a template file.
pub fn template_from_js(value: &JsValue) -> Result<Template, String> {
    let json = stringify(value, "模板")?;
    Template::from_json(&json).map_err(|e| format!("模板读取失败：{e}"))
}

fn to_js(value: &dyn crate::core::json::ToJson) -> JsValue {
    js_sys::JSON::parse(&crate::core::json::write::to_string(value))
        .ok()
        .unwrap_or(JsValue::NULL)
}

/// The draft as a plain JS object (the draft file's JSON).
pub fn draft_to_js(draft: &Draft) -> JsValue {
    to_js(draft)
}

/// Findings as a JS array of plain objects.
pub fn findings_to_js(findings: &[Finding]) -> JsValue {
    to_js(&findings)
}

/// Bytes as a Blob of the given type.
pub fn blob(bytes: &[u8], mime: &str) -> Result<web_sys::Blob, String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| "浏览器未能生成文件，请重试。".to_string())
}

/// A JS `Error` with a Chinese message, for methods that throw.
pub fn error(message: &str) -> JsValue {
    js_sys::Error::new(message).into()
}
