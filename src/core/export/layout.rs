//! Line decisions the .docx and HTML exports share, measured in body characters (a Chinese
//! character or full-width mark is one, an ASCII digit or letter half of one):
//! - where a title too long for one line breaks (GB/T 9704 §7.3.2: 词意完整、排列对称 — after the
//!   unit name, else before the connector 和/及, else as full lines without splitting a number);
//! - how far from the right edge each signature line stands (§7.3.5.2: the unit 右空二字, the date
//!   one line below it starting two characters further right; a date longer than that puts the
//!   date 右空二字 and moves the unit left).
//!
//! Not for the plain-text export, which keeps every paragraph on one line.

use crate::core::document::Block;

/// Characters of 2号 (22 pt) type on one 156 mm line.
const TITLE_CHARS_PER_LINE: usize = 20;

/// Width of `text` in half characters.
fn halves(text: &str) -> usize {
    text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// The title as the lines it is printed on (one line when it fits).
pub fn title_lines(title: &str) -> Vec<&str> {
    let limit = TITLE_CHARS_PER_LINE * 2;
    if halves(title) <= limit {
        return vec![title];
    }
    let fits = |a: &str, b: &str| halves(a) <= limit && halves(b) <= limit && halves(a) >= 8;
    // After the unit: before the first `2025年`.
    if let Some(at) = year_start(title) {
        let (a, b) = title.split_at(at);
        if fits(a, b) {
            return vec![a, b];
        }
    }
    // Before the connector that joins the two parts: `…年工作总结` / `和2026年工作安排`.
    for connector in ["和", "及", "暨"] {
        if let Some(at) = title.rfind(connector).filter(|&at| year_start(&title[at..]) == Some(connector.len())) {
            let (a, b) = title.split_at(at);
            if fits(a, b) {
                return vec![a, b];
            }
        }
    }
    fill_lines(title, limit)
}

/// Byte offset of the first four digits followed by 年.
fn year_start(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(4)).find(|&i| {
        bytes[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !bytes[i - 1].is_ascii_digit())
            && text[i + 4..].starts_with('年')
    })
}

/// Lines of at most `limit` halves, never breaking inside a run of ASCII letters and digits nor
/// before a closing mark.
fn fill_lines(text: &str, limit: usize) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut width = 0;
    let mut last_break = None;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let w = if c.is_ascii() { 1 } else { 2 };
        let breakable = i > start
            && !(c.is_ascii_alphanumeric() && prev.is_some_and(|p| p.is_ascii_alphanumeric()))
            && !"，。、；：？！”’）》〉】".contains(c);
        if breakable {
            last_break = Some(i);
        }
        if width + w > limit {
            let at = last_break.unwrap_or(i);
            if at > start {
                lines.push(&text[start..at]);
                width = halves(&text[at..i]);
                start = at;
                last_break = None;
            }
        }
        width += w;
        prev = Some(c);
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
}

/// Right indents of the signature lines in hundredths of a character (`w:rightChars`): the last
/// line is the date, the others the signing units, whose first characters line up.
pub fn signature_right_indents(lines: &[&str]) -> Vec<u32> {
    const TWO: usize = 4; // two characters, in halves
    let Some((date, units)) = lines.split_last() else { return Vec::new() };
    if units.is_empty() {
        return vec![200];
    }
    let date_w = halves(date);
    let unit_w = units.iter().map(|u| halves(u)).max().unwrap_or(0);
    // The date starts two characters right of the units' start, and stands at least 右空二字.
    let date_right = (unit_w + TWO).saturating_sub(TWO + date_w).max(TWO);
    let start = date_right + date_w + TWO; // the units' start, counted from the right edge
    let mut out: Vec<u32> = units.iter().map(|u| (start.saturating_sub(halves(u)) * 50) as u32).collect();
    out.push((date_right * 50) as u32);
    out
}

/// [`signature_right_indents`] of the signature lines that start `blocks`.
pub fn leading_signature_indents(blocks: &[Block]) -> Vec<u32> {
    let lines: Vec<&str> = blocks
        .iter()
        .map_while(|b| match b {
            Block::Signature { text } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    signature_right_indents(&lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_that_fits_stays_on_one_line() {
        assert_eq!(title_lines("新华街道2025年工作总结和2026年工作安排"), ["新华街道2025年工作总结和2026年工作安排"]);
        assert_eq!(title_lines(""), [""]);
    }

    #[test]
    fn a_long_title_breaks_after_the_unit_or_before_the_connector() {
        assert_eq!(
            title_lines("青禾区柳岸街道办事处2025年工作总结和2026年工作安排"),
            ["青禾区柳岸街道办事处", "2025年工作总结和2026年工作安排"]
        );
        assert_eq!(
            title_lines("中共青禾区南湖街道工作委员会2025年工作总结及2026年工作打算"),
            ["中共青禾区南湖街道工作委员会", "2025年工作总结及2026年工作打算"]
        );
        // The unit is too short to stand alone: break before 和.
        assert_eq!(
            title_lines("南湖2025年度党风廉政建设工作总结和2026年工作安排"),
            ["南湖2025年度党风廉政建设工作总结", "和2026年工作安排"]
        );
    }

    #[test]
    fn a_title_without_structure_fills_lines_without_splitting_numbers() {
        let title = "关于青禾区柳岸街道办事处推进老旧小区改造和城市更新工作的情况报告123456";
        let lines = title_lines(title);
        assert_eq!(lines.concat(), title);
        assert!(lines.iter().all(|l| halves(l) <= 40), "{lines:?}");
        assert!(lines.iter().skip(1).all(|l| !l.starts_with(|c: char| c.is_ascii_digit())), "{lines:?}");
        assert_eq!(title_lines("甲。".repeat(30).as_str()).concat(), "甲。".repeat(30));
        assert!(title_lines(&"。".repeat(50)).iter().all(|l| !l.is_empty()));
    }

    #[test]
    fn the_date_starts_two_characters_right_of_the_unit() {
        // Unit 10 characters 右空二字; the date (7 characters) starts 2 further right: 右空三字.
        assert_eq!(signature_right_indents(&["青禾区柳岸街道办事处", "2025年12月22日"]), [200, 300]);
        // A date longer than that stands 右空二字 and the unit moves left.
        assert_eq!(signature_right_indents(&["新华街道", "2025年12月22日"]), [700, 200]);
        assert_eq!(signature_right_indents(&["只有一行"]), [200]);
        assert!(signature_right_indents(&[]).is_empty());
    }
}
