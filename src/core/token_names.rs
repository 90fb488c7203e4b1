//! Figure tokens as the author sees them: the draft stores `{{budget_revenue}}` (the indicator's
//! id, see `model::tokens`), a prose field shows `{{一般公共预算收入}}` (its name). `to_display`
//! turns stored text into the text a field shows, `from_display` turns what the author typed back
//! into stored text. Not for printing figures (that is `assemble` / `check::figures::rendered`).
//!
//! Rules, so that `from_display(to_display(t)) == t` for every text `t`:
//! - Tokens are found by `model::tokens::find`; only a token's inside changes, with the spaces
//!   around it kept (`{{ id }}` ↔ `{{ 名称 }}`).
//! - An indicator shows its name only when the name is usable: not empty, no surrounding spaces,
//!   no `{` or `}` in name or id, not the id of any indicator, and no other indicator (another id)
//!   has the same name. Otherwise its token shows the id, as stored.
//! - A typed `{{名称}}` becomes `{{id}}`; a typed `{{id}}` stays (older drafts, template examples).
//! - A stored token that literally holds a usable name (never written by the app, but possible in
//!   a file) must not turn into an id: it is shown with one more `\` before it. Before a name
//!   token, the display doubles the stored run of `\` and adds one for such a literal; an even
//!   run reads back as the id, an odd one as the literal, with half the run kept.

use super::model::{tokens, Draft};
use super::template::Template;

/// The indicators whose tokens show their names: (id, name) pairs, each id and name once.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TokenNames {
    pairs: Vec<(String, String)>,
}

impl TokenNames {
    /// From (id, name) pairs, in any order, repeats allowed; see the module's rules.
    pub fn new(indicators: &[(String, String)]) -> Self {
        let mut pairs: Vec<(String, String)> = Vec::new();
        let mut dropped: Vec<&str> = Vec::new();
        for (id, name) in indicators {
            let usable = !name.is_empty()
                && name.trim() == name
                && !id.is_empty()
                && id.trim() == id
                && !has_brace(name)
                && !has_brace(id)
                && !dropped.contains(&name.as_str());
            if !usable {
                continue;
            }
            let mut clash = false;
            for (other_id, other_name) in indicators {
                if other_id == name || (other_name == name && other_id != id) || (other_id == id && other_name != name) {
                    clash = true;
                    break;
                }
            }
            if clash {
                dropped.push(name);
            } else if !pairs.iter().any(|(i, _)| i == id) {
                pairs.push((id.clone(), name.clone()));
            }
        }
        TokenNames { pairs }
    }

    /// The indicators of `draft` (every chapter's entries), named as `template` names them.
    pub fn of_draft(draft: &Draft, template: &Template) -> Self {
        let mut indicators = Vec::new();
        for c in &draft.chapters {
            for e in &c.indicators {
                let name = match template.indicator(&e.indicator) {
                    Some((_, spec)) => spec.name.clone(),
                    None => e.indicator.clone(),
                };
                indicators.push((e.indicator.clone(), name));
            }
        }
        Self::new(&indicators)
    }

    /// The token the author sees (and may type) for indicator `id`: `{{名称}}`, or `{{id}}` when
    /// its name is not usable.
    pub fn display_token(&self, id: &str) -> String {
        let mut out = String::from("{{");
        out.push_str(self.name_of(id).unwrap_or(id));
        out.push_str("}}");
        out
    }

    /// Stored text as a field shows it: usable ids replaced by names.
    pub fn to_display(&self, stored: &str) -> String {
        self.convert(stored, true)
    }

    /// What the author typed as the draft stores it: names (and ids) as ids.
    pub fn from_display(&self, shown: &str) -> String {
        self.convert(shown, false)
    }

    /// The name indicator `id`'s token shows, when it shows one.
    pub fn name_of(&self, id: &str) -> Option<&str> {
        for (i, n) in &self.pairs {
            if i == id {
                return Some(n);
            }
        }
        None
    }

    fn id_of(&self, name: &str) -> Option<&str> {
        for (i, n) in &self.pairs {
            if n == name {
                return Some(i);
            }
        }
        None
    }

    /// One pass over the tokens of `text`, towards the display (`show`) or back.
    fn convert(&self, text: &str, show: bool) -> String {
        if self.pairs.is_empty() || !text.contains("{{") {
            return text.to_string();
        }
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len() + 16);
        let mut at = 0;
        for t in tokens::find(text) {
            let mut run = 0;
            while t.start > at + run && chars.get(t.start - run - 1) == Some(&'\\') {
                run += 1;
            }
            // (the token's new inside, backslashes before it in the result)
            let (inside, slashes) = if show {
                match (self.name_of(&t.id), self.id_of(&t.id)) {
                    (Some(name), _) => (Some(name), run * 2),
                    (None, Some(_)) => (None, run * 2 + 1),
                    (None, None) => continue,
                }
            } else {
                match self.id_of(&t.id) {
                    Some(id) if run % 2 == 0 => (Some(id), run / 2),
                    Some(_) => (None, run / 2),
                    None => continue,
                }
            };
            push_chars(&mut out, &chars, at, t.start - run);
            for _ in 0..slashes {
                out.push('\\');
            }
            match inside {
                Some(new) => {
                    // The spaces inside the braces around the id (or name) stay as typed.
                    let mut lead = t.start + 2;
                    while chars.get(lead).is_some_and(|c| c.is_whitespace()) {
                        lead += 1;
                    }
                    let mut trail = t.end - 2;
                    while trail > lead && chars.get(trail - 1).is_some_and(|c| c.is_whitespace()) {
                        trail -= 1;
                    }
                    push_chars(&mut out, &chars, t.start, lead);
                    out.push_str(new);
                    push_chars(&mut out, &chars, trail, t.end);
                }
                None => push_chars(&mut out, &chars, t.start, t.end),
            }
            at = t.end;
        }
        push_chars(&mut out, &chars, at, chars.len());
        out
    }
}

fn has_brace(s: &str) -> bool {
    s.contains('{') || s.contains('}')
}

/// Appends `chars[from..to]` (clamped).
fn push_chars(out: &mut String, chars: &[char], from: usize, to: usize) {
    for c in chars.get(from..to.min(chars.len())).unwrap_or_default() {
        out.push(*c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(pairs: &[(&str, &str)]) -> TokenNames {
        let v: Vec<(String, String)> = pairs.iter().map(|(i, n)| (i.to_string(), n.to_string())).collect();
        TokenNames::new(&v)
    }

    fn budget() -> TokenNames {
        names(&[("budget_revenue", "一般公共预算收入"), ("disputes", "调解纠纷")])
    }

    #[test]
    fn ids_show_as_names_and_names_store_as_ids() {
        let n = budget();
        let stored = "完成{{budget_revenue}}，调解{{ disputes }}起，{{missing}}。";
        let shown = n.to_display(stored);
        assert_eq!(shown, "完成{{一般公共预算收入}}，调解{{ 调解纠纷 }}起，{{missing}}。");
        assert_eq!(n.from_display(&shown), stored);
        assert_eq!(n.from_display("共{{调解纠纷}}起，{{disputes}}"), "共{{disputes}}起，{{disputes}}");
        assert_eq!(n.display_token("budget_revenue"), "{{一般公共预算收入}}");
        assert_eq!(n.display_token("missing"), "{{missing}}");
    }

    #[test]
    fn ambiguous_or_odd_names_keep_the_id() {
        let n = names(&[
            ("a", "同名"),
            ("b", "同名"),
            ("c", "含{括号"),
            ("d", " 空格"),
            ("e", "a"),
            ("f", ""),
            ("g", "独有"),
            ("g", "独有"),
            ("h", "一名"),
            ("h", "二名"),
        ]);
        let stored = "{{a}}{{b}}{{c}}{{d}}{{e}}{{f}}{{g}}{{h}}";
        assert_eq!(n.to_display(stored), "{{a}}{{b}}{{c}}{{d}}{{e}}{{f}}{{独有}}{{h}}");
        assert_eq!(n.from_display("{{同名}}{{一名}}"), "{{同名}}{{一名}}");
        assert_eq!(n.display_token("a"), "{{a}}");
    }

    #[test]
    fn a_stored_name_is_kept_apart_from_an_id() {
        let n = budget();
        let stored = "{{调解纠纷}}与{{disputes}}，\\{{disputes}}，\\{{调解纠纷}}";
        let shown = n.to_display(stored);
        assert_eq!(shown, "\\{{调解纠纷}}与{{调解纠纷}}，\\\\{{调解纠纷}}，\\\\\\{{调解纠纷}}");
        assert_eq!(n.from_display(&shown), stored);
    }

    #[test]
    fn odd_texts_pass_unchanged_without_tokens() {
        let n = budget();
        for t in ["", "{{", "}}{{", "{{budget_revenue", "{budget_revenue}", "\\\\", "{{}}", "{{ }}"] {
            assert_eq!(n.to_display(t), t);
            assert_eq!(n.from_display(t), t);
        }
        assert_eq!(TokenNames::default().to_display("{{budget_revenue}}"), "{{budget_revenue}}");
    }
}
