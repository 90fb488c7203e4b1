//! The figure relations of a structured draft, evaluated once: for every rate, completion and
//! growth indicator the value computed from its inputs (with the interval that rounding of the
//! written digits allows), plus the completion and growth implied by an entry's own target and
//! last-year fields. Shared by the structured rules (which compare) and `indicator_derived`
//! (which shows the computed value in the form). No findings are made here.

use serde::Serialize;

use super::measure::{self, Span};
use super::reading::{read, Read, Reading};
use crate::core::model::{Chapter, Draft, IndicatorEntry};
use crate::core::template::{IndicatorSpec, Relation, Template};

/// What a derived value is.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum DerivedKind {
    /// part ÷ whole × 100.
    Rate,
    /// actual ÷ target × 100.
    Completion,
    /// (this year − last year) ÷ last year × 100.
    Growth,
}

/// A value computed from other figures, for the wizard to show as the author types.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Derived {
    /// The indicator the value belongs to (the rate/completion/growth indicator, or the entry
    /// whose own target or last-year field gave it).
    pub indicator: String,
    pub chapter: String,
    pub kind: DerivedKind,
    pub value: f64,
    /// The value to the written precision, e.g. `98.0%`.
    pub text: String,
    /// e.g. `349÷356`, `（3520−3100）÷3100`.
    pub formula: String,
    /// e.g. `按349÷356计算为98.0%`.
    pub explanation: String,
    /// The value as the form shows it: `比率 98.0%（349÷356）`, `增幅 12.5%（（48600−43200）÷43200）`;
    /// a percentage against its last year or target in 百分点: `较上年上升0.3个百分点（3.5%−3.2%）`.
    pub line: String,
    /// Whether the value the author typed agrees (within rounding); `None` when none is typed.
    pub agrees: Option<bool>,
}

/// The draft's indicator entries read against the template.
pub struct Sheet<'a> {
    /// The template's indicators by id, sorted by id (a later one replaces an earlier of the
    /// same id); see `spec`.
    pub specs: Vec<&'a IndicatorSpec>,
    /// Every entry of an indicator the template knows, with its chapter and its value read.
    pub rows: Vec<Row<'a>>,
    /// Set when a prose rule has looked a figure up in the rows (see `consulted`).
    looked_up: std::cell::Cell<bool>,
}

pub struct Row<'a> {
    pub chapter: &'a Chapter,
    pub entry: &'a IndicatorEntry,
    pub spec: &'a IndicatorSpec,
    pub value: Read,
    pub last_year: Read,
    pub target: Read,
}

impl<'a> Sheet<'a> {
    pub fn new(draft: &'a Draft, template: &'a Template) -> Self {
        // Inserted in order one by one: a map or a sort would bring in code of its own.
        let mut specs: Vec<&IndicatorSpec> = Vec::new();
        for c in &template.chapters {
            for s in &c.indicators {
                match specs.binary_search_by(|t| t.id.as_str().cmp(&s.id)) {
                    Ok(i) => specs[i] = s,
                    Err(i) => specs.insert(i, s),
                }
            }
        }
        let mut rows = Vec::new();
        for chapter in &draft.chapters {
            for entry in &chapter.indicators {
                let Some(spec) = spec_in(&specs, &entry.indicator) else { continue };
                let unit_hint = entry.unit.as_str();
                rows.push(Row {
                    chapter,
                    entry,
                    spec,
                    value: read(&entry.text, entry.value, unit_hint, &spec.unit, &spec.units),
                    last_year: read(&entry.last_year, None, unit_hint, &spec.unit, &spec.units),
                    target: read(&entry.target, None, unit_hint, &spec.unit, &spec.units),
                });
            }
        }
        Sheet { specs, rows, looked_up: std::cell::Cell::new(false) }
    }

    /// Notes that a prose rule read the rows (so its result depends on the entries).
    pub(crate) fn look_up(&self) {
        self.looked_up.set(true);
    }

    /// Whether a prose rule read the rows since the last call; clears the note. The incremental
    /// checker keeps a field's results over an edit of the entries only when none did.
    pub(crate) fn consulted(&self) -> bool {
        self.looked_up.replace(false)
    }

    /// The first row of an indicator.
    pub fn row(&self, id: &str) -> Option<&Row<'a>> {
        self.rows.iter().find(|r| r.spec.id == id)
    }

    /// The value of an indicator, when it is typed and readable.
    pub fn value(&self, id: &str) -> Option<&Reading> {
        self.row(id).and_then(|r| r.value.value())
    }

    /// The template's indicator of this id.
    pub fn spec(&self, id: &str) -> Option<&'a IndicatorSpec> {
        spec_in(&self.specs, id)
    }

    /// The separate target indicator of an indicator's completion (一般公共预算收入目标 for
    /// 一般公共预算收入), with its value, when one is typed.
    pub fn separate_target(&self, actual_id: &str) -> Option<(&'a str, &Reading)> {
        for spec in &self.specs {
            for relation in &spec.relations {
                if let Relation::Completion { actual, target: Some(t) } = relation {
                    if actual == actual_id {
                        if let Some(v) = self.value(t) {
                            return Some((t.as_str(), v));
                        }
                    }
                }
            }
        }
        None
    }

    /// The name of an indicator as the template gives it.
    pub fn name(&self, id: &str) -> String {
        self.spec(id).map(|s| s.name.clone()).unwrap_or_else(|| id.to_string())
    }
}

/// The indicator of this id in specs sorted by id.
fn spec_in<'a>(specs: &[&'a IndicatorSpec], id: &str) -> Option<&'a IndicatorSpec> {
    let i = specs.binary_search_by(|t| t.id.as_str().cmp(id)).ok()?;
    specs.get(i).copied()
}

/// One evaluated relation.
pub struct Evaluation<'s> {
    pub kind: DerivedKind,
    /// The row the computed value belongs to.
    pub row_index: usize,
    pub span: Span,
    pub formula: String,
    /// The value typed for it, when it is a separate indicator that has one.
    pub written: Option<&'s Reading>,
    /// Names of the inputs, for “或核对A和B”.
    pub inputs: (String, String),
    /// Any input is approximate (约、余…): shown, never used to report an error.
    pub approximate: bool,
}

/// Rates, completions and growths of the sheet, in row order.
pub fn evaluate<'s>(sheet: &'s Sheet<'_>) -> Vec<Evaluation<'s>> {
    let mut out = Vec::new();
    for (i, row) in sheet.rows.iter().enumerate() {
        let written = row.value.value();
        for relation in &row.spec.relations {
            match relation {
                Relation::Rate { part, whole } => {
                    let (Some(p), Some(w)) = (sheet.value(part), sheet.value(whole)) else { continue };
                    let Some(p) = in_unit_of(p, w) else { continue };
                    if let Some(span) = measure::percent_of(&p.measure, &w.measure) {
                        out.push(Evaluation {
                            kind: DerivedKind::Rate,
                            row_index: i,
                            span,
                            formula: format!("{}÷{}", p.shown(), w.shown()),
                            written,
                            inputs: (sheet.name(part), sheet.name(whole)),
                            approximate: p.approximate || w.approximate,
                        });
                    }
                }
                Relation::Completion { actual, target } => {
                    let Some(a) = sheet.value(actual) else { continue };
                    let t = match target {
                        Some(t) => sheet.value(t),
                        None => row.target.value().or_else(|| sheet.row(actual).and_then(|r| r.target.value())),
                    };
                    let Some(t) = t.and_then(|t| in_unit_of(t, a)) else { continue };
                    let target_name = match target {
                        Some(t) => sheet.name(t),
                        None => format!("{}的目标", sheet.name(actual)),
                    };
                    if let Some(span) = measure::percent_of(&a.measure, &t.measure) {
                        out.push(Evaluation {
                            kind: DerivedKind::Completion,
                            row_index: i,
                            span,
                            formula: format!("{}÷{}", a.shown(), t.shown()),
                            written,
                            inputs: (sheet.name(actual), target_name),
                            approximate: a.approximate || t.approximate,
                        });
                    }
                }
                Relation::Growth { of } => {
                    let Some(of_row) = sheet.row(of) else { continue };
                    let (Some(this), Some(last)) = (of_row.value.value(), of_row.last_year.value()) else { continue };
                    if let Some(span) = measure::growth_of(&this.measure, &last.measure) {
                        out.push(Evaluation {
                            kind: DerivedKind::Growth,
                            row_index: i,
                            span,
                            formula: format!("（{}−{}）÷{}", this.shown(), last.shown(), last.shown()),
                            written,
                            inputs: (format!("{}今年", sheet.name(of)), "上年的数值".into()),
                            approximate: this.approximate || last.approximate,
                        });
                    }
                }
                Relation::PartOf { .. } | Relation::SumOf { .. } => {}
            }
        }
        // An entry's own target and last-year fields, when no other indicator states the result.
        let completion_elsewhere = sheet.rows.iter().any(|r| {
            r.spec.relations.iter().any(|rel| matches!(rel, Relation::Completion { actual, target: None } if *actual == row.spec.id))
        });
        let growth_elsewhere = sheet
            .rows
            .iter()
            .any(|r| r.spec.relations.iter().any(|rel| matches!(rel, Relation::Growth { of } if *of == row.spec.id)));
        if let (Some(v), Some(t)) = (row.value.value(), row.target.value()) {
            let self_is_completion = row.spec.relations.iter().any(|r| matches!(r, Relation::Completion { .. }));
            if !completion_elsewhere && !self_is_completion {
                if let Some(span) = measure::percent_of(&v.measure, &t.measure) {
                    out.push(Evaluation {
                        kind: DerivedKind::Completion,
                        row_index: i,
                        span,
                        formula: format!("{}÷{}", v.shown(), t.shown()),
                        written: None,
                        inputs: (row.spec.name.clone(), "目标".into()),
                        approximate: v.approximate || t.approximate,
                    });
                }
            }
        }
        if let (Some(v), Some(l)) = (row.value.value(), row.last_year.value()) {
            if !growth_elsewhere && row.spec.kind != crate::core::template::IndicatorKind::Growth {
                if let Some(span) = measure::growth_of(&v.measure, &l.measure) {
                    out.push(Evaluation {
                        kind: DerivedKind::Growth,
                        row_index: i,
                        span,
                        formula: format!("（{}−{}）÷{}", v.shown(), l.shown(), l.shown()),
                        written: None,
                        inputs: (row.spec.name.clone(), "上年的数值".into()),
                        approximate: v.approximate || l.approximate,
                    });
                }
            }
        }
    }
    out
}

/// `r` expressed in the unit of `like` (for a part in 万人次 against a whole in 人次).
pub fn in_unit_of(r: &Reading, like: &Reading) -> Option<Reading> {
    if r.unit == like.unit {
        return Some(r.clone());
    }
    let scale = crate::core::figures::convert(1.0, &r.unit, &like.unit)?;
    let mut out = r.clone();
    out.measure.value *= scale;
    out.measure.half *= scale.abs();
    out.unit = like.unit.clone();
    Some(out)
}

/// The derived values of a draft, for the form.
pub fn derived(draft: &Draft, template: &Template) -> Vec<Derived> {
    let sheet = Sheet::new(draft, template);
    let mut out = Vec::new();
    for e in evaluate(&sheet) {
        let row = &sheet.rows[e.row_index];
        // (label before the value, value, its text, formula, how the formula leads to the text)
        let (label, value, text, formula, joiner) = match point_change(row, &e) {
            Some((diff, text, formula)) => ("", diff, text, formula, "计算，"),
            None => {
                let decimals = e.written.map(|w| w.figure.decimals).unwrap_or(1);
                let mut text = measure::fixed(e.span.value, decimals);
                text.push('%');
                let label = match e.kind {
                    DerivedKind::Rate => "比率 ",
                    DerivedKind::Completion => "完成 ",
                    DerivedKind::Growth => "增幅 ",
                };
                (label, e.span.value, text, e.formula, "计算为")
            }
        };
        let mut line = String::from(label);
        line.push_str(&text);
        line.push('（');
        line.push_str(&formula);
        line.push('）');
        let mut explanation = String::from("按");
        explanation.push_str(&formula);
        explanation.push_str(joiner);
        explanation.push_str(&text);
        out.push(Derived {
            indicator: row.spec.id.clone(),
            chapter: row.chapter.id.clone(),
            kind: e.kind,
            value,
            text,
            formula,
            explanation,
            line,
            agrees: e.written.map(|w| e.span.admits(&w.measure)),
        });
    }
    out
}

/// A percentage indicator (城镇登记失业率 3.5%) against its own last-year value or target, in
/// 百分点: "较上年上升0.3个百分点", "低于目标0.3个百分点" (the difference, the text, the formula
/// `3.5%−3.2%`). A ratio of two percentages (增幅 9.4%, 完成 91.4%) misreads them, and for a
/// rate kept under a ceiling "完成 91.4%" reads as falling short. `None` for other evaluations.
fn point_change(row: &Row<'_>, e: &Evaluation<'_>) -> Option<(f64, String, String)> {
    use crate::core::template::IndicatorKind;
    if e.written.is_some() || matches!(row.spec.kind, IndicatorKind::Growth | IndicatorKind::Completion) {
        return None;
    }
    let this = row.value.value()?;
    let (other, target) = match e.kind {
        DerivedKind::Growth => (row.last_year.value()?, false),
        DerivedKind::Completion => (row.target.value()?, true),
        DerivedKind::Rate => return None,
    };
    if this.unit != "%" || other.unit != "%" {
        return None;
    }
    let diff = this.measure.value - other.measure.value;
    let points = measure::fixed(diff.abs(), this.measure.decimals.max(other.measure.decimals));
    let level = points.chars().all(|c| c == '0' || c == '.');
    let mut text = String::from(match (target, level, diff > 0.0) {
        (false, true, _) => "与上年持平",
        (true, true, _) => "与目标持平",
        (false, false, true) => "较上年上升",
        (false, false, false) => "较上年下降",
        (true, false, true) => "高于目标",
        (true, false, false) => "低于目标",
    });
    if !level {
        text.push_str(&points);
        text.push_str("个百分点");
    }
    let mut formula = this.with_unit();
    formula.push('−');
    formula.push_str(&other.with_unit());
    Some((diff, text, formula))
}
