//! The iframe mode (`embed.html`): the wizard talks to its parent page by `postMessage` only.
//!
//! The allowed parent origins come from the page address (`embed.html?origin=https://oa.example`,
//! repeatable or comma-separated). A message is handled only when it comes from the parent window
//! and from an allowed origin; anything else is ignored and never answered. Replies go to the
//! origin of the request; events go to the parent's origin when the browser tells it
//! (`location.ancestorOrigins`), else to each allowed origin. Nothing is ever posted to `*`.
//! Message schemas: docs/EMBEDDING.md.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::convert::error;
use super::events::EmbedEvent;
use super::handle::{mount_with, EmbedHandle};
use super::options::{builtin_template, MountOptions};

/// Every message the wizard sends carries `source: "zongjie"`.
pub const SOURCE: &str = "zongjie";

struct Frame {
    handle: EmbedHandle,
    origins: Vec<String>,
    _listener: gloo::events::EventListener,
}

thread_local! {
    static FRAME: RefCell<Option<Frame>> = const { RefCell::new(None) };
}

/// The origins given in the address, normalised (`scheme://host[:port]`); `*`, `null` and
/// anything that is not an http(s) origin are dropped.
pub fn allowed_origins(search: &str) -> Vec<String> {
    let params = web_sys::UrlSearchParams::new_with_str(search).ok();
    let Some(params) = params else { return Vec::new() };
    let mut out: Vec<String> = Vec::new();
    for value in params.get_all("origin").iter().filter_map(|v| v.as_string()) {
        for candidate in value.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            if let Some(origin) = normalise_origin(candidate) {
                if !out.contains(&origin) {
                    out.push(origin);
                }
            }
        }
    }
    out
}

fn normalise_origin(candidate: &str) -> Option<String> {
    let url = web_sys::Url::new(candidate).ok()?;
    let origin = url.origin();
    (matches!(url.protocol().as_str(), "http:" | "https:") && origin != "null").then_some(origin)
}

fn param(search: &str, name: &str) -> Option<String> {
    web_sys::UrlSearchParams::new_with_str(search).ok()?.get(name).filter(|v| !v.trim().is_empty())
}

fn show_message(root: &web_sys::Element, text: &str) {
    root.set_text_content(Some(text));
    let _ = root.set_attribute("class", "zj-frame-message");
    let _ = root.set_attribute("role", "alert");
}

/// Starts the iframe mode in `root` (called by the loader on embed.html). Shows a Chinese message
/// instead of the wizard when the page is not in a frame or no allowed origin is given.
#[wasm_bindgen(js_name = startFrame)]
pub fn start_frame(root: web_sys::Element, stylesheets: JsValue) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| error("页面尚未就绪。"))?;
    let search = window.location().search().unwrap_or_default();
    let origins = allowed_origins(&search);
    if origins.is_empty() {
        show_message(&root, "嵌入页缺少允许的上级页面来源：请在地址中写明，例如 embed.html?origin=https://oa.example.gov.cn 。");
        return Ok(());
    }
    let parent = window.parent().ok().flatten();
    if parent.as_ref().is_none_or(|p| p == &window) {
        show_message(&root, "本页面用于嵌入 OA 系统的 iframe 中，请通过 OA 系统打开；单独使用请打开 index.html。");
        return Ok(());
    }
    let mut options = MountOptions::default();
    if js_sys::Array::is_array(&stylesheets) {
        options.stylesheets = js_sys::Array::from(&stylesheets).iter().filter_map(|s| s.as_string()).collect();
    }
    if let Some(id) = param(&search, "template") {
        options.template = Some(builtin_template(&id).map_err(|m| error(&m))?);
    }
    options.storage_namespace = param(&search, "namespace");
    options.fixed_unit = param(&search, "unit");
    options.fixed_year = param(&search, "year").and_then(|y| y.trim().parse().ok());
    options.read_only = param(&search, "readonly").is_some_and(|v| v != "0" && v != "false");
    let handle = mount_with(&root, options).map_err(|m| error(&m))?;
    for event in EmbedEvent::ALL {
        let callback = Closure::<dyn Fn(JsValue)>::new(move |value: JsValue| post_event(event, &value));
        handle.on(event.name(), callback.as_ref().unchecked_ref::<js_sys::Function>().clone())?;
        // Lives as long as the page: the frame's wizard is never destroyed.
        callback.forget();
    }
    let listener = gloo::events::EventListener::new(&window, "message", |event| {
        if let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() {
            on_message(event);
        }
    });
    FRAME.with(|f| *f.borrow_mut() = Some(Frame { handle, origins, _listener: listener }));
    Ok(())
}

/// Where events go: the parent's origin when known and allowed, else every allowed origin.
fn event_targets(origins: &[String]) -> Vec<String> {
    let ancestor = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.location(), &"ancestorOrigins".into()).ok())
        .filter(|a| a.is_object())
        .and_then(|a| js_sys::Reflect::get(&a, &0.into()).ok())
        .and_then(|o| o.as_string());
    match ancestor {
        Some(o) if origins.contains(&o) => vec![o],
        Some(_) => Vec::new(),
        None => origins.to_vec(),
    }
}

fn message(kind: &str) -> js_sys::Object {
    let m = js_sys::Object::new();
    set(&m, "source", &SOURCE.into());
    set(&m, "type", &kind.into());
    m
}

fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &key.into(), value);
}

fn post(message: &JsValue, origin: &str) {
    if let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) {
        let _ = parent.post_message(message, origin);
    }
}

fn post_event(event: EmbedEvent, value: &JsValue) {
    let m = message(event.name());
    match event {
        EmbedEvent::Change | EmbedEvent::Submit => set(&m, "draft", value),
        EmbedEvent::Findings => set(&m, "findings", value),
        EmbedEvent::Ready => {}
    }
    let origins = FRAME.with(|f| f.borrow().as_ref().map(|f| f.origins.clone())).unwrap_or_default();
    for origin in event_targets(&origins) {
        post(&m, &origin);
    }
}

/// Handles one request from the parent, if it is allowed; replies to its origin.
fn on_message(event: &web_sys::MessageEvent) {
    let origin = event.origin();
    let from_parent = web_sys::window()
        .and_then(|w| w.parent().ok().flatten())
        .zip(event.source())
        .is_some_and(|(parent, source)| JsValue::from(parent) == JsValue::from(source));
    let allowed = FRAME.with(|f| f.borrow().as_ref().is_some_and(|f| f.origins.contains(&origin)));
    if !from_parent || !allowed {
        return;
    }
    let data = event.data();
    let kind = js_sys::Reflect::get(&data, &"type".into()).ok().and_then(|t| t.as_string());
    let Some(kind) = kind.filter(|_| data.is_object()) else { return };
    let id = js_sys::Reflect::get(&data, &"id".into()).unwrap_or(JsValue::UNDEFINED);
    let result = FRAME.with(|f| {
        let frame = f.borrow();
        let Some(frame) = frame.as_ref() else { return Err(error("嵌入页尚未就绪，请稍后重试。")) };
        answer(&frame.handle, &kind, &data)
    });
    let reply = message("reply");
    set(&reply, "id", &id);
    set(&reply, "request", &kind.into());
    match result {
        Ok(value) => {
            set(&reply, "ok", &true.into());
            set(&reply, "result", &value);
        }
        Err(e) => {
            set(&reply, "ok", &false.into());
            let text = js_sys::Reflect::get(&e, &"message".into()).ok().and_then(|m| m.as_string());
            set(&reply, "error", &text.unwrap_or_else(|| "处理请求时出错。".into()).into());
        }
    }
    post(&reply, &origin);
}

fn answer(handle: &EmbedHandle, kind: &str, data: &JsValue) -> Result<JsValue, JsValue> {
    let field = |name: &str| js_sys::Reflect::get(data, &name.into()).unwrap_or(JsValue::UNDEFINED);
    match kind {
        "load" => handle.set_draft(field("draft")).map(|_| JsValue::TRUE),
        "get" => handle.get_draft(),
        "check" => handle.check(),
        "export" => match field("format").as_string().as_deref() {
            Some("docx") => handle.export_docx().map(JsValue::from),
            Some("text") => handle.export_text().map(JsValue::from),
            _ => Err(error("export 请求的 format 应为 \"docx\" 或 \"text\"。")),
        },
        other => Err(error(&format!("不认识的请求类型“{other}”。可用的请求：load、get、check、export。"))),
    }
}

