//! The figure rules: whether the numbers of a report agree with each other.
//!
//! Two sources of figures are checked. Structured indicator entries of a draft are checked against
//! the template's indicators and relations (`indicators`); figures written in prose are found by
//! `core::figures::find_figures` and checked by the patterns real reports use (`prose`). Both
//! share the interval arithmetic of `measure`, so that rounding of the written digits is never
//! reported. This module does not find figures itself, nor check wording (see `check::text`).

pub mod measure;
pub mod reading;
pub mod relations;

mod indicators;
pub mod prose;

pub use relations::{Derived, DerivedKind};

use super::{Finding, Location, Severity};
use crate::core::model::Draft;
use crate::core::template::Template;

/// The rule ids of this module (part of the interface; see docs/RULES.md).
pub mod ids {
    pub const RATE_MISMATCH: &str = "rate-mismatch";
    pub const RATE_UNREACHABLE: &str = "rate-unreachable";
    pub const RATE_OVER_100: &str = "rate-over-100";
    pub const COMPLETION_MISMATCH: &str = "completion-mismatch";
    pub const GROWTH_MISMATCH: &str = "growth-mismatch";
    pub const PART_EXCEEDS_WHOLE: &str = "part-exceeds-whole";
    pub const SUM_MISMATCH: &str = "sum-mismatch";
    pub const NOT_WHOLE_NUMBER: &str = "not-whole-number";
    pub const IMPLAUSIBLE_VALUE: &str = "implausible-value";
    pub const UNIT_MISMATCH: &str = "unit-mismatch";
    pub const NONSTANDARD_UNIT: &str = "nonstandard-unit";
    pub const FIGURE_CONFLICT: &str = "figure-conflict";
    pub const UNKNOWN_TOKEN: &str = "unknown-token";
}

/// Every figure rule with its default severity and a one-line description.
pub const RULES: &[(&str, Severity, &str)] = &[
    (ids::RATE_MISMATCH, Severity::Error, "比率与其分子、分母不符"),
    (ids::RATE_UNREACHABLE, Severity::Error, "按整数件数得不到所写的比率"),
    (ids::RATE_OVER_100, Severity::Error, "办结、整改等比率超过100%"),
    (ids::COMPLETION_MISMATCH, Severity::Error, "完成比例与实际数、目标数不符"),
    (ids::GROWTH_MISMATCH, Severity::Error, "增幅与今年、上年的数值不符"),
    (ids::PART_EXCEEDS_WHOLE, Severity::Error, "部分大于总数"),
    (ids::SUM_MISMATCH, Severity::Error, "分项之和与合计不符"),
    (ids::NOT_WHOLE_NUMBER, Severity::Error, "人数、户数、件数带有小数"),
    (ids::IMPLAUSIBLE_VALUE, Severity::Warning, "数值超出常见范围或变动幅度过大"),
    (ids::UNIT_MISMATCH, Severity::Error, "单位与指标不是同一类"),
    (ids::NONSTANDARD_UNIT, Severity::Warning, "计量单位写法不规范"),
    (ids::FIGURE_CONFLICT, Severity::Warning, "同一数据前后写法不一"),
    (ids::UNKNOWN_TOKEN, Severity::Error, "正文引用了模板中没有的指标"),
];

/// The default severity of a figure rule.
pub fn default_severity(rule: &str) -> Severity {
    RULES
        .iter()
        .chain(super::draft::RULES.iter())
        .find(|(id, _, _)| *id == rule)
        .map(|(_, s, _)| *s)
        .unwrap_or(Severity::Warning)
}

/// A finding of a figure rule at its default severity.
pub(crate) fn finding(rule: &str, message: String, location: Location, excerpt: String, suggestion: Option<String>) -> Finding {
    Finding { rule: rule.to_string(), severity: default_severity(rule), message, location, excerpt, suggestion, acknowledged: false }
}

/// The structured figure rules on a draft's indicator entries.
pub fn check_indicators(draft: &Draft, template: &Template) -> Vec<Finding> {
    indicators::check(draft, template)
}

/// Rates, completions and growths computed from the draft's entries, for the form.
pub fn indicator_derived(draft: &Draft, template: &Template) -> Vec<Derived> {
    relations::derived(draft, template)
}
