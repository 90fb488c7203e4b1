//! WordprocessingML snippets: escaped text, runs with explicit fonts, paragraph properties.
//!
//! Every run names its font for all four scripts (ascii, hAnsi, eastAsia, cs) with an east-Asian
//! hint, so no theme font and no Latin fallback can replace it (quotes, dashes and digits stay
//! in the Chinese font). Text is escaped for XML and stripped of characters XML 1.0 forbids.

use std::fmt::Write;

/// Appends `text` escaped for XML content and attribute values.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if is_xml_char(c) => out.push(c),
            _ => {}
        }
    }
}

/// `text` escaped for XML (tests; the writer escapes straight into its output).
#[cfg(test)]
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// Characters allowed in an XML 1.0 document (control characters other than tab and line
/// breaks, lone surrogates and U+FFFE/U+FFFF are not).
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// How the characters of a run look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RunFormat {
    pub font: &'static str,
    /// Half-points.
    pub size: u32,
    /// Extra space between characters in twentieths of a point (negative: tighter), 0 for none.
    pub spacing: i32,
}

/// `<w:rPr>` naming the font for every script, with spacing and size.
pub fn run_properties(out: &mut String, format: RunFormat) {
    let RunFormat { font, size, spacing } = format;
    let _ = write!(
        out,
        r#"<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}" w:hint="eastAsia"/>"#
    );
    if spacing != 0 {
        let _ = write!(out, r#"<w:spacing w:val="{spacing}"/>"#);
    }
    let _ = write!(out, r#"<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>"#);
}

/// One or more runs for `text`: tabs become `<w:tab/>` and line breaks `<w:br/>`, so a stray
/// newline in user text stays a visible break instead of vanishing.
pub fn runs(out: &mut String, text: &str, format: RunFormat) {
    if text.is_empty() {
        return;
    }
    out.push_str("<w:r>");
    run_properties(out, format);
    let mut segment = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' | '\n' | '\r' => {
                flush_text(out, &mut segment);
                if c == '\t' {
                    out.push_str("<w:tab/>");
                } else {
                    if c == '\r' && chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    out.push_str("<w:br/>");
                }
            }
            c => segment.push(c),
        }
    }
    flush_text(out, &mut segment);
    out.push_str("</w:r>");
}

fn flush_text(out: &mut String, segment: &mut String) {
    if segment.is_empty() {
        return;
    }
    out.push_str(r#"<w:t xml:space="preserve">"#);
    escape_into(out, segment);
    out.push_str("</w:t>");
    segment.clear();
}

/// How a paragraph is aligned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Both,
    Center,
    Right,
}

impl Align {
    fn value(self) -> &'static str {
        match self {
            Align::Both => "both",
            Align::Center => "center",
            Align::Right => "right",
        }
    }
}

/// Paragraph layout written both into styles and directly onto each paragraph, so that a reader
/// that mishandles styles (or a paste into another file) still gets the official layout.
#[derive(Clone, Copy, Debug)]
pub struct ParagraphLayout {
    pub align: Align,
    /// First-line indent in characters ×100 (`w:firstLineChars`), 0 for none.
    pub first_line_chars: u32,
    /// Right indent in characters ×100 (`w:rightChars`), 0 for none.
    pub right_chars: u32,
    /// Fixed line height in twips (`lineRule="exact"`), or `None` for single spacing.
    pub exact_line: Option<u32>,
    /// Snap to the document grid (off for the title and footer, whose large or small type would
    /// otherwise be spread over grid cells).
    pub snap_to_grid: bool,
    pub keep_next: bool,
    /// Never split over two pages (a standalone heading).
    pub keep_lines: bool,
    /// Outline level 0–8 for headings (navigation pane, table of contents).
    pub outline_level: Option<u8>,
}

impl ParagraphLayout {
    /// The properties inside `<w:pPr>` (without the style reference), in schema order.
    pub fn write(&self, out: &mut String, body_size: u32) {
        if self.keep_next {
            out.push_str("<w:keepNext/>");
        }
        if self.keep_lines {
            out.push_str("<w:keepLines/>");
        }
        // No automatic space between Chinese and digits or Latin letters (`2025 年`): official
        // documents set them solid, and the space would break the 28-character line.
        out.push_str(r#"<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>"#);
        if !self.snap_to_grid {
            out.push_str(r#"<w:snapToGrid w:val="0"/>"#);
        }
        match self.exact_line {
            Some(line) => {
                let _ = write!(out, r#"<w:spacing w:before="0" w:after="0" w:line="{line}" w:lineRule="exact"/>"#);
            }
            None => out.push_str(r#"<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>"#),
        }
        // One character of indent is one body-size em: chars/100 × size/2 pt × 20 twips.
        let first = self.first_line_chars * body_size / 10;
        let right = self.right_chars * body_size / 10;
        let _ = write!(
            out,
            r#"<w:ind w:left="0" w:right="{right}" w:rightChars="{}" w:firstLine="{first}" w:firstLineChars="{}"/>"#,
            self.right_chars, self.first_line_chars
        );
        let _ = write!(out, r#"<w:jc w:val="{}"/>"#, self.align.value());
        if let Some(level) = self.outline_level {
            let _ = write!(out, r#"<w:outlineLvl w:val="{level}"/>"#);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_forbidden_characters() {
        assert_eq!(escape(r#"<a & "b" 'c'>"#), "&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;");
        assert_eq!(escape("甲\u{0}乙\u{b}丙\u{FFFF}"), "甲乙丙");
        assert_eq!(escape("𠀀“引号”—"), "𠀀“引号”—");
    }

    #[test]
    fn runs_turn_tabs_and_newlines_into_elements() {
        let mut out = String::new();
        let format = RunFormat { font: "仿宋_GB2312", size: 32, spacing: -5 };
        runs(&mut out, "甲\t乙\r\n丙\n", format);
        assert!(out.contains(r#"<w:t xml:space="preserve">甲</w:t><w:tab/><w:t xml:space="preserve">乙</w:t><w:br/><w:t xml:space="preserve">丙</w:t><w:br/></w:r>"#), "{out}");
        assert!(out.contains(r#"w:eastAsia="仿宋_GB2312" w:cs="仿宋_GB2312" w:hint="eastAsia"/><w:spacing w:val="-5"/><w:sz w:val="32"/>"#));
        let mut empty = String::new();
        runs(&mut empty, "", format);
        assert!(empty.is_empty());
    }

    #[test]
    fn indents_follow_the_body_size() {
        let layout = ParagraphLayout {
            align: Align::Both,
            first_line_chars: 200,
            right_chars: 0,
            exact_line: Some(579),
            snap_to_grid: true,
            keep_next: false,
            keep_lines: false,
            outline_level: None,
        };
        let mut out = String::new();
        layout.write(&mut out, 32);
        assert!(out.contains(r#"w:firstLine="640" w:firstLineChars="200""#), "{out}");
        assert!(out.contains(r#"w:line="579" w:lineRule="exact""#));
    }
}
