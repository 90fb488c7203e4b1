//! `year-mismatch`: the year in the title, the part headings, the plan and the summary against the
//! year summarised (Y, from the options or the title): the plan must be for Y+1, and the summary
//! must not report Y+1 as done. A year named as a comparison (2024年同期) is fine.

use super::{ends_at, has_at, Doc, Sink};
use crate::core::model::PartKind;
use crate::core::outline::years_in;

const RULE: &str = "year-mismatch";

/// Words after a year that say the work is done (2026年以来, 2026年已完成, 2026年全年).
const DONE_AFTER: &[&str] = &["已", "以来", "全年", "共", "累计", "完成", "实现", "取得", "新增", "年内"];
/// Words before a year that make it a plan or a deadline (力争2026年完成).
const FUTURE_BEFORE: &[&str] = &["确保", "力争", "计划", "预计", "将", "争取", "目标", "到", "于", "在", "至", "截至", "截止"];

pub(super) fn run(doc: &Doc, sink: &mut Sink) {
    let Some(y) = doc.year else { return };
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
                if let Some(&(py, at)) = years.first() {
                    let lead = at == para.prose_from;
                    let plan_sentence = chars.get(at + 5) == Some(&'，')
                        || chars.get(at + 5..(at + 16).min(chars.len())).is_some_and(|s| s.contains(&'将'));
                    if lead && plan_sentence && py != y + 1 {
                        let m = format!("工作打算写的是{}年的安排，这里写成了{py}年，请核对年份。", y + 1);
                        sink.emit(doc, p, at, at + 4, RULE, m, Some((y + 1).to_string()));
                    }
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
