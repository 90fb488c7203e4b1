//! The built-in templates, compiled in from `data/templates/*.json` and parsed when first asked
//! for, each on its own.
//!
//! `build.rs` stores them minified, and a template whose chapter catalogue repeats an earlier
//! one's as `"chapters": "<id of that template>"`; [`source`] puts the catalogue back, so every
//! caller sees the complete template of `data/templates`. A built-in that failed validation
//! would be left out rather than panic; `tests/templates.rs` proves every one validates, so in a
//! released build all of them are present.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::Template;
use crate::core::json_text;

/// (id, stored JSON text) of every built-in template, in the order the start page lists them.
const SOURCES: [(&str, &str); 3] = [
    ("jiedao-annual", include_str!(concat!(env!("OUT_DIR"), "/jiedao-annual.json"))),
    ("jiedao-summary", include_str!(concat!(env!("OUT_DIR"), "/jiedao-summary.json"))),
    ("dangongwei-annual", include_str!(concat!(env!("OUT_DIR"), "/dangongwei-annual.json"))),
];

/// The complete JSON text of the built-in at `index` of [`SOURCES`].
fn source(index: usize) -> Option<Cow<'static, str>> {
    let (_, json) = SOURCES.get(index)?;
    let Some(shared) = json_text::top_level_value(json, "chapters").and_then(|v| v.strip_prefix('"')?.strip_suffix('"')) else {
        return Some(Cow::Borrowed(json));
    };
    let (_, other) = SOURCES.iter().find(|(id, _)| *id == shared)?;
    let chapters = json_text::top_level_value(other, "chapters")?;
    Some(Cow::Owned(json_text::with_member(json, "chapters", chapters)))
}

/// The parsed built-in at `index` of [`SOURCES`] (`None` if it did not validate).
fn parsed(index: usize) -> Option<&'static Template> {
    static CELLS: [OnceLock<Option<Template>>; SOURCES.len()] = [const { OnceLock::new() }; SOURCES.len()];
    CELLS.get(index)?.get_or_init(|| source(index).and_then(|json| Template::from_json(&json).ok())).as_ref()
}

/// Every built-in template, in start-page order.
pub fn builtin_templates() -> Vec<Template> {
    (0..SOURCES.len()).filter_map(parsed).cloned().collect()
}

/// The built-in template with this id.
pub fn builtin(id: &str) -> Option<Template> {
    SOURCES.iter().position(|(i, _)| *i == id).and_then(parsed).cloned()
}

/// The JSON text of a built-in template (for 下载模板 as a starting point for a custom one);
/// compact, with the same content as its file in `data/templates`.
pub fn builtin_json(id: &str) -> Option<String> {
    SOURCES.iter().position(|(i, _)| *i == id).and_then(source).map(Cow::into_owned)
}
