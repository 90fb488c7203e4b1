//! Numbers per GB/T 15835: `approximation-conflict` (近500多米, 约860余吨, 超过1000人以上),
//! `approximate-exact` (1764多吨), `large-number-format` (1152000元 → 115.2万元), `range-dash`
//! (1-9月 → 1—9月, 15%-30% → 15%～30%) and `unit-notation-mix` (平方米 and ㎡ in one report).
//! It only locates digit runs; reading figures and their relations is the figure rules' job.

use super::{digit_value, ends_at, has_at, is_digit, is_han, slice, Doc, Sink};

const CONFLICT: &str = "approximation-conflict";
const EXACT: &str = "approximate-exact";
const LARGE: &str = "large-number-format";
const RANGE: &str = "range-dash";
const UNITS: &str = "unit-notation-mix";

/// A run of digits as written (with its decimal point and thousands commas).
struct Num {
    start: usize,
    end: usize,
    /// Integer digits without commas ("" for .5).
    int: String,
    has_decimal: bool,
}

fn numbers(chars: &[char]) -> Vec<Num> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_digit(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut int = String::new();
        let mut has_decimal = false;
        while i < chars.len() {
            let c = chars[i];
            let next_digit = chars.get(i + 1).is_some_and(|&n| is_digit(n));
            if is_digit(c) {
                if !has_decimal {
                    int.push(char::from_digit(digit_value(c), 10).unwrap_or('0'));
                }
            } else if (c == '.' || c == '．') && next_digit && !has_decimal {
                has_decimal = true;
            } else if c == ',' && next_digit && !has_decimal && chars.get(i + 1..i + 4).is_some_and(|s| s.iter().all(|&d| is_digit(d))) && chars.get(i + 4).is_none_or(|&d| !is_digit(d)) {
                // thousands separator
            } else {
                break;
            }
            i += 1;
        }
        let latin_before = start > 0 && chars[start - 1].is_ascii_alphabetic();
        let latin_after = chars.get(i).is_some_and(|c| c.is_ascii_alphabetic() && !matches!(c, 'k' | 'm' | 'K'));
        if !latin_before && !latin_after {
            out.push(Num { start, end: i, int, has_decimal });
        }
    }
    out
}

const MULTIPLIERS: &[char] = &['十', '百', '千', '万', '亿'];
const PREFIXES: &[&str] = &["将近", "接近", "大约", "超过", "不到", "不足", "约", "近", "逾", "超"];
const TRAILING: &[&str] = &["以上", "左右", "上下"];

/// The approximation word just before a number, if any: (word, start).
fn prefix_at(chars: &[char], start: usize) -> Option<(&'static str, usize)> {
    let word = PREFIXES.iter().find(|w| ends_at(chars, start, w))?;
    let at = start - word.chars().count();
    let before = if at > 0 { chars.get(at - 1).copied() } else { None };
    let false_friend = match *word {
        "近" => before.is_some_and(|c| matches!(c, '最' | '附' | '临' | '靠' | '邻' | '就' | '贴' | '亲')),
        "约" => before.is_some_and(|c| matches!(c, '节' | '签' | '预' | '制' | '公' | '条' | '履' | '违' | '集' | '相' | '特' | '合' | '守')),
        "超" => before.is_some_and(|c| matches!(c, '赶' | '高' | '追')),
        _ => false,
    };
    (!false_friend).then_some((word, at))
}

pub(super) fn run(doc: &Doc, sink: &mut Sink) {
    let numeric = [CONFLICT, EXACT, LARGE, RANGE].iter().any(|r| sink.enabled(r));
    if numeric {
        for p in 0..doc.paras.len() {
            let chars = &doc.paras[p].chars;
            if !chars.iter().any(|&c| is_digit(c)) {
                continue;
            }
            let nums = numbers(chars);
            for n in &nums {
                approximations(doc, sink, p, n);
                large_number(doc, sink, p, n);
            }
            range_dashes(doc, sink, p);
        }
    }
    if sink.enabled(UNITS) {
        unit_mix(doc, sink);
    }
}

fn approximations(doc: &Doc, sink: &mut Sink, p: usize, n: &Num) {
    let chars = &doc.paras[p].chars;
    let mut after = n.end;
    let multiplied = chars.get(after).is_some_and(|c| MULTIPLIERS.contains(c));
    while chars.get(after).is_some_and(|c| MULTIPLIERS.contains(c)) {
        after += 1;
    }
    let suffix = match chars.get(after) {
        Some('多') => Some(("多", after)),
        Some('余') => Some(("余", after)),
        _ => None,
    };
    // 以上/左右/上下 after a short unit: 1000人以上, 50人左右.
    let mut trailing = None;
    let mut k = suffix.map(|(_, at)| at + 1).unwrap_or(after);
    let limit = (k + 5).min(chars.len());
    while k < limit {
        if let Some(w) = TRAILING.iter().find(|w| has_at(chars, k, w)) {
            trailing = Some((*w, k));
            break;
        }
        if !is_han(chars[k]) {
            break;
        }
        k += 1;
    }
    let prefix = prefix_at(chars, n.start);
    let words: Vec<(&str, usize)> = [prefix, suffix, trailing].into_iter().flatten().collect();
    if words.len() >= 2 {
        let (first, a) = words[0];
        let (second, at2) = words[1];
        let end = words.last().map(|(w, at)| at + w.chars().count()).unwrap_or(n.end);
        let mut fixed = String::new();
        for (i, &c) in chars.iter().enumerate().take(end).skip(a) {
            let in_later = words[1..].iter().any(|(w, at)| i >= *at && i < at + w.chars().count());
            if !in_later {
                fixed.push(c);
            }
        }
        let phrase = slice(chars, a, end);
        let m = format!("“{phrase}”同时用了“{first}”和“{second}”两个约数词，只能保留一个，如“{fixed}”。");
        let _ = at2;
        sink.emit(doc, p, a, end, CONFLICT, m, Some(fixed));
        return;
    }
    if let Some((word, at)) = suffix {
        if multiplied {
            return;
        }
        let value: u64 = n.int.parse().unwrap_or(0);
        let exact = n.has_decimal || (value >= 10 && value % 10 != 0);
        if exact {
            let digits = slice(chars, n.start, n.end);
            let phrase = slice(chars, n.start, at + 1);
            let m = format!(
                "“{phrase}”中的{digits}是精确数，后面不宜再加“{word}”：确知数字时删去“{word}”，否则改用整数加“{word}”。"
            );
            sink.emit(doc, p, n.start, at + 1, EXACT, m, Some(digits));
        }
    }
}

/// 1152000 → "115.2万", 250000000 → "2.5亿".
fn wan_yi(digits: &str, scale_wan: bool) -> Option<String> {
    let v: u128 = digits.parse().ok()?;
    let v = if scale_wan { v * 10_000 } else { v };
    let (div, unit) = if v >= 100_000_000 { (100_000_000u128, "亿") } else { (10_000u128, "万") };
    let (q, r) = (v / div, v % div);
    let width = if div == 10_000 { 4 } else { 8 };
    let frac = format!("{r:0width$}");
    let frac = frac.trim_end_matches('0');
    Some(if frac.is_empty() { format!("{q}{unit}") } else { format!("{q}.{frac}{unit}") })
}

fn large_number(doc: &Doc, sink: &mut Sink, p: usize, n: &Num) {
    if n.has_decimal || !sink.enabled(LARGE) {
        return;
    }
    let chars = &doc.paras[p].chars;
    let next = chars.get(n.end).copied();
    let code_before = ["电话", "邮编", "编号", "号码", "代码", "编码", "账号", "第", "No", "№"].iter().any(|w| {
        let from = n.start.saturating_sub(5);
        chars.get(from..n.start).is_some_and(|s| s.iter().collect::<String>().contains(w))
    });
    let prev = if n.start > 0 { chars.get(n.start - 1).copied() } else { None };
    if code_before || n.int.starts_with('0') || prev.is_some_and(|c| matches!(c, '-' | '#' | '/' | '.')) {
        return;
    }
    let Some(next) = next else { return };
    if next == '万' && n.int.len() >= 5 && chars.get(n.end + 1) != Some(&'亿') {
        if let Some(fixed) = wan_yi(&n.int, true) {
            let written = slice(chars, n.start, n.end + 1);
            let m = format!("“{written}”数值较大，宜以“亿”为单位，写作“{fixed}”。");
            sink.emit(doc, p, n.start, n.end + 1, LARGE, m, Some(fixed));
        }
        return;
    }
    if n.int.len() < 6 || !is_han(next) || MULTIPLIERS.contains(&next) || next == '年' {
        return;
    }
    if let Some(fixed) = wan_yi(&n.int, false) {
        let written = slice(chars, n.start, n.end);
        let m = format!("“{written}”数值较大，宜以“万”“亿”为单位，写作“{fixed}”。");
        sink.emit(doc, p, n.start, n.end, LARGE, m, Some(fixed));
    }
}

fn range_dashes(doc: &Doc, sink: &mut Sink, p: usize) {
    if !sink.enabled(RANGE) {
        return;
    }
    let chars = &doc.paras[p].chars;
    for i in 1..chars.len() {
        let c = chars[i];
        if !matches!(c, '-' | '－' | '~' | '〜' | '–') {
            continue;
        }
        // Left: digits (optionally with a point and a trailing %).
        let mut l = i;
        let percent_left = matches!(chars[l - 1], '%' | '％');
        if percent_left {
            l -= 1;
        }
        let left_end = l;
        while l > 0 && (is_digit(chars[l - 1]) || chars[l - 1] == '.') {
            l -= 1;
        }
        let left_len = left_end - l;
        if left_len == 0 || left_len > 5 || (left_len > 1 && chars[l] == '0') {
            continue;
        }
        if l > 0 && (chars[l - 1].is_ascii_alphanumeric() || matches!(chars[l - 1], '-' | '－' | '/' | '.')) {
            continue;
        }
        // Right: digits, then a unit in Chinese or %.
        let mut r = i + 1;
        while r < chars.len() && (is_digit(chars[r]) || chars[r] == '.') {
            r += 1;
        }
        let right_len = r - i - 1;
        if right_len == 0 || right_len > 5 {
            continue;
        }
        let after = chars.get(r).copied();
        let unit_ok = after.is_some_and(|a| is_han(a) || matches!(a, '%' | '％'));
        let date_like = chars.get(r + 1).is_some_and(|&a| matches!(a, '-' | '－')) || matches!(after, Some('-' | '－'));
        if !unit_ok || date_like {
            continue;
        }
        let time = after.is_some_and(|a| matches!(a, '月' | '日' | '年' | '时' | '号' | '周' | '季' | '点'));
        let right = if time { "—" } else { "～" };
        let range = slice(chars, l, r + usize::from(after.is_some_and(|a| matches!(a, '%' | '％'))));
        let m = format!("“{range}”表示数值范围，连接号应使用“{right}”，不用“{c}”。");
        sink.emit(doc, p, i, i + 1, RANGE, m, Some(right.to_string()));
    }
}

/// Spellings of one unit; the first is the standard one.
const FAMILIES: &[&[&str]] = &[
    &["平方米", "㎡", "m²", "m2", "平米"],
    &["公里", "千米", "km"],
    &["千克", "公斤", "kg"],
    &["立方米", "m³", "㎥"],
];

fn unit_mix(doc: &Doc, sink: &mut Sink) {
    for family in FAMILIES {
        // (spelling index, paragraph, start, end)
        let mut hits: Vec<(usize, usize, usize, usize)> = Vec::new();
        for (p, para) in doc.paras.iter().enumerate() {
            let chars = &para.chars;
            for i in 1..chars.len() {
                for (k, spelling) in family.iter().enumerate() {
                    if !has_at(chars, i, spelling) {
                        continue;
                    }
                    let len = spelling.chars().count();
                    let mut b = i;
                    while b > 0 && (chars[b - 1] == ' ' || matches!(chars[b - 1], '万' | '千' | '多' | '余' | '亿')) {
                        b -= 1;
                    }
                    let after_number = b > 0 && is_digit(chars[b - 1]);
                    let latin = spelling.is_ascii();
                    let clean_end = chars.get(i + len).is_none_or(|c| !(c.is_ascii_alphanumeric()));
                    if after_number && (!latin || clean_end) {
                        hits.push((k, p, i, i + len));
                    }
                }
            }
        }
        let mut counts = vec![0usize; family.len()];
        for h in &hits {
            counts[h.0] += 1;
        }
        if counts.iter().filter(|&&c| c > 0).count() < 2 {
            continue;
        }
        // The majority spelling; on a tie, the one used first.
        let max = counts.iter().copied().max().unwrap_or(0);
        let Some(main) = hits.iter().map(|h| h.0).find(|&k| counts[k] == max) else { continue };
        let main_word = family[main];
        for &(k, p, a, b) in &hits {
            if k == main {
                continue;
            }
            let m = format!(
                "同一单位写法不统一：文中“{main_word}”用了{}处，这里写作“{}”，请统一为“{main_word}”。",
                counts[main], family[k]
            );
            sink.emit(doc, p, a, b, UNITS, m, Some(main_word.to_string()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wan_yi_formats() {
        assert_eq!(wan_yi("1152000", false).as_deref(), Some("115.2万"));
        assert_eq!(wan_yi("100000", false).as_deref(), Some("10万"));
        assert_eq!(wan_yi("250000000", false).as_deref(), Some("2.5亿"));
        assert_eq!(wan_yi("12000", true).as_deref(), Some("1.2亿"));
    }

    #[test]
    fn numbers_skip_latin_and_keep_commas() {
        let chars: Vec<char> = "PM2.5下降，1,095人，1.25亿元".chars().collect();
        let ns = numbers(&chars);
        let ints: Vec<&str> = ns.iter().map(|n| n.int.as_str()).collect();
        assert_eq!(ints, vec!["1095", "1"]);
        assert!(ns[1].has_decimal);
    }
}
