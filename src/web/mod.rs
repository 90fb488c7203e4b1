//! Browser glue: the wasm entry point, and (later) storage, downloads, clipboard and embedding.

use wasm_bindgen::prelude::*;

pub mod clipboard;
pub mod download;
pub mod storage;

/// Mounts the app into `#app` when the page has one, and marks `zongjie-ready` for benchmarks.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(root) = document.get_element_by_id("app") {
        yew::Renderer::<crate::ui::App>::with_root(root).render();
    }
}
