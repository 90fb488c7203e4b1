//! A number typed at the start of a field that the product numbers itself: 一、 （一） (一) 1.
//! 1、 1） （1） (1) ① ⑴ ⒈ 第一， 一是 — what clerks bring along when they paste from last year's
//! Word file. `typed_number` finds it; `draft::self_numbered` decides which fields to read and
//! reports it. Numbers inside a text (a series after a lead, 1.25亿元, 2025年) are not its concern.

use crate::core::outline::{parse_chinese_numeral, parse_marker, series_markers};

/// Enough chars for the longest marker (（九十九）, 九十九是, 第九十九，) and what must follow it.
const HEAD: usize = 8;

/// A typed number at the start of a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypedNumber {
    /// Char span of the marker and the blanks after it, from the first char that is not blank.
    pub start: usize,
    pub end: usize,
    /// The marker as typed, without the blanks around it.
    pub marker: String,
    /// An inline series marker (一是), as opposed to a heading number (一、 1. ①).
    pub series: bool,
}

/// The number `text` opens with, if any. Something must follow the marker: a field that is only
/// "1." is left alone. Reads a few chars only, whatever the length of `text`.
pub fn typed_number(text: &str) -> Option<TypedNumber> {
    let mut start = 0;
    let mut head: Vec<char> = Vec::with_capacity(HEAD + 4);
    for c in text.chars() {
        if head.is_empty() && c.is_whitespace() {
            start += 1;
        } else if head.len() < HEAD + 4 {
            head.push(c);
        } else {
            break;
        }
    }
    let (len, series) = match marker_len(&head) {
        Some(len) => (len, false),
        None => match series_markers(&head).first() {
            Some(&(_, 0, len)) => (len, true),
            _ => return None,
        },
    };
    let mut end = len;
    while head.get(end).is_some_and(|c| c.is_whitespace()) {
        end += 1;
    }
    // Only blanks after the marker: nothing to number.
    head.get(end)?;
    let marker: String = head.get(..len).unwrap_or_default().iter().collect();
    Some(TypedNumber { start, end: start + end, marker, series })
}

/// The length in chars of a heading-style marker at the start of `chars`.
fn marker_len(chars: &[char]) -> Option<usize> {
    if let Some((_, _, len)) = parse_marker(chars) {
        return Some(len);
    }
    let first = *chars.first()?;
    // ① … ⑳, ⑴ … ⒇, ⒈ … ⒛.
    if ('\u{2460}'..='\u{249b}').contains(&first) {
        return Some(1);
    }
    // 第一， 第二、 (not 第一书记).
    if first == '第' {
        let (_, n) = parse_chinese_numeral(chars.get(1..)?)?;
        return matches!(chars.get(1 + n)?, '，' | '、' | ',' | '：' | ':').then_some(n + 2);
    }
    // 一. 一． (a level-1 number with the wrong mark).
    if let Some((_, n)) = parse_chinese_numeral(chars) {
        return matches!(chars.get(n)?, '.' | '．').then_some(n + 1);
    }
    // 1） 1) (a level-4 number without its opening bracket).
    let digits = chars.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && matches!(chars.get(digits)?, '）' | ')') {
        return Some(digits + 1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marker(text: &str) -> Option<(usize, usize, String)> {
        typed_number(text).map(|t| (t.start, t.end, t.marker))
    }

    #[test]
    fn every_numbering_form_is_found_with_its_blanks() {
        for (text, m, end) in [
            ("一、强化党建引领", "一、", 2),
            ("（一）强化党建引领", "（一）", 3),
            ("(一)强化党建引领", "(一)", 3),
            ("（十二）强化党建引领", "（十二）", 4),
            ("1.夯实基层党建", "1.", 2),
            ("1．夯实基层党建", "1．", 2),
            ("12. 夯实基层党建", "12.", 4),
            ("1、老旧小区改造滞后", "1、", 2),
            ("1）老旧小区改造滞后", "1）", 2),
            ("（1）老旧小区改造滞后", "（1）", 3),
            ("(2)老旧小区改造滞后", "(2)", 3),
            ("①老旧小区改造滞后", "①", 1),
            ("⑶老旧小区改造滞后", "⑶", 1),
            ("第一，老旧小区改造滞后", "第一，", 3),
            ("第十二、老旧小区改造滞后", "第十二、", 4),
            ("一．老旧小区改造滞后", "一．", 2),
            ("一是夯实基层党建", "一是", 2),
            ("十一是夯实基层党建", "十一是", 3),
        ] {
            assert_eq!(marker(text), Some((0, end, m.to_string())), "{text}");
        }
        assert_eq!(marker("  （一）\u{3000}强化党建"), Some((2, 6, "（一）".to_string())));
        assert!(typed_number("一是夯实").is_some_and(|t| t.series));
        assert!(typed_number("1.夯实").is_some_and(|t| !t.series));
    }

    #[test]
    fn ordinary_openings_are_not_numbers() {
        for text in [
            "强化党建引领",
            "1.25亿元的投资全部到位",
            "2025年，街道完成",
            "110接处警同比下降",
            "第一书记驻村帮扶",
            "第一次全面排查",
            "一季度完成改造",
            "一批项目落地",
            "十分重视",
            "1.",
            "（一）",
            "一是 ",
            "",
            "   ",
            "①",
        ] {
            assert_eq!(marker(text), None, "{text}");
        }
    }

    proptest::proptest! {
        /// Any text: no panic; a number found is the text's own chars at its span, with
        /// something after it.
        #[test]
        fn any_text_gives_a_span_of_its_own(text in "[ 　一二十是第、，（）()1-9.．①⑴a-z党建]{0,14}") {
            if let Some(t) = typed_number(&text) {
                let chars: Vec<char> = text.chars().collect();
                proptest::prop_assert!(t.start < t.end && t.end < chars.len());
                let marker: String = chars[t.start..t.start + t.marker.chars().count()].iter().collect();
                proptest::prop_assert_eq!(marker, t.marker);
            }
        }
    }
}
