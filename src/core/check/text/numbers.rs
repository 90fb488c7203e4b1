//! Numbers per GB/T 15835, read with `figures::find_figures`: `approximation-conflict`
//! (近500多米, 约860余吨, 超过1000人以上), `approximate-exact` (1764多吨), `large-number-format`
//! (1152000元 → 115.2万元), `range-dash` (1-9月 → 1—9月, 15%-30% → 15%～30%) and
//! `unit-notation-mix` (公里 and 千米 in one report: always towards the standard spelling). Relations between figures are the figure
//! rules' job.

use super::{slice, Doc, Sink};
use crate::core::figures::{format_large, magnitude_word, split_magnitude, standard_unit_spelling, FigureKind, FoundFigure};

const CONFLICT: &str = "approximation-conflict";
const EXACT: &str = "approximate-exact";
const LARGE: &str = "large-number-format";
const RANGE: &str = "range-dash";
const UNITS: &str = "unit-notation-mix";

/// Spellings of one unit, the standard one first (as `standard_unit_spelling` has it);
/// `nonstandard-unit` handles colloquial ones such as 平米.
const FAMILIES: &[&[&str]] = &[&["平方米", "㎡", "m²"], &["公里", "千米", "km"], &["千克", "公斤", "kg"], &["立方米", "m³"]];

/// A unit spelling used in the report: (family, spelling, paragraph, start, end).
type UnitHit = (usize, usize, usize, usize, usize);

pub(super) fn run(doc: &Doc, sink: &mut Sink) {
    let rules = [sink.enabled(CONFLICT), sink.enabled(EXACT), sink.enabled(LARGE), sink.enabled(RANGE), sink.enabled(UNITS)];
    if !rules.iter().any(|&on| on) {
        return;
    }
    let mut units: Vec<UnitHit> = Vec::new();
    for (p, para) in doc.paras.iter().enumerate() {
        if !para.chars.iter().any(|c| c.is_ascii_digit() || ('０'..='９').contains(c)) {
            continue;
        }
        for f in para.figures() {
            if matches!(f.kind, FigureKind::Code | FigureKind::Ordinal | FigureKind::Time) {
                continue;
            }
            if rules[0] || rules[1] {
                approximations(doc, sink, p, f);
            }
            if rules[2] {
                large_number(doc, sink, p, f);
            }
            if rules[3] {
                range_dash(doc, sink, p, f);
            }
            if rules[4] {
                unit_hit(&para.chars, p, f, &mut units);
            }
        }
    }
    if rules[4] {
        unit_mix(doc, sink, &units);
    }
}

fn approximations(doc: &Doc, sink: &mut Sink, p: usize, f: &FoundFigure) {
    if !f.is_amount() {
        return;
    }
    let chars = &doc.paras[p].chars;
    if f.approx.len() >= 2 {
        let (first, second) = (&f.approx[0].word, &f.approx[1].word);
        let a = f.start.min(f.approx[0].start);
        let b = f.end.max(f.approx.iter().map(|w| w.end).max().unwrap_or(f.end));
        let later = &f.approx[1..];
        let fixed: String = (a..b)
            .filter(|&i| !later.iter().any(|w| i >= w.start && i < w.end))
            .filter_map(|i| chars.get(i))
            .collect();
        let phrase = slice(chars, a, b);
        let m = format!("“{phrase}”同时用了“{first}”和“{second}”两个约数词，只能保留一个，如“{fixed}”。");
        sink.emit(doc, p, a, b, CONFLICT, m, Some(fixed));
        return;
    }
    let Some(word) = f.approx.first().filter(|w| matches!(w.word.as_str(), "多" | "余")) else { return };
    if f.range_to.is_some() || magnitude_word(&f.unit).is_some() || word.start != f.number_end {
        return;
    }
    let exact = f.decimals > 0 || (f.value >= 10.0 && !crate::core::figures::decimal::is_multiple_of_ten(f.value));
    if exact {
        let digits = slice(chars, f.number_start, f.number_end);
        let phrase = slice(chars, f.number_start, word.end);
        let w = &word.word;
        let m = format!("“{phrase}”中的{digits}是精确数，后面不宜再加“{w}”：确知数字时删去“{w}”，否则改用整数加“{w}”。");
        sink.emit(doc, p, f.number_start, word.end, EXACT, m, Some(digits));
    }
}

fn large_number(doc: &Doc, sink: &mut Sink, p: usize, f: &FoundFigure) {
    if f.kind != FigureKind::Quantity || f.decimals > 0 || f.range_to.is_some() {
        return;
    }
    let chars = &doc.paras[p].chars;
    let (factor, base) = split_magnitude(&f.unit);
    if base.is_empty() && f.approx.is_empty() && factor == 1.0 {
        return; // a bare number may be a code or an id
    }
    let wan_right_after = chars.get(f.number_end) == Some(&'万') && chars.get(f.number_end + 1) != Some(&'亿');
    let (end, value) = if factor == 1.0 && f.value >= 1e5 {
        (f.number_end, f.value)
    } else if wan_right_after && f.value >= 1e4 {
        (f.number_end + 1, f.value * 1e4)
    } else {
        return;
    };
    let fixed = format_large(value, "");
    let written = slice(chars, f.number_start, end);
    let m = format!("“{written}”数值较大，宜以“万”“亿”为单位书写，写作“{fixed}”。");
    sink.emit(doc, p, f.number_start, end, LARGE, m, Some(fixed));
}

fn range_dash(doc: &Doc, sink: &mut Sink, p: usize, f: &FoundFigure) {
    if f.range_to.is_none() {
        return;
    }
    let chars = &doc.paras[p].chars;
    let Some(at) = (f.number_end..f.end).find(|&i| matches!(chars.get(i), Some('-' | '－' | '~' | '〜' | '–'))) else {
        return;
    };
    let (_, base) = split_magnitude(&f.unit);
    let time = matches!(f.kind, FigureKind::Date | FigureKind::Year)
        || matches!(base, "月" | "日" | "年" | "年度" | "季度" | "时" | "号" | "周");
    let right = if time { "—" } else { "～" };
    let range = slice(chars, f.number_start, f.end);
    let dash = chars[at];
    let m = format!("“{range}”表示范围，连接号应使用“{right}”，不用“{dash}”。");
    sink.emit(doc, p, at, at + 1, RANGE, m, Some(right.to_string()));
}

fn unit_hit(chars: &[char], p: usize, f: &FoundFigure, hits: &mut Vec<UnitHit>) {
    let (_, base) = split_magnitude(&f.unit);
    for (fam, spellings) in FAMILIES.iter().enumerate() {
        let Some(k) = spellings.iter().position(|s| *s == base) else { continue };
        let len = base.chars().count();
        let found = (f.number_end..f.end).find(|&i| super::has_at(chars, i, base));
        if let Some(a) = found {
            hits.push((fam, k, p, a, a + len));
        }
    }
}

fn unit_mix(doc: &Doc, sink: &mut Sink, hits: &[UnitHit]) {
    // A spelling the standard-spelling table corrects (㎡, km, kg, m³) is already flagged by
    // `nonstandard-unit`, with the same correction: one finding per spot is enough.
    let corrected_elsewhere = sink.enabled(crate::core::check::figures::ids::NONSTANDARD_UNIT);
    for (fam, spellings) in FAMILIES.iter().enumerate() {
        let mut used: Vec<usize> = Vec::new();
        for h in hits.iter().filter(|h| h.0 == fam) {
            if !used.contains(&h.1) {
                used.push(h.1);
            }
        }
        if used.len() < 2 {
            continue;
        }
        let standard = standard_spelling(spellings);
        let mut listed = String::new();
        for &k in &used {
            listed.push('“');
            listed.push_str(spellings[k]);
            listed.push('”');
        }
        for &(_, k, p, a, b) in hits.iter().filter(|h| h.0 == fam && spellings[h.1] != standard) {
            if corrected_elsewhere && standard_unit_spelling(spellings[k]).is_some() {
                continue;
            }
            let mut m = String::from("同一单位在文中有");
            m.push_str(&listed);
            m.push_str(match used.len() {
                2 => "两种写法，请统一写作规范的“",
                3 => "三种写法，请统一写作规范的“",
                _ => "多种写法，请统一写作规范的“",
            });
            m.push_str(standard);
            m.push_str("”。");
            sink.emit(doc, p, a, b, UNITS, m, Some(standard.to_string()));
        }
    }
}

/// The standard spelling of a family: the one `standard_unit_spelling` turns the others into
/// (so this rule and `nonstandard-unit` never propose opposite fixes); the first listed when the
/// table names none.
fn standard_spelling(spellings: &'static [&'static str]) -> &'static str {
    for s in spellings {
        if let Some(to) = standard_unit_spelling(s) {
            if let Some(k) = spellings.iter().find(|k| **k == to) {
                return k;
            }
        }
    }
    spellings.first().copied().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_family_has_one_standard_spelling_that_the_table_keeps() {
        for spellings in FAMILIES {
            let standard = standard_spelling(spellings);
            assert_eq!(standard, spellings[0], "the standard spelling is listed first");
            assert_eq!(standard_unit_spelling(standard), None, "{standard} is not corrected further");
            for s in spellings.iter() {
                let to = standard_unit_spelling(s);
                assert!(to.is_none() || to.as_deref() == Some(standard), "{s} → {to:?}, not {standard}");
            }
        }
    }
}
