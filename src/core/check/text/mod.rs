//! Text rules over a plain-text report: one outline pass, then each rule family scans the joined
//! paragraphs as chars and reports findings with positions in the original input.
//!
//! This module holds what the families share (the parsed document, the finding sink, char
//! classes and a phrase matcher); each family lives in its own file. Figure relations are checked
//! by `check::figures::prose`, which this module runs per paragraph and places (one outline pass).

mod boilerplate;
mod numbering;
mod numbers;
mod parts;
mod placeholder;
mod punctuation;
mod sentences;
mod words;
mod years;

use super::{rules, CheckOptions, Finding, Location, Severity};
use crate::core::outline::{parse_outline, Block, Outline};

/// A block of the outline with its text as chars.
pub(crate) struct Para<'a> {
    pub block: &'a Block,
    pub chars: Vec<char>,
    /// Where prose starts in `chars`: after a heading marker, 0 otherwise.
    pub prose_from: usize,
    /// `find_figures(block.text)`, found once when a rule first asks (see `figures`).
    found: std::cell::OnceCell<Vec<crate::core::figures::FoundFigure>>,
}

impl Para<'_> {
    /// The figures of the paragraph, found once and shared by the number and figure rules.
    pub fn figures(&self) -> &[crate::core::figures::FoundFigure] {
        self.found.get_or_init(|| crate::core::figures::find_figures(&self.block.text))
    }
}

/// The parsed report the rules read.
pub(crate) struct Doc<'a> {
    pub outline: &'a Outline,
    pub paras: Vec<Para<'a>>,
    /// The year summarised: options.year, else the title's.
    pub year: Option<i32>,
}

/// Collects findings, applying the options' severities and switches.
pub(crate) struct Sink<'o> {
    options: &'o CheckOptions,
    pub out: Vec<Finding>,
}

impl<'o> Sink<'o> {
    pub fn severity(&self, rule: &str) -> Option<Severity> {
        rules::severity(rule, self.options)
    }

    pub fn enabled(&self, rule: &str) -> bool {
        self.severity(rule).is_some()
    }

    /// Reports chars [a, b) of paragraph `p`.
    pub fn emit(&mut self, doc: &Doc, p: usize, a: usize, b: usize, rule: &str, message: String, suggestion: Option<String>) {
        let Some(severity) = self.severity(rule) else { return };
        let Some(para) = doc.paras.get(p) else { return };
        let n = para.chars.len();
        let (a, b) = (a.min(n), b.min(n).max(a.min(n)));
        let (start, end) = para.block.orig_span(a, b);
        let (line, column) = doc.outline.line_col(start);
        let excerpt = excerpt(&para.chars, a, b);
        self.out.push(Finding {
            rule: rule.to_string(),
            severity,
            message,
            location: Location {
                part: Some(para.block.part),
                line: Some(line),
                column: Some(column),
                start: Some(start),
                end: Some(end),
                ..Location::default()
            },
            excerpt,
            suggestion,
            acknowledged: false,
        });
    }
}

/// The span with up to 10 chars of context either side, within the paragraph.
fn excerpt(chars: &[char], a: usize, b: usize) -> String {
    const CONTEXT: usize = 10;
    let from = a.saturating_sub(CONTEXT);
    let to = (b + CONTEXT).min(chars.len());
    chars.get(from..to).map(|s| s.iter().collect()).unwrap_or_default()
}

/// Runs every text rule over a report.
pub(crate) fn check(text: &str, options: &CheckOptions) -> Vec<Finding> {
    run_all(parse_outline(text), options, true)
}

/// Runs the rules that apply within a paragraph (placeholders, boilerplate, years, punctuation,
/// numbers, sentences, words) over one prose field of a structured draft, read as part `part`
/// of a report on `options.year`. Headings and parts are built by the product, so numbering and
/// part rules do not run. Spans are chars within `text`.
pub(crate) fn check_field(text: &str, part: crate::core::model::PartKind, options: &CheckOptions) -> Vec<Finding> {
    let mut outline = parse_outline(text);
    for block in &mut outline.blocks {
        block.part = part;
        block.year = None;
        if block.is_title() {
            block.kind = crate::core::outline::BlockKind::Paragraph;
        }
    }
    run_all(outline, options, false)
}

fn run_all(outline: Outline, options: &CheckOptions, structure: bool) -> Vec<Finding> {
    let mut paras = Vec::with_capacity(outline.blocks.len());
    for block in &outline.blocks {
        paras.push(Para {
            block,
            chars: block.text.chars().collect(),
            prose_from: block.heading().map(|h| h.text_start).unwrap_or(0),
            found: std::cell::OnceCell::new(),
        });
    }
    let doc = Doc { outline: &outline, paras, year: options.year.or_else(|| outline.title_year()) };
    let mut sink = Sink { options, out: Vec::new() };
    placeholder::run(&doc, &mut sink);
    boilerplate::run(&doc, &mut sink);
    years::run(&doc, &mut sink);
    if structure {
        numbering::run(&doc, &mut sink);
    }
    punctuation::run(&doc, &mut sink);
    numbers::run(&doc, &mut sink);
    sentences::run(&doc, &mut sink);
    words::run(&doc, &mut sink);
    if structure {
        parts::run(&doc, &mut sink);
        figure_rules(&doc, &mut sink);
    }
    let mut out = sink.out;
    crate::core::order::sort_by_key(&mut out, |f| [f.location.start.unwrap_or(0) as u64, f.location.end.unwrap_or(0) as u64, 0, 0]);
    out
}

/// The figure rules (`check::figures::prose`) on each paragraph of a report, and figures stated
/// twice with two values within one part (the summary and the plan speak of different years).
fn figure_rules(doc: &Doc, sink: &mut Sink) {
    use super::figures::{ids, prose};
    let conflicts = sink.enabled(ids::FIGURE_CONFLICT);
    let relations = rules::RULES
        .iter()
        .any(|r| r.family == rules::Family::Figures && r.id != ids::FIGURE_CONFLICT && sink.enabled(r.id));
    if !conflicts && !relations {
        return;
    }
    let mut statements = Vec::new();
    for (p, para) in doc.paras.iter().enumerate() {
        if para.block.is_title() || !para.chars.iter().any(|&c| is_digit(c)) {
            continue;
        }
        // One reading of the paragraph's figures for both kinds of rule (and `numbers`).
        let read = prose::Prose::of(&para.block.text, para.figures());
        if relations {
            for spot in prose::check_prose(&read, None) {
                sink.emit(doc, p, spot.start, spot.end, spot.rule, spot.message, spot.suggestion);
            }
        }
        if conflicts {
            for s in prose::statements_of(&read) {
                statements.push((p, s));
            }
        }
    }
    if !conflicts {
        return;
    }
    // Figures are compared within a part (the summary and the plan speak of different years),
    // in report order; `conflicts_of` compares only labels with the same ending within it.
    let mut by_part: Vec<(usize, &prose::Stated)> = Vec::with_capacity(statements.len());
    for (p, s) in &statements {
        by_part.push((*p, s));
    }
    crate::core::order::sort_by_key(&mut by_part, |(p, _)| [doc.paras[*p].block.part as u64, 0, 0, 0]);
    let mut found = Vec::new();
    for group in by_part.chunk_by(|(a, _), (b, _)| doc.paras[*a].block.part == doc.paras[*b].block.part) {
        found.extend(prose::conflicts_of(group));
    }
    for (p, spot) in found {
        sink.emit(doc, p, spot.start, spot.end, spot.rule, spot.message, spot.suggestion);
    }
}

/// Chinese characters (CJK ideographs).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{2ffff}')
}

/// Chinese text: ideographs, full-width punctuation and forms, Chinese quotes, dashes, ellipses.
pub(crate) fn is_cjk(c: char) -> bool {
    is_han(c)
        || matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff01}'..='\u{ff60}' | '“' | '”' | '‘' | '’' | '…' | '—' | '·')
}

pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

pub(crate) fn slice(chars: &[char], a: usize, b: usize) -> String {
    chars.get(a.min(b)..b.min(chars.len())).map(|s| s.iter().collect()).unwrap_or_default()
}

/// Whether `chars` has `word` at `i`.
pub(crate) fn has_at(chars: &[char], i: usize, word: &str) -> bool {
    let mut k = i;
    for w in word.chars() {
        if chars.get(k) != Some(&w) {
            return false;
        }
        k += 1;
    }
    true
}

/// Whether `chars` has `word` ending just before `i`.
pub(crate) fn ends_at(chars: &[char], i: usize, word: &str) -> bool {
    let n = word.chars().count();
    i >= n && has_at(chars, i - n, word)
}

/// Finds a fixed set of phrases in char text in one pass (phrases indexed by first char).
pub(crate) struct PhraseSet {
    /// (first char, phrase index), sorted by char.
    index: Vec<(char, usize)>,
    phrases: Vec<Vec<char>>,
    /// Bit set of first chars (by code point modulo 2048): most chars are rejected in one test.
    first: [u64; 32],
}

fn bit(c: char) -> (usize, u64) {
    let k = (c as u32 & 2047) as usize;
    (k >> 6, 1u64 << (k & 63))
}

impl PhraseSet {
    pub fn new(words: &[&str]) -> Self {
        let mut phrases: Vec<Vec<char>> = Vec::with_capacity(words.len());
        let mut index: Vec<(char, usize)> = Vec::with_capacity(words.len());
        for w in words {
            let p: Vec<char> = w.chars().collect();
            let Some(&c) = p.first() else { continue };
            index.push((c, phrases.len()));
            phrases.push(p);
        }
        crate::core::order::sort_by_key(&mut index, |&(c, i)| [u64::from(c), i as u64, 0, 0]);
        let mut first = [0u64; 32];
        for &(c, _) in &index {
            let (w, b) = bit(c);
            first[w] |= b;
        }
        PhraseSet { index, phrases, first }
    }

    /// Every (phrase index, start) where a phrase occurs, leftmost-longest, not overlapping.
    pub fn find_all(&self, chars: &[char]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let (w, b) = bit(c);
            if self.first[w] & b == 0 {
                i += 1;
                continue;
            }
            let lo = self.index.partition_point(|&(f, _)| f < c);
            let mut best: Option<(usize, usize)> = None;
            for &(f, k) in self.index.get(lo..).unwrap_or(&[]) {
                if f != c {
                    break;
                }
                let p = &self.phrases[k];
                if chars.get(i..i + p.len()) == Some(p.as_slice()) && best.is_none_or(|(_, len)| p.len() > len) {
                    best = Some((k, p.len()));
                }
            }
            match best {
                Some((k, len)) => {
                    out.push((k, i));
                    i += len;
                }
                None => i += 1,
            }
        }
        out
    }

    pub fn len_of(&self, k: usize) -> usize {
        self.phrases.get(k).map(Vec::len).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrase_set_finds_longest_without_overlap() {
        let set = PhraseSet::new(&["供大家", "供大家参考", "小编"]);
        let chars: Vec<char> = "以上供大家参考，小编整理".chars().collect();
        let found = set.find_all(&chars);
        assert_eq!(found, vec![(1, 2), (2, 8)]);
    }

    #[test]
    fn char_classes() {
        assert!(is_han('街') && is_cjk('，') && is_cjk('“') && !is_cjk('a'));
        assert!(is_digit('５') && is_digit('7') && !is_digit('a'));
    }
}

#[cfg(test)]
mod probe {
    /// `SEED=path cargo test print_text_findings -- --ignored --nocapture` lists findings.
    #[test]
    #[ignore]
    fn print_text_findings() {
        let path = std::env::var("SEED").unwrap_or_default();
        let text = std::fs::read_to_string(path).unwrap_or_default();
        for f in super::check(&text, &Default::default()) {
            println!(
                "{}:{} {} [{}] {} | {} => {:?}",
                f.location.line.unwrap_or(0),
                f.location.column.unwrap_or(0),
                f.severity.key(),
                f.rule,
                f.message,
                f.excerpt,
                f.suggestion
            );
        }
    }
}
