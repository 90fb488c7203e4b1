//! zongjie: a browser-only authoring tool for a street office's annual work summary.
//!
//! `core` is the pure engine (model, templates, figures, checks, assembly, import, export): it
//! never names a web type, is tested natively and powers the `zongjie` CLI. `ui` (Yew components)
//! and `web` (storage, downloads, embedding) exist only in the wasm32 build and sit on top of it.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;

/// The wasm heap: Talc instead of std's dlmalloc (fewer bytes in the bundle, faster allocation;
/// bench/RESULTS-size.md). Single-threaded wasm only, as the app is built.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
