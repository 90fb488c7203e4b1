//! The pure side of the 检查文本 page: a checked text cut into plain and marked pieces (each mark
//! naming the findings that cover it), and suggestions applied one at a time or all at once from
//! the end so the earlier spans stay valid. Spans are char offsets, as `check::check_text` gives.
//! Rendering and escaping are the UI's job; finding the problems is `check`'s.

use crate::core::check::{Finding, Severity};

/// A run of the text: plain, or marked by the findings (indices into the list) that cover it.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub text: String,
    /// Char offset of the piece in the text.
    pub start: usize,
    /// Findings covering the piece, most severe first; empty for plain text.
    pub findings: Vec<usize>,
}

impl Piece {
    pub fn is_marked(&self) -> bool {
        !self.findings.is_empty()
    }
}

/// The char span a finding marks in a text of `len` chars: its own span, widened to one char
/// when it is empty (a missing mark is shown on the char before it), `None` without a span
/// or with one outside the text.
pub fn span_of(finding: &Finding, len: usize) -> Option<(usize, usize)> {
    let start = finding.location.start.filter(|&s| s <= len)?;
    let end = finding.location.end.unwrap_or(start).clamp(start, len);
    if end > start {
        Some((start, end))
    } else if start > 0 {
        Some((start - 1, start))
    } else if len > 0 {
        Some((0, 1))
    } else {
        None
    }
}

/// Cuts `text` at every boundary of a finding's span; overlapping findings share pieces.
pub fn pieces(text: &str, findings: &[Finding]) -> Vec<Piece> {
    let chars: Vec<char> = text.chars().collect();
    let len = chars.len();
    let mut spans: Vec<Option<(usize, usize)>> = Vec::with_capacity(findings.len());
    let mut cuts: Vec<usize> = vec![0, len];
    for f in findings {
        let span = span_of(f, len);
        if let Some((a, b)) = span {
            cuts.push(a);
            cuts.push(b);
        }
        spans.push(span);
    }
    crate::core::order::sort_by_key(&mut cuts, |&c| [c as u64, 0, 0, 0]);
    cuts.dedup();
    let mut out: Vec<Piece> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a >= b {
            continue;
        }
        let mut covering: Vec<usize> = Vec::new();
        for (i, s) in spans.iter().enumerate() {
            if s.is_some_and(|(x, y)| x <= a && b <= y) {
                covering.push(i);
            }
        }
        crate::core::order::sort_by_key(&mut covering, |&i| [u64::MAX - findings.get(i).map_or(Severity::Hint, |f| f.severity) as u64, 0, 0, 0]);
        let text: String = chars[a..b].iter().collect();
        match out.last_mut() {
            Some(last) if last.findings == covering => last.text.push_str(&text),
            _ => out.push(Piece { text, start: a, findings: covering }),
        }
    }
    out
}

/// Whether a finding carries a suggestion that can be applied to the text.
pub fn applicable(finding: &Finding, len: usize) -> bool {
    match (finding.suggestion.as_ref(), finding.location.start, finding.location.end) {
        (Some(_), Some(a), Some(b)) => a <= b && b <= len,
        _ => false,
    }
}

/// The text with one finding's suggestion applied (`None` when it has none that fits).
pub fn apply_one(text: &str, finding: &Finding) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    if !applicable(finding, chars.len()) {
        return None;
    }
    let (a, b) = (finding.location.start?, finding.location.end?);
    let mut out: String = chars[..a].iter().collect();
    out.push_str(finding.suggestion.as_deref()?);
    out.extend(&chars[b..]);
    Some(out)
}

/// The text with every applicable suggestion applied, from the end backwards; a suggestion whose
/// span overlaps one already applied is left out. Returns the text and how many were applied.
pub fn apply_all(text: &str, findings: &[Finding]) -> (String, usize) {
    let mut chars: Vec<char> = text.chars().collect();
    let len = chars.len();
    let mut order: Vec<&Finding> = Vec::new();
    for f in findings {
        if applicable(f, len) {
            order.push(f);
        }
    }
    // Reverse order of (start, end) with None before Some, as `Option`'s own order has it.
    let opt = |x: Option<usize>| x.map_or(0, |v| v as u64 + 1);
    crate::core::order::sort_by_key(&mut order, |f| [u64::MAX - opt(f.location.start), u64::MAX - opt(f.location.end), 0, 0]);
    let mut floor = len; // start of the leftmost span applied so far
    let mut applied = 0;
    for f in order {
        let (Some(a), Some(b), Some(s)) = (f.location.start, f.location.end, f.suggestion.as_deref()) else { continue };
        if b > floor {
            continue;
        }
        chars.splice(a..b, s.chars());
        floor = a;
        applied += 1;
    }
    (chars.iter().collect(), applied)
}
