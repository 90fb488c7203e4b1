//! A prose field as the document prints it: `{{indicator}}` tokens replaced by the entries'
//! figures (as `assemble` prints them), with the way back from a char of the printed text to the
//! field as typed, and which chars came from a token (the structured rules judge those). Used by
//! `check::draft` so that prose rules read what the reader will read.

use crate::core::model::{tokens, Draft};
use crate::core::template::IndicatorSpec;

/// A field's text with its known `{{indicator}}` tokens replaced by the entries' figures, and the
/// way back from a char of the rendered text to the field as typed.
pub struct Rendered {
    pub text: String,
    /// For each char of `text`, whether it was filled in from a token.
    token: Vec<bool>,
    /// For each char of `text`, the span of the field it comes from; empty when the field has
    /// no token (then `text` is the field and every char comes from itself).
    origin: Vec<(usize, usize)>,
    len: usize,
}

impl Rendered {
    pub fn new(field: &str, draft: &Draft, specs: &[&IndicatorSpec]) -> Self {
        if !field.contains("{{") {
            // No token: nothing to replace (most fields).
            return Rendered { text: field.to_string(), token: Vec::new(), origin: Vec::new(), len: field.chars().count() };
        }
        Self::with_tokens(field, draft, specs)
    }

    /// `new` for a field that may hold tokens: maps every char.
    fn with_tokens(field: &str, draft: &Draft, specs: &[&IndicatorSpec]) -> Self {
        let chars: Vec<char> = field.chars().collect();
        let mut text = String::with_capacity(field.len());
        let mut origin = Vec::with_capacity(chars.len());
        let mut token = Vec::with_capacity(chars.len());
        let mut at = 0;
        // The chars `[from, to)` as typed.
        let copy = |from: usize, to: usize, text: &mut String, origin: &mut Vec<(usize, usize)>, token: &mut Vec<bool>| {
            for (k, &c) in chars.iter().enumerate().take(to).skip(from) {
                text.push(c);
                origin.push((k, k + 1));
                token.push(false);
            }
        };
        for t in tokens::find(field) {
            copy(at, t.start, &mut text, &mut origin, &mut token);
            let after: String = chars.get(t.end..(t.end + 8).min(chars.len())).unwrap_or_default().iter().collect();
            match token_text(&t.id, draft, specs, &after) {
                Some(s) => {
                    for c in s.chars() {
                        text.push(c);
                        origin.push((t.start, t.end));
                        token.push(true);
                    }
                }
                None => copy(t.start, t.end, &mut text, &mut origin, &mut token),
            }
            at = t.end;
        }
        copy(at, chars.len(), &mut text, &mut origin, &mut token);
        Rendered { text, token, origin, len: chars.len() }
    }

    /// Whether any char of `[start, end)` was filled in from a token.
    pub fn from_token(&self, start: usize, end: usize) -> bool {
        self.token.get(start..end.min(self.token.len())).is_some_and(|s| s.iter().any(|t| *t))
    }

    /// The span of the field as typed that `[start, end)` of the rendered text comes from.
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        if self.origin.is_empty() {
            let s = start.min(self.len);
            let e = if end > start { end.min(self.len) } else { s };
            return (s, e.max(s).min(self.len));
        }
        let s = self.origin.get(start).map(|o| o.0).unwrap_or(self.len);
        let e = if end > start { self.origin.get(end - 1).map(|o| o.1).unwrap_or(self.len) } else { s };
        (s.min(self.len), e.max(s).min(self.len))
    }
}

/// What a known token stands for in prose, printed as the assembled document prints it: the
/// entry's figure normalised, without its unit when the prose writes the unit right after the
/// token (`受理{{received}}件`).
pub fn token_text(id: &str, draft: &Draft, specs: &[&IndicatorSpec], after: &str) -> Option<String> {
    use crate::core::figures::printed;
    let spec = specs.iter().find(|s| s.id == id)?;
    let entry = draft.indicator_entry(id)?;
    printed::entry_figure(entry, &spec.unit).map(|p| printed::without_repeated_unit(p, after))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Chapter, IndicatorEntry};
    use crate::core::template::{IndicatorKind, IndicatorSpec};

    fn spec(id: &str, unit: &str) -> IndicatorSpec {
        IndicatorSpec {
            id: id.into(),
            name: id.into(),
            unit: unit.into(),
            units: vec![],
            kind: IndicatorKind::Count,
            whole: true,
            range: None,
            relations: vec![],
        }
    }

    #[test]
    fn tokens_print_as_figures_and_map_back() {
        let mut draft = Draft::default();
        draft.chapters.push(Chapter {
            indicators: vec![
                IndicatorEntry { indicator: "received".into(), text: "356".into(), ..IndicatorEntry::default() },
                IndicatorEntry { indicator: "money".into(), text: "1.25亿元".into(), ..IndicatorEntry::default() },
            ],
            ..Chapter::default()
        });
        let (a, b) = (spec("received", "件"), spec("money", "万元"));
        let field = "受理{{received}}件，投资{{money}}，{{nobody}}。";
        let r = Rendered::new(field, &draft, &[&a, &b]);
        assert_eq!(r.text, "受理356件，投资1.25亿元，{{nobody}}。");
        // "356" comes from the token at chars 2..14 of the field.
        assert_eq!(r.original_span(2, 5), (2, 14));
        assert!(r.from_token(2, 5));
        // "件" right after is the field's own char 14.
        assert_eq!(r.original_span(5, 6), (14, 15));
        assert!(!r.from_token(5, 6));
        assert_eq!(token_text("received", &draft, &[&a], "件"), Some("356".into()));
        assert_eq!(token_text("received", &draft, &[&a], "，"), Some("356件".into()));
        assert_eq!(token_text("nobody", &draft, &[&a], ""), None);
    }

    #[test]
    fn a_field_without_tokens_maps_back_as_the_full_mapping_does() {
        let draft = Draft::default();
        for field in ["", "受理356件。", "排查隐患158处，已整改156处"] {
            let fast = Rendered::new(field, &draft, &[]);
            let full = Rendered::with_tokens(field, &draft, &[]);
            assert_eq!(fast.text, full.text);
            let n = field.chars().count();
            for a in 0..n + 3 {
                for b in 0..n + 3 {
                    assert_eq!(fast.original_span(a, b), full.original_span(a, b), "{field} {a}..{b}");
                    assert_eq!(fast.from_token(a, b), full.from_token(a, b));
                }
            }
        }
    }
}
