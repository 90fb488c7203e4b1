//! Custom hooks: debouncing, autosave, up-to-date findings, the browser title, the warning when another tab edits
//! the same draft, and `use_effect_on` (Yew's `use_effect_with` compiled once for the whole app).

mod use_autosave;
mod use_current_findings;
mod use_debounced;
mod use_effect_on;
mod use_page_title;
mod use_tab_conflict;

pub use use_autosave::use_autosave;
pub use use_current_findings::use_current_findings;
pub use use_debounced::use_debounced;
pub use use_effect_on::use_effect_on;
pub use use_page_title::use_page_title;
pub use use_tab_conflict::use_tab_conflict;
