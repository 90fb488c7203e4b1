//! The live mounted wizards of this page, by id. Everything an instance holds (the Yew app, its
//! shadow host element, the host's listeners, its pending `ready` timer) is dropped on `destroy`,
//! so nothing of it outlives the handle. Borrows are never held while host code runs. A page
//! mounts a handful at most, so they sit in a list searched by id (a map would add its own
//! compiled code for nothing).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::AppHandle;

use super::events::{EmbedEvent, Listeners};
use crate::core::model::Draft;
use crate::core::template::Template;
use crate::ui::App;

/// One mounted wizard.
pub struct Instance {
    pub app: Option<AppHandle<App>>,
    /// The element we created inside the host's element; it carries the shadow root.
    pub shadow_host: web_sys::Element,
    pub props: crate::ui::AppOptions,
    pub template: Option<Rc<Template>>,
    pub draft: Option<Rc<Draft>>,
    pub listeners: Listeners,
    pub ready_timer: Option<Timeout>,
    pub ready: bool,
}

thread_local! {
    /// Mounted wizards in the order they were mounted, with their ids.
    static INSTANCES: RefCell<Vec<(u32, Instance)>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

pub fn next_id() -> u32 {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1));
        id
    })
}

pub fn insert(id: u32, instance: Instance) {
    INSTANCES.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            match m.iter_mut().find(|(i, _)| *i == id) {
                Some((_, old)) => *old = instance,
                None => m.push((id, instance)),
            }
        }
    });
}

/// Runs `f` on the instance, if it is still mounted (and not borrowed by an outer call).
pub fn with<R>(id: u32, f: impl FnOnce(&mut Instance) -> R) -> Option<R> {
    INSTANCES.with(|m| m.try_borrow_mut().ok().and_then(|mut m| m.iter_mut().find(|(i, _)| *i == id).map(|(_, instance)| f(instance))))
}

pub fn remove(id: u32) -> Option<Instance> {
    INSTANCES.with(|m| m.try_borrow_mut().ok().and_then(|mut m| {
        let at = m.iter().position(|(i, _)| *i == id)?;
        Some(m.remove(at).1)
    }))
}

/// Number of mounted wizards (for tests and `Zongjie.count()`).
pub fn count() -> usize {
    INSTANCES.with(|m| m.try_borrow().map(|m| m.len()).unwrap_or(0))
}

/// Whether a live instance already autosaves under this namespace.
pub fn namespace_in_use(namespace: &str) -> bool {
    INSTANCES.with(|m| {
        m.try_borrow()
            .map(|m| m.iter().any(|(_, i)| !i.props.no_storage && i.props.namespace() == namespace))
            .unwrap_or(false)
    })
}

/// Calls the host's listeners for `event` with `argument` (borrow released first).
pub fn emit(id: u32, event: EmbedEvent, argument: &wasm_bindgen::JsValue) {
    let Some(callbacks) = with(id, |i| i.listeners.for_event(event)) else { return };
    for callback in callbacks {
        if let Err(e) = callback.call1(&wasm_bindgen::JsValue::NULL, argument) {
            web_sys::console::error_2(&format!("zongjie: {} 事件的监听函数出错：", event.name()).into(), &e);
        }
    }
}
