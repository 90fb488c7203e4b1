//! `year-mismatch`: the year in the title, the part headings, the plan and the summary against the
//! year summarised (Y, from the options or the title): the plan must be for Y+1, and the summary
//! must not report Y+1 as done, and a deadline in the plan must not fall before Y+1 (力争2024年底前
//! in a 2026 plan). A year named as a comparison or a back-reference (2024年同期, 巩固2024年
//! 创建成果) is fine.

use super::{ends_at, has_at, Doc, Sink};
use crate::core::model::PartKind;
use crate::core::outline::years_in;

const RULE: &str = "year-mismatch";

/// Words after a year that say the work is done (2026年以来, 2026年已完成, 2026年全年).
const DONE_AFTER: &[&str] = &["已", "以来", "全年", "共", "累计", "完成", "实现", "取得", "新增", "年内"];
/// Words before a year that make it a plan or a deadline (力争2026年完成).
const FUTURE_BEFORE: &[&str] = &["确保", "力争", "计划", "预计", "将", "争取", "目标", "到", "于", "在", "至", "截至", "截止"];

pub(super) fn run(doc: &Doc, sink: &mut Sink) {
    // A year no report has (from a hand-edited draft) is meta's own finding; Y+1 must not overflow.
    let Some(y) = doc.year.filter(|y| y.unsigned_abs() < 100_000) else { return };
    if !sink.enabled(RULE) {
        return;
    }
    for (p, para) in doc.paras.iter().enumerate() {
        let block = para.block;
        let chars = &para.chars;
        let years = years_in(chars);
        if years.is_empty() {
            continue;
        }
        if block.is_title() {
            if let Some(&(first, at)) = years.first() {
                if first != y {
                    let m = format!("标题中的年份是{first}年，而本报告总结的是{y}年，请核对标题年份。");
                    sink.emit(doc, p, at, at + 4, RULE, m, Some(y.to_string()));
                }
            }
            if let Some(&(second, at)) = years.get(1) {
                if second != y + 1 {
                    let m = format!("标题中的工作安排应是下一年（{}年），这里写成了{second}年，请改正。", y + 1);
                    sink.emit(doc, p, at, at + 4, RULE, m, Some((y + 1).to_string()));
                }
            }
            continue;
        }
        let is_part_heading = block.year.is_some();
        if is_part_heading {
            if let Some(&(hy, at)) = years.first() {
                match block.part {
                    PartKind::Plan if hy != y + 1 => {
                        let m = format!("工作打算部分应是{}年的安排，标题写成了{hy}年，请改为{}年。", y + 1, y + 1);
                        sink.emit(doc, p, at, at + 4, RULE, m, Some((y + 1).to_string()));
                    }
                    PartKind::Summary if hy != y => {
                        let m = format!("本报告总结的是{y}年的工作，这个标题写成了{hy}年，请改为{y}年。");
                        sink.emit(doc, p, at, at + 4, RULE, m, Some(y.to_string()));
                    }
                    _ => {}
                }
            }
            continue;
        }
        match block.part {
            PartKind::Plan => {
                // "2023年，街道将……" opening a plan paragraph for the wrong year.
                let mut opening = None;
                if let Some(&(py, at)) = years.first() {
                    let lead = at == para.prose_from;
                    let plan_sentence = chars.get(at + 5) == Some(&'，')
                        || chars.get(at + 5..(at + 16).min(chars.len())).is_some_and(|s| s.contains(&'将'));
                    if lead && plan_sentence && py != y + 1 {
                        let m = format!("工作打算写的是{}年的安排，这里写成了{py}年，请核对年份。", y + 1);
                        sink.emit(doc, p, at, at + 4, RULE, m, Some((y + 1).to_string()));
                        opening = Some(at);
                    }
                }
                // "力争2024年底前……" inside the plan: a deadline before the plan year.
                for &(py, at) in &years {
                    // A slip copies last year's plan: Y or Y−1. Older years are history (2000年以前建成的小区).
                    if py > y || py < y - 1 || opening == Some(at) || !plan_deadline(chars, at) {
                        continue;
                    }
                    let m = format!("工作打算是{}年的安排，这里的完成时限写成了{py}年，已早于计划年度，请核对年份。", y + 1);
                    sink.emit(doc, p, at, at + 4, RULE, m, Some((y + 1).to_string()));
                }
            }
            PartKind::Opening | PartKind::Summary => {
                for &(sy, at) in &years {
                    if sy <= y {
                        continue;
                    }
                    let after = at + 5;
                    let done = DONE_AFTER.iter().any(|w| has_at(chars, after, w));
                    let future = FUTURE_BEFORE.iter().any(|w| ends_at(chars, at, w));
                    if done && !future {
                        let m = format!("工作总结写的是{y}年已做的工作，这里把{sy}年说成已经完成，请核对年份（应为{y}年）。");
                        sink.emit(doc, p, at, at + 4, RULE, m, Some(y.to_string()));
                    }
                }
            }
            _ => {}
        }
    }
}

/// Words after "{year}年" (or its month or day) that make it a deadline: 2024年底前, 2024年内,
/// 2024年6月底前, 2024年9月30日前.
const DEADLINE_AFTER: &[&str] = &["底前", "末前", "年底前", "年末前", "内", "以内", "前", "以前", "之前"];
/// Words before a year (and its 于/在) in a plan that set a time frame (力争于2024年完成).
const PLAN_FRAME_BEFORE: &[&str] = &["力争", "确保", "争取", "计划", "预计", "目标", "务必", "到"];
/// Words before a year (and its 于/在) that refer back to it (较2024年增长, 截至2024年底,
/// 已于2024年底前完工).
const BACK_BEFORE: &[&str] = &["较", "比", "与", "同", "截至", "截止", "自", "从", "已", "曾"];
/// Words after "{year}年" that refer back to it (力争达到2024年的水平 reads as a comparison).
const BACK_AFTER: &[&str] = &["的", "以来", "同期", "水平", "基础", "成果", "度的"];

/// Whether the year at `at` (four digits, then 年) in plan text is a deadline or a time frame:
/// 2024年底前, 2024年内, 2024年6月底前, or a plan word before it (力争2024年完成).
/// Back-references (巩固2024年创建成果, 较2024年增长, 2024年前三季度) are not.
fn plan_deadline(chars: &[char], at: usize) -> bool {
    let before = if matches!(chars.get(at.wrapping_sub(1)), Some('于' | '在')) { at - 1 } else { at };
    if BACK_BEFORE.iter().any(|w| ends_at(chars, before, w)) {
        return false;
    }
    let counted = |i: usize| {
        matches!(chars.get(i), Some('0'..='9' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '两' | '几'))
    };
    let past_count = |mut i: usize| {
        while counted(i) {
            i += 1;
        }
        i
    };
    // Past a month and day after the year (2024年6月底前, 2024年9月30日前).
    let after = at + 5;
    let mut i = after;
    let month = past_count(after);
    if month > after && chars.get(month) == Some(&'月') {
        i = month + 1;
        let day = past_count(i);
        if day > i && matches!(chars.get(day), Some('日' | '号')) {
            i = day + 1;
        }
    }
    // 前 before a count is a span, not a deadline (2024年前三季度).
    if DEADLINE_AFTER.iter().any(|w| has_at(chars, i, w) && !counted(i + w.chars().count())) {
        return true;
    }
    PLAN_FRAME_BEFORE.iter().any(|w| ends_at(chars, before, w)) && !BACK_AFTER.iter().any(|w| has_at(chars, after, w))
}

#[cfg(test)]
mod tests {
    use super::plan_deadline;

    fn deadline(text: &str) -> bool {
        let chars: Vec<char> = text.chars().collect();
        let at = crate::core::outline::years_in(&chars).first().map(|&(_, at)| at).unwrap_or(0);
        plan_deadline(&chars, at)
    }

    #[test]
    fn deadlines_and_time_frames() {
        for text in [
            "力争2024年底前新增规上企业5家",
            "2024年内全部完成",
            "在2024年6月底前完成",
            "确保2024年十月前投用",
            "力争于2024年9月30日前建成",
            "争取2024年上半年开工",
            "到2024年，覆盖率达到90%",
        ] {
            assert!(deadline(text), "{text}");
        }
    }

    #[test]
    fn back_references() {
        for text in [
            "巩固2024年创建成果",
            "较2024年增长8%",
            "截至2024年底，辖区共有企业42家",
            "延续2024年前三季度的良好势头",
            "项目已于2024年底前完工",
            "力争达到2024年的水平",
            "在2024年试点基础上全面推开",
            "2024年以来",
        ] {
            assert!(!deadline(text), "{text}");
        }
    }
}
