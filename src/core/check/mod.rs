//! The checker: every figure relation and text rule of the genre, as findings with stable rule
//! ids, exact locations, Chinese messages and suggestions.
//!
//! `check(draft, template, options)` checks a structured draft; `check_text(text, options)`
//! checks a plain-text report. Both share the rules; the wizard (live), importer and CLI call
//! them. Rule ids are part of the interface (see docs/RULES.md).

use serde::Serialize;
// Findings and options are read back only by native tools and tests; the app never reads them.
#[cfg(not(target_arch = "wasm32"))]
use serde::Deserialize;

pub mod acknowledge;
pub mod draft;
mod field;
pub mod figures;
mod meta;
mod incremental;
pub mod rule_map;

pub use acknowledge::blocking;
pub use incremental::Incremental;
pub use rule_map::{RuleMap, RuleSet};
pub use figures::{indicator_derived, Derived, DerivedKind};

use super::model::{Draft, PartKind};
use super::template::Template;

pub mod rules;
mod text;
mod typed_number;

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Hint,
    Warning,
    Error,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "错误",
            Severity::Warning => "提醒",
            Severity::Hint => "建议",
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Hint => "hint",
        }
    }
}

/// Where a finding is. Draft findings fill `part` and what applies of `chapter`, `point`,
/// `indicator`, `field`; text findings fill `line`/`column` (1-based) and the char span.
/// Draft prose findings also give the char span within the field.
#[derive(Serialize, Clone, Debug, PartialEq, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<PartKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chapter: Option<String>,
    /// 0-based index of the point within its list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub point: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indicator: Option<String>,
    /// Field name: `heading`, `lead`, `body`, `text`, `last_year`, `target`, `unit`, `year`, …
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// Char offsets [start, end) in the checked text (whole input for text, the field for drafts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct Finding {
    pub rule: String,
    pub severity: Severity,
    /// What is wrong and how to fix it, naming the figures (e.g. 349÷356=98.0%).
    pub message: String,
    #[serde(flatten)]
    pub location: Location,
    pub excerpt: String,
    /// The corrected text for the span `location.start..location.end`, where one is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
    /// Set when the author acknowledged it (kept in the draft).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub acknowledged: bool,
}

impl Finding {
    /// A stable key for acknowledging: rule + location + excerpt.
    pub fn key(&self) -> String {
        let l = &self.location;
        format!(
            "{}|{}|{}|{}|{}|{}|{}",
            self.rule,
            l.part.map(|p| p.key()).unwrap_or(""),
            l.chapter.as_deref().unwrap_or(""),
            l.point.map(|p| p.to_string()).unwrap_or_default(),
            l.indicator.as_deref().unwrap_or(""),
            l.field.as_deref().unwrap_or(""),
            self.excerpt
        )
    }
}

// Findings written as JSON by hand (the embed API, `zongjie check --json`), byte for byte what the
// `Serialize` derives above write: `location` flattened, absent options and `acknowledged: false`
// left out. The derives stay, natively, as the tests' reference.
impl crate::core::json::ToJson for Severity {
    fn write_json(&self, out: &mut String) {
        crate::core::json::write::string(out, self.key());
    }
}

impl crate::core::json::ToJson for Finding {
    fn write_json(&self, out: &mut String) {
        use crate::core::json::ToJson;
        let l = &self.location;
        let mut o = crate::core::json::Object::new(out);
        o.field("rule", &self.rule).field("severity", &self.severity).field("message", &self.message);
        o.some("part", l.part.as_ref().map(|v| v as &dyn ToJson))
            .some("chapter", l.chapter.as_ref().map(|v| v as &dyn ToJson))
            .some("point", l.point.as_ref().map(|v| v as &dyn ToJson))
            .some("indicator", l.indicator.as_ref().map(|v| v as &dyn ToJson))
            .some("field", l.field.as_ref().map(|v| v as &dyn ToJson))
            .some("line", l.line.as_ref().map(|v| v as &dyn ToJson))
            .some("column", l.column.as_ref().map(|v| v as &dyn ToJson))
            .some("start", l.start.as_ref().map(|v| v as &dyn ToJson))
            .some("end", l.end.as_ref().map(|v| v as &dyn ToJson))
            .field("excerpt", &self.excerpt)
            .some("suggestion", self.suggestion.as_ref().map(|v| v as &dyn ToJson));
        if self.acknowledged {
            o.field("acknowledged", &true);
        }
        o.end();
    }
}

/// Options: per-rule severity overrides, rules switched off, the report year for text checks.
#[derive(Serialize, Clone, Debug, PartialEq, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(default)]
pub struct CheckOptions {
    pub severities: RuleMap<Severity>,
    pub disabled: RuleSet,
    /// Y for plain-text checks when the title does not say it.
    pub year: Option<i32>,
}

/// Checks a structured draft against its template.
pub fn check(draft: &Draft, template: &Template, options: &CheckOptions) -> Vec<Finding> {
    draft::check(draft, template, options)
}

/// Checks a plain-text report: one outline pass, then every text rule over the joined
/// paragraphs. Findings come sorted by position, with 1-based line/column of the original input.
pub fn check_text(text: &str, options: &CheckOptions) -> Vec<Finding> {
    // The text rules and the prose figure rules, over one outline (see `text`).
    text::check(text, options)
}
