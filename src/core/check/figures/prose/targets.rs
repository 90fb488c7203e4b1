//! Completion and growth in prose. “目标3200万元，实际完成3520万元，完成105%” and “完成年度目标的
//! 110%” against actual ÷ target; “由3100万元增至3520万元，同比增长12.4%” or “上年3100万元”
//! against (this − last) ÷ last, or against a draft indicator's last-year value when the figure
//! names that indicator. Within one sentence. A completion without a target in the sentence is
//! checked against the target entered for the indicator its amount names (新组建党组织19个，
//! 完成全年目标的96%, with the target 20 in the form). Reports `completion-mismatch`,
//! `growth-mismatch`.

use super::super::ids;
use super::super::measure::{self, Span};
use super::super::reading::Reading;
use super::super::relations::{in_unit_of, Sheet};
use super::{Item, Prose, Spot};

const RISE: &[&str] = &["增长", "增加", "提高", "上升", "提升", "增幅"];
const FALL: &[&str] = &["下降", "减少", "降低", "回落", "下滑", "降幅"];
const LAST_YEAR: &[&str] = &["上年", "去年", "上一年", "前一年"];
const FROM: &[&str] = &["由", "从"];
const TO: &[&str] = &["增至", "增加到", "增长到", "增加至", "增长至", "提高到", "提高至", "提升到", "提升至", "上升到", "上升至", "达到", "降至", "下降到", "下降至", "减少到", "减少至", "减至", "降到", "到", "至"];

pub(super) fn check(prose: &Prose, sheet: Option<&Sheet<'_>>, out: &mut Vec<Spot>) {
    for (i, item) in prose.items.iter().enumerate() {
        if !item.is_percent() || !item.exact() {
            continue;
        }
        let mut before: Vec<&Item> = Vec::new();
        for x in &prose.items[..i] {
            if x.sentence == item.sentence && !x.is_percent() {
                before.push(x);
            }
        }
        if completion_label(&item.label) {
            completion(prose, item, &before, sheet, out);
        } else if let Some(sign) = growth_sign(&item.label) {
            growth(prose, item, sign, &before, sheet, out);
        }
    }
}

/// The arithmetic a completion message ends with: “10÷12=83.3%。请改为83.3%，”.
pub(crate) fn push_quotient(message: &mut String, actual: &str, target: &str, right: &str) {
    message.push_str(actual);
    message.push('÷');
    message.push_str(target);
    message.push('=');
    message.push_str(right);
    message.push_str("%。请改为");
    message.push_str(right);
    message.push_str("%，");
}

/// 完成105% / 完成年度目标的110% / 目标完成率110% / 完成率110%.
pub(crate) fn completion_label(label: &str) -> bool {
    let done = label.ends_with("完成") || label.ends_with("完成率") || (label.contains("完成") && label.ends_with("的"));
    done && !label.contains("同比") && !RISE.iter().any(|w| label.contains(w)) && !FALL.iter().any(|w| label.contains(w))
}

const TARGET_WORDS: &[&str] = &["目标", "任务", "计划"];
const ACTUAL_WORDS: &[&str] = &["完成", "实际", "实现"];
/// Labels of amounts that are not what was done this year (其中, 上年, 同比…).
const NOT_ACTUAL: &[&str] = &["其中", "同比", "上年", "去年", "增长", "增加", "下降", "减少", "超", "剩余", "未", "尚"];

fn is_target(x: &Item) -> bool {
    TARGET_WORDS.iter().any(|w| x.label_has(w)) && !x.label_has("完成") && !x.label_has("实际")
}

fn completion(prose: &Prose, item: &Item, before: &[&Item], sheet: Option<&Sheet<'_>>, out: &mut Vec<Spot>) {
    let is_actual = |x: &Item| ACTUAL_WORDS.iter().any(|w| x.label_has(w)) && !TARGET_WORDS.iter().any(|w| x.label_has(w));
    let (mut target, mut actual) = (None, None);
    for &x in before.iter().rev() {
        if target.is_none() && is_target(x) {
            target = Some(x);
        }
        if actual.is_none() && is_actual(x) {
            actual = Some(x);
        }
    }
    let (actual, t, cited, from_entry) = match (target, actual) {
        (Some(target), Some(actual)) => {
            let Some(t) = in_unit_of(&target.reading, &actual.reading) else { return };
            (actual, t, Some(target), false)
        }
        // 新组建党支部19个，目标20个，完成全年目标的96%: the one other amount of the target's kind.
        (Some(target), None) => {
            let Some(actual) = sole_other(before, target) else { return };
            let Some(t) = in_unit_of(&target.reading, &actual.reading) else { return };
            (actual, t, Some(target), false)
        }
        // No target in the sentence: the target entered for the indicator the amount names.
        (None, _) => {
            let Some((actual, t)) = target_of_indicator(before, sheet) else { return };
            (actual, t, None, true)
        }
    };
    if cited.is_some_and(|t| !t.exact()) || !actual.exact() || t.approximate {
        return;
    }
    let Some(span) = measure::percent_of(&actual.reading.measure, &t.measure) else { return };
    if span.admits(&item.reading.measure) {
        return;
    }
    let right = measure::fixed(span.value, item.figure.decimals);
    let mut message = String::from("完成比例写为");
    message.push_str(&item.found.text);
    message.push_str("，但");
    if from_entry {
        message.push_str("按指标中填写的目标");
        message.push_str(&t.with_unit());
        message.push_str("计算，");
    }
    push_quotient(&mut message, &actual.reading.shown(), &t.shown(), &right);
    message.push_str("或核对实际完成数和目标数。");
    let excerpt = match cited {
        Some(target) => prose.excerpt(&[target, actual, item]),
        None => prose.excerpt(&[actual, item]),
    };
    out.push(Spot {
        rule: ids::COMPLETION_MISMATCH,
        message,
        start: item.start(),
        end: item.end(),
        excerpt,
        suggestion: Some(format!("{right}%")),
    });
}

/// The only amount of the sentence besides the target that is of the target's kind and states
/// what was done (not a share, a change or last year's).
fn sole_other<'p>(before: &[&'p Item], target: &Item) -> Option<&'p Item> {
    let mut found = None;
    for &x in before {
        if std::ptr::eq(x, target) || is_target(x) || in_unit_of(&x.reading, &target.reading).is_none() {
            continue;
        }
        if NOT_ACTUAL.iter().any(|w| x.label_has(w)) || found.is_some() {
            return None;
        }
        found = Some(x);
    }
    found
}

/// The amount just before the percentage, when it names a draft indicator that has a target (its
/// own 目标 field, or the separate target indicator of its completion), with that target.
fn target_of_indicator<'p>(before: &[&'p Item], sheet: Option<&Sheet<'_>>) -> Option<(&'p Item, Reading)> {
    let sheet = sheet?;
    let actual = *before.last()?;
    if NOT_ACTUAL.iter().any(|w| actual.label_has(w)) || TARGET_WORDS.iter().any(|w| actual.label_has(w)) {
        return None;
    }
    sheet.look_up();
    for row in &sheet.rows {
        if row.spec.name.chars().count() < 2 || !actual.label_has(&row.spec.name) {
            continue;
        }
        let target = match row.target.value() {
            Some(t) => Some(t),
            None => sheet.separate_target(&row.spec.id).map(|(_, t)| t),
        };
        if let Some(t) = target.and_then(|t| in_unit_of(t, &actual.reading)) {
            return Some((actual, t));
        }
    }
    None
}

/// +1 for 同比增长, −1 for 同比下降, `None` for a percentage that is not a growth.
fn growth_sign(label: &str) -> Option<f64> {
    let ends = |words: &[&str]| words.iter().any(|w| label.ends_with(w) || label.ends_with(&format!("{w}了")));
    if label.contains("百分点") || label.contains("率") && !label.ends_with("增长率") {
        return None;
    }
    if ends(RISE) {
        Some(1.0)
    } else if ends(FALL) {
        Some(-1.0)
    } else {
        None
    }
}

fn growth(prose: &Prose, item: &Item, sign: f64, before: &[&Item], sheet: Option<&Sheet<'_>>, out: &mut Vec<Spot>) {
    let Some((this, last, cited)) = years(before).or_else(|| from_indicator(before, sheet)) else { return };
    let Some(last) = in_unit_of(&last, &this) else { return };
    let Some(span) = measure::growth_of(&this.measure, &last.measure) else { return };
    let mut written = item.reading.measure;
    written.value *= sign;
    if span.admits(&written) {
        return;
    }
    let d = item.figure.decimals;
    let formula = format!("（{}−{}）÷{}", this.shown(), last.shown(), last.shown());
    let flipped = span_sign(&span) != Some(sign) && span_sign(&span).is_some();
    let (message, suggestion) = if flipped {
        let word = if sign > 0.0 { "增长" } else { "下降" };
        let real = if sign > 0.0 { "下降" } else { "增长" };
        let right = measure::fixed(span.value.abs(), d);
        (
            format!("写为“{word}{}”，但{formula}={}%，实为{real}{right}%。请改为“{real}{right}%”，或核对今年和上年的数值。", item.found.text, measure::fixed(span.value, d)),
            None,
        )
    } else {
        let right = measure::fixed(span.value.abs(), d);
        let name = if sign > 0.0 { "增幅" } else { "降幅" };
        (
            format!("{name}写为{}，但{formula}={}%。请改为{right}%，或核对今年和上年的数值。", item.found.text, measure::fixed(span.value, d)),
            Some(format!("{right}%")),
        )
    };
    let mut involved: Vec<&Item> = cited;
    involved.push(item);
    out.push(Spot {
        rule: ids::GROWTH_MISMATCH,
        message,
        start: item.start(),
        end: item.end(),
        excerpt: prose.excerpt(&involved),
        suggestion,
    });
}

fn span_sign(span: &Span) -> Option<f64> {
    if span.lo > 0.0 {
        Some(1.0)
    } else if span.hi < 0.0 {
        Some(-1.0)
    } else {
        None
    }
}

/// This year's and last year's values written in the sentence: “由A增至B”, or “上年A … B”.
fn years<'p>(before: &[&'p Item]) -> Option<(Reading, Reading, Vec<&'p Item>)> {
    let mut exact: Vec<&Item> = Vec::new();
    for &x in before {
        if x.exact() {
            exact.push(x);
        }
    }
    // 由A增至B
    for (k, a) in exact.iter().enumerate() {
        if FROM.iter().any(|w| a.label.ends_with(w)) {
            let Some(b) = exact.get(k + 1) else { continue };
            if TO.iter().any(|w| b.label == *w || b.label.ends_with(w) && b.label.chars().count() <= 4) {
                return Some((b.reading.clone(), a.reading.clone(), vec![*a, *b]));
            }
        }
    }
    // 上年A … 今年B (in either order), the only two figures of that kind.
    let said_last_year = |x: &Item| LAST_YEAR.iter().any(|w| x.label_has(w));
    let mut last: Vec<&Item> = Vec::new();
    for &x in &exact {
        if said_last_year(x) {
            last.push(x);
        }
    }
    let [last] = last[..] else { return None };
    let family = crate::core::figures::unit_family(&last.figure.unit);
    let mut others: Vec<&Item> = Vec::new();
    for &x in &exact {
        if !std::ptr::eq(x, last) && crate::core::figures::unit_family(&x.figure.unit) == family && !said_last_year(x) {
            others.push(x);
        }
    }
    let [this] = others[..] else { return None };
    Some((this.reading.clone(), last.reading.clone(), vec![this, last]))
}

/// The figure names a draft indicator that has a last-year value: this year's value is the
/// figure, last year's the indicator's.
fn from_indicator<'p>(before: &[&'p Item], sheet: Option<&Sheet<'_>>) -> Option<(Reading, Reading, Vec<&'p Item>)> {
    let sheet = sheet?;
    sheet.look_up();
    let this = before.last().filter(|x| x.exact())?;
    let row = sheet.rows.iter().find(|r| r.spec.name.chars().count() >= 2 && this.label_has(&r.spec.name))?;
    let last = row.last_year.value()?;
    let value = in_unit_of(&this.reading, last)?;
    Some((value, last.clone(), vec![*this]))
}
