//! `check(draft, template, options)`: the whole checker on a structured draft.
//!
//! It runs the structured figure rules on the indicator entries, then every prose field
//! (opening, chapter headings and points, problems, plan, key tasks, honours, closing) through
//! the prose figure rules and the text rules, with locations down to the char span within the
//! field; it adds the draft-only rules (`missing-part`, `empty-part`, `year-mismatch` on meta,
//! `unknown-token`), applies severities (template, then options), drops disabled rules and marks
//! acknowledged findings. The rules themselves live in `figures` and `text`.

use super::figures::prose::{self, Stated};
use super::figures::relations::Sheet;
use super::figures::{finding, ids};
use super::{acknowledge, CheckOptions, Finding, Location, Severity};
use crate::core::model::{tokens, Draft, PartKind, Point};
use crate::core::template::{IndicatorSpec, Template};

pub const MISSING_PART: &str = "missing-part";
pub const EMPTY_PART: &str = "empty-part";
pub const YEAR_MISMATCH: &str = "year-mismatch";

/// The draft-only rules with their default severity and description.
pub const RULES: &[(&str, Severity, &str)] = &[
    (MISSING_PART, Severity::Error, "模板要求的部分尚未填写"),
    (EMPTY_PART, Severity::Warning, "章节或列表只有空白条目"),
    (YEAR_MISMATCH, Severity::Error, "总结年度缺失或不合常理"),
];

/// Years a report can plausibly summarise.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

pub fn check(draft: &Draft, template: &Template, options: &CheckOptions) -> Vec<Finding> {
    let mut out = Vec::new();
    meta_year(draft, &mut out);
    parts(draft, template, &mut out);
    out.extend(super::figures::check_indicators(draft, template));
    prose_fields(draft, template, options, &mut out);
    settle(&mut out, template, options);
    acknowledge::apply(&mut out, draft);
    out
}

/// One prose field of a draft with where it is.
pub struct Field<'a> {
    pub location: Location,
    pub text: &'a str,
}

fn at(part: PartKind, chapter: Option<&str>, point: Option<usize>, field: &str) -> Location {
    Location {
        part: Some(part),
        chapter: chapter.map(str::to_string),
        point,
        field: Some(field.to_string()),
        ..Location::default()
    }
}

/// Every prose field of a draft, in document order.
pub fn fields(draft: &Draft) -> Vec<Field<'_>> {
    let mut out = Vec::new();
    out.push(Field { location: at(PartKind::Opening, None, None, "text"), text: &draft.opening });
    for c in &draft.chapters {
        out.push(Field { location: at(PartKind::Summary, Some(&c.id), None, "heading"), text: &c.heading });
        push_points(&mut out, PartKind::Summary, Some(&c.id), &c.points);
    }
    push_points(&mut out, PartKind::Problems, None, &draft.problems);
    out.push(Field { location: at(PartKind::Plan, None, None, "intro"), text: &draft.plan_intro });
    push_points(&mut out, PartKind::Plan, None, &draft.plan);
    for (i, t) in draft.key_tasks.iter().enumerate() {
        for (name, text) in [("task", &t.task), ("target", &t.target), ("actual", &t.actual), ("note", &t.note)] {
            out.push(Field { location: at(PartKind::KeyTasks, None, Some(i), name), text });
        }
    }
    for (i, h) in draft.honours.iter().enumerate() {
        out.push(Field { location: at(PartKind::Honours, None, Some(i), "text"), text: h });
    }
    out.push(Field { location: at(PartKind::Closing, None, None, "text"), text: &draft.closing });
    out.retain(|f| !f.text.trim().is_empty());
    out
}

fn push_points<'a>(out: &mut Vec<Field<'a>>, part: PartKind, chapter: Option<&str>, points: &'a [Point]) {
    for (i, p) in points.iter().enumerate() {
        out.push(Field { location: at(part, chapter, Some(i), "lead"), text: &p.lead });
        out.push(Field { location: at(part, chapter, Some(i), "body"), text: &p.body });
    }
}

/// `year-mismatch` on meta: no year, or one no report can have.
fn meta_year(draft: &Draft, out: &mut Vec<Finding>) {
    let year = draft.meta.year;
    let message = if year == 0 {
        "还没有填写总结的年度。请在“标题与基本信息”中填写，例如2025。".to_string()
    } else if !YEARS.contains(&year) {
        format!("总结年度写为{year}年，不像是工作总结的年份。请核对后填写四位年份，例如2025。")
    } else {
        return;
    };
    let location = at(PartKind::Title, None, None, "year");
    out.push(finding(YEAR_MISMATCH, message, location, year.to_string(), None));
}

fn blank(points: &[Point]) -> bool {
    points.iter().all(Point::is_empty)
}

/// Whether a part of the draft has any content.
fn part_filled(draft: &Draft, part: PartKind) -> bool {
    let some = |s: &str| !s.trim().is_empty();
    match part {
        PartKind::Title => some(&draft.meta.unit),
        PartKind::Opening => some(&draft.opening),
        PartKind::Summary => draft.chapters.iter().any(|c| !blank(&c.points)),
        PartKind::Problems => !blank(&draft.problems),
        PartKind::Plan => some(&draft.plan_intro) || !blank(&draft.plan),
        PartKind::KeyTasks => draft.key_tasks.iter().any(|t| some(&t.task) || some(&t.actual) || some(&t.note)),
        PartKind::Honours => draft.honours.iter().any(|h| some(h)),
        PartKind::Closing => some(&draft.closing),
    }
}

/// `missing-part` for required parts left empty; `empty-part` for chapters without points and
/// lists holding only empty entries.
fn parts(draft: &Draft, template: &Template, out: &mut Vec<Finding>) {
    let mut required = Vec::new();
    for spec in &template.parts {
        if spec.required && !part_filled(draft, spec.kind) {
            required.push(spec.kind);
            let message = match spec.kind {
                PartKind::Title => "还没有填写单位名称，标题无法生成。请在“标题与基本信息”中填写。".to_string(),
                PartKind::Summary => "工作总结还没有内容。请至少填写一章的要点。".to_string(),
                kind => format!("“{}”还没有填写。这一部分是模板要求的，请补上。", kind.label()),
            };
            out.push(finding(MISSING_PART, message, at(spec.kind, None, None, "").without_field(), String::new(), None));
        }
    }
    for c in &draft.chapters {
        if blank(&c.points) {
            let name = if c.heading.trim().is_empty() { c.id.clone() } else { c.heading.trim().to_string() };
            let message = format!("“{name}”一章还没有要点。请填写内容，或删去这一章。");
            let location = Location { chapter: Some(c.id.clone()), ..at(PartKind::Summary, None, None, "").without_field() };
            out.push(finding(EMPTY_PART, message, location, name, None));
        }
    }
    let lists: [(PartKind, bool); 4] = [
        (PartKind::Problems, !draft.problems.is_empty() && blank(&draft.problems)),
        (PartKind::Plan, !draft.plan.is_empty() && blank(&draft.plan) && draft.plan_intro.trim().is_empty()),
        (PartKind::KeyTasks, !draft.key_tasks.is_empty() && !part_filled(draft, PartKind::KeyTasks)),
        (PartKind::Honours, !draft.honours.is_empty() && !part_filled(draft, PartKind::Honours)),
    ];
    for (kind, empty) in lists {
        if empty && !required.contains(&kind) {
            let message = format!("“{}”只有空白条目。请填写内容，或删去空白条目。", kind.label());
            out.push(finding(EMPTY_PART, message, at(kind, None, None, "").without_field(), String::new(), None));
        }
    }
}

trait WithoutField {
    fn without_field(self) -> Self;
}

impl WithoutField for Location {
    fn without_field(mut self) -> Self {
        self.field = None;
        self
    }
}

/// The prose of every field: unknown tokens, figure rules, text rules, and figures that
/// disagree across fields or with the indicator entries.
fn prose_fields(draft: &Draft, template: &Template, options: &CheckOptions, out: &mut Vec<Finding>) {
    let specs: Vec<&IndicatorSpec> = template.chapters.iter().flat_map(|c| c.indicators.iter()).collect();
    let mut statements: Vec<(usize, Stated)> = Vec::new();
    let sheet = Sheet::new(draft, template);
    let fields = fields(draft);
    for (i, field) in fields.iter().enumerate() {
        for t in tokens::find(field.text) {
            if !specs.iter().any(|s| s.id == t.id) {
                let message = format!("正文中的“{{{{{}}}}}”没有对应的指标，导出时会原样出现。请删去，或改为模板中已有的指标。", t.id);
                let excerpt = tokens::token_for(&t.id);
                out.push(spotted(field, ids::UNKNOWN_TOKEN, message, t.start, t.end, excerpt, None));
            }
        }
        let rendered = Rendered::new(field.text, draft, &specs);
        for spot in prose::check(&rendered.text, Some(&sheet)) {
            let (start, end) = rendered.original_span(spot.start, spot.end);
            out.push(spotted(field, spot.rule, spot.message, start, end, spot.excerpt, spot.suggestion));
        }
        for mut f in text_rules(&rendered.text, options) {
            if let (Some(s), Some(e)) = (f.location.start, f.location.end) {
                let (start, end) = rendered.original_span(s, e);
                f.location = Location { start: Some(start), end: Some(end), ..field.location.clone() };
            } else {
                f.location = field.location.clone();
            }
            out.push(f);
        }
        for mut s in prose::statements(&rendered.text) {
            let (start, end) = rendered.original_span(s.start, s.end);
            s.start = start;
            s.end = end;
            statements.push((i, s));
        }
    }
    for (i, spot) in prose::conflicts(&statements) {
        if let Some(field) = fields.get(i) {
            out.push(spotted(field, spot.rule, spot.message, spot.start, spot.end, spot.excerpt, spot.suggestion));
        }
    }
    for (i, spot) in prose::against_indicators(&statements, &sheet) {
        if let Some(field) = fields.get(i) {
            out.push(spotted(field, spot.rule, spot.message, spot.start, spot.end, spot.excerpt, spot.suggestion));
        }
    }
}

fn spotted(field: &Field<'_>, rule: &str, message: String, start: usize, end: usize, excerpt: String, suggestion: Option<String>) -> Finding {
    let location = Location { start: Some(start), end: Some(end), ..field.location.clone() };
    finding(rule, message, location, excerpt, suggestion)
}

/// A field's text with its known `{{indicator}}` tokens replaced by the entries' figures, and the
/// way back from a char of the rendered text to the field as typed.
struct Rendered {
    text: String,
    /// For each char of `text`, the span of the field it comes from.
    origin: Vec<(usize, usize)>,
    len: usize,
}

impl Rendered {
    fn new(field: &str, draft: &Draft, specs: &[&IndicatorSpec]) -> Self {
        let chars: Vec<char> = field.chars().collect();
        let mut text = String::with_capacity(field.len());
        let mut origin = Vec::with_capacity(chars.len());
        let mut at = 0;
        for t in tokens::find(field) {
            for (k, c) in chars.iter().enumerate().take(t.start).skip(at) {
                text.push(*c);
                origin.push((k, k + 1));
            }
            let after: String = chars.iter().skip(t.end).take(6).collect();
            match token_text(&t.id, draft, specs, &after) {
                Some(s) => {
                    for c in s.chars() {
                        text.push(c);
                        origin.push((t.start, t.end));
                    }
                }
                None => {
                    for k in t.start..t.end.min(chars.len()) {
                        text.push(chars[k]);
                        origin.push((k, k + 1));
                    }
                }
            }
            at = t.end;
        }
        for (k, c) in chars.iter().enumerate().skip(at) {
            text.push(*c);
            origin.push((k, k + 1));
        }
        Rendered { text, origin, len: chars.len() }
    }

    /// The span of the field as typed that `[start, end)` of the rendered text comes from.
    fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.origin.get(start).map(|o| o.0).unwrap_or(self.len);
        let e = if end > start { self.origin.get(end - 1).map(|o| o.1).unwrap_or(self.len) } else { s };
        (s.min(self.len), e.max(s).min(self.len))
    }
}

/// What a known token stands for in prose: the entry's figure, without its unit when the prose
/// writes the unit right after the token (`受理{{received}}件`).
fn token_text(id: &str, draft: &Draft, specs: &[&IndicatorSpec], after: &str) -> Option<String> {
    let spec = specs.iter().find(|s| s.id == id)?;
    let entry = draft.indicator_entry(id)?;
    let typed = entry.text.trim();
    let typed = if typed.is_empty() {
        format!("{}{}", super::figures::measure::plain(entry.value?), if entry.unit.is_empty() { &spec.unit } else { &entry.unit })
    } else {
        typed.to_string()
    };
    let figure = crate::core::figures::parse(&typed).ok();
    let unit = figure.as_ref().map(|f| f.unit.clone()).filter(|u| !u.is_empty());
    match unit {
        Some(u) if after.starts_with(&u) => Some(typed.strip_suffix(&u).unwrap_or(&typed).trim().to_string()),
        None if !after.starts_with(spec.unit.as_str()) && !spec.unit.is_empty() => Some(format!("{typed}{}", spec.unit)),
        _ => Some(typed),
    }
}

/// Severities: the template's overrides, then the options'; rules switched off are dropped.
fn settle(findings: &mut Vec<Finding>, template: &Template, options: &CheckOptions) {
    let overrides = template.severity_overrides();
    findings.retain_mut(|f| {
        if options.disabled.contains(&f.rule) {
            return false;
        }
        if let Some(s) = options.severities.get(&f.rule) {
            f.severity = *s;
            return true;
        }
        match overrides.get(&f.rule) {
            Some(Some(s)) => {
                f.severity = *s;
                true
            }
            Some(None) => false,
            None => true,
        }
    });
}
/// The text rules on one field (char spans within `text`).
fn text_rules(text: &str, options: &CheckOptions) -> Vec<Finding> {
    let _ = (text, options);
    Vec::new()
}
