//! Templates: what varies between offices, as versioned JSON data (see docs/TEMPLATES.md).
//!
//! A template names the report kind and title pattern, the parts in order (with which are
//! required), the domain chapter catalogue with heading phrases, guidance, our own example
//! phrasing and indicators, and per-rule severities. Built-ins live in `data/templates/*.json`
//! and are compiled in; custom ones are loaded at run time by [`Template::from_json`], which
//! validates and names the bad field. This module does not check drafts (see `check`).

use serde::Serialize;
#[cfg(not(target_arch = "wasm32"))]
use serde::Deserialize;
use std::collections::BTreeMap;

use super::check::{CheckOptions, RuleMap, Severity};
use super::model::{Chapter, Draft, IndicatorEntry, Meta, PartKind, TitleStyle};

mod builtin;
mod parse;
// serde's reading of templates, natively only: the reference tests/templates.rs compares
// `parse` against (typing errors name the same field). The app reads through `parse`.
#[cfg(not(target_arch = "wasm32"))]
mod serde_relation;
mod validate;
mod write;

pub use builtin::{builtin, builtin_json, builtin_templates};
pub use validate::{PLACEHOLDERS, SEVERITY_WORDS};

/// The template format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize, Clone, Debug, PartialEq, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub format_version: u32,
    pub id: String,
    pub name: String,
    /// One-line description for the start page.
    #[serde(default)]
    pub description: String,
    pub kind: ReportKind,
    /// e.g. `{unit}{year}年工作总结和{next_year}年{plan_word}`; placeholders: unit, year,
    /// next_year, connector, plan_word, higher_bodies.
    pub title_pattern: String,
    /// The higher bodies a new draft names in its opening (`{higher_bodies}`), e.g. 区委、区政府
    /// for a 街道办事处, 区委 for a 党工委. Empty: the model's default.
    #[serde(default)]
    pub higher_bodies: String,
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
    /// Suggested phrasings (written by us) for the opening, plan intro and closing. They may use
    /// the title placeholders (`{unit}`, `{year}`, …; fill them with [`Template::fill`]) and
    /// chapter examples may use figure tokens `{{indicator_id}}`.
    #[serde(default)]
    pub opening_examples: Vec<String>,
    /// Example problem points (存在问题), written by us.
    #[serde(default)]
    pub problems_examples: Vec<String>,
    #[serde(default)]
    pub plan_intro_examples: Vec<String>,
    /// Example plan points in parallel form (抓党建，强引领。……), written by us.
    #[serde(default)]
    pub plan_examples: Vec<String>,
    #[serde(default)]
    pub closing_examples: Vec<String>,
    /// Rule id → severity override (`error` / `warning` / `hint` / `off`), in id order (a sorted
    /// Vec, written and read like a `BTreeMap`: less wasm code than a B-tree of its own).
    #[serde(default)]
    pub rule_severities: RuleMap<String>,
}

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "kebab-case")]
pub enum ReportKind {
    /// 工作总结 only: domain chapters are top-level 一、二、.
    #[default]
    Summary,
    /// 工作总结和下年工作安排: 一、Y年工作总结 with chapters （一）（二）, then problems and plan.
    SummaryAndPlan,
}

#[derive(Serialize, Clone, Debug, PartialEq, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(deny_unknown_fields)]
pub struct PartSpec {
    pub kind: PartKind,
    #[serde(default)]
    pub required: bool,
}

/// How points of a chapter are written out.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
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

#[derive(Serialize, Clone, Debug, PartialEq, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(deny_unknown_fields)]
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

#[derive(Serialize, Clone, Debug, PartialEq, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(deny_unknown_fields)]
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

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
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
    #[default]
    Other,
}

// Read by name (`core::unit_enum`, `parse`); written by the derive above with the same names.
crate::unit_enum_deserialize!(ReportKind, ["summary" => ReportKind::Summary, "summary-and-plan" => ReportKind::SummaryAndPlan]);
crate::unit_enum_deserialize!(PointStyle, ["series" => PointStyle::Series, "numbered" => PointStyle::Numbered, "lead" => PointStyle::Lead]);
crate::unit_enum_deserialize!(IndicatorKind, [
    "count" => IndicatorKind::Count,
    "amount" => IndicatorKind::Amount,
    "rate" => IndicatorKind::Rate,
    "growth" => IndicatorKind::Growth,
    "completion" => IndicatorKind::Completion,
    "area" => IndicatorKind::Area,
    "length" => IndicatorKind::Length,
    "weight" => IndicatorKind::Weight,
    "duration" => IndicatorKind::Duration,
    "other" => IndicatorKind::Other,
]);

#[derive(Serialize, Clone, Copy, Debug, PartialEq, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
#[serde(deny_unknown_fields)]
pub struct Range {
    pub min: f64,
    pub max: f64,
}

/// A relation that ties this indicator to others; the checker verifies each. Read by `parse`
/// (fields checked against the kind), written with the `kind` tag.
#[derive(Serialize, Clone, Debug, PartialEq)]
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

impl Template {
    /// Reads and validates a template file. The error names the first bad field by its JSON path
    /// (`chapters[2].indicators[0].unit`) with a Chinese message; never panics.
    pub fn from_json(json: &str) -> Result<Template, TemplateError> {
        let template = parse::parse(json)?;
        match validate::problems(&template).into_iter().next() {
            Some(problem) => Err(problem),
            None => Ok(template),
        }
    }

    /// Every semantic problem of an already typed template (empty when usable). `from_json`
    /// reports the first; an editor for custom templates may list them all.
    pub fn problems(&self) -> Vec<TemplateError> {
        validate::problems(self)
    }

    /// Pretty JSON, as written to a template file: [`Template::to_json_compact`] re-indented (the
    /// same text as `serde_json::to_string_pretty`).
    pub fn to_json(&self) -> String {
        crate::core::json_text::pretty(&self.to_json_compact())
    }

    /// Compact JSON, as stored by the browser (the same text as `serde_json::to_string`).
    pub fn to_json_compact(&self) -> String {
        crate::core::json::write::to_string(self)
    }

    /// The chapter spec with this id.
    pub fn chapter(&self, id: &str) -> Option<&ChapterSpec> {
        self.chapters.iter().find(|c| c.id == id)
    }

    /// The indicator with this id and the chapter that lists it.
    pub fn indicator(&self, id: &str) -> Option<(&ChapterSpec, &IndicatorSpec)> {
        for c in &self.chapters {
            for i in &c.indicators {
                if i.id == id {
                    return Some((c, i));
                }
            }
        }
        None
    }

    /// Every indicator of the catalogue with its chapter, in file order.
    pub fn indicators(&self) -> impl Iterator<Item = (&ChapterSpec, &IndicatorSpec)> {
        self.chapters.iter().flat_map(|c| c.indicators.iter().map(move |i| (c, i)))
    }

    /// Every relation of the catalogue with the indicator that carries it.
    pub fn relations(&self) -> impl Iterator<Item = (&IndicatorSpec, &Relation)> {
        self.indicators().flat_map(|(_, i)| i.relations.iter().map(move |r| (i, r)))
    }

    /// The chapters a new draft starts with.
    pub fn default_chapters(&self) -> impl Iterator<Item = &ChapterSpec> {
        self.chapters.iter().filter(|c| c.default)
    }

    pub fn part(&self, kind: PartKind) -> Option<&PartSpec> {
        self.parts.iter().find(|p| p.kind == kind)
    }

    pub fn has_part(&self, kind: PartKind) -> bool {
        self.part(kind).is_some()
    }

    /// Whether the part must be filled in before export.
    pub fn is_required(&self, kind: PartKind) -> bool {
        self.part(kind).is_some_and(|p| p.required)
    }

    /// The parts in document order.
    pub fn part_kinds(&self) -> Vec<PartKind> {
        self.parts.iter().map(|p| p.kind).collect()
    }

    /// The title's connector and plan word as the pattern writes them literally
    /// (`…工作总结和{next_year}年工作安排` → 和, 工作安排); the model's defaults when the pattern
    /// uses the `{connector}` / `{plan_word}` placeholders or has no plan part.
    pub fn title_style(&self) -> TitleStyle {
        let mut style = TitleStyle::default();
        if self.kind != ReportKind::SummaryAndPlan {
            return style;
        }
        let p = &self.title_pattern;
        if let Some((before, after)) = p.split_once("{next_year}年") {
            if !after.contains('{') && !after.trim().is_empty() {
                style.plan_word = after.trim().to_string();
            }
            if let Some(i) = crate::core::find_str::rfind(before, "工作总结") {
                let connector = &before[i + "工作总结".len()..];
                if !connector.contains('{') && !connector.is_empty() {
                    style.connector = connector.to_string();
                }
            }
        }
        style
    }

    /// A title pattern with the connector and plan word as placeholders, so the author's choice
    /// in `meta.title_style` always wins.
    fn canonical_title_pattern(&self) -> String {
        let style = self.title_style();
        let mut p = self.title_pattern.clone();
        if self.kind == ReportKind::SummaryAndPlan {
            let literal = format!("工作总结{}{{next_year}}年{}", style.connector, style.plan_word);
            p = p.replace(&literal, "工作总结{connector}{next_year}年{plan_word}");
        }
        p
    }

    /// Fills a pattern's placeholders from the draft's meta (empty connector or plan word fall
    /// back to the template's own).
    pub fn fill(&self, pattern: &str, meta: &Meta) -> String {
        let style = self.title_style();
        let pick = |own: &str, fallback: String| if own.trim().is_empty() { fallback } else { own.to_string() };
        pattern
            .replace("{unit}", &meta.unit)
            .replace("{year}", &meta.year.to_string())
            .replace("{next_year}", &(meta.year + 1).to_string())
            .replace("{connector}", &pick(&meta.title_style.connector, style.connector))
            .replace("{plan_word}", &pick(&meta.title_style.plan_word, style.plan_word))
            .replace("{higher_bodies}", &pick(&meta.higher_bodies, self.default_higher_bodies()))
    }

    /// The report title for this meta, e.g. 新华街道办事处2025年工作总结和2026年工作安排.
    pub fn render_title(&self, meta: &Meta) -> String {
        self.fill(&self.canonical_title_pattern(), meta)
    }

    /// The heading pattern of a part (`None` for parts without one: title, opening, closing,
    /// and the summary of a summary-only report whose chapters are the top level).
    pub fn part_heading_pattern(&self, kind: PartKind) -> Option<&str> {
        let h = match kind {
            PartKind::Summary if self.kind == ReportKind::SummaryAndPlan => &self.summary_heading,
            PartKind::Problems => &self.problems_heading,
            PartKind::Plan => &self.plan_heading,
            PartKind::KeyTasks => &self.key_tasks_heading,
            PartKind::Honours => &self.honours_heading,
            _ => return None,
        };
        (!h.trim().is_empty()).then_some(h.as_str())
    }

    /// The filled heading of a part, e.g. 2025年工作总结, 2026年工作安排.
    pub fn part_heading(&self, kind: PartKind, meta: &Meta) -> Option<String> {
        self.part_heading_pattern(kind).map(|p| self.fill(p, meta))
    }

    /// The higher bodies a new draft starts with: the template's, else the model's default.
    pub fn default_higher_bodies(&self) -> String {
        if self.higher_bodies.trim().is_empty() {
            Meta::default().higher_bodies
        } else {
            self.higher_bodies.clone()
        }
    }

    /// Whether the report has the plan part (一、总结 二、问题 三、安排) rather than a summary only.
    pub fn is_two_part(&self) -> bool {
        self.kind == ReportKind::SummaryAndPlan
    }

    /// A new draft: the default chapters with their headings and every indicator as an empty
    /// row, the template id set, the title style taken from the title pattern and the higher
    /// bodies from the template.
    pub fn new_draft(&self, draft_id: &str, unit: &str, year: i32) -> Draft {
        let mut draft = Draft::new(draft_id, self.id.clone(), unit, year);
        draft.meta.title_style = self.title_style();
        draft.meta.higher_bodies = self.default_higher_bodies();
        for c in &self.chapters {
            if c.default {
                draft.chapters.push(chapter_from_spec(c));
            }
        }
        draft
    }

    /// A fresh chapter from the catalogue (for 添加章节), or `None` for an unknown id.
    pub fn chapter_from_catalogue(&self, chapter_id: &str) -> Option<Chapter> {
        self.chapter(chapter_id).map(chapter_from_spec)
    }

    /// `rule_severities` as the checker's severities; `None` means the rule is switched off.
    /// Words other than error/warning/hint/off are skipped (validation rejects them anyway).
    pub fn severity_overrides(&self) -> BTreeMap<String, Option<Severity>> {
        // Inserted one by one: `collect()` into a BTreeMap brings in a sort routine of its own.
        let mut out = BTreeMap::new();
        for (rule, word) in self.rule_severities.iter() {
            if let Some(severity) = severity_of_word(word) {
                out.insert(rule.clone(), severity);
            }
        }
        out
    }

    /// Check options carrying this template's severities (rules set to `off` are disabled).
    /// Filled straight from `rule_severities`, not through [`Template::severity_overrides`], so
    /// the app carries no map type of its own for it.
    pub fn check_options(&self) -> CheckOptions {
        let mut options = CheckOptions::default();
        for (rule, word) in self.rule_severities.iter() {
            match severity_of_word(word) {
                Some(Some(s)) => {
                    options.severities.insert(rule.clone(), s);
                }
                Some(None) => {
                    options.disabled.insert(rule.clone());
                }
                None => {}
            }
        }
        options
    }
}

/// A `rule_severities` word: `Some(None)` for `off`, `None` for a word that is not one of
/// [`SEVERITY_WORDS`].
fn severity_of_word(word: &str) -> Option<Option<Severity>> {
    match word {
        "error" => Some(Some(Severity::Error)),
        "warning" => Some(Some(Severity::Warning)),
        "hint" => Some(Some(Severity::Hint)),
        "off" => Some(None),
        _ => None,
    }
}

fn chapter_from_spec(spec: &ChapterSpec) -> Chapter {
    Chapter {
        id: spec.id.clone(),
        template_chapter: Some(spec.id.clone()),
        heading: spec.heading.clone(),
        points: Vec::new(),
        indicators: {
            let mut entries = Vec::with_capacity(spec.indicators.len());
            for i in &spec.indicators {
                entries.push(IndicatorEntry { indicator: i.id.clone(), unit: i.unit.clone(), ..IndicatorEntry::default() });
            }
            entries
        },
        reference: String::new(),
    }
}
