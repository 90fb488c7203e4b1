//! Figures in prose: the patterns real reports use, checked within one sentence or clause group.
//!
//! `core::figures::find_figures` finds every figure; this module keeps the amounts (not years,
//! dates, ordinals or codes), gives each the words written before it (its label: 受理群众诉求,
//! 办结, 办结率) and where it sits (sentence, clause group split at ；), then hands them to the
//! pattern rules: rates (`rates`), completion and growth (`targets`), parts and totals
//! (`parts`), the same quantity stated twice (`conflicts`) and units (`units`). Precision over
//! recall: a pattern that is not clearly there is not checked.

mod conflicts;
mod parts;
mod rates;
mod targets;
mod units;

pub use conflicts::{against_indicators, conflicts, statements, Stated};
pub(crate) use conflicts::{against_indicator, conflicts_of, statements_of};
pub(crate) use targets::{completion_label, push_quotient};

use super::reading::{of_figure, Reading};
use super::relations::Sheet;
use crate::core::figures::{find_figures, Figure, FigureKind, FoundFigure};

/// A finding in prose before it is placed: rule, message, char span within the checked text.
#[derive(Debug, Clone, PartialEq)]
pub struct Spot {
    pub rule: &'static str,
    pub message: String,
    pub start: usize,
    pub end: usize,
    pub excerpt: String,
    pub suggestion: Option<String>,
}

/// An amount found in prose, with its label and place.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    pub found: FoundFigure,
    pub figure: Figure,
    pub reading: Reading,
    /// The words before the figure back to the previous figure or punctuation, without a
    /// trailing 达/为/共…: `受理群众诉求`, `办结`, `办结率`.
    pub label: String,
    pub label_start: usize,
    pub sentence: usize,
    /// Clause group: a sentence part between ；.
    pub group: usize,
}

impl Item {
    pub fn start(&self) -> usize {
        self.found.start
    }
    pub fn end(&self) -> usize {
        self.found.end
    }
    pub fn is_percent(&self) -> bool {
        self.found.kind == FigureKind::Percent && self.figure.unit == "%"
    }
    /// Usable to prove a relation wrong: exact, not a range.
    pub fn exact(&self) -> bool {
        !self.reading.approximate
    }
    pub fn label_has(&self, word: &str) -> bool {
        self.label.contains(word)
    }
}

/// A text read for the prose rules.
pub(crate) struct Prose {
    pub chars: Vec<char>,
    pub items: Vec<Item>,
}

const SENTENCE_ENDS: &[char] = &['。', '！', '？', '!', '?', '\n', '\r'];
const GROUP_ENDS: &[char] = &['；', ';'];
const CLAUSE_ENDS: &[char] = &['，', ',', '、', '：', ':', '（', '(', '）', ')', '“', '”', '"', '《', '》', ' ', '\u{3000}', '\t'];

/// Words between a label and its figure that say nothing about what is counted.
const LABEL_TAILS: &[&str] = &[
    "分别达到", "分别为", "分别达", "提高到", "提高至", "提升到", "提升至", "增长到", "增加到", "上升到", "下降到",
    "减少到", "达到了", "保持在", "达到", "共计", "合计", "总计", "累计", "均达", "均为", "已达", "为", "达", "是", "共",
    "计", "了", "有", "在",
];

impl Prose {
    pub fn read(text: &str) -> Prose {
        Prose::of(text, &find_figures(text))
    }

    /// Reads `text` from its figures as `find_figures(text)` found them, so that callers that
    /// already have them (the text rules, a draft field's rules) do not find them again.
    pub fn of(text: &str, found: &[FoundFigure]) -> Prose {
        let chars: Vec<char> = text.chars().collect();
        let mut items = Vec::new();
        let (mut sentence, mut group) = (0usize, 0usize);
        let mut scanned = 0usize;
        let mut previous_end = 0usize;
        for f in found {
            let start = f.start.min(chars.len());
            for c in chars.get(scanned..start).unwrap_or_default() {
                if SENTENCE_ENDS.contains(c) {
                    sentence += 1;
                    group += 1;
                } else if GROUP_ENDS.contains(c) {
                    group += 1;
                }
            }
            scanned = start.max(scanned);
            let mut label_start = previous_end.min(start);
            for k in (previous_end..start).rev() {
                if let Some(c) = chars.get(k) {
                    if SENTENCE_ENDS.contains(c) || GROUP_ENDS.contains(c) || CLAUSE_ENDS.contains(c) {
                        label_start = k + 1;
                        break;
                    }
                }
            }
            let raw: String = chars.get(label_start..start).unwrap_or_default().iter().collect();
            let label = trim_label(&raw);
            previous_end = f.end.max(previous_end);
            if !f.is_amount() || f.range_to.is_some() {
                continue;
            }
            let figure = f.figure();
            let reading = of_figure(&figure);
            items.push(Item { found: f.clone(), figure, reading, label, label_start, sentence, group });
        }
        Prose { chars, items }
    }

    /// The text of `[start, end)`.
    pub fn slice(&self, start: usize, end: usize) -> String {
        self.chars.get(start.min(end)..end.min(self.chars.len())).unwrap_or_default().iter().collect()
    }

    /// The excerpt for a finding on items: from the first label to the last figure.
    pub fn excerpt(&self, items: &[&Item]) -> String {
        let start = items.iter().map(|i| i.label_start).min().unwrap_or(0);
        let end = items.iter().map(|i| i.end()).max().unwrap_or(start);
        self.slice(start, end)
    }

    /// Whether the text between two char positions crosses a clause group boundary.
    pub fn crosses_group(&self, a: usize, b: usize) -> bool {
        self.slice(a.min(b), a.max(b)).chars().any(|c| SENTENCE_ENDS.contains(&c) || GROUP_ENDS.contains(&c))
    }
}

fn trim_label(raw: &str) -> String {
    let mut s = raw.trim().to_string();
    loop {
        let before = s.len();
        for tail in LABEL_TAILS {
            if let Some(rest) = s.strip_suffix(tail) {
                if !rest.is_empty() {
                    s = rest.to_string();
                }
                break;
            }
        }
        if s.len() == before {
            break;
        }
    }
    s.trim().to_string()
}

/// The prose figure rules on one text. `sheet` (a draft's indicators) lets a growth be checked
/// against an indicator's last-year value.
pub fn check(text: &str, sheet: Option<&Sheet<'_>>) -> Vec<Spot> {
    if !has_digit(text) {
        return Vec::new();
    }
    check_prose(&Prose::read(text), sheet)
}

/// Whether a text has a digit: without one there is no figure to read.
pub(crate) fn has_digit(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// The prose figure rules on a text already read (see `check`).
pub(crate) fn check_prose(prose: &Prose, sheet: Option<&Sheet<'_>>) -> Vec<Spot> {
    let mut out = Vec::new();
    rates::check(prose, &mut out);
    targets::check(prose, sheet, &mut out);
    parts::check(prose, &mut out);
    units::check(prose, &mut out);
    crate::core::order::sort_by_key(&mut out, |s| [s.start as u64, s.end as u64, 0, 0]);
    out.dedup_by(|a, b| a.rule == b.rule && a.start == b.start && a.end == b.end);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_the_words_before_a_figure() {
        let p = Prose::read("全年受理群众诉求356件，办结349件，办结率达99.8%；2025年发放补贴12万元。");
        let labels: Vec<(&str, usize, usize)> = p.items.iter().map(|i| (i.label.as_str(), i.sentence, i.group)).collect();
        assert_eq!(labels, [("全年受理群众诉求", 0, 0), ("办结", 0, 0), ("办结率", 0, 0), ("发放补贴", 0, 1)]);
    }
}
