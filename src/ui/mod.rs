//! The Yew UI: small function components over one reducer (`state`), a context per mounted app
//! (`context`), pages in `pages/`, reusable pieces in `components/`, hooks in `hooks/`. The core
//! is reached only through `engine`. Side effects (storage, downloads, clipboard) are in `web`.

pub mod address;
pub mod app;
pub mod components;
pub mod context;
pub mod derived;
pub mod edit;
pub mod engine;
pub mod hooks;
pub mod options;
pub mod pages;
pub mod state;

pub use app::App;
pub use options::AppOptions;
