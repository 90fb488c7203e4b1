//! Parts larger than their whole in prose: “共排查商户1095家，其中餐饮1200家”, and a count done
//! larger than the count it is done out of (“受理94件，办结97件”), within one clause group.
//! Reports `part-exceeds-whole`.

use super::super::ids;
use super::super::measure;
use super::super::relations::in_unit_of;
use super::rates::{names_part, PAIRS};
use super::{Item, Prose, Spot};

pub(super) fn check(prose: &Prose, out: &mut Vec<Spot>) {
    among(prose, out);
    done_out_of(prose, out);
}

/// `…T…，其中A…` : every part after 其中 in the group is at most the total before it.
fn among(prose: &Prose, out: &mut Vec<Spot>) {
    let items = &prose.items;
    for (i, part) in items.iter().enumerate() {
        if part.is_percent() || !part.exact() {
            continue;
        }
        // The part's clause starts with 其中 (possibly after an earlier part of the same list).
        let Some(q) = qizhong_before(prose, part) else { continue };
        let mut total = None;
        for t in items[..i].iter().rev() {
            if t.end() <= q && !t.is_percent() {
                total = Some(t);
                break;
            }
        }
        let Some(total) = total else { continue };
        if total.group != part.group || !total.exact() || prose.crosses_group(total.end(), part.start()) {
            continue;
        }
        let Some(p) = in_unit_of(&part.reading, &total.reading) else { continue };
        if measure::exceeds(&p.measure, &total.reading.measure) {
            // (A `strip_prefix` loop, not `trim_start_matches`, whose generic copy costs 1 KB of wasm.)
            let mut name = part.label.as_str();
            while let Some(rest) = name.strip_prefix("其中") {
                name = rest;
            }
            let part_name = if name.is_empty() { "其中一项" } else { name };
            out.push(Spot {
                rule: ids::PART_EXCEEDS_WHOLE,
                message: format!(
                    "“其中”一项不能大于总数：{part_name}{}，总数只有{}。请核对这两个数。",
                    part.found.text, total.found.text
                ),
                start: part.start(),
                end: part.end(),
                excerpt: prose.excerpt(&[total, part]),
                suggestion: None,
            });
        }
    }
}

/// The char position of a 其中 that opens the part's clause list, if any.
fn qizhong_before(prose: &Prose, part: &Item) -> Option<usize> {
    let chars = &prose.chars;
    let mut k = part.label_start;
    // Walk back over the list the part belongs to (、 or ， separated) to the 其中 that opens it.
    loop {
        let label: String = chars.get(k..part.start()).unwrap_or_default().iter().collect();
        if label.starts_with("其中") {
            return Some(k);
        }
        if k < 2 {
            return None;
        }
        let sep = chars.get(k - 1).copied()?;
        if !matches!(sep, '、' | '，' | ',') {
            return None;
        }
        // The previous list member: it must itself be a figure of the list.
        let mut prev = None;
        for x in prose.items.iter().rev() {
            if x.end() < k {
                prev = Some(x);
                break;
            }
        }
        let prev = prev?;
        if prev.end() != k - 1 || prev.group != part.group {
            return None;
        }
        k = prev.label_start;
        let label: String = chars.get(k..prev.start()).unwrap_or_default().iter().collect();
        if label.starts_with("其中") {
            return Some(k);
        }
    }
}

/// “受理94件，办结97件”: the count done right after the count it is done out of.
fn done_out_of(prose: &Prose, out: &mut Vec<Spot>) {
    let items = &prose.items;
    for (i, part) in items.iter().enumerate() {
        if part.is_percent() || !part.exact() {
            continue;
        }
        let Some((verb, wholes)) = PAIRS.iter().find(|(v, _)| names_part(part, v)) else { continue };
        let mut whole = None;
        for x in items[..i].iter().rev() {
            if !x.is_percent() {
                whole = Some(x);
                break;
            }
        }
        let Some(whole) = whole else { continue };
        let Some(word) = wholes.iter().find(|w| whole.label_has(w)) else { continue };
        if whole.group != part.group || whole.label_has(verb) || !whole.exact() || whole.figure.unit != part.figure.unit {
            continue;
        }
        if part.label_has("其中") || (part.label_has("累计") && !whole.label_has("累计")) || carries_over(prose, part) {
            continue;
        }
        if measure::exceeds(&part.reading.measure, &whole.reading.measure) {
            let short = super::rates::short_stem(&part.label, verb);
            out.push(exceeds(prose, part, whole, &format!("{short}数"), &format!("{word}数")));
        }
    }
}

/// Words saying the count done includes earlier years' cases (办结97件，含上年结转3件): then it
/// may exceed this year's count received.
const CARRIED_OVER: &[&str] = &["结转", "历年", "往年", "含上年", "包括上年", "存量"];

/// Whether the sentence of `item` says counts carry over from earlier years.
pub(super) fn carries_over(prose: &Prose, item: &Item) -> bool {
    let start = prose.items.iter().find(|x| x.sentence == item.sentence).map(|x| x.label_start).unwrap_or(0);
    let rest = prose.slice(start, prose.chars.len());
    let sentence = rest.split(['。', '！', '？', '\n']).next().unwrap_or("");
    CARRIED_OVER.iter().any(|w| sentence.contains(w))
}

/// “办结数不能大于受理数：办结数97件，受理数94件。”
pub(super) fn exceeds(prose: &Prose, part: &Item, whole: &Item, part_name: &str, whole_name: &str) -> Spot {
    Spot {
        rule: ids::PART_EXCEEDS_WHOLE,
        message: format!(
            "{part_name}不能大于{whole_name}：{part_name}{}，{whole_name}{}。请核对这两个数。",
            part.found.text, whole.found.text
        ),
        start: part.start(),
        end: part.end(),
        excerpt: prose.excerpt(&[whole, part]),
        suggestion: None,
    }
}
