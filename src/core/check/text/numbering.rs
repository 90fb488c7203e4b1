//! `numbering`: heading numbers out of order, skipped, duplicated, written in the wrong style
//! (`1、` for `1.`, half-width `(一)`), a level opened at （四） with no （一）, and inline series
//! 一是……三是…… with a gap. Suggestions give the marker that is due, in the standard style.

use super::{Doc, Sink};
use crate::core::outline::{series_markers, MarkerStyle};

const RULE: &str = "numbering";

const LEVEL_NAMES: [&str; 5] = ["", "一级", "二级", "三级", "四级"];

pub(super) fn run(doc: &Doc, sink: &mut Sink) {
    if !sink.enabled(RULE) {
        return;
    }
    let mut last = [0u32; 5];
    let mut series: Option<u32> = None;
    let mut part = None;
    for (p, para) in doc.paras.iter().enumerate() {
        let block = para.block;
        if part != Some(block.part) && (block.label || block.is_title()) {
            last = [0; 5];
        }
        part = Some(block.part);
        if let Some(h) = block.heading() {
            series = None;
            let level = usize::from(h.level.clamp(1, 4));
            let prev = last[level];
            let due = prev + 1;
            let standard = MarkerStyle::standard_for_level(h.level);
            let mlen = h.text_start;
            let marker = &h.marker;
            let level_name = LEVEL_NAMES[level];
            let message = if h.number == prev {
                Some(format!("序号“{marker}”与上一个{level_name}标题重复，应为“{}”。", standard.format(due)))
            } else if h.number < prev {
                Some(format!(
                    "序号“{marker}”排在“{}”之后，顺序颠倒，应为“{}”。",
                    standard.format(prev),
                    standard.format(due)
                ))
            } else if h.number > due && prev == 0 {
                Some(format!(
                    "这一组{level_name}标题从“{marker}”开始，前面没有“{}”，请核对序号或标题层级。",
                    standard.format(1)
                ))
            } else if h.number > due {
                let gap = standard.format(due);
                Some(format!("序号从“{}”跳到了“{marker}”，中间缺少“{gap}”，请核对。", standard.format(prev)))
            } else {
                None
            };
            match message {
                Some(m) => sink.emit(doc, p, 0, mlen, RULE, m, Some(standard.format(due))),
                None if !h.style.is_standard() => {
                    let right = standard.format(h.number);
                    let m = match h.style {
                        MarkerStyle::ArabicComma => format!("三级标题序号应写作“{right}”（阿拉伯数字加下脚点），不用“{marker}”。"),
                        _ => format!("序号“{marker}”用了半角括号，{level_name}标题应写作“{right}”。"),
                    };
                    sink.emit(doc, p, 0, mlen, RULE, m, Some(right));
                }
                None => {}
            }
            last[level] = last[level].max(h.number);
            for deeper in last.iter_mut().skip(level + 1) {
                *deeper = 0;
            }
        }
        let chars = &para.chars;
        for (n, a, b) in series_markers(chars) {
            let ordinal = |k: u32| format!("{}是", crate::core::outline::chinese_numeral(k));
            match series {
                _ if n == 1 => {}
                Some(l) if n != l + 1 => {
                    let m = format!("“{}”前一项是“{}”，顺序不连续，应为“{}”。", ordinal(n), ordinal(l), ordinal(l + 1));
                    sink.emit(doc, p, a, b, RULE, m, Some(ordinal(l + 1)));
                }
                None if a == para.prose_from => {
                    let m = format!("这一段以“{}”开头，但前面没有“一是”，请核对分项序号。", ordinal(n));
                    sink.emit(doc, p, a, b, RULE, m, None);
                }
                _ => {}
            }
            if n == 1 || series.is_some() {
                series = Some(n);
            }
        }
    }
}
