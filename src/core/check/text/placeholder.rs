//! `placeholder`: redaction and to-do marks left in the text — `*`, `**`, `X`/`XX`/`XXX`, `××`,
//! `某某`, `**.**%`, `〇〇`, `□`, `##…##`, `？？`, 待补充 — but not an `x` in a Latin word, a
//! multiplication sign between digits, 某 alone (某些) or 〇 in a written year (二〇〇八年).

use super::{is_digit, is_han, slice, Doc, PhraseSet, Sink};

const RULE: &str = "placeholder";

const TODO_WORDS: &[&str] = &["待补充", "待填写", "待核实", "待完善", "此处填写", "此处填入", "（待定）", "【待定】"];

fn is_x(c: char) -> bool {
    matches!(c, 'X' | 'x' | 'Ｘ' | 'ｘ' | '×')
}

fn is_star(c: char) -> bool {
    matches!(c, '*' | '＊')
}

fn is_circle(c: char) -> bool {
    matches!(c, '〇' | '○')
}

fn is_chinese_digit(c: char) -> bool {
    matches!(c, '〇' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')
}

/// End of a run of chars satisfying `f` from `i`.
fn run_end(chars: &[char], i: usize, f: impl Fn(char) -> bool) -> usize {
    let mut j = i;
    while j < chars.len() && f(chars[j]) {
        j += 1;
    }
    j
}

pub(super) fn run(doc: &Doc, sink: &mut Sink) {
    if !sink.enabled(RULE) {
        return;
    }
    // Built once: a draft check runs this on every field.
    static TODO: std::sync::OnceLock<PhraseSet> = std::sync::OnceLock::new();
    let todo = TODO.get_or_init(|| PhraseSet::new(TODO_WORDS));
    for (p, para) in doc.paras.iter().enumerate() {
        let chars = &para.chars;
        let mut found: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let prev = if i > 0 { chars.get(i - 1).copied() } else { None };
            if is_star(c) {
                // A star token: stars with the digits and point between or after them (**.**%, *5).
                let mut j = run_end(chars, i, |c| is_star(c) || is_digit(c) || c == '.');
                if chars.get(j) == Some(&'%') || chars.get(j) == Some(&'％') {
                    j += 1;
                }
                let mut a = i;
                while a > 0 && is_digit(chars[a - 1]) {
                    a -= 1;
                }
                found.push((a, j));
                i = j;
                continue;
            }
            if is_x(c) {
                let j = run_end(chars, i, is_x);
                let next = chars.get(j).copied();
                let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic() || c == '-' || c == '_');
                let single = j - i == 1;
                let between_digits = prev.is_some_and(is_digit) && next.is_some_and(is_digit);
                let xray = next.is_some_and(|n| n == '光' || n == '射');
                // A single × is a multiplication sign (3×4, 长×宽) unless it stands for a number (×月×日).
                let stands_for_number = next.is_some_and(|n| "月日年号个人户件次名家处条项万元".contains(n));
                let times = c == '×' && !stands_for_number;
                let ok = latin(prev) || latin(next) || (single && (between_digits || times)) || xray;
                if !ok {
                    found.push((i, j));
                }
                i = j;
                continue;
            }
            if c == '某' && chars.get(i + 1) == Some(&'某') {
                let j = run_end(chars, i, |c| c == '某');
                found.push((i, j));
                i = j;
                continue;
            }
            if is_circle(c) {
                let j = run_end(chars, i, is_circle);
                let next = chars.get(j).copied();
                let in_number = prev.is_some_and(is_chinese_digit) || next.is_some_and(|n| is_chinese_digit(n) || n == '年');
                if j - i >= 2 && !in_number {
                    found.push((i, j));
                }
                i = j;
                continue;
            }
            if c == '□' {
                let j = run_end(chars, i, |c| c == '□');
                found.push((i, j));
                i = j;
                continue;
            }
            if (c == '#' || c == '＃') && matches!(chars.get(i + 1), Some('#' | '＃')) {
                // ##名称## as one mark when it closes within 20 chars.
                let mut j = run_end(chars, i, |c| c == '#' || c == '＃');
                let close = (j..(j + 20).min(chars.len())).find(|&k| {
                    matches!(chars.get(k), Some('#' | '＃')) && matches!(chars.get(k + 1), Some('#' | '＃'))
                });
                if let Some(k) = close {
                    if chars[j..k].iter().all(|&c| is_han(c) || c.is_alphanumeric()) {
                        j = run_end(chars, k, |c| c == '#' || c == '＃');
                    }
                }
                found.push((i, j));
                i = j;
                continue;
            }
            if matches!(c, '?' | '？') && matches!(chars.get(i + 1), Some('?' | '？')) {
                let j = run_end(chars, i, |c| c == '?' || c == '？');
                found.push((i, j));
                i = j;
                continue;
            }
            i += 1;
        }
        for (k, at) in todo.find_all(chars) {
            found.push((at, at + todo.len_of(k)));
        }
        crate::core::order::sort_by_key(&mut found, |&(a, b)| [a as u64, b as u64, 0, 0]);
        for (a, b) in found {
            let mark = slice(chars, a, b);
            let message = format!("“{mark}”是未替换的占位符，请填入实际的名称或数字后再定稿。");
            sink.emit(doc, p, a, b, RULE, message, None);
        }
    }
}
