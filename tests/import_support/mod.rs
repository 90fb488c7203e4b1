//! Shared helpers of the import tests: fixtures, rendering a draft back to text, and the
//! sentence normaliser that states "no sentence is lost" independently of the importer.
#![allow(dead_code)]

use zongjie::core::assemble::assemble;
use zongjie::core::export::text::to_text;
use zongjie::core::model::Draft;
use zongjie::core::template::{self, Template};

pub fn template(id: &str) -> Template {
    template::builtin(id).unwrap_or_else(|| panic!("built-in template {id}"))
}

pub fn fixture_path(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import").join(name)
}

pub fn fixture(name: &str) -> String {
    std::fs::read_to_string(fixture_path(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The draft assembled and exported as plain text, as the author would get it.
pub fn render(draft: &Draft, template: &Template) -> String {
    to_text(&assemble(draft, template))
}

/// Headings of chapters with nothing under them: they stay in the draft as chapters to fill in,
/// and assembly leaves a chapter without points out of the document by design.
pub fn empty_chapter_headings(draft: &Draft) -> Vec<String> {
    draft.chapters.iter().filter(|c| c.points.iter().all(|p| p.is_empty())).map(|c| c.heading.clone()).collect()
}

fn is_hash(c: char) -> bool {
    c == '#' || c == '＃'
}

/// Drops `##…##` markers (the importer removes them with a finding).
fn without_markers(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    'outer: while i < chars.len() {
        if is_hash(chars[i]) && chars.get(i + 1).copied().is_some_and(is_hash) {
            let mut j = i + 2;
            while j + 1 < chars.len() && j < i + 64 {
                if is_hash(chars[j]) && is_hash(chars[j + 1]) {
                    i = j + 2;
                    while chars.get(i).copied().is_some_and(is_hash) {
                        i += 1;
                    }
                    continue 'outer;
                }
                j += 1;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// `— 2 —` and `第2页` lines.
fn is_page_number_line(line: &str) -> bool {
    let t: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let core = t.trim_matches(|c| matches!(c, '-' | '—' | '–' | '－'));
    (core.len() < t.len() && !core.is_empty() && core.chars().all(|c| c.is_ascii_digit()))
        || (t.starts_with('第') && t.ends_with('页') && t.chars().filter(|c| c.is_ascii_digit()).count() >= 1)
}

fn full_width(c: char) -> char {
    match c {
        ',' => '，',
        ';' => '；',
        ':' => '：',
        '?' => '？',
        '!' => '！',
        '(' => '（',
        ')' => '）',
        c => c,
    }
}

const CHINESE_DIGITS: &str = "一二三四五六七八九十";

/// Strips one numbering marker at the start: 一、 （一） (一) 1. 1、 （1） (1) 一是.
fn strip_marker(s: &str) -> Option<String> {
    let chars: Vec<char> = s.chars().collect();
    let n_cn = chars.iter().take_while(|c| CHINESE_DIGITS.contains(**c)).count();
    if n_cn > 0 && matches!(chars.get(n_cn), Some('、' | '是')) && chars.len() > n_cn + 1 {
        return Some(chars[n_cn + 1..].iter().collect());
    }
    if chars.first() == Some(&'（') {
        let inner = chars[1..].iter().take_while(|c| CHINESE_DIGITS.contains(**c) || c.is_ascii_digit()).count();
        if inner > 0 && chars.get(1 + inner) == Some(&'）') && chars.len() > inner + 2 {
            return Some(chars[inner + 2..].iter().collect());
        }
    }
    let n_ar = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=2).contains(&n_ar)
        && matches!(chars.get(n_ar), Some('.' | '．' | '、'))
        && chars.get(n_ar + 1).is_some_and(|c| !c.is_ascii_digit())
    {
        return Some(chars[n_ar + 1..].iter().collect());
    }
    None
}

/// The normalised sentences of a report: junk markers and page-number lines dropped, half-width
/// punctuation made full-width, blanks removed, split at 。！？ and line ends, numbering markers
/// at the start and closing punctuation at the end stripped. Empty ones are dropped.
pub fn sentences_of(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        if is_page_number_line(line) {
            continue;
        }
        let line: String =
            without_markers(line).chars().filter(|c| !c.is_whitespace()).map(full_width).collect();
        let mut current = String::new();
        let mut chars = line.chars().peekable();
        let mut prev = ' ';
        while let Some(c) = chars.next() {
            current.push(c);
            let half_stop = c == '.' && !prev.is_ascii_digit() && !chars.peek().is_some_and(|d| d.is_ascii_digit());
            prev = c;
            // 一是……；二是……: a series item after a clause mark starts a new sentence.
            let before_series = matches!(c, '，' | '；' | '：') && starts_series(chars.clone());
            if matches!(c, '。' | '！' | '？' | '；') || half_stop || before_series {
                while chars.peek().is_some_and(|d| matches!(d, '”' | '’' | '）')) {
                    current.push(chars.next().unwrap_or(' '));
                }
                push_sentence(&mut out, &current);
                current.clear();
            }
        }
        push_sentence(&mut out, &current);
    }
    out
}

/// Whether the text ahead opens an inline series item (一是, 十二是).
fn starts_series(ahead: impl Iterator<Item = char>) -> bool {
    let mut n = 0;
    for c in ahead {
        if CHINESE_DIGITS.contains(c) {
            n += 1;
        } else {
            return n > 0 && c == '是';
        }
    }
    false
}

fn push_sentence(out: &mut Vec<String>, s: &str) {
    let mut s = s.to_string();
    while let Some(rest) = strip_marker(&s) {
        s = rest;
    }
    let s = s.trim_end_matches(['。', '！', '？', '.', '；', '，', '：']).to_string();
    let s = s.trim_start_matches(['。', '！', '？', '.', '；', '，', '：']).to_string();
    if !s.is_empty() {
        out.push(s);
    }
}

/// Every sentence of `input` is a sentence of `output` (exact, after normalisation), except the
/// part headings named in `part_headings` (the template writes its own part headings).
pub fn assert_every_sentence_kept(input: &str, output: &str, part_headings: &[&str]) {
    let have: std::collections::HashSet<String> = sentences_of(output).into_iter().collect();
    let lost: Vec<String> = sentences_of(input)
        .into_iter()
        .filter(|s| !have.contains(s) && !part_headings.contains(&s.as_str()))
        .collect();
    assert!(lost.is_empty(), "lost sentences:\n{}\n--- output ---\n{output}", lost.join("\n"));
}

/// Every sentence (or sentence fragment of a line broken mid-sentence) of `input` is inside a
/// sentence of `output`.
pub fn assert_every_fragment_kept(input: &str, output: &str, part_headings: &[&str]) {
    let have = sentences_of(output);
    let lost: Vec<String> = sentences_of(input)
        .into_iter()
        .filter(|s| !have.iter().any(|h| h.contains(s.as_str())) && !part_headings.contains(&s.as_str()))
        .collect();
    assert!(lost.is_empty(), "lost sentences:\n{}\n--- output ---\n{output}", lost.join("\n"));
}

