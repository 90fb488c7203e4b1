//! `mount(element, options)` and the handle it returns: the script API of docs/EMBEDDING.md.
//! The wizard is rendered into a shadow root on a `<div class="zj-embed">` appended to the host's
//! element, so host CSS cannot reach inside and the app's CSS cannot leak out.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use yew::Callback;

use super::convert::{self, error};
use super::events::EmbedEvent;
use super::options::{builtin_template, MountOptions};
use super::registry::{self, Instance};
use crate::core::check::Finding;
use crate::core::model::Draft;
use crate::core::template::Template;
use crate::ui::{engine, App, AppOptions};

/// Class of the element that carries the shadow root.
pub const SHADOW_HOST_CLASS: &str = "zj-embed";

/// A mounted wizard. Methods throw a JS `Error` with a Chinese message when they cannot work.
#[wasm_bindgen]
pub struct EmbedHandle {
    id: u32,
}

/// Mounts a wizard into `element` (see docs/EMBEDDING.md for the options).
#[wasm_bindgen]
pub fn mount(element: web_sys::Element, options: JsValue) -> Result<EmbedHandle, JsValue> {
    let options = MountOptions::from_js(&options).map_err(|m| error(&m))?;
    mount_with(&element, options).map_err(|m| error(&m))
}

/// Number of wizards mounted on this page.
#[wasm_bindgen(js_name = mountedCount)]
pub fn mounted_count() -> usize {
    registry::count()
}

pub(crate) fn mount_with(element: &web_sys::Element, options: MountOptions) -> Result<EmbedHandle, String> {
    if let Some(ns) = &options.storage_namespace {
        if registry::namespace_in_use(ns) {
            return Err(format!(
                "存储命名空间“{ns}”已被本页另一个总结助手使用。请为每个实例指定不同的 storage.namespace，或设为 false。"
            ));
        }
    }
    let id = registry::next_id();
    let (shadow_host, root) = shadow_root_container(element, &options.stylesheets)?;
    let props = AppOptions {
        storage_namespace: options.storage_namespace.clone(),
        no_storage: options.storage_namespace.is_none(),
        template: options.template.clone(),
        initial_draft: options.draft.clone(),
        fixed_unit: options.fixed_unit.clone(),
        fixed_year: options.fixed_year,
        read_only: options.read_only,
        id_prefix: Some(format!("zj{id}")),
        on_change: Some(Callback::from(move |d: Draft| {
            let js = convert::draft_to_js(&d);
            registry::with(id, |i| i.draft = Some(Rc::new(d)));
            registry::emit(id, EmbedEvent::Change, &js);
        })),
        on_findings: Some(Callback::from(move |f: Vec<Finding>| {
            registry::emit(id, EmbedEvent::Findings, &convert::findings_to_js(&f));
        })),
        on_submit: Some(Callback::from(move |d: Draft| {
            registry::emit(id, EmbedEvent::Submit, &convert::draft_to_js(&d));
        })),
        // The page's history is the host's: the wizard's pages add no entries to it.
        history: false,
    };
    crate::web::pointer::watch();
    let app = yew::Renderer::<App>::with_root_and_props(root, props.clone()).render();
    // Yew renders in a microtask; a 0 ms timeout runs after the first screen is in the shadow root.
    let ready_timer = Timeout::new(0, move || {
        // The fired timer stays in the instance until destroy: dropping it here would free the
        // closure while it runs.
        registry::with(id, |i| i.ready = true);
        crate::web::mark_ready();
        registry::emit(id, EmbedEvent::Ready, &JsValue::UNDEFINED);
    });
    registry::insert(
        id,
        Instance {
            app: Some(app),
            shadow_host,
            props,
            template: options.template,
            draft: options.draft,
            listeners: Default::default(),
            ready_timer: Some(ready_timer),
            ready: false,
        },
    );
    Ok(EmbedHandle { id })
}

/// `<div class="zj-embed">` in `element`, its open shadow root holding the stylesheet links and
/// `<div class="zj-root">`, the element Yew renders into.
fn shadow_root_container(element: &web_sys::Element, stylesheets: &[String]) -> Result<(web_sys::Element, web_sys::Element), String> {
    let fail = |_| "无法在该元素中创建总结助手，请传入页面中的一个块级元素（如 div）。".to_string();
    let document = element.owner_document().ok_or("该元素不在页面中，请先把它加入页面再挂载。")?;
    let host = document.create_element("div").map_err(fail)?;
    host.set_attribute("class", SHADOW_HOST_CLASS).map_err(fail)?;
    let shadow = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).map_err(fail)?;
    for href in stylesheets {
        let link = document.create_element("link").map_err(fail)?;
        link.set_attribute("rel", "stylesheet").map_err(fail)?;
        link.set_attribute("href", href).map_err(fail)?;
        shadow.append_child(&link).map_err(fail)?;
    }
    let root = document.create_element("div").map_err(fail)?;
    root.set_attribute("class", "zj-root").map_err(fail)?;
    shadow.append_child(&root).map_err(fail)?;
    element.append_child(&host).map_err(fail)?;
    Ok((host, root))
}

impl EmbedHandle {
    fn draft_and_template(&self) -> Result<(Rc<Draft>, Rc<Template>), JsValue> {
        let (draft, template) = registry::with(self.id, |i| (i.draft.clone(), i.template.clone()))
            .ok_or_else(|| error("该总结助手已被销毁（destroy），无法再调用。"))?;
        let draft = draft.ok_or_else(|| error("还没有草稿：请先调用 setDraft，或等作者新建总结后再试。"))?;
        let template = match template.filter(|t| t.id == draft.template_id || draft.template_id.is_empty()) {
            Some(t) => t,
            None => builtin_template(&draft.template_id).map_err(|m| error(&m))?,
        };
        Ok((draft, template))
    }
}

#[wasm_bindgen]
impl EmbedHandle {
    /// The current draft as a plain object (the draft file's JSON), or `null` before there is one.
    #[wasm_bindgen(js_name = getDraft)]
    pub fn get_draft(&self) -> Result<JsValue, JsValue> {
        let draft = registry::with(self.id, |i| i.draft.clone())
            .ok_or_else(|| error("该总结助手已被销毁（destroy），无法再调用。"))?;
        Ok(draft.map(|d| convert::draft_to_js(&d)).unwrap_or(JsValue::NULL))
    }

    /// Opens `draft` (a plain object or JSON string) in place of the current one.
    #[wasm_bindgen(js_name = setDraft)]
    pub fn set_draft(&self, draft: JsValue) -> Result<(), JsValue> {
        let draft = Rc::new(convert::draft_from_js(&draft).map_err(|m| error(&m))?);
        registry::with(self.id, |i| {
            i.draft = Some(draft.clone());
            i.props.initial_draft = Some(draft);
            let props = i.props.clone();
            if let Some(app) = i.app.as_mut() {
                app.update(props);
            }
        })
        .ok_or_else(|| error("该总结助手已被销毁（destroy），无法再调用。"))
    }

    /// Every finding for the current draft, as an array of plain objects.
    pub fn check(&self) -> Result<JsValue, JsValue> {
        let (draft, template) = self.draft_and_template()?;
        Ok(convert::findings_to_js(&engine::findings(&draft, &template)))
    }

    /// The report as a .docx Blob.
    #[wasm_bindgen(js_name = exportDocx)]
    pub fn export_docx(&self) -> Result<web_sys::Blob, JsValue> {
        let (draft, template) = self.draft_and_template()?;
        let document = engine::document(&draft, &template);
        let bytes = crate::core::export::docx::to_docx(&document).map_err(|m| error(&m))?;
        convert::blob(&bytes, convert::DOCX_MIME).map_err(|m| error(&m))
    }

    /// The report as plain text.
    #[wasm_bindgen(js_name = exportText)]
    pub fn export_text(&self) -> Result<String, JsValue> {
        let (draft, template) = self.draft_and_template()?;
        Ok(crate::core::export::text::to_text(&engine::document(&draft, &template)))
    }

    /// Calls `callback` on `event` (`ready`, `change`, `findings`, `submit`). A `ready` listener
    /// added after the first screen is called at once.
    pub fn on(&self, event: &str, callback: js_sys::Function) -> Result<(), JsValue> {
        let event = EmbedEvent::parse(event).map_err(|m| error(&m))?;
        let ready = registry::with(self.id, |i| {
            i.listeners.add(event, callback.clone());
            i.ready
        })
        .ok_or_else(|| error("该总结助手已被销毁（destroy），无法再调用。"))?;
        if ready && event == EmbedEvent::Ready {
            let _ = callback.call0(&JsValue::NULL);
        }
        Ok(())
    }

    /// Removes a callback added with `on`.
    pub fn off(&self, event: &str, callback: js_sys::Function) -> Result<(), JsValue> {
        let event = EmbedEvent::parse(event).map_err(|m| error(&m))?;
        registry::with(self.id, |i| i.listeners.remove(event, &callback));
        Ok(())
    }

    /// Whether `destroy` has not been called yet.
    #[wasm_bindgen(getter)]
    pub fn alive(&self) -> bool {
        registry::with(self.id, |_| ()).is_some()
    }

    /// Unmounts the wizard: the Yew app (and with it its listeners and timers), the pending ready
    /// timer, the host's listeners and the shadow host element. Calling it twice is harmless.
    pub fn destroy(&self) {
        let Some(mut instance) = registry::remove(self.id) else { return };
        instance.listeners.clear();
        drop(instance.ready_timer.take());
        if let Some(app) = instance.app.take() {
            app.destroy();
        }
        instance.shadow_host.remove();
    }
}

