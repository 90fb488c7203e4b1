//! The completion percentage written in a key task's note (重点工作完成情况) against the row's own
//! 目标 and 完成情况 fields: target 12, actual 10 and “完成率90%” is wrong (10÷12=83.3%). Only
//! a note percentage with no figure of its own before it in the sentence (a note that writes its
//! own target and actual is checked as prose, `prose::targets`), and only fields that hold one
//! plain figure each. Reports `completion-mismatch`.

use super::measure;
use super::prose::{completion_label, push_quotient, Prose};
use super::reading::{read, Reading};
use super::{finding, ids};
use crate::core::check::{Finding, Location};
use crate::core::model::{Draft, KeyTask, PartKind};

pub(super) fn check(draft: &Draft, out: &mut Vec<Finding>) {
    for (i, task) in draft.key_tasks.iter().enumerate() {
        if !super::prose::has_digit(&task.note) {
            continue;
        }
        let Some((target, actual)) = target_and_actual(task) else { continue };
        if target.approximate || actual.approximate {
            continue;
        }
        let Some(span) = measure::percent_of(&actual.measure, &target.measure) else { continue };
        let prose = Prose::read(&task.note);
        for (k, item) in prose.items.iter().enumerate() {
            if !item.is_percent() || !item.exact() || !completion_label(&item.label) || span.admits(&item.reading.measure) {
                continue;
            }
            let own_figures = prose.items.get(..k).unwrap_or_default().iter().any(|x| x.sentence == item.sentence && !x.is_percent());
            if own_figures {
                continue;
            }
            let right = measure::fixed(span.value, item.figure.decimals);
            let mut message = String::from("完成比例写为");
            message.push_str(&item.found.text);
            message.push_str("，但本项目标");
            message.push_str(&target.with_unit());
            message.push_str("、实际完成");
            message.push_str(&actual.with_unit());
            message.push('，');
            push_quotient(&mut message, &actual.shown(), &target.shown(), &right);
            message.push_str("或核对“目标”和“实际完成”两栏。");
            let location = Location {
                part: Some(PartKind::KeyTasks),
                point: Some(i),
                field: Some("note".to_string()),
                start: Some(item.start()),
                end: Some(item.end()),
                ..Location::default()
            };
            let mut suggestion = right;
            suggestion.push('%');
            out.push(finding(ids::COMPLETION_MISMATCH, message, location, prose.excerpt(&[item]), Some(suggestion)));
        }
    }
}

/// The row's target and actual, each one plain figure, in one unit (a bare number takes the
/// other's unit; two bare whole numbers are counts, exact).
fn target_and_actual(task: &KeyTask) -> Option<(Reading, Reading)> {
    let mut actual = read(&task.actual, None, "", "", &[]).value()?.clone();
    let mut target = read(&task.target, None, &actual.unit, &actual.unit, &[]).value()?.clone();
    if actual.unit.trim().is_empty() && !target.unit.trim().is_empty() {
        actual = read(&task.actual, None, &target.unit, &target.unit, &[]).value()?.clone();
    }
    if target.unit.trim().is_empty() && target.figure.decimals == 0 && actual.figure.decimals == 0 {
        target.measure.half = 0.0;
        actual.measure.half = 0.0;
    }
    Some((target, actual))
}
