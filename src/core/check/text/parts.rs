//! Structure: `missing-part` (the title promises a plan — 工作安排/打算/计划/思路 — or a summary,
//! but the text has no such part) and `empty-part` (a part or chapter heading — 一、 （一） or an
//! unnumbered part label — with nothing under it; one-line numbered points 1. （1） are fine).

use super::{Doc, Sink};
use crate::core::model::PartKind;

const MISSING: &str = "missing-part";
const EMPTY: &str = "empty-part";

const PLAN_WORDS: &[&str] = &["工作安排", "工作打算", "工作计划", "工作思路", "工作设想", "工作要点", "重点工作"];

pub(super) fn run(doc: &Doc, sink: &mut Sink) {
    if sink.enabled(MISSING) {
        missing(doc, sink);
    }
    if sink.enabled(EMPTY) {
        empty(doc, sink);
    }
}

fn missing(doc: &Doc, sink: &mut Sink) {
    let Some(title) = doc.paras.first().filter(|p| p.block.is_title()) else { return };
    let text = &title.block.text;
    let has = |part: PartKind| doc.paras.iter().any(|p| p.block.part == part);
    let n = title.chars.len();
    // "…工作总结和2026年工作安排": the plan is promised after the summary.
    let promises_plan = match text.find("总结") {
        Some(at) => PLAN_WORDS.iter().any(|w| text.get(at..).is_some_and(|rest| rest.contains(w))),
        None => false,
    };
    if promises_plan && !has(PartKind::Plan) {
        let m = "标题写明了下一年的工作安排，但正文中没有这一部分。请补写工作安排（如“二、2026年工作安排”），或修改标题。".to_string();
        let m = match doc.year {
            Some(y) => m.replace("2026", &(y + 1).to_string()),
            None => m,
        };
        sink.emit(doc, 0, 0, n, MISSING, m, None);
    }
    let any_body = doc.paras.len() > 1;
    if text.contains("总结") && any_body && !has(PartKind::Summary) {
        let m = "标题写明了工作总结，但正文中没有总结部分，请补写或修改标题。".to_string();
        sink.emit(doc, 0, 0, n, MISSING, m, None);
    }
}

fn empty(doc: &Doc, sink: &mut Sink) {
    for (p, para) in doc.paras.iter().enumerate() {
        let block = para.block;
        if block.part == PartKind::Honours {
            continue;
        }
        // Numbered items (1. （1）) are often one-line points by design: only parts and chapters.
        let level = match block.heading() {
            Some(h) if h.body.is_empty() && h.level <= 2 => h.level,
            None if block.label && block.year.is_some() || block.label && p > 0 && doc.paras[p - 1].block.part != block.part => 0,
            _ => continue,
        };
        // The next block must be deeper than this heading, or prose.
        let next = doc.paras.get(p + 1).map(|n| n.block);
        let empty = match next {
            None => true,
            Some(n) => match n.heading() {
                Some(h) => level > 0 && h.level <= level,
                None => n.label && level == 0,
            },
        };
        if empty {
            let m = format!("标题“{}”下面没有内容，请补写内容或删去这个标题。", block.text);
            sink.emit(doc, p, 0, para.chars.len(), EMPTY, m, None);
        }
    }
}
