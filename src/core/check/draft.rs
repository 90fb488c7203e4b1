//! `check(draft, template, options)`: the whole checker on a structured draft.
//!
//! It runs the structured figure rules on the indicator entries, then every prose field
//! (opening, chapter headings and points, problems, plan, key tasks, honours, closing) through
//! the prose figure rules and the text rules, with locations down to the char span within the
//! field; it adds the draft-only rules (`missing-part`, `empty-part`, `year-mismatch` on meta,
//! `unknown-token`), applies severities (template, then options), drops disabled rules and marks
//! acknowledged findings. The rules themselves live in `figures` and `text`; one field's own
//! rules run in `field`, whose cache lets `Incremental` read again only the fields that changed.

use super::field;
use super::typed_number::typed_number;
use super::figures::finding;
use super::figures::prose::{self, Stated};
use super::figures::relations::Sheet;
use super::{acknowledge, CheckOptions, Finding, Location};
use crate::core::model::{Draft, PartKind, Point};
use crate::core::template::{IndicatorSpec, PointStyle, Template};

pub const MISSING_PART: &str = "missing-part";
pub const EMPTY_PART: &str = "empty-part";
pub const YEAR_MISMATCH: &str = "year-mismatch";
pub use super::meta::DATE_FORMAT;

pub fn check(draft: &Draft, template: &Template, options: &CheckOptions) -> Vec<Finding> {
    checked(draft, template, &effective_options(draft, template, options), &mut field::Cache::default())
}

/// The whole check under the effective `options`, taking each prose field's results from
/// `cache` where the same field was checked before in the same context (see `Incremental`).
pub(super) fn checked(draft: &Draft, template: &Template, options: &CheckOptions, cache: &mut field::Cache) -> Vec<Finding> {
    let mut out = Vec::new();
    super::meta::check(draft, options, &mut out);
    parts(draft, template, &mut out);
    self_numbered(draft, template, &mut out);
    out.extend(super::figures::check_indicators(draft, template));
    // Field findings come settled from the cache; these are settled here (order is kept).
    settle(&mut out, options);
    prose_fields(draft, template, options, cache, &mut out);
    if draft.acknowledged.is_empty() {
        // Nothing acknowledged: no need to build every finding's key.
        out.iter_mut().for_each(|f| f.acknowledged = false);
    } else {
        acknowledge::apply(&mut out, draft);
    }
    in_document_order(&mut out, draft);
    out
}

/// Sorts findings as the document reads: part, chapter, point, position (stable otherwise).
fn in_document_order(findings: &mut [Finding], draft: &Draft) {
    let chapter_index = |id: &Option<String>| id.as_ref().and_then(|id| draft.chapters.iter().position(|c| &c.id == id)).map_or(0, |i| i + 1);
    crate::core::order::sort_by_key(findings, |f| {
        let l = &f.location;
        [l.part.map_or(0, |p| p as u64 + 1), chapter_index(&l.chapter) as u64, l.point.map_or(0, |p| p as u64 + 1), l.start.unwrap_or(0) as u64]
    });
}

/// The template's severities overlaid by the caller's, and the report year from meta.
pub(super) fn effective_options(draft: &Draft, template: &Template, options: &CheckOptions) -> CheckOptions {
    let mut merged = template.check_options();
    // A rule the caller gives a severity is on, whatever the template says.
    merged.disabled.retain(|rule| !options.severities.contains_key(rule));
    for (rule, severity) in options.severities.iter() {
        merged.severities.insert(rule.clone(), *severity);
    }
    merged.disabled.extend(options.disabled.iter().cloned());
    merged.year = options.year.or((draft.meta.year != 0).then_some(draft.meta.year));
    merged
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
    push(&mut out, at(PartKind::Opening, None, None, "text"), &draft.opening);
    for c in &draft.chapters {
        push(&mut out, at(PartKind::Summary, Some(&c.id), None, "heading"), &c.heading);
        push_points(&mut out, PartKind::Summary, Some(&c.id), &c.points);
    }
    push_points(&mut out, PartKind::Problems, None, &draft.problems);
    push(&mut out, at(PartKind::Plan, None, None, "intro"), &draft.plan_intro);
    push_points(&mut out, PartKind::Plan, None, &draft.plan);
    for (i, t) in draft.key_tasks.iter().enumerate() {
        for (name, text) in [("task", &t.task), ("target", &t.target), ("actual", &t.actual), ("note", &t.note)] {
            push(&mut out, at(PartKind::KeyTasks, None, Some(i), name), text);
        }
    }
    for (i, h) in draft.honours.iter().enumerate() {
        push(&mut out, at(PartKind::Honours, None, Some(i), "text"), h);
    }
    push(&mut out, at(PartKind::Closing, None, None, "text"), &draft.closing);
    out
}

/// Adds a field that holds text (blank fields have nothing to check).
fn push<'a>(out: &mut Vec<Field<'a>>, location: Location, text: &'a str) {
    if !text.trim().is_empty() {
        out.push(Field { location, text });
    }
}

fn push_points<'a>(out: &mut Vec<Field<'a>>, part: PartKind, chapter: Option<&str>, points: &'a [Point]) {
    for (i, p) in points.iter().enumerate() {
        push(out, at(part, chapter, Some(i), "lead"), &p.lead);
        push(out, at(part, chapter, Some(i), "body"), &p.body);
    }
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
                PartKind::Title => "还没有填写单位名称，标题无法生成。请在“基本信息”中填写。".to_string(),
                PartKind::Summary => "工作总结还没有内容。请至少填写一章的要点。".to_string(),
                kind => format!("“{}”还没有填写。这一部分是模板要求的，请补上。", draft.part_name(kind)),
            };
            out.push(finding(MISSING_PART, message, part_location(spec.kind, None), String::new(), None));
        }
    }
    for c in &draft.chapters {
        if blank(&c.points) {
            let name = if c.heading.trim().is_empty() { c.id.clone() } else { c.heading.trim().to_string() };
            let message = format!("“{name}”一章还没有要点。请填写内容，或删去这一章。");
            out.push(finding(EMPTY_PART, message, part_location(PartKind::Summary, Some(&c.id)), name, None));
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
            let message = format!("“{}”只有空白条目。请填写内容，或删去空白条目。", draft.part_name(kind));
            out.push(finding(EMPTY_PART, message, part_location(kind, None), String::new(), None));
        }
    }
}

/// `numbering` on typed numbers: the product numbers chapter headings, points, key tasks and
/// honours itself (一、（一）1.、一是), so a field that opens with its own number — any form, see
/// `typed_number` — would print as （一）（一）… or 一是1.…. Points are read where the product's
/// marker goes (the lead, else the body): a series inside a body after a lead is ordinary prose,
/// and chapters in the lead-sentence style get no marker at all. The suggestion deletes the number.
fn self_numbered(draft: &Draft, template: &Template, out: &mut Vec<Finding>) {
    // `alone`: the only item of its list, which the product prints without a number.
    let mut check = |location: Location, text: &str, heading: bool, alone: bool| {
        let Some(typed) = typed_number(text) else { return };
        let opening = match (heading, alone) {
            (true, _) => "成稿时标题会自动编上序号，这里开头的“",
            (false, false) => "成稿时每条会自动编上序号，这一条开头的“",
            (false, true) => "只有一条时成稿不编序号，这一条开头的“",
        };
        let closing = if alone && !heading { "”请删去。" } else { "”会与之重复，请删去。" };
        let advice = if typed.series { "一条写了几项工作的，可分成几条。" } else { "" };
        let message = [opening, typed.marker.as_str(), closing, advice].concat();
        let location = Location { start: Some(typed.start), end: Some(typed.end), ..location };
        out.push(finding("numbering", message, location, typed.marker, Some(String::new())));
    };
    for c in &draft.chapters {
        check(at(PartKind::Summary, Some(&c.id), None, "heading"), &c.heading, true, false);
    }
    let mut lists: Vec<(PartKind, Option<&str>, &[Point])> = Vec::new();
    if template.point_style != PointStyle::Lead {
        for c in &draft.chapters {
            lists.push((PartKind::Summary, Some(c.id.as_str()), c.points.as_slice()));
        }
    }
    lists.push((PartKind::Problems, None, &draft.problems));
    lists.push((PartKind::Plan, None, &draft.plan));
    for (part, chapter, points) in lists {
        let alone = points.iter().filter(|p| !p.is_empty()).count() == 1;
        for (i, p) in points.iter().enumerate() {
            let (name, text) = if p.lead.trim().is_empty() { ("body", &p.body) } else { ("lead", &p.lead) };
            check(at(part, chapter, Some(i), name), text, false, alone);
        }
    }
    let some = |s: &str| !s.trim().is_empty();
    let alone = draft.key_tasks.iter().filter(|t| some(&t.task) || some(&t.target) || some(&t.actual) || some(&t.note)).count() == 1;
    for (i, t) in draft.key_tasks.iter().enumerate() {
        check(at(PartKind::KeyTasks, None, Some(i), "task"), &t.task, false, alone);
    }
    let alone = draft.honours.iter().filter(|h| some(h)).count() == 1;
    for (i, h) in draft.honours.iter().enumerate() {
        check(at(PartKind::Honours, None, Some(i), "text"), h, false, alone);
    }
}

/// A whole part (or chapter) as a location, without a field.
fn part_location(part: PartKind, chapter: Option<&str>) -> Location {
    Location { part: Some(part), chapter: chapter.map(str::to_string), ..Location::default() }
}

/// The prose of every field (unknown tokens, figure rules, text rules; from `cache` where a
/// field was checked before in the same context), then figures that disagree across fields or
/// with the indicator entries.
fn prose_fields(draft: &Draft, template: &Template, options: &CheckOptions, cache: &mut field::Cache, out: &mut Vec<Finding>) {
    let mut specs: Vec<&IndicatorSpec> = Vec::new();
    for c in &template.chapters {
        for spec in &c.indicators {
            specs.push(spec);
        }
    }
    let sheet = Sheet::new(draft, template);
    let fields = fields(draft);
    let context = field::Context { draft, specs: &specs, sheet: &sheet, options };
    let checked = cache.check_all(&fields, &context);
    let mut statements: Vec<(usize, &Stated)> = Vec::new();
    for (i, (field, c)) in fields.iter().zip(&checked).enumerate() {
        c.place(field, out);
        for s in &c.statements {
            statements.push((i, s));
        }
    }
    // A figure that disagrees with its indicator entry is reported once, against the entry.
    let mut across = Vec::new();
    for (field, c) in fields.iter().zip(&checked) {
        for spot in c.against().iter() {
            across.push(spotted(field, spot.rule, spot.message.clone(), spot.start, spot.end, spot.excerpt.clone(), spot.suggestion.clone()));
        }
    }
    for (i, spot) in prose::conflicts_of(&statements) {
        let (Some(field), Some(c)) = (fields.get(i), checked.get(i)) else { continue };
        if c.against().iter().any(|a| a.start == spot.start && a.end == spot.end) {
            continue;
        }
        across.push(spotted(field, spot.rule, spot.message, spot.start, spot.end, spot.excerpt, spot.suggestion));
    }
    settle(&mut across, options);
    out.extend(across);
}

fn spotted(field: &Field<'_>, rule: &str, message: String, start: usize, end: usize, excerpt: String, suggestion: Option<String>) -> Finding {
    let location = Location { start: Some(start), end: Some(end), ..field.location.clone() };
    finding(rule, message, location, excerpt, suggestion)
}

/// Severities from the options (defaults come with each finding); rules switched off are dropped.
pub(super) fn settle(findings: &mut Vec<Finding>, options: &CheckOptions) {
    findings.retain_mut(|f| match super::rules::severity(&f.rule, options) {
        Some(s) => {
            if options.severities.contains_key(&f.rule) {
                f.severity = s;
            }
            true
        }
        None => false,
    });
}

