//! Cleaning an imported text before its outline is read: line ends unified, invisible characters
//! dropped, and junk left by other tools removed — `##…##` markers and page-number lines
//! (`— 3 —`, `第3页 共9页`) — each removal reported as a finding at its original place.
//! Nothing else is changed: sentences, numbering and punctuation stay as written.

use crate::core::check::{Finding, Location, Severity};

/// Rule id of the findings for removed junk.
pub const RULE_JUNK: &str = "import-junk-removed";

/// The cleaned text and what was removed.
pub struct Cleaned {
    pub text: String,
    pub findings: Vec<Finding>,
}

/// Longest `##…##` marker content we treat as junk (longer runs are left alone).
const MAX_MARKER_CHARS: usize = 60;

pub fn clean(input: &str) -> Cleaned {
    let mut out = String::with_capacity(input.len());
    let mut findings = Vec::new();
    let mut offset = 0usize; // char offset of the current line in `input`
    let body = input.strip_suffix('\n').unwrap_or(input);
    for (k, raw) in body.split('\n').enumerate() {
        let raw_chars = raw.chars().count();
        let line: String = raw.trim_end_matches('\r').chars().filter(|&c| !is_invisible(c)).collect();
        let line_no = k + 1;
        let (kept, removed) = remove_markers(&line);
        for (col, marker) in &removed {
            findings.push(junk_finding(
                line_no,
                *col,
                offset + original_column(raw, *col),
                marker,
                format!("已删除文中的标记“{marker}”（多为其他软件留下的占位或批注）。如其中有需要保留的文字，请在草稿中补上。"),
            ));
        }
        let blank_after = kept.trim().is_empty();
        if is_page_number(&kept) {
            let shown = kept.trim().to_string();
            let col = kept.chars().take_while(|c| c.is_whitespace()).count();
            findings.push(junk_finding(
                line_no,
                col,
                offset + original_column(raw, col),
                &shown,
                format!("已删除页码行“{shown}”。"),
            ));
        } else if !(blank_after && !removed.is_empty()) {
            // A line that held only junk goes away entirely, so a sentence broken around it
            // joins up again; any other line is kept.
            out.push_str(&kept);
            out.push('\n');
        }
        offset += raw_chars + 1;
    }
    if out.ends_with('\n') && !input.ends_with('\n') {
        out.pop();
    }
    if input.is_empty() {
        out.clear();
    }
    Cleaned { text: out, findings }
}

fn junk_finding(line: usize, col: usize, start: usize, excerpt: &str, message: String) -> Finding {
    Finding {
        rule: RULE_JUNK.into(),
        severity: Severity::Warning,
        message,
        location: Location {
            line: Some(line),
            column: Some(col + 1),
            start: Some(start),
            end: Some(start + excerpt.chars().count()),
            ..Location::default()
        },
        excerpt: excerpt.to_string(),
        suggestion: Some(String::new()),
        acknowledged: false,
    }
}

/// Zero-width characters, BOMs and control characters other than tab.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}') || (c.is_control() && c != '\t')
}

/// Maps a column of the cleaned line back to the raw line (invisible characters skipped).
fn original_column(raw: &str, col: usize) -> usize {
    let mut seen = 0;
    for (i, c) in raw.chars().enumerate() {
        if c == '\r' || is_invisible(c) {
            continue;
        }
        if seen == col {
            return i;
        }
        seen += 1;
    }
    raw.chars().count()
}

/// Removes `##…##` markers; returns the line without them and (column, marker) of each.
fn remove_markers(line: &str) -> (String, Vec<(usize, String)>) {
    let chars: Vec<char> = line.chars().collect();
    let mut kept = String::with_capacity(line.len());
    let mut removed = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if is_hash(chars[i]) && chars.get(i + 1).is_some_and(|&c| is_hash(c)) {
            let inner_start = i + 2;
            let close = (inner_start..chars.len().saturating_sub(1))
                .take(MAX_MARKER_CHARS + 1)
                .find(|&j| is_hash(chars[j]) && chars.get(j + 1).is_some_and(|&c| is_hash(c)));
            if let Some(j) = close {
                let mut end = j + 2;
                while chars.get(end).is_some_and(|&c| is_hash(c)) {
                    end += 1;
                }
                removed.push((i, chars[i..end].iter().collect()));
                i = end;
                continue;
            }
        }
        kept.push(chars[i]);
        i += 1;
    }
    (kept, removed)
}

fn is_hash(c: char) -> bool {
    c == '#' || c == '＃'
}

/// `text` with every whitespace character removed (shared by the importer's line tests).
#[inline(never)]
pub(super) fn without_blanks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

/// `— 3 —`, `- 12 -`, `第3页`, `第 3 页 共 9 页`, `3/9`: a line that is only a page number.
fn is_page_number(line: &str) -> bool {
    let s = without_blanks(line);
    if s.is_empty() {
        return false;
    }
    let is_dash = |c: char| matches!(c, '-' | '—' | '–' | '－' | '─');
    let digits = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    let inner = s.trim_start_matches(is_dash);
    let trimmed = inner.trim_end_matches(is_dash);
    if inner.len() != s.len() && trimmed.len() != inner.len() && digits(trimmed) {
        return true;
    }
    if let Some(rest) = s.strip_prefix('第') {
        if let Some((n, tail)) = rest.split_once('页') {
            if digits(n) {
                let tail = tail.trim_start_matches(['，', ',', '/']);
                return tail.is_empty()
                    || tail.strip_prefix('共').and_then(|t| t.strip_suffix('页')).is_some_and(digits);
            }
        }
    }
    if let Some((a, b)) = s.split_once('/') {
        return digits(a) && digits(b) && s.chars().count() <= 9;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_removed_with_their_place() {
        let c = clean("第一行。\n街道##待补充##完成了任务。\n");
        assert_eq!(c.text, "第一行。\n街道完成了任务。\n");
        assert_eq!(c.findings.len(), 1);
        let f = &c.findings[0];
        assert_eq!((f.location.line, f.location.column), (Some(2), Some(3)));
        assert_eq!((f.location.start, f.location.end), (Some(7), Some(14)));
        assert_eq!(f.excerpt, "##待补充##");
    }

    #[test]
    fn a_line_of_junk_goes_away_and_the_sentence_rejoins() {
        let c = clean("街道全年走访企业\r\n##图片1##\r\n— 3 —\r\n共计120家。");
        assert_eq!(c.text, "街道全年走访企业\n共计120家。");
        assert_eq!(c.findings.len(), 2);
    }

    #[test]
    fn ordinary_text_is_untouched() {
        for s in ["一、党建引领\n1.5万人次。", "2025年#1号楼完工。", "第3季度完成。", "1/3的社区。"] {
            let c = clean(s);
            assert_eq!(c.text, s);
            assert!(c.findings.is_empty(), "{s}");
        }
    }

    #[test]
    fn page_numbers() {
        for s in ["— 3 —", "- 12 -", "第3页", "第 3 页 共 9 页", "3/9"] {
            assert!(is_page_number(s), "{s}");
        }
        for s in ["3", "—", "第三页", "2025年", "第3页内容"] {
            assert!(!is_page_number(s), "{s}");
        }
    }
}
