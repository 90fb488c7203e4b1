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
