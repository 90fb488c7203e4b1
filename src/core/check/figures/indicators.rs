//! The figure rules on a draft's structured indicator entries: each entry against its template
//! indicator (unit, whole numbers, plausible range, rates ≤ 100, unit spelling) and the
//! template's relations between indicators (rate, completion, growth, part ≤ whole, sums), and
//! one target entered twice with two values (an entry's 目标 field and a separate target indicator).
//! Prose is checked elsewhere (`prose`); the numbers are evaluated in `relations`.

use super::measure::{self, Measure};
use super::reading::{Read, Reading};
use super::relations::{evaluate, in_unit_of, DerivedKind, Row, Sheet};
use super::{finding, ids};
use crate::core::check::{Finding, Location};
use crate::core::figures;
use crate::core::model::{Draft, PartKind};
use crate::core::template::{IndicatorKind, IndicatorSpec, Relation, Template};

/// Growth beyond these bounds is asked to be confirmed.
const GROWTH_CONFIRM_ABOVE: f64 = 100.0;
const GROWTH_CONFIRM_BELOW: f64 = -50.0;

pub fn check(draft: &Draft, template: &Template) -> Vec<Finding> {
    let sheet = Sheet::new(draft, template);
    let mut out = Vec::new();
    for row in &sheet.rows {
        check_row(&sheet, row, &mut out);
    }
    check_evaluations(&sheet, &mut out);
    check_parts_and_sums(&sheet, &mut out);
    check_repeated(&sheet, &mut out);
    check_two_targets(&sheet, &mut out);
    out
}

/// An entry's own 目标 field and the separate target indicator of its completion (一般公共预算收入
/// 目标) with two values: the form then shows two completion rates. Reported at the 目标 field.
fn check_two_targets(sheet: &Sheet<'_>, out: &mut Vec<Finding>) {
    for row in &sheet.rows {
        let Some(own) = row.target.value() else { continue };
        let Some((id, separate)) = sheet.separate_target(&row.spec.id) else { continue };
        let Some(separate) = in_unit_of(separate, own) else { continue };
        if !measure::disjoint(&separate.measure, &own.measure) || own.approximate || separate.approximate {
            continue;
        }
        let mut message = String::from("“");
        message.push_str(&row.spec.name);
        message.push_str("”的目标填写为");
        message.push_str(&own.with_unit());
        message.push_str("，指标“");
        message.push_str(&sheet.name(id));
        message.push_str("”填写为");
        message.push_str(&separate.with_unit());
        message.push_str("，同一目标两处不一致，完成率会算出两个结果。请统一为同一数值，或只在一处填写目标。");
        push(out, ids::FIGURE_CONFLICT, row, "target", message, None);
    }
}

/// The same indicator entered twice (in two chapters) with two values.
fn check_repeated(sheet: &Sheet<'_>, out: &mut Vec<Finding>) {
    for (k, row) in sheet.rows.iter().enumerate() {
        let Some(v) = row.value.value() else { continue };
        let first = sheet.rows[..k].iter().find(|r| r.spec.id == row.spec.id);
        let Some((first, w)) = first.and_then(|r| r.value.value().map(|w| (r, w))) else { continue };
        let Some(w) = in_unit_of(w, v) else { continue };
        if measure::disjoint(&w.measure, &v.measure) && !v.approximate && !w.approximate {
            let place = if first.chapter.heading.trim().is_empty() { first.chapter.id.as_str() } else { first.chapter.heading.trim() };
            let message = format!(
                "“{}”已在“{place}”中填写为{}，这里写为{}。同一指标请统一为一个数值。",
                row.spec.name,
                w.with_unit(),
                v.with_unit()
            );
            push(out, ids::FIGURE_CONFLICT, row, "text", message, None);
        }
    }
}

fn location(row: &Row<'_>, field: &str) -> Location {
    Location {
        part: Some(PartKind::Summary),
        chapter: Some(row.chapter.id.clone()),
        indicator: Some(row.spec.id.clone()),
        field: Some(field.to_string()),
        ..Location::default()
    }
}

fn excerpt(row: &Row<'_>, field: &str) -> String {
    let e = row.entry;
    let text = match field {
        "last_year" => &e.last_year,
        "target" => &e.target,
        "unit" => &e.unit,
        _ => &e.text,
    };
    if text.trim().is_empty() {
        match (field, e.value) {
            ("text", Some(v)) => format!("{}{}", measure::plain(v), e.unit),
            _ => text.trim().to_string(),
        }
    } else {
        text.trim().to_string()
    }
}

fn push(out: &mut Vec<Finding>, rule: &str, row: &Row<'_>, field: &str, message: String, suggestion: Option<String>) {
    out.push(finding(rule, message, location(row, field), excerpt(row, field), suggestion));
}

/// Rules on one entry by itself.
fn check_row(sheet: &Sheet<'_>, row: &Row<'_>, out: &mut Vec<Finding>) {
    let spec = row.spec;
    for (field, read, text) in [
        ("text", &row.value, row.entry.text.as_str()),
        ("last_year", &row.last_year, row.entry.last_year.as_str()),
        ("target", &row.target, row.entry.target.as_str()),
    ] {
        if let Read::WrongUnit { written } = read {
            let field = if field == "text" && text.trim().is_empty() { "unit" } else { field };
            let message = format!(
                "“{}”的单位应为{}，这里写成了{}，两者不是同一类计量单位。请按{}填写。",
                spec.name, spec.unit, written, spec.unit
            );
            push(out, ids::UNIT_MISMATCH, row, field, message, None);
        }
        if let Some((message, suggestion)) = nonstandard_unit(spec, text) {
            push(out, ids::NONSTANDARD_UNIT, row, field, message, Some(suggestion));
        }
    }
    let Some(v) = row.value.value() else { return };
    let m = &v.measure;
    if spec.whole && !m.is_integer() {
        let message = format!("“{}”是人数、户数或件数，应为整数，这里写成了{}。请改为整数。", spec.name, v.with_unit());
        push(out, ids::NOT_WHOLE_NUMBER, row, "text", message, None);
    }
    if spec.kind == IndicatorKind::Rate && m.lo() > 100.0 {
        let inputs = spec.relations.iter().find_map(|r| match r {
            Relation::Rate { part, whole } => Some(format!("{}和{}", sheet.name(part), sheet.name(whole))),
            _ => None,
        });
        let message = format!(
            "“{}”写为{}，比例不会超过100%。请核对{}。",
            spec.name,
            v.with_unit(),
            inputs.unwrap_or_else(|| "参与计算的两个数".into())
        );
        push(out, ids::RATE_OVER_100, row, "text", message, None);
        return;
    }
    implausible(row, v, out);
}

/// 平米 → 平方米, 3520万 → 3520万元, 公斤 ↔ 千克 as the template spells it.
fn nonstandard_unit(spec: &IndicatorSpec, text: &str) -> Option<(String, String)> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let figure = figures::parse(text).ok()?;
    let mut template_units: Vec<&str> = vec![spec.unit.as_str()];
    for u in &spec.units {
        template_units.push(u);
    }
    // The unit as typed (平米, not its standard spelling), read by the prose figure finder.
    let typed = figures::find_figures(text).into_iter().find(|f| f.is_amount()).map(|f| f.unit).unwrap_or_default();
    if typed.is_empty() {
        return None;
    }
    if let Some(standard) = figures::standard_unit_spelling(&typed) {
        if !template_units.contains(&typed.as_str()) {
            let fixed = text.replacen(&typed, &standard, 1);
            return Some((format!("计量单位“{typed}”不规范，应写作“{standard}”。"), fixed));
        }
    }
    let money = figures::unit_family(&spec.unit) == Some(figures::UnitFamily::Money);
    if money && figures::unit_family(&figure.unit) == Some(figures::UnitFamily::Number) && matches!(typed.as_str(), "万" | "亿") {
        let fixed = format!("{text}元");
        return Some((format!("金额“{text}”缺少“元”，应写作“{fixed}”。"), fixed));
    }
    for (a, b) in [("公斤", "千克"), ("千克", "公斤")] {
        if typed.ends_with(a) && !template_units.iter().any(|u| u.ends_with(a)) && template_units.iter().any(|u| u.ends_with(b)) {
            let fixed = text.replacen(a, b, 1);
            return Some((format!("本模板的“{}”以“{b}”计，请把“{a}”改为“{b}”。", spec.name), fixed));
        }
    }
    None
}

/// A value outside the indicator's plausible range (a 万/亿 slip when ×10⁴ or ÷10⁴ would fit), a
/// negative count, or an extreme growth.
fn implausible(row: &Row<'_>, v: &Reading, out: &mut Vec<Finding>) {
    let spec = row.spec;
    let value = v.measure.value;
    if spec.whole && value < 0.0 {
        let message = format!("“{}”写为{}，人数、户数或件数不会是负数。请核对。", spec.name, v.with_unit());
        push(out, ids::IMPLAUSIBLE_VALUE, row, "text", message, None);
        return;
    }
    if spec.kind == IndicatorKind::Rate && value < 0.0 {
        let message = format!("“{}”写为{}，比例不会是负数。请核对。", spec.name, v.with_unit());
        push(out, ids::IMPLAUSIBLE_VALUE, row, "text", message, None);
        return;
    }
    if spec.kind == IndicatorKind::Growth {
        let (low, high) = spec.range.map(|r| (r.min, r.max)).unwrap_or((GROWTH_CONFIRM_BELOW, GROWTH_CONFIRM_ABOVE));
        if !v.approximate && (value > high || value < low) {
            let message = format!("“{}”写为{}，变动幅度很大。请核对今年和上年的数值，确属实情的请确认。", spec.name, v.with_unit());
            push(out, ids::IMPLAUSIBLE_VALUE, row, "text", message, None);
        }
        return;
    }
    if let Some(range) = spec.range {
        if v.approximate || (range.min..=range.max).contains(&value) || range.min > range.max {
            return;
        }
        let fits = |x: f64| (range.min..=range.max).contains(&x);
        let unit = &spec.unit;
        // 万元 and 亿元 are easily mixed up; counts and measures are not written that way.
        let magnitudes = figures::unit_family(&spec.unit) == Some(figures::UnitFamily::Money);
        let slip = [value / 1e4, value * 1e4].into_iter().find(|x| magnitudes && fits(*x) && value != 0.0);
        let bounds = format!("{}—{}{}", measure::plain(range.min), measure::plain(range.max), unit);
        let (message, suggestion) = match slip {
            Some(x) => {
                let fixed = format!("{}{}", measure::plain(x), unit);
                (
                    format!(
                        "“{}”写为{}，远超街道常见范围（{bounds}），像是“万”“亿”写错了一级；若应为{fixed}，请改正。",
                        spec.name,
                        as_typed(row, v)
                    ),
                    Some(fixed),
                )
            }
            None => (
                format!(
                    "“{}”写为{}，超出街道常见范围（{bounds}）。请核对数值和单位；确属实情的，请确认。",
                    spec.name,
                    v.with_unit()
                ),
                None,
            ),
        };
        push(out, ids::IMPLAUSIBLE_VALUE, row, "text", message, suggestion);
    }
}

/// The entry as typed, or its value with the unit when only the value is stored.
fn as_typed(row: &Row<'_>, v: &Reading) -> String {
    let text = row.entry.text.trim();
    if text.is_empty() {
        v.with_unit()
    } else {
        text.to_string()
    }
}

/// Rates, completions and growths typed against the value their inputs give.
fn check_evaluations(sheet: &Sheet<'_>, out: &mut Vec<Finding>) {
    let exceeding = exceeding_pairs(sheet);
    for row in &sheet.rows {
        unreachable(sheet, row, out);
    }
    for e in evaluate(sheet) {
        let row = &sheet.rows[e.row_index];
        let Some(written) = e.written else { continue };
        if row.spec.kind == IndicatorKind::Rate && written.measure.lo() > 100.0 {
            // Reported as rate-over-100.
            continue;
        }
        if e.approximate || written.approximate {
            continue;
        }
        if e.kind == DerivedKind::Rate {
            if let Some(Relation::Rate { part, whole }) = row.spec.relations.iter().find(|r| matches!(r, Relation::Rate { .. })) {
                if exceeding.iter().any(|(p, w)| p == part && w == whole) {
                    continue;
                }
            }
        }
        let d = written.figure.decimals;
        let wrong_extreme = e.kind == DerivedKind::Rate && extreme_misstated(written, e.span.value);
        if e.span.admits(&written.measure) && !wrong_extreme {
            continue;
        }
        let right = match e.kind {
            DerivedKind::Rate => measure::fixed_avoiding(e.span.value, d, written.measure.value),
            _ => measure::fixed(e.span.value, d),
        };
        let rule = match e.kind {
            DerivedKind::Rate => ids::RATE_MISMATCH,
            DerivedKind::Completion => ids::COMPLETION_MISMATCH,
            DerivedKind::Growth => ids::GROWTH_MISMATCH,
        };
        let message = format!(
            "{}写为{}，但{}={}%。请改为{}%，或核对{}和{}。",
            row.spec.name,
            written.with_unit(),
            e.formula,
            right,
            right,
            e.inputs.0,
            e.inputs.1
        );
        push(out, rule, row, "text", message, Some(format!("{right}%")));
    }
}

/// A rate written as exactly 100% (or 0%) when its counts say otherwise: rounding hides it, the
/// reader is misled (355÷356 is not 全部办结).
pub(super) fn extreme_misstated(written: &Reading, computed: f64) -> bool {
    let w = written.measure.value;
    ((w - 100.0).abs() < 1e-12 && computed < 100.0 - 1e-9) || (w.abs() < 1e-12 && computed > 1e-9)
}

/// A rate with its whole but no part: is the rate reachable by any whole number of parts?
fn unreachable(sheet: &Sheet<'_>, row: &Row<'_>, out: &mut Vec<Finding>) {
    let Some(written) = row.value.value() else { return };
    if written.approximate || written.measure.lo() > 100.0 || written.measure.hi() < 0.0 {
        // Over 100% or negative: reported as such.
        return;
    }
    for relation in &row.spec.relations {
        let Relation::Rate { part, whole } = relation else { continue };
        if sheet.value(part).is_some() {
            continue;
        }
        let Some(w) = sheet.value(whole) else { continue };
        let Some(n) = w.exact_count() else { continue };
        let Some(((k1, r1), (k2, r2))) = measure::unreachable_neighbours(&written.measure, n) else { continue };
        let d = written.figure.decimals;
        let message = format!(
            "{}写为{}，但{}只有{}，得不到这个比例：{}÷{}={}%，{}÷{}={}%。请核对{}后重新计算。",
            row.spec.name,
            written.with_unit(),
            sheet.name(whole),
            w.with_unit(),
            k1,
            n,
            measure::fixed(r1, d),
            k2,
            n,
            measure::fixed(r2, d),
            sheet.name(part)
        );
        push(out, ids::RATE_UNREACHABLE, row, "text", message, None);
    }
}

/// (part, whole) indicator pairs, from part-of and rate relations, whose part exceeds its whole;
/// sorted, without repeats.
fn exceeding_pairs(sheet: &Sheet<'_>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (p, w) in part_whole_pairs(sheet) {
        let exceeds = match (sheet.value(&p), sheet.value(&w)) {
            (Some(pr), Some(wr)) => in_unit_of(pr, wr).is_some_and(|pr| !pr.approximate && !wr.approximate && measure::exceeds(&pr.measure, &wr.measure)),
            _ => false,
        };
        if exceeds {
            out.push((p, w));
        }
    }
    out
}

/// (part, whole) indicator pairs from part-of and rate relations, sorted, without repeats.
fn part_whole_pairs(sheet: &Sheet<'_>) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for spec in &sheet.specs {
        for relation in &spec.relations {
            let pair = match relation {
                Relation::PartOf { whole } => (spec.id.clone(), whole.clone()),
                Relation::Rate { part, whole } => (part.clone(), whole.clone()),
                _ => continue,
            };
            // Kept in order as they come: a set or a sort would bring in code of its own.
            if let Err(i) = pairs.binary_search(&pair) {
                pairs.insert(i, pair);
            }
        }
    }
    pairs
}

/// Part ≤ whole and listed parts adding up to their total.
fn check_parts_and_sums(sheet: &Sheet<'_>, out: &mut Vec<Finding>) {
    for (part, whole) in exceeding_pairs(sheet) {
        let (Some(row), Some(p), Some(w)) = (sheet.row(&part), sheet.value(&part), sheet.value(&whole)) else { continue };
        let (pn, wn) = (sheet.name(&part), sheet.name(&whole));
        let message = format!("{pn}不能大于{wn}：{pn}{}，{wn}{}。请核对这两个数。", p.with_unit(), w.with_unit());
        push(out, ids::PART_EXCEEDS_WHOLE, row, "text", message, None);
    }
    for row in &sheet.rows {
        for relation in &row.spec.relations {
            let Relation::SumOf { parts } = relation else { continue };
            let Some(total) = row.value.value() else { continue };
            let mut readings: Vec<(String, Reading)> = Vec::new();
            let mut measures: Vec<Measure> = Vec::new();
            for p in parts {
                let Some(r) = sheet.value(p).and_then(|r| in_unit_of(r, total)) else { continue };
                measures.push(r.measure);
                readings.push((sheet.name(p), r));
            }
            if readings.is_empty() || total.approximate || readings.iter().any(|(_, r)| r.approximate) {
                continue;
            }
            let sum = measure::sum_of(&measures);
            let complete = readings.len() == parts.len();
            let wrong = if complete { !sum.admits(&total.measure) } else { sum.lo > total.measure.hi() + 1e-9 };
            if !wrong {
                continue;
            }
            let mut terms: Vec<String> = Vec::new();
            let mut names: Vec<String> = Vec::new();
            for (n, r) in &readings {
                terms.push(r.shown());
                names.push(n.clone());
            }
            let message = if complete {
                format!(
                    "{}应等于{}之和：{}={}{}，但{}写为{}。请核对合计数或各分项。",
                    row.spec.name,
                    names.join("、"),
                    terms.join("+"),
                    measure::plain(sum.value),
                    total.unit,
                    row.spec.name,
                    total.with_unit()
                )
            } else {
                format!(
                    "{}合计已有{}{}，超过了{}{}。分项之和不能大于合计数，请核对。",
                    names.join("、"),
                    measure::plain(sum.value),
                    total.unit,
                    row.spec.name,
                    total.with_unit()
                )
            };
            let suggestion = complete.then(|| format!("{}{}", measure::plain(sum.value), total.unit));
            push(out, ids::SUM_MISMATCH, row, "text", message, suggestion);
        }
    }
}
