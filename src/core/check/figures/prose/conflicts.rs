//! One quantity stated twice with two values (`figure-conflict`): “签订承诺书1095份” and later
//! “承诺书1100份”; and, in a draft, a prose figure that disagrees with the indicator entry of the
//! same name. Two statements are the same quantity only when their labels are the same words
//! (or one adds only a verb such as 签订、发放 in front), in the same measure word, and neither is
//! approximate, a share (其中), a change in amount (增加200件) or a period (上半年、1—9月). A rate or
//! a growth in per cent counts only when it says what it is of (一般公共预算收入完成率, 财政收入
//! 增长8%), by its label or by the amount just before it: a bare 完成率 in one chapter and another
//! in the key tasks are different quantities, never compared.

use super::super::ids;
use super::super::reading::Reading;
use super::super::relations::{in_unit_of, Sheet};
use super::super::measure;
use super::{Prose, Spot};
use std::borrow::Borrow;

/// A quantity stated in prose, with its place (char span within the text it was read from).
#[derive(Debug, Clone)]
pub struct Stated {
    /// What is counted: the label without connectives (承诺书, 签订承诺书, 办结率).
    pub key: String,
    pub reading: Reading,
    /// The figure as written (1095份).
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    /// Label and figure, for the finding's excerpt.
    pub excerpt: String,
}

/// Words in front of a label that do not change what is counted.
const CONNECTIVES: &[&str] = &[
    "截至目前", "截至年底", "与此同时", "同时", "此外", "另外", "并且", "先后", "共计", "合计", "总计", "累计", "全年",
    "今年", "年内", "目前", "全街道", "街道", "辖区", "并", "且", "还", "又", "已", "共", "均",
];

/// Verbs that may stand before a thing counted without changing it (签订承诺书 = 承诺书).
const PLAIN_VERBS: &[&str] = &[
    "签订", "签署", "发放", "印发", "分发", "张贴", "悬挂", "设置", "安装", "收到", "接到", "制作", "更新", "更换", "举办",
    "召开", "组织", "开展",
];

/// Labels that make a figure a share, a change, a period or an average: not a restatement.
const NOT_A_TOTAL: &[&str] = &[
    "其中", "同比", "环比", "上年", "去年", "较", "比", "增长", "增加", "下降", "减少", "提高", "降低", "新增", "月", "季度",
    "上半年", "下半年", "前三", "每", "平均", "人均", "户均", "第", "剩余", "未", "尚", "目标", "计划", "任务", "预计",
    "力争", "约",
];

/// Labels too generic to identify a quantity on their own (参加人员, 受益群众).
const GENERIC_ENDINGS: &[&str] = &["人员", "群众", "居民", "人数", "人次", "次数", "场次", "户数", "者", "活动", "资金", "金额", "面积", "总数", "数量"];

/// Words that qualify a rate without naming what it is of (全年完成率, 群众诉求办结率, 问题整改率).
const QUALIFIERS: &[&str] = &[
    "年度", "全年", "总体", "整体", "综合", "平均", "按期", "按时", "及时", "群众", "居民", "诉求", "事项", "问题", "工作",
];

/// Endings of a growth in per cent (财政收入同比增长8%), with what the key keeps of them.
const GROWTHS: &[(&str, &str)] = &[("增长率", "增长"), ("增长", "增长"), ("增幅", "增长"), ("下降", "下降"), ("降幅", "下降")];

/// Words between a subject and its growth that say only “compared with last year”.
const YEAR_ON_YEAR: &[&str] = &["同比", "比上年", "较上年", "比去年", "较去年"];

/// Trailing verbs of the amount a rate follows (一般公共预算收入完成3520万元，完成率110%).
const DONE_VERBS: &[&str] = &["实际完成", "累计完成", "完成", "实现", "达到"];

/// Chars that end a period just before a label: a figure of 1—9月 or 上半年 is not the year's.
const PERIOD_ENDS: &[char] = &['月', '日', '季', '周', '天'];

/// The statements of quantities in a text.
pub fn statements(text: &str) -> Vec<Stated> {
    if !super::has_digit(text) {
        return Vec::new();
    }
    statements_of(&Prose::read(text))
}

/// The statements of quantities in a text already read (see `statements`).
///
/// A rate or growth whose label does not say what it is of (完成率, 办结率, 同比增长) takes its
/// subject from the amount just before it in the clause group (一般公共预算收入完成3520万元，
/// 完成率110% states 一般公共预算收入完成率); without one it is not a statement: 完成率83.3% of a
/// key task and 完成率110% of the budget are different quantities.
pub(crate) fn statements_of(prose: &Prose) -> Vec<Stated> {
    let mut out = Vec::new();
    for (n, i) in prose.items.iter().enumerate() {
        if out.len() == 2000 {
            break;
        }
        if !i.exact() || i.figure.unit.is_empty() || after_period(prose, i.label_start) {
            continue;
        }
        let key = if i.is_percent() {
            match percent_key(&i.label) {
                Some(Keyed::Named(key)) => key,
                Some(Keyed::Generic(word)) => match subject_before(prose, n) {
                    Some(mut subject) => {
                        subject.push_str(&word);
                        subject
                    }
                    None => continue,
                },
                None => continue,
            }
        } else {
            if NOT_A_TOTAL.iter().any(|w| i.label_has(w)) {
                continue;
            }
            let Some(key) = key_of(&i.label) else { continue };
            key
        };
        out.push(Stated {
            key,
            reading: i.reading.clone(),
            text: i.found.text.clone(),
            start: i.start(),
            end: i.end(),
            sentence: i.sentence,
            excerpt: prose.excerpt(&[i]),
        });
    }
    out
}

/// What a percentage's label makes of it.
enum Keyed {
    /// A quantity named by the label itself (一般公共预算收入完成率, 财政收入增长).
    Named(String),
    /// A rate or growth that needs a subject (完成率, 增长).
    Generic(String),
}

/// The key of a percentage: a rate (…率) or a growth (…增长); `None` for any other share.
fn percent_key(label: &str) -> Option<Keyed> {
    let label = strip_connectives(label.trim());
    for &(ending, kept) in GROWTHS {
        let Some(subject) = label.strip_suffix(ending) else { continue };
        let subject = strip_words(subject, YEAR_ON_YEAR, true);
        if NOT_A_TOTAL.iter().any(|w| subject.contains(w)) || !all_han(subject) {
            return None;
        }
        if subject.chars().count() < 2 {
            return Some(Keyed::Generic(kept.to_string()));
        }
        let mut key = subject.to_string();
        key.push_str(kept);
        return Some(Keyed::Named(key));
    }
    let stem = label.strip_suffix('率')?;
    if NOT_A_TOTAL.iter().any(|w| stem.contains(w)) || !all_han(stem) {
        return None;
    }
    let bare = strip_words(stem, QUALIFIERS, false);
    if bare.is_empty() {
        None
    } else if bare.chars().count() <= 4 {
        // The words as written (按期办结率 is not 办结率).
        let mut word = stem.to_string();
        word.push('率');
        Some(Keyed::Generic(word))
    } else {
        Some(Keyed::Named(key_of(label)?))
    }
}

/// The subject a generic rate at `n` is of: the thing counted by the amount just before it in its
/// clause group, when that names one (not a target, a share or a bare verb).
fn subject_before(prose: &Prose, n: usize) -> Option<String> {
    let rate = prose.items.get(n)?;
    let before = prose.items.get(..n)?;
    let x = before.last().filter(|x| x.group == rate.group && !x.is_percent())?;
    if NOT_A_TOTAL.iter().any(|w| x.label_has(w)) {
        return None;
    }
    let mut subject = strip_connectives(x.label.trim());
    for v in DONE_VERBS {
        if let Some(rest) = subject.strip_suffix(v) {
            subject = rest;
            break;
        }
    }
    let key = key_of(subject)?;
    if GENERIC_ENDINGS.iter().any(|g| key.ends_with(g)) || matches!(percent_key(&key), Some(Keyed::Generic(_))) {
        return None;
    }
    Some(key)
}

/// Whether a label starts right after a period (1—9月财政收入增长8%): the figure is not the year's.
fn after_period(prose: &Prose, label_start: usize) -> bool {
    label_start.checked_sub(1).and_then(|k| prose.chars.get(k)).is_some_and(|c| PERIOD_ENDS.contains(c))
}

fn all_han(s: &str) -> bool {
    s.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

fn strip_connectives(label: &str) -> &str {
    strip_words(label, CONNECTIVES, false)
}

/// `s` without any of `words` in front (or at the end), repeatedly.
fn strip_words<'s>(mut s: &'s str, words: &[&str], from_end: bool) -> &'s str {
    loop {
        let before = s.len();
        for w in words {
            let rest = if from_end { s.strip_suffix(w) } else { s.strip_prefix(w) };
            s = rest.unwrap_or(s);
        }
        if s.len() == before {
            return s;
        }
    }
}

fn key_of(label: &str) -> Option<String> {
    let key: String = strip_connectives(label.trim()).chars().filter(|c| !c.is_whitespace()).collect();
    (all_han(&key) && key.chars().count() >= 3).then_some(key)
}

/// Whether two labels name the same quantity.
pub fn same_quantity(a: &str, b: &str) -> bool {
    let (short, long) = if a.chars().count() <= b.chars().count() { (a, b) } else { (b, a) };
    if short.chars().count() < 3 || GENERIC_ENDINGS.iter().any(|g| short.ends_with(g)) {
        return false;
    }
    if short == long {
        return true;
    }
    match long.strip_suffix(short) {
        Some(prefix) => PLAIN_VERBS.contains(&prefix),
        None => false,
    }
}

/// Whether two readings of the same quantity certainly differ.
fn differ(a: &Reading, b: &Reading) -> Option<Reading> {
    let b_in_a = in_unit_of(b, a)?;
    measure::disjoint(&a.measure, &b_in_a.measure).then_some(b_in_a)
}

/// `differ(a, b).is_some()` without building the converted reading (the comparison loop's test).
fn differs(a: &Reading, b: &Reading) -> bool {
    let mut m = b.measure;
    if b.unit != a.unit {
        let Some(scale) = crate::core::figures::convert(1.0, &b.unit, &a.unit) else { return false };
        m.value *= scale;
        m.half *= scale.abs();
    }
    measure::disjoint(&a.measure, &m)
}

/// Statements (with the index of the field they come from) that restate an earlier quantity with
/// another value; each reported once, at the later statement.
pub fn conflicts<S: Borrow<Stated>>(items: &[(usize, S)]) -> Vec<(usize, Spot)> {
    let mut borrowed = Vec::with_capacity(items.len());
    for (f, s) in items {
        borrowed.push((*f, s.borrow()));
    }
    conflicts_of(&borrowed)
}

/// `conflicts` on borrowed statements (one copy of the work for every caller).
pub(crate) fn conflicts_of(items: &[(usize, &Stated)]) -> Vec<(usize, Spot)> {
    let mut out = Vec::new();
    // Keys repeat (one quantity in many points): each distinct key gets a number, and each
    // distinct earlier key is judged once per statement (`judged[key] = (statement, same)`).
    let mut keys: Vec<&str> = Vec::with_capacity(items.len());
    let mut endings: Vec<&str> = Vec::with_capacity(items.len());
    for (_, s) in items {
        keys.push(&s.key);
        endings.push(ending(&s.key));
    }
    let (key_of, distinct) = numbered(&keys);
    // `same_quantity` needs one key (of 3 chars or more) to end with the other, so only keys with
    // the same last three chars can meet: compare each statement with the earlier ones of its
    // ending, in order, instead of with every earlier one (a long draft has thousands).
    let (ending_of, distinct_endings) = numbered(&endings);
    let mut by_ending: Vec<Vec<usize>> = vec![Vec::new(); distinct_endings];
    let mut judged: Vec<(usize, bool)> = vec![(usize::MAX, false); distinct];
    for (k, (field, later)) in items.iter().enumerate() {
        let Some(bucket) = ending_of.get(k).and_then(|&e| by_ending.get_mut(e)) else { continue };
        let mut earlier = None;
        for &j in bucket.iter() {
            let (Some((f, e)), Some(&key)) = (items.get(j), key_of.get(j)) else { continue };
            if f == field && e.sentence == later.sentence {
                continue;
            }
            let same = match judged.get(key) {
                Some(&(at, same)) if at == k => same,
                _ => {
                    let same = same_quantity(&e.key, &later.key);
                    if let Some(slot) = judged.get_mut(key) {
                        *slot = (k, same);
                    }
                    same
                }
            };
            if same && differs(&e.reading, &later.reading) {
                earlier = Some(j);
                break;
            }
        }
        bucket.push(k);
        if let Some((_, first)) = earlier.and_then(|j| items.get(j)) {
            let name = if first.key.chars().count() <= later.key.chars().count() { &first.key } else { &later.key };
            out.push((
                *field,
                Spot {
                    rule: ids::FIGURE_CONFLICT,
                    message: format!("“{name}”前文写为{}，这里写为{}。同一数据应前后一致，请核对后统一。", first.text, later.text),
                    start: later.start,
                    end: later.end,
                    excerpt: later.excerpt.clone(),
                    suggestion: None,
                },
            ));
        }
    }
    out
}

/// A number for each of `keys`, the same for equal keys (in order of first appearance), and how
/// many distinct keys there are.
fn numbered(keys: &[&str]) -> (Vec<usize>, usize) {
    // (key, number) sorted by key: a hash map would bring in code of its own.
    let mut seen: Vec<(&str, usize)> = Vec::new();
    let mut numbers = Vec::with_capacity(keys.len());
    for &key in keys {
        let n = match seen.binary_search_by(|&(s, _)| s.cmp(key)) {
            Ok(i) => seen.get(i).map_or(0, |&(_, n)| n),
            Err(i) => {
                let n = seen.len();
                seen.insert(i, (key, n));
                n
            }
        };
        numbers.push(n);
    }
    (numbers, seen.len())
}

/// The last three chars of a key (the whole key when shorter).
fn ending(key: &str) -> &str {
    key.char_indices().rev().nth(2).and_then(|(i, _)| key.get(i..)).unwrap_or(key)
}

/// Prose statements that disagree with the draft's indicator entry of the same name.
pub fn against_indicators<S: Borrow<Stated>>(items: &[(usize, S)], sheet: &Sheet<'_>) -> Vec<(usize, Spot)> {
    let mut out = Vec::new();
    for (field, s) in items {
        if let Some(spot) = against_indicator(s.borrow(), sheet) {
            out.push((*field, spot));
        }
    }
    out
}

/// The `figure-conflict` of one prose statement with the indicator entry of the same name, if any.
pub(crate) fn against_indicator(s: &Stated, sheet: &Sheet<'_>) -> Option<Spot> {
    let row = sheet.rows.iter().find(|r| same_quantity(&r.spec.name, &s.key))?;
    let entry = row.value.value()?;
    if entry.approximate {
        return None;
    }
    let entry_here = differ(&s.reading, entry)?;
    let suggestion = if s.reading.unit == "%" {
        format!("{}%", measure::fixed(entry.measure.value, entry.figure.decimals))
    } else {
        format!("{}{}", measure::plain(entry_here.measure.value), s.reading.unit)
    };
    Some(Spot {
        rule: ids::FIGURE_CONFLICT,
        message: format!("“{}”在指标中填写为{}，这里写为{}。请统一为同一数值。", row.spec.name, entry.with_unit(), s.text),
        start: s.start,
        end: s.end,
        excerpt: s.excerpt.clone(),
        suggestion: Some(suggestion),
    })
}
