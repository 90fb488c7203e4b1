//! Sentence-level rules: `repeated-sentence` (the same sentence twice, in a row or anywhere) and
//! `missing-end-punctuation` (a body paragraph that does not end in 。！？…；：). Titles, headings
//! without a body, unnumbered labels and honours lists are exempt from the latter.

use super::{is_cjk, slice, Doc, Sink};
use crate::core::model::PartKind;

const REPEATED: &str = "repeated-sentence";
const MISSING_END: &str = "missing-end-punctuation";

/// Sentences shorter than this (without punctuation) may repeat by design (抓党建，强基础).
const MIN_SENTENCE: usize = 10;

fn is_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?')
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '）' | ')' | '》' | '】' | '"')
}

/// Where prose to be read as sentences starts: after a heading phrase, at 0 otherwise.
fn prose_start(doc: &Doc, p: usize) -> usize {
    let para = &doc.paras[p];
    match para.block.heading() {
        Some(h) => h.body_start,
        None => 0,
    }
}

pub(super) fn run(doc: &Doc, sink: &mut Sink) {
    if sink.enabled(REPEATED) {
        repeated(doc, sink);
    }
    if sink.enabled(MISSING_END) {
        missing_end(doc, sink);
    }
}

fn repeated(doc: &Doc, sink: &mut Sink) {
    // (sentence without its end mark, line where it first appears), sorted by sentence.
    let mut seen: Vec<(&[char], usize)> = Vec::new();
    let mut previous: Option<&[char]> = None;
    for (p, para) in doc.paras.iter().enumerate() {
        if para.block.is_title() || para.block.label {
            previous = None;
            continue;
        }
        let chars = &para.chars;
        let mut a = prose_start(doc, p);
        while a < chars.len() {
            let mut b = a;
            while b < chars.len() && !is_end(chars[b]) {
                b += 1;
            }
            let mut e = b;
            while e < chars.len() && (is_end(chars[e]) || is_closer(chars[e])) {
                e += 1;
            }
            let key = &chars[a..b];
            let meaningful = key.iter().filter(|&&c| !c.is_whitespace() && (!is_cjk(c) || super::is_han(c))).count();
            if meaningful >= MIN_SENTENCE {
                if previous == Some(key) {
                    let m = "这句话与上一句完全相同，请删去重复的一句。".to_string();
                    sink.emit(doc, p, a, e, REPEATED, m, Some(String::new()));
                } else {
                    match seen.binary_search_by(|&(s, _)| s.cmp(key)) {
                        Ok(i) => {
                            let line = seen.get(i).map_or(0, |&(_, line)| line);
                            let short: String = key.iter().take(20).collect();
                            let m = format!("“{short}……”与第{line}行的句子重复，请删去一处或改写。");
                            sink.emit(doc, p, a, e, REPEATED, m, None);
                        }
                        Err(i) => seen.insert(i, (key, doc.outline.line_col(para.block.orig(a)).0)),
                    }
                }
                previous = Some(key);
            }
            a = e.max(a + 1);
            while a < chars.len() && chars[a].is_whitespace() {
                a += 1;
            }
        }
    }
}

fn missing_end(doc: &Doc, sink: &mut Sink) {
    for (p, para) in doc.paras.iter().enumerate() {
        let block = para.block;
        if block.is_title() || block.label || block.part == PartKind::Honours {
            continue;
        }
        if block.heading().is_some_and(|h| h.body.is_empty()) {
            continue;
        }
        let chars = &para.chars;
        let Some(last) = chars.iter().rposition(|&c| !is_closer(c)) else { continue };
        let c = chars[last];
        if matches!(c, '。' | '！' | '？' | '…' | '；' | '：' | '!' | '?' | ';' | ':' | '.') {
            continue;
        }
        let end = chars.len();
        let (at, fixed) = if matches!(c, '，' | '、' | ',') {
            (last, format!("。{}", slice(chars, last + 1, end)))
        } else {
            (last, format!("{}。", slice(chars, last, end)))
        };
        let m = "这一段末尾缺少句号等结束标点，请补上。".to_string();
        sink.emit(doc, p, at, end, MISSING_END, m, Some(fixed));
    }
}
