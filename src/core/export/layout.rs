//! Line decisions the .docx and HTML exports share, measured in body characters (a Chinese
//! character or full-width mark is one, an ASCII digit or letter half of one):
//! - where a title too long for one line breaks (GB/T 9704 §7.3.2: 词意完整、排列对称 — after the
//!   unit name, else before the connector 和/及; any other title wraps where the renderer wraps it);
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
        if let Some(at) = crate::core::find_str::rfind(title, connector).filter(|&at| year_start(&title[at..]) == Some(connector.len())) {
            let (a, b) = title.split_at(at);
            if fits(a, b) {
                return vec![a, b];
            }
        }
    }
    // Anything else wraps where the word processor or browser wraps it.
    vec![title]
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

/// Right indent in hundredths of a character (`w:rightChars`) of the signature line
/// `blocks[at]`. Of its run of consecutive signature lines the last is the date and the others
/// the signing units, whose first characters line up. 200 for anything else.
pub fn signature_indent(blocks: &[Block], at: usize) -> u32 {
    const TWO: usize = 4; // two characters, in halves
    let width = |i: usize| match blocks.get(i) {
        Some(Block::Signature { text }) => Some(halves(text)),
        _ => None,
    };
    let Some(own) = width(at) else { return 200 };
    let first = (0..at).rev().take_while(|&i| width(i).is_some()).last().unwrap_or(at);
    let last = (at..blocks.len()).take_while(|&i| width(i).is_some()).last().unwrap_or(at);
    if first == last {
        return 200;
    }
    let date_w = width(last).unwrap_or(0);
    let unit_w = (first..last).filter_map(width).max().unwrap_or(0);
    // The date starts two characters right of the units' start, and stands at least 右空二字.
    let date_right = (unit_w + TWO).saturating_sub(TWO + date_w).max(TWO);
    let right = if at == last { date_right } else { (date_right + date_w + TWO).saturating_sub(own) };
    (right * 50) as u32
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
    fn a_title_without_a_sensible_break_is_left_to_the_renderer() {
        let title = "关于青禾区柳岸街道办事处推进老旧小区改造和城市更新工作的情况报告";
        assert_eq!(title_lines(title), [title]);
        let parts = "柳岸街道2025年度全面从严治党主体责任落实情况和党风廉政建设工作总结和2026年工作安排";
        assert_eq!(title_lines(parts), [parts]);
    }

    #[test]
    fn the_date_starts_two_characters_right_of_the_unit() {
        let sig = |t: &str| Block::Signature { text: t.into() };
        let text = Block::Paragraph { number: String::new(), lead: String::new(), text: "结束语。".into() };
        let indents = |blocks: &[Block]| (0..blocks.len()).map(|i| signature_indent(blocks, i)).collect::<Vec<_>>();
        // Unit 10 characters 右空二字; the date (7 characters) starts 2 further right: 右空三字.
        assert_eq!(indents(&[text.clone(), sig("青禾区柳岸街道办事处"), sig("2025年12月22日")]), [200, 200, 300]);
        // A date longer than that stands 右空二字 and the unit moves left.
        assert_eq!(indents(&[sig("新华街道"), sig("2025年12月22日")]), [700, 200]);
        assert_eq!(indents(&[text, sig("只有一行")]), [200, 200]);
        assert_eq!(signature_indent(&[], 3), 200);
    }
}
