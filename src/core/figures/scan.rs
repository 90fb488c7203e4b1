//! Low-level scanning shared by `parse` and `find`: digits (half- and full-width), a number with
//! optional thousands commas and decimals, magnitude words, approximation words and range
//! separators at a position in a char slice. Not for whole-string grammar (see `parse`, `find`).

use super::{decimal, Approx, ApproxPlace};

/// The value of an ASCII or full-width digit.
pub(super) fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

pub(super) fn is_digit(c: char) -> bool {
    digit(c).is_some()
}

pub(super) fn is_point(c: char) -> bool {
    c == '.' || c == '．'
}

pub(super) fn is_minus(c: char) -> bool {
    matches!(c, '-' | '－' | '−')
}

/// Range separators: 一字线/浪纹线/hyphen and 至/到.
pub(super) fn is_range_sep(c: char) -> bool {
    matches!(c, '—' | '–' | '―' | '-' | '－' | '～' | '~' | '〜' | '至' | '到')
}

/// A number read from a char slice.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Number {
    pub start: usize,
    pub end: usize,
    /// May be infinite for absurdly long digit runs; callers decide.
    pub value: f64,
    pub decimals: u8,
    pub grouped: bool,
    pub full_width: bool,
}

/// `chars[k..k+3]` are digits and `chars[k+3]` is not: a thousands group after a comma.
fn group_follows(chars: &[char], k: usize) -> bool {
    let Some(group) = chars.get(k..k + 3) else { return false };
    group.iter().all(|c| is_digit(*c)) && !chars.get(k + 3).is_some_and(|c| is_digit(*c))
}

/// Reads a number starting at `start` (which must be a digit): digits, `,` thousands groups,
/// then `.` and digits. `None` if `start` is not a digit.
pub(super) fn scan_number(chars: &[char], start: usize) -> Option<Number> {
    let mut text = String::new();
    let mut j = start;
    let mut grouped = false;
    let mut full_width = false;
    while let Some(&c) = chars.get(j) {
        if let Some(d) = digit(c) {
            text.push(char::from_digit(d, 10).unwrap_or('0'));
            full_width |= !c.is_ascii();
            j += 1;
        } else if c == ',' && !text.is_empty() && group_follows(chars, j + 1) {
            grouped = true;
            j += 1;
        } else {
            break;
        }
    }
    if text.is_empty() {
        return None;
    }
    let mut decimals: u32 = 0;
    if chars.get(j).is_some_and(|c| is_point(*c)) && chars.get(j + 1).is_some_and(|c| is_digit(*c)) {
        full_width |= chars[j] != '.';
        text.push('.');
        j += 1;
        while let Some(d) = chars.get(j).and_then(|c| digit(*c)) {
            full_width |= !chars[j].is_ascii();
            text.push(char::from_digit(d, 10).unwrap_or('0'));
            decimals += 1;
            j += 1;
        }
    }
    let value = decimal::parse(&text).unwrap_or(f64::INFINITY);
    Some(Number { start, end: j, value, decimals: decimals.min(u8::MAX as u32) as u8, grouped, full_width })
}

/// Magnitude words as they follow a number, longest first.
const MAGNITUDES: [&str; 5] = ["万亿", "千万", "百万", "亿", "万"];

/// The magnitude word at `at`, if any.
pub(super) fn magnitude_at(chars: &[char], at: usize) -> Option<&'static str> {
    for &w in MAGNITUDES.iter() {
        if starts_with(chars, at, w) {
            return Some(w);
        }
    }
    None
}

/// Whether `chars[at..]` starts with `word`.
pub(super) fn starts_with(chars: &[char], at: usize, word: &str) -> bool {
    let mut k = at;
    for w in word.chars() {
        if chars.get(k) != Some(&w) {
            return false;
        }
        k += 1;
    }
    true
}

/// Whether `chars[..end]` ends with `word`.
pub(super) fn ends_with(chars: &[char], end: usize, word: &str) -> bool {
    let n = word.chars().count();
    end >= n && starts_with(chars, end - n, word)
}

/// Approximation words: (word, meaning, where it goes). Longer words first.
pub(super) const APPROX_WORDS: [(&str, Approx, ApproxPlace); 12] = [
    ("超过", Approx::Exceeding, ApproxPlace::Before),
    ("将近", Approx::Near, ApproxPlace::Before),
    ("接近", Approx::Near, ApproxPlace::Before),
    ("大约", Approx::About, ApproxPlace::Before),
    ("约", Approx::About, ApproxPlace::Before),
    ("近", Approx::Near, ApproxPlace::Before),
    ("超", Approx::Exceeding, ApproxPlace::Before),
    ("逾", Approx::Exceeding, ApproxPlace::Before),
    ("以上", Approx::AtLeast, ApproxPlace::After),
    ("左右", Approx::About, ApproxPlace::After),
    ("余", Approx::Over, ApproxPlace::After),
    ("多", Approx::Over, ApproxPlace::After),
];

/// The approximation word of the given place starting at `at`.
pub(super) fn approx_at(chars: &[char], at: usize, place: ApproxPlace) -> Option<(&'static str, Approx)> {
    for &(w, a, p) in &APPROX_WORDS {
        if p == place && starts_with(chars, at, w) {
            return Some((w, a));
        }
    }
    None
}

/// The before-word approximation ending at `end`, longest first.
pub(super) fn approx_ending_at(chars: &[char], end: usize) -> Option<(&'static str, Approx)> {
    for &(w, a, p) in &APPROX_WORDS {
        if p == ApproxPlace::Before && ends_with(chars, end, w) {
            return Some((w, a));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> Option<Number> {
        let chars: Vec<char> = s.chars().collect();
        scan_number(&chars, 0)
    }

    #[test]
    fn numbers() {
        let n = num("1,095件").unwrap();
        assert_eq!((n.value, n.end, n.grouped), (1095.0, 5, true));
        let n = num("１０９５．５").unwrap();
        assert_eq!((n.value, n.decimals, n.full_width), (1095.5, 1, true));
        assert_eq!(num("1,09").unwrap().end, 1);
        assert_eq!(num("1.").unwrap().end, 1);
        assert_eq!(num("3,500,000元").unwrap().value, 3_500_000.0);
        assert!(num("x").is_none());
    }
}
