//! Templates: what varies between offices, as versioned JSON data (see docs/TEMPLATES.md).
//!
//! A template names the report kind and title pattern, the parts in order (with which are
//! required), the domain chapter catalogue with heading phrases, guidance, our own example
//! phrasing and indicators, and per-rule severities. Built-ins live in `data/templates/*.json`
//! and are compiled in; custom ones are loaded at run time by [`Template::from_json`], which
//! validates and names the bad field. This module does not check drafts (see `check`).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::model::PartKind;

/// The template format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Template {
    pub format_version: u32,
    pub id: String,
    pub name: String,
    /// One-line description for the start page.
    #[serde(default)]
    pub description: String,
    pub kind: ReportKind,
    /// e.g. `{unit}{year}年工作总结和{next_year}年{plan_word}`; placeholders: unit, year,
    /// next_year, connector, plan_word.
    pub title_pattern: String,
    /// Heading of the summary part in a two-part report, e.g. `{year}年工作总结`.
    #[serde(default)]
    pub summary_heading: String,
    /// Heading of the problems part, e.g. 存在的问题和不足.
    #[serde(default)]
    pub problems_heading: String,
    /// Heading of the plan part, e.g. `{next_year}年工作安排`.
    #[serde(default)]
    pub plan_heading: String,
    #[serde(default)]
    pub key_tasks_heading: String,
    #[serde(default)]
    pub honours_heading: String,
    /// The parts in document order.
    pub parts: Vec<PartSpec>,
    /// How points inside a chapter are rendered.
    #[serde(default)]
    pub point_style: PointStyle,
    /// The domain chapter catalogue; `default: true` ones start in a new draft.
    pub chapters: Vec<ChapterSpec>,
    /// Suggested phrasings (written by us) for the opening, plan intro and closing.
    #[serde(default)]
    pub opening_examples: Vec<String>,
    #[serde(default)]
    pub plan_intro_examples: Vec<String>,
    #[serde(default)]
    pub closing_examples: Vec<String>,
    /// Rule id → severity override (`error` / `warning` / `hint` / `off`).
    #[serde(default)]
    pub rule_severities: BTreeMap<String, String>,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ReportKind {
    /// 工作总结 only: domain chapters are top-level 一、二、.
    Summary,
    /// 工作总结和下年工作安排: 一、Y年工作总结 with chapters （一）（二）, then problems and plan.
    SummaryAndPlan,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct PartSpec {
    pub kind: PartKind,
    #[serde(default)]
    pub required: bool,
}

/// How points of a chapter are written out.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "kebab-case")]
pub enum PointStyle {
    /// 一是……。二是……。 each point its own paragraph.
    #[default]
    Series,
    /// 1.强化……。 numbered paragraphs one level below the chapter.
    Numbered,
    /// Lead sentence then body, no numbers.
    Lead,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ChapterSpec {
    pub id: String,
    /// Short catalogue name, e.g. 党建引领.
    pub name: String,
    /// Default heading phrase.
    pub heading: String,
    #[serde(default)]
    pub alternatives: Vec<String>,
    /// Short guidance for the author.
    #[serde(default)]
    pub guidance: String,
    /// Example points written by us.
    #[serde(default)]
    pub examples: Vec<String>,
    /// Included in a new draft.
    #[serde(default)]
    pub default: bool,
    #[serde(default)]
    pub indicators: Vec<IndicatorSpec>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct IndicatorSpec {
    /// Unique across the template.
    pub id: String,
    /// Chinese name, e.g. 调解矛盾纠纷.
    pub name: String,
    /// Unit the value is kept in, e.g. 件, 万元, %.
    pub unit: String,
    /// Units the author may type (same family), e.g. [元, 万元, 亿元].
    #[serde(default)]
    pub units: Vec<String>,
    pub kind: IndicatorKind,
    /// Counts of people, households, items are whole numbers.
    #[serde(default)]
    pub whole: bool,
    /// Plausible range for a street office, in `unit`.
    #[serde(default)]
    pub range: Option<Range>,
    #[serde(default)]
    pub relations: Vec<Relation>,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum IndicatorKind {
    Count,
    Amount,
    Rate,
    Growth,
    Completion,
    Area,
    Length,
    Weight,
    Duration,
    Other,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub min: f64,
    pub max: f64,
}

/// A relation that ties this indicator to others; the checker verifies each.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Relation {
    /// This rate = part / whole × 100.
    Rate { part: String, whole: String },
    /// This completion % = actual / target × 100 (target may be the entry's own target field when
    /// `target` is absent).
    Completion { actual: String, #[serde(default)] target: Option<String> },
    /// This growth % = (this year − last year) / last year × 100 of `of`.
    Growth { of: String },
    /// This value ≤ `whole`.
    PartOf { whole: String },
    /// This value = sum of `parts`.
    SumOf { parts: Vec<String> },
}

/// Why a template could not be used. `Display` names the bad field in Chinese.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateError {
    /// JSON path of the bad field, e.g. `chapters[2].indicators[0].unit`.
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.field.is_empty() {
            write!(f, "模板有误：{}", self.message)
        } else {
            write!(f, "模板字段 {} 有误：{}", self.field, self.message)
        }
    }
}

impl std::error::Error for TemplateError {}
