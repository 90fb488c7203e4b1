//! The built-in templates, compiled in from `data/templates/*.json` and parsed once.
//!
//! A built-in that failed validation would be left out rather than panic; `tests/templates.rs`
//! proves every one validates, so in a released build all of them are present.

use std::sync::OnceLock;

use super::Template;

/// (id, JSON text) of every built-in template, in the order the start page lists them.
pub const SOURCES: [(&str, &str); 3] = [
    ("jiedao-annual", include_str!("../../../data/templates/jiedao-annual.json")),
    ("jiedao-summary", include_str!("../../../data/templates/jiedao-summary.json")),
    ("dangongwei-annual", include_str!("../../../data/templates/dangongwei-annual.json")),
];

fn parsed() -> &'static [Template] {
    static CELL: OnceLock<Vec<Template>> = OnceLock::new();
    CELL.get_or_init(|| SOURCES.iter().filter_map(|(_, json)| Template::from_json(json).ok()).collect())
}

/// Every built-in template, in start-page order.
pub fn builtin_templates() -> Vec<Template> {
    parsed().to_vec()
}

/// The built-in template with this id.
pub fn builtin(id: &str) -> Option<Template> {
    parsed().iter().find(|t| t.id == id).cloned()
}

/// The JSON text of a built-in template (for 下载模板 as a starting point for a custom one).
pub fn builtin_json(id: &str) -> Option<&'static str> {
    SOURCES.iter().find(|(i, _)| *i == id).map(|(_, json)| *json)
}
