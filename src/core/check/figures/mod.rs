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
pub mod rendered;

mod indicators;
mod key_tasks;
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

/// The default severity of a rule, from the registry (`check::rules`).
pub fn default_severity(rule: &str) -> Severity {
    super::rules::find(rule).map(|r| r.severity).unwrap_or(Severity::Warning)
}

/// A finding of a figure rule at its default severity.
pub(crate) fn finding(rule: &str, message: String, location: Location, excerpt: String, suggestion: Option<String>) -> Finding {
    Finding { rule: rule.to_string(), severity: default_severity(rule), message, location, excerpt, suggestion, acknowledged: false }
}

/// Whether figures of a part state what was done (the plan states aims: 新建食堂1处 next year
/// does not contradict 新建食堂2处 this year).
pub(crate) fn states_facts(part: crate::core::model::PartKind) -> bool {
    use crate::core::model::PartKind;
    !matches!(part, PartKind::Plan | PartKind::Title)
}

/// The structured figure rules on a draft's indicator entries, and the completion written in each
/// key task's note against the row's target and actual.
pub fn check_indicators(draft: &Draft, template: &Template) -> Vec<Finding> {
    let mut out = indicators::check(draft, template);
    key_tasks::check(draft, &mut out);
    out
}

/// Rates, completions and growths computed from the draft's entries, for the form.
pub fn indicator_derived(draft: &Draft, template: &Template) -> Vec<Derived> {
    relations::derived(draft, template)
}
