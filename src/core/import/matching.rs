//! Matching imported chapters to the template's catalogue and prose figures to its indicators,
//! only where the evidence is clear; anything doubtful stays a custom chapter or plain prose.
//!
//! Chapters: keyword scoring of the heading phrase against each catalogue chapter's name,
//! heading and alternatives, by two-character words weighted by how few chapters share them.
//! Indicators: a figure in the chapter's prose whose unit is of the indicator's family and whose
//! clause holds most of the indicator's name. Not for checking the figures (see `check`).

use crate::core::check::RuleMap;
use crate::core::figures;
use crate::core::model::{Chapter, Draft, IndicatorEntry};
use crate::core::template::{ChapterSpec, IndicatorSpec, Template};

use super::IndicatorReport;

/// Two-character words too common in headings to say which chapter is meant.
const GENERIC: &[&str] = &[
    "工作", "建设", "推进", "持续", "加强", "提升", "稳步", "全面", "深入", "扎实", "有力", "不断", "推动", "落实",
    "发展", "成效", "显著", "明显", "取得", "积极", "有效", "强化", "完善", "健全", "机制", "水平", "能力", "质量",
    "高质", "统筹", "狠抓", "聚力", "增效", "凝心", "全力", "各项", "稳定", "上升", "增进", "开拓",
];

/// CJK two-character words of a text (punctuation and other characters break words), each
/// once, in order of first appearance. Headings and clauses are short: a plain list searched
/// linearly is as quick as a hash set here and much smaller in the wasm bundle.
fn bigrams(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if let Some(p) = prev.filter(|&p| is_cjk(p) && is_cjk(c)) {
            let mut word = String::with_capacity(8);
            word.push(p);
            word.push(c);
            if !GENERIC.contains(&word.as_str()) && !out.contains(&word) {
                out.push(word);
            }
        }
        prev = Some(c);
    }
    out
}

/// Adds the words of `more` not yet in `words`.
fn add_words(words: &mut Vec<String>, more: Vec<String>) {
    for w in more {
        if !words.contains(&w) {
            words.push(w);
        }
    }
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// The words that speak for each catalogue chapter, weighted 1/(number of chapters using it).
struct Catalogue<'a> {
    specs: Vec<(&'a ChapterSpec, Vec<(String, f64)>)>,
}

impl<'a> Catalogue<'a> {
    fn new(template: &'a Template) -> Self {
        let mut words: Vec<Vec<String>> = Vec::with_capacity(template.chapters.len());
        for c in &template.chapters {
            let mut all = bigrams(&c.heading);
            for a in &c.alternatives {
                add_words(&mut all, bigrams(a));
            }
            add_words(&mut all, bigrams(&c.name));
            words.push(all);
        }
        let mut specs = Vec::with_capacity(template.chapters.len());
        for (spec, set) in template.chapters.iter().zip(&words) {
            // Words of the short catalogue name name the topic itself: they count double.
            let name = bigrams(&spec.name);
            let mut weighted = Vec::with_capacity(set.len());
            for w in set {
                // Document frequency: how many catalogue chapters use the word (at least this one).
                let df = words.iter().filter(|other| other.contains(w)).count().max(1);
                let base = 1.0 / df as f64;
                weighted.push((w.clone(), if name.contains(w) { 2.0 * base } else { base }));
            }
            specs.push((spec, weighted));
        }
        Catalogue { specs }
    }

    /// Score of a heading for each catalogue chapter.
    fn scores(&self, heading: &str) -> Vec<f64> {
        let words = bigrams(heading);
        let mut out = Vec::with_capacity(self.specs.len());
        for (spec, weights) in &self.specs {
            let mut s = 0.0;
            for (w, weight) in weights {
                if words.contains(w) {
                    s += weight;
                }
            }
            if !spec.name.is_empty() && heading.contains(spec.name.as_str()) {
                s += 2.0;
            }
            let named = |a: &String| !a.is_empty() && heading.contains(a.as_str());
            if named(&spec.heading) || spec.alternatives.iter().any(named) {
                s += 1.0;
            }
            out.push(s);
        }
        out
    }
}

/// Least score for a confident chapter match, and the margin it must keep over the runner-up.
const CHAPTER_MIN: f64 = 2.0;
const CHAPTER_MARGIN: f64 = 0.5;

/// Gives each imported chapter its catalogue chapter where the heading says so clearly; returns
/// chapter id → catalogue name for those matched (in id order; a sorted Vec map, not a B-tree). Ids stay unique (a catalogue chapter is used
/// once); the heading is kept as written.
pub fn match_chapters(draft: &mut Draft, template: &Template) -> RuleMap<String> {
    let catalogue = Catalogue::new(template);
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new(); // (score, chapter index, spec index)
    for (ci, chapter) in draft.chapters.iter().enumerate() {
        if chapter.template_chapter.is_some() {
            continue;
        }
        let scores = catalogue.scores(&chapter.heading);
        // The best score (the first of equals) and the runner-up's, in `f64::total_cmp` order.
        let mut best: Option<usize> = None;
        for (i, s) in scores.iter().enumerate() {
            if best.map_or(true, |b| s.total_cmp(&scores[b]).is_gt()) {
                best = Some(i);
            }
        }
        let Some(best) = best else { continue };
        let mut second: Option<f64> = None;
        for (i, &s) in scores.iter().enumerate() {
            if i != best && second.map_or(true, |t| s.total_cmp(&t).is_gt()) {
                second = Some(s);
            }
        }
        let second = second.unwrap_or(0.0);
        if scores[best] >= CHAPTER_MIN && scores[best] - second >= CHAPTER_MARGIN {
            candidates.push((scores[best], ci, best));
        }
    }
    crate::core::order::sort_by_key(&mut candidates, |c| [crate::core::order::f64_key_desc(c.0), 0, 0, 0]);
    let mut used: Vec<String> = Vec::new();
    for c in &draft.chapters {
        if let Some(id) = &c.template_chapter {
            used.push(id.clone());
        }
    }
    let mut out = RuleMap::default();
    for (_, ci, si) in candidates {
        let spec = catalogue.specs[si].0;
        if used.contains(&spec.id) || draft.chapters.iter().any(|c| c.id == spec.id) {
            continue;
        }
        used.push(spec.id.clone());
        if let Some(chapter) = draft.chapters.get_mut(ci) {
            chapter.id = spec.id.clone();
            chapter.template_chapter = Some(spec.id.clone());
            out.insert(spec.id.clone(), spec.name.clone());
        }
    }
    out
}

/// A figure found in a chapter's prose, with the clause around it.
struct Found {
    text: String,
    figure: figures::Figure,
    /// Text of the clause before the figure.
    before: String,
    /// Text of the clause after the figure.
    after: String,
    /// The whole sentence.
    sentence: String,
}

/// Every figure of `text` with its context.
fn figures_with_context(text: &str) -> Vec<Found> {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let mut out = Vec::new();
    for f in figures::find_figures(text) {
        if !f.is_amount() {
            continue;
        }
        let (s, e) = (f.start.min(n), f.end.min(n));
        // Clause and sentence bounds around the figure (a sentence end also ends a clause).
        let mut clause_from = 0;
        let mut sent_from = 0;
        for k in (0..s).rev() {
            if clause_from == 0 && is_clause_end(chars[k]) {
                clause_from = k + 1;
            }
            if is_sentence_end(chars[k]) {
                sent_from = k + 1;
                break;
            }
        }
        let mut clause_to = n;
        let mut sent_to = n;
        for (k, &c) in chars.iter().enumerate().skip(e) {
            if clause_to == n && is_clause_end(c) {
                clause_to = k;
            }
            if is_sentence_end(c) {
                sent_to = k;
                break;
            }
        }
        out.push(Found {
            text: chars[s..e].iter().collect(),
            figure: f.figure(),
            before: chars[clause_from..s].iter().collect(),
            after: chars[e..clause_to].iter().collect(),
            sentence: chars[sent_from..sent_to].iter().collect(),
        });
    }
    out
}

fn is_clause_end(c: char) -> bool {
    matches!(c, '，' | '。' | '；' | '：' | '！' | '？' | ',' | ';' | ':' | '\n')
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '；' | '！' | '？' | ';' | '\n')
}

/// Share of the indicator name's words present in `context`.
fn coverage(name_words: &[String], context: &str) -> f64 {
    if name_words.is_empty() {
        return 0.0;
    }
    let ctx = bigrams(context);
    name_words.iter().filter(|w| ctx.contains(w)).count() as f64 / name_words.len() as f64
}

fn unit_fits(spec: &IndicatorSpec, unit: &str) -> bool {
    if spec.unit == unit || spec.units.iter().any(|u| u == unit) {
        return true;
    }
    match (figures::unit_family(&spec.unit), figures::unit_family(unit)) {
        (Some(a), Some(b)) => a == b && !unit.is_empty(),
        _ => false,
    }
}

/// How well a found figure fits an indicator (0 when its unit does not fit).
fn fit(spec: &IndicatorSpec, name_words: &[String], f: &Found) -> f64 {
    if !unit_fits(spec, &f.figure.unit) {
        return 0.0;
    }
    let clause = coverage(name_words, &f.before).max(0.8 * coverage(name_words, &f.after));
    clause.max(0.7 * coverage(name_words, &f.sentence))
}

/// Least fit for a confident indicator match.
const INDICATOR_MIN: f64 = 0.5;

/// Fills the indicator entries of matched chapters from their prose; every catalogue indicator
/// of a matched chapter gets an entry (empty when no figure fits clearly).
pub fn match_indicators(draft: &mut Draft, template: &Template) -> Vec<IndicatorReport> {
    let mut report = Vec::new();
    for chapter in &mut draft.chapters {
        let Some(spec) = chapter.template_chapter.as_ref().and_then(|id| template.chapters.iter().find(|c| &c.id == id))
        else {
            continue;
        };
        for ind in &spec.indicators {
            if !chapter.indicators.iter().any(|e| e.indicator == ind.id) {
                chapter.indicators.push(IndicatorEntry { indicator: ind.id.clone(), unit: ind.unit.clone(), ..IndicatorEntry::default() });
            }
        }
        let found = figures_with_context(&chapter_prose(chapter));
        // Best figure per indicator, kept only when clearly ahead of the next one.
        let mut picks: Vec<(f64, usize, usize)> = Vec::new(); // (fit, indicator index, figure index)
        for (ii, ind) in spec.indicators.iter().enumerate() {
            let words = bigrams(&ind.name);
            let mut fits: Vec<(f64, usize)> = Vec::with_capacity(found.len());
            for (fi, f) in found.iter().enumerate() {
                fits.push((fit(ind, &words, f), fi));
            }
            crate::core::order::sort_by_key(&mut fits, |f| [crate::core::order::f64_key_desc(f.0), 0, 0, 0]);
            if let Some(&(best, fi)) = fits.first() {
                let second = fits.get(1).map_or(0.0, |s| s.0);
                if best >= INDICATOR_MIN && best > second {
                    picks.push((best, ii, fi));
                }
            }
        }
        crate::core::order::sort_by_key(&mut picks, |p| [crate::core::order::f64_key_desc(p.0), 0, 0, 0]);
        let mut taken: Vec<usize> = Vec::new();
        for (_, ii, fi) in picks {
            if taken.contains(&fi) {
                continue;
            }
            taken.push(fi);
            let (ind, f) = (&spec.indicators[ii], &found[fi]);
            let Some(entry) = chapter.indicators.iter_mut().find(|e| e.indicator == ind.id) else { continue };
            if !entry.text.is_empty() {
                continue;
            }
            let value = figures::convert(f.figure.value, &f.figure.unit, &ind.unit);
            entry.text = f.text.clone();
            entry.value = value.or(Some(f.figure.value));
            entry.unit = if value.is_some() { ind.unit.clone() } else { f.figure.unit.clone() };
            report.push(IndicatorReport {
                chapter: chapter.id.clone(),
                indicator: ind.id.clone(),
                name: ind.name.clone(),
                text: f.text.clone(),
                excerpt: f.sentence.trim().to_string(),
            });
        }
    }
    report
}

/// A chapter's points as one text (leads closed with 。, points on lines of their own).
pub(super) fn chapter_prose(chapter: &Chapter) -> String {
    let mut out = String::new();
    for (k, p) in chapter.points.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        if !p.lead.trim().is_empty() {
            out.push_str(&p.lead);
            out.push('。');
        }
        out.push_str(&p.body);
    }
    out
}
