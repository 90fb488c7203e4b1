//! The GB/T 9704-2012 page and type settings of the .docx, as numbers in OOXML units.
//!
//! Twips (1/20 pt) for lengths, half-points for font sizes. Only values live here; the XML that
//! uses them is in `parts` (styles, section) and `body` (paragraphs).

/// Twips in one millimetre (1440 per inch / 25.4).
const TWIPS_PER_MM: f64 = 1440.0 / 25.4;

const fn mm(millimetres: f64) -> u32 {
    // Round half up; the inputs are positive.
    (millimetres * TWIPS_PER_MM + 0.5) as u32
}

/// A4 portrait.
pub const PAGE_WIDTH: u32 = 11906;
pub const PAGE_HEIGHT: u32 = 16838;

/// Margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (text block 156 × 225 mm).
pub const MARGIN_TOP: u32 = mm(37.0);
pub const MARGIN_BOTTOM: u32 = mm(35.0);
pub const MARGIN_LEFT: u32 = mm(28.0);
pub const MARGIN_RIGHT: u32 = mm(26.0);
/// Distance from the page's bottom edge to the footer line, so that `— 1 —` sits about 7 mm
/// below the text block.
pub const FOOTER_DISTANCE: u32 = mm(25.0);
/// Unused (no header part), but Word expects a value.
pub const HEADER_DISTANCE: u32 = mm(15.0);

/// Lines and characters of the text block.
#[cfg(test)]
const LINES_PER_PAGE: u32 = 22;
pub const CHARS_PER_LINE: u32 = 28;

/// Fixed line pitch: 28.95 pt, so that 22 lines fill the 225 mm text block.
pub const LINE_PITCH: u32 = 579;

/// Body size: 3号 = 16 pt.
pub const BODY_SIZE: u32 = 32;
/// Title size: 2号 = 22 pt.
pub const TITLE_SIZE: u32 = 44;
/// Page number size: 4号 = 14 pt.
pub const PAGE_NUMBER_SIZE: u32 = 28;

/// First-line indent of two body characters (twips, for readers that ignore `firstLineChars`).
pub const INDENT_TWO_CHARS: u32 = 2 * BODY_SIZE * 10;

pub const BODY_FONT: &str = "仿宋_GB2312";
pub const TITLE_FONT: &str = "方正小标宋简体";
pub const HEADING1_FONT: &str = "黑体";
pub const HEADING2_FONT: &str = "楷体_GB2312";
pub const PAGE_NUMBER_FONT: &str = "宋体";

/// The font of a heading level (1–4); levels past 2 are set in the body font.
pub fn heading_font(level: u8) -> &'static str {
    match level {
        1 => HEADING1_FONT,
        2 => HEADING2_FONT,
        _ => BODY_FONT,
    }
}

/// Character spacing of 16 pt runs (`w:spacing` in `w:rPr`, twentieths of a point, rounded
/// down) so that 28 characters fit one 156 mm line: 16 pt × 28 is 448 pt, the line 442.25 pt.
///
/// The usual Word recipe — a `linesAndChars` document grid with a negative `w:charSpace` — is
/// not used: LibreOffice (7.4) cannot compress characters to such a grid and spreads each one
/// over two grid cells (14 characters a line). Plain character spacing gives 28 a line in
/// Word, WPS and LibreOffice alike.
pub const CHARACTER_SPACING: i32 = character_spacing();

const fn character_spacing() -> i32 {
    // In twips: the line's share per character minus the character's own width, rounded down.
    let text_width = (PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT) as i32;
    let chars = CHARS_PER_LINE as i32;
    let natural = BODY_SIZE as i32 * 10;
    (text_width - natural * chars).div_euclid(chars)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn margins_match_the_standard_in_twips() {
        assert_eq!((MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT), (2098, 1984, 1587, 1474));
    }

    #[test]
    fn twenty_two_lines_fit_the_text_block_and_twenty_three_do_not() {
        let block = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;
        assert!(LINES_PER_PAGE * LINE_PITCH <= block);
        assert!((LINES_PER_PAGE + 1) * LINE_PITCH > block);
    }

    #[test]
    fn twenty_eight_characters_fit_one_line() {
        let pitch_twips = f64::from(BODY_SIZE) * 10.0 + f64::from(CHARACTER_SPACING);
        let width = f64::from(PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT);
        assert!(pitch_twips * 28.0 <= width);
        assert!(pitch_twips * 29.0 > width);
        assert_eq!(CHARACTER_SPACING, -5, "a 16 pt character is wider than 156 mm / 28");
    }
}
