//! Browser glue: the wasm entry point (`start`), the panic overlay, the `zongjie-ready`
//! performance mark, and (later) storage, downloads, clipboard and embedding.
//! Not for UI components (those are in `ui`) nor for logic on the draft (that is `core`).

pub mod embed;
pub mod panic;
pub mod ready;

pub use ready::mark_ready;

use wasm_bindgen::prelude::*;

pub mod clipboard;
// `make bench` only (Cargo feature `bench`, scripts/bench.sh builds it into its own dist): the
// keystroke bench's export stays out of the app that ships.
#[cfg(feature = "bench")]
pub mod bench;
pub mod download;
pub mod file_input;
pub mod form_value;
pub mod pointer;
pub mod storage;

/// The debug address fragment that makes the app panic on purpose right after its first render,
/// so the end-to-end tests can check that a panic shows the overlay and never a blank page.
pub const FORCED_PANIC_HASH: &str = "#__panic";

/// Installs the panic overlay, mounts the app into `#app` when the page has one, then (after the
/// first render) sets the `zongjie-ready` mark — or panics on purpose under `#__panic`.
#[wasm_bindgen(start)]
pub fn start() {
    panic::install();
    let Some(window) = web_sys::window() else { return };
    // A host page that loaded `zongjie-embed.js` mounts wizards itself (its own `#app` is not ours).
    if embed::loaded_by_embed_loader() {
        return;
    }
    let Some(root) = window.document().and_then(|d| d.get_element_by_id("app")) else { return };
    // Checks on leaving a field wait for the click that moved the focus (`AppContext::on_blur`).
    pointer::watch();
    // On a page of its own, each page of the wizard is a browser history entry.
    let options = crate::ui::AppOptions { history: true, ..Default::default() };
    // Read before the first render, which may set the address to the page shown.
    let forced_panic = window.location().hash().is_ok_and(|h| h == FORCED_PANIC_HASH);
    yew::Renderer::<crate::ui::App>::with_root_and_props(root, options).render();
    // Yew renders in a microtask; a 0 ms timeout runs after the first screen is in the DOM.
    gloo::timers::callback::Timeout::new(0, move || {
        if forced_panic {
            panic!("调试地址 {FORCED_PANIC_HASH} 有意触发的测试错误");
        }
        mark_ready();
    })
    .forget();
}
