//! Punctuation per GB/T 15834: `halfwidth-punctuation` (`, ; : ? ! ( ) . "` in Chinese text →
//! full width, never inside 1.25, 12:30, 1,095, URLs, e-mail or Latin text), `unbalanced-quotes`
//! (“ ” ‘ ’, including a reversed pair ” … “) and `unbalanced-brackets` (（ ） 《 》 【 】 〔 〕).

use super::{is_cjk, slice, Doc, Sink};

const HALF: &str = "halfwidth-punctuation";
const QUOTES: &str = "unbalanced-quotes";
const BRACKETS: &str = "unbalanced-brackets";

pub(super) fn run(doc: &Doc, sink: &mut Sink) {
    let (half, quotes, brackets) = (sink.enabled(HALF), sink.enabled(QUOTES), sink.enabled(BRACKETS));
    for (p, para) in doc.paras.iter().enumerate() {
        if half {
            halfwidth(doc, sink, p);
        }
        if quotes {
            quote_pairs(doc, sink, p, '“', '”');
            quote_pairs(doc, sink, p, '‘', '’');
        }
        if brackets && para.chars.iter().any(|&c| bracket_kind(c).is_some()) {
            bracket_pairs(doc, sink, p);
        }
    }
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// The nearest char before `i` that is not a plain space.
fn before(chars: &[char], i: usize) -> Option<char> {
    chars.get(..i)?.iter().rev().find(|&&c| !is_space(c)).copied()
}

/// The nearest char after `i` that is not a plain space.
fn after(chars: &[char], i: usize) -> Option<char> {
    chars.get(i + 1..)?.iter().find(|&&c| !is_space(c)).copied()
}

fn cjk(c: Option<char>) -> bool {
    c.is_some_and(is_cjk)
}

fn full_width(c: char) -> Option<char> {
    Some(match c {
        ',' => '，',
        ';' => '；',
        ':' => '：',
        '?' => '？',
        '!' => '！',
        '(' => '（',
        ')' => '）',
        '.' => '。',
        _ => return None,
    })
}

fn halfwidth(doc: &Doc, sink: &mut Sink, p: usize) {
    let para = &doc.paras[p];
    let chars = &para.chars;
    let mut straight_quotes = 0usize;
    let mut i = para.prose_from;
    while i < chars.len() {
        let c = chars[i];
        let (prev, next) = (before(chars, i), after(chars, i));
        let chinese = cjk(prev) || cjk(next);
        match c {
            '"' => {
                let open = straight_quotes % 2 == 0;
                straight_quotes += 1;
                if chinese {
                    let right = if open { "“" } else { "”" };
                    let m = format!("中文语句中的引号应使用全角“{right}”，不用半角“\"”。");
                    sink.emit(doc, p, i, i + 1, HALF, m, Some(right.to_string()));
                }
            }
            '.' => {
                let run = chars[i..].iter().take_while(|&&c| c == '.').count();
                if run >= 2 && chinese {
                    let m = "中文语句中的省略号应写作“……”，不用半角句点。".to_string();
                    sink.emit(doc, p, i, i + run, HALF, m, Some("……".to_string()));
                } else if run == 1 && cjk(prev) && (next.is_none() || cjk(next)) {
                    let m = "中文语句的句末应使用全角句号“。”，不用半角“.”。".to_string();
                    sink.emit(doc, p, i, i + 1, HALF, m, Some("。".to_string()));
                }
                i += run;
                continue;
            }
            ',' | ';' | '!' | '?' | ':' | '(' | ')' if chinese => {
                let url_query = c == '?' && (prev.is_some_and(|c| c.is_ascii_alphanumeric() || c == '/'));
                let clock = c == ':' && prev.is_some_and(|c| c.is_ascii_digit()) && next.is_some_and(|c| c.is_ascii_digit());
                let url_scheme = c == ':' && next == Some('/');
                if !(url_query || clock || url_scheme) {
                    if let Some(right) = full_width(c) {
                        let m = format!("中文语句中的半角“{c}”应改为全角“{right}”。");
                        sink.emit(doc, p, i, i + 1, HALF, m, Some(right.to_string()));
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
}

fn quote_pairs(doc: &Doc, sink: &mut Sink, p: usize, open: char, close: char) {
    let chars = &doc.paras[p].chars;
    if !chars.iter().any(|&c| c == open || c == close) {
        return;
    }
    let mut stack: Vec<usize> = Vec::new();
    let mut orphans: Vec<usize> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if c == open {
            stack.push(i);
        } else if c == close && stack.pop().is_none() {
            orphans.push(i);
        }
    }
    // A closing quote with no opener, followed later by an opener that never closes: reversed.
    let mut unclosed = stack;
    let mut lone_closers = Vec::new();
    for o in orphans {
        match unclosed.iter().position(|&u| u > o) {
            Some(k) => {
                let u = unclosed.remove(k);
                let mut fixed: Vec<char> = chars[o..=u].to_vec();
                fixed[0] = open;
                if let Some(last) = fixed.last_mut() {
                    *last = close;
                }
                let inner = slice(chars, o + 1, u);
                let m = format!("“{inner}”两侧的引号方向颠倒了：前引号应为“{open}”，后引号应为“{close}”。");
                sink.emit(doc, p, o, u + 1, QUOTES, m, Some(fixed.into_iter().collect()));
            }
            None => lone_closers.push(o),
        }
    }
    for o in lone_closers {
        let m = format!("后引号“{close}”前面没有对应的前引号“{open}”，请补上前引号或删去多余的引号。");
        sink.emit(doc, p, o, o + 1, QUOTES, m, None);
    }
    for u in unclosed {
        let m = format!("前引号“{open}”没有对应的后引号“{close}”，请在引用内容结束处补上。");
        sink.emit(doc, p, u, u + 1, QUOTES, m, None);
    }
}

/// (kind, is opening) of a bracket char; half- and full-width round brackets are one kind.
fn bracket_kind(c: char) -> Option<(u8, bool)> {
    Some(match c {
        '（' | '(' => (0, true),
        '）' | ')' => (0, false),
        '《' => (1, true),
        '》' => (1, false),
        '【' => (2, true),
        '】' => (2, false),
        '〔' => (3, true),
        '〕' => (3, false),
        _ => return None,
    })
}

const PAIRS: [(char, char); 4] = [('（', '）'), ('《', '》'), ('【', '】'), ('〔', '〕')];

fn bracket_pairs(doc: &Doc, sink: &mut Sink, p: usize) {
    let chars = &doc.paras[p].chars;
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut unclosed: Vec<(u8, usize)> = Vec::new();
    let mut orphans: Vec<(u8, usize)> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let Some((kind, opening)) = bracket_kind(c) else { continue };
        if opening {
            stack.push((kind, i));
            continue;
        }
        match stack.iter().rposition(|&(k, _)| k == kind) {
            Some(at) => {
                unclosed.extend(stack.drain(at + 1..));
                stack.pop();
            }
            None => orphans.push((kind, i)),
        }
    }
    unclosed.extend(stack);
    let mut all: Vec<(usize, String)> = Vec::new();
    for (kind, i) in unclosed {
        let (o, c) = PAIRS[usize::from(kind)];
        all.push((i, format!("“{}”没有对应的“{c}”，请补上或删去多余的“{o}”。", chars[i])));
    }
    for (kind, i) in orphans {
        let (o, _) = PAIRS[usize::from(kind)];
        all.push((i, format!("“{}”前面没有对应的“{o}”，请补上或删去多余的括号。", chars[i])));
    }
    crate::core::order::sort_by_key(&mut all, |(i, _)| [*i as u64, 0, 0, 0]);
    for (i, m) in all {
        sink.emit(doc, p, i, i + 1, BRACKETS, m, None);
    }
}
