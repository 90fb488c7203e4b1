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

/// One sentence long enough to be compared, in document order.
struct Sentence<'a> {
    para: usize,
    start: usize,
    end: usize,
    key: &'a [char],
    /// The same as the sentence just before it (reported as such, not against its first line).
    same_as_previous: bool,
}

fn repeated(doc: &Doc, sink: &mut Sink) {
    let sentences = sentences_of(doc);
    // Where each key first appears: sentences grouped by a hash of their key through the shared
    // sort (n log n, no hash map and no string sort of our own), then compared within a group.
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    crate::core::order::sort_by_key(&mut order, |&i| [key_hash(sentences[i].key), i as u64, 0, 0]);
    let mut first: Vec<Option<usize>> = vec![None; sentences.len()];
    let mut group = 0;
    while group < order.len() {
        let hash = key_hash(sentences[order[group]].key);
        let mut end = group + 1;
        while end < order.len() && key_hash(sentences[order[end]].key) == hash {
            end += 1;
        }
        for j in group + 1..end {
            let (later, key) = (order[j], sentences[order[j]].key);
            first[later] = order[group..j].iter().copied().find(|&i| sentences[i].key == key && first[i].is_none());
        }
        group = end;
    }
    for (i, sentence) in sentences.iter().enumerate() {
        let (p, a, e) = (sentence.para, sentence.start, sentence.end);
        if sentence.same_as_previous {
            let m = "这句话与上一句完全相同，请删去重复的一句。".to_string();
            sink.emit(doc, p, a, e, REPEATED, m, Some(String::new()));
        } else if let Some(f) = first[i] {
            let original = &sentences[f];
            let line = doc.outline.line_col(doc.paras[original.para].block.orig(original.start)).0;
            let short: String = sentence.key.iter().take(20).collect();
            let m = format!("“{short}……”与第{line}行的句子重复，请删去一处或改写。");
            sink.emit(doc, p, a, e, REPEATED, m, None);
        }
    }
}

/// FNV-1a over the chars of a sentence: only groups candidates, equality is compared after.
fn key_hash(key: &[char]) -> u64 {
    key.iter().fold(0xcbf2_9ce4_8422_2325, |h: u64, &c| (h ^ c as u64).wrapping_mul(0x100_0000_01b3))
}

/// The sentences of the body long enough to count, with whether each repeats the one before.
fn sentences_of<'a>(doc: &'a Doc) -> Vec<Sentence<'a>> {
    let mut out = Vec::new();
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
                out.push(Sentence { para: p, start: a, end: e, key, same_as_previous: previous == Some(key) });
                previous = Some(key);
            }
            a = e.max(a + 1);
            while a < chars.len() && chars[a].is_whitespace() {
                a += 1;
            }
        }
    }
    out
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
