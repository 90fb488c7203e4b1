//! Embedding the wizard in a host page (an OA system): the script mount API
//! (`Zongjie.mount(element, options)` → handle), the iframe message protocol (`embed.html`), and
//! what the `<zongjie-wizard>` custom element (defined by the loader `loader.js`) calls.
//!
//! Each mounted wizard is one Yew app inside its own shadow root, with its own reducer, its own
//! id prefix and (optionally) its own storage namespace, so several can live on one page.
//! Not for the wizard itself (`ui`) nor for the document logic (`core`). See docs/EMBEDDING.md.

mod convert;
mod events;
pub mod frame;
mod handle;
mod options;
mod registry;

pub use events::EmbedEvent;
pub use handle::{mount, EmbedHandle};

/// Name of the global object the loader defines (`window.Zongjie`).
pub const GLOBAL: &str = "Zongjie";

/// True when the page was set up by the embed loader (`zongjie-embed.js`): then the wasm entry
/// must not mount the full-page app into a host's `#app`.
pub fn loaded_by_embed_loader() -> bool {
    let Some(window) = web_sys::window() else { return false };
    js_sys::Reflect::get(&window, &GLOBAL.into())
        .ok()
        .filter(|g| g.is_object())
        .and_then(|g| js_sys::Reflect::get(&g, &"embedLoader".into()).ok())
        .is_some_and(|flag| flag.is_truthy())
}
