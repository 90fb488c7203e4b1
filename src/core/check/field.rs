//! One prose field of a draft checked on its own — its unknown tokens, prose figure rules and
//! text rules, and the figure statements that the rules across fields compare — and a cache of
//! these results by the field's text, so that a draft checked again after an edit reads again
//! only the fields that changed (see `Incremental`). Rules across fields (figures that disagree
//! between parts, missing parts, ordering) stay in `draft`; this module never sees two fields.

use std::cell::{Cell, RefCell};
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use super::draft::Field;
use super::figures::prose::{self, Spot, Stated};
use super::figures::relations::Sheet;
use super::figures::rendered::{token_text, Rendered};
use super::figures::{finding, ids};
use super::{CheckOptions, Finding, Location};
use crate::core::model::{tokens, Draft, PartKind};
use crate::core::template::IndicatorSpec;

/// What a field's findings depend on besides its own text, part and name. A cache holds results
/// for one context: the caller clears it when the template or options change, and calls
/// `forget_entries` when the draft's indicator entries change (see `Incremental`).
pub(crate) struct Context<'a> {
    pub draft: &'a Draft,
    pub specs: &'a [&'a IndicatorSpec],
    pub sheet: &'a Sheet<'a>,
    /// The effective options (template severities, the caller's, the report year).
    pub options: &'a CheckOptions,
}

/// A field's results, independent of where the field sits (chapter, point index).
pub(crate) struct Checked {
    part: PartKind,
    name: String,
    text: String,
    hash: u64,
    /// Findings with severities settled and only the span of their location filled: the field's
    /// place is added by [`Checked::placed`].
    findings: Vec<Finding>,
    /// Quantities stated as facts, with spans in the field as typed.
    pub statements: Vec<Stated>,
    /// Whether the results above depend on the indicator entries: the field has a token, or a
    /// prose rule looked a figure up in the entries.
    uses_entries: bool,
    /// Statements that disagree with the indicator entry of the same name (`figure-conflict`);
    /// worked out again when the entries change (`stale`), the rest of the results being kept.
    against: RefCell<Vec<Spot>>,
    stale: Cell<bool>,
}

impl Checked {
    /// Appends the field's findings to `out`, placed at `field`.
    pub fn place(&self, field: &Field<'_>, out: &mut Vec<Finding>) {
        for f in &self.findings {
            out.push(Finding {
                rule: f.rule.clone(),
                severity: f.severity,
                message: f.message.clone(),
                location: Location { start: f.location.start, end: f.location.end, ..field.location.clone() },
                excerpt: f.excerpt.clone(),
                suggestion: f.suggestion.clone(),
                acknowledged: f.acknowledged,
            });
        }
    }

    /// The statements that disagree with the indicator entries.
    pub fn against(&self) -> std::cell::Ref<'_, Vec<Spot>> {
        self.against.borrow()
    }

    fn is(&self, part: PartKind, name: &str, text: &str) -> bool {
        self.part == part && self.text.len() == text.len() && self.name == name && self.text == text
    }
}

fn key_hash(part: PartKind, name: &str, text: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (part, name, text).hash(&mut h);
    h.finish()
}

fn part_and_name<'f>(field: &'f Field<'_>) -> (PartKind, &'f str) {
    (field.location.part.unwrap_or(PartKind::Summary), field.location.field.as_deref().unwrap_or(""))
}

/// The results of the fields last checked, in their order, to be found again by text.
#[derive(Default)]
pub(crate) struct Cache {
    last: Vec<Rc<Checked>>,
    /// How many fields the last `check_all` had to check (not found in the cache).
    pub read: usize,
}

impl Cache {
    /// Forgets every result (the context changed).
    pub fn clear(&mut self) {
        self.last.clear();
    }

    /// Forgets the results that depend on the indicator entries, which changed; the statements
    /// of the others are compared with the entries again on the next `check_all`.
    pub fn forget_entries(&mut self) {
        self.last.retain(|c| !c.uses_entries);
        for c in &self.last {
            c.stale.set(true);
        }
    }

    /// The results of `fields`, in order: a field whose part, name and text were checked last
    /// time is taken from the cache, any other is checked now. Keeps only these results.
    pub fn check_all(&mut self, fields: &[Field<'_>], context: &Context<'_>) -> Vec<Rc<Checked>> {
        // (hash, index) of the last results, sorted: built when a field is not where it was.
        let mut index: Option<Vec<(u64, usize)>> = None;
        let mut out: Vec<Rc<Checked>> = Vec::with_capacity(fields.len());
        self.read = 0;
        for (i, field) in fields.iter().enumerate() {
            let (part, name) = part_and_name(field);
            // Most fields sit where they sat last time: compare there first, without hashing.
            if let Some(same) = self.last.get(i).filter(|c| c.is(part, name, field.text)) {
                out.push(same.clone());
                continue;
            }
            let hash = key_hash(part, name, field.text);
            let last = &self.last;
            let index = index.get_or_insert_with(|| {
                let mut index: Vec<(u64, usize)> = last.iter().enumerate().map(|(k, c)| (c.hash, k)).collect();
                crate::core::order::sort_by_key(&mut index, |&(h, k)| [h, k as u64, 0, 0]);
                index
            });
            let from = index.partition_point(|&(h, _)| h < hash);
            let found = index[from..]
                .iter()
                .take_while(|&&(h, _)| h == hash)
                .filter_map(|&(_, k)| last.get(k))
                .find(|c| c.is(part, name, field.text))
                .cloned();
            // A text typed twice in this draft (the same lead in two points) is checked once.
            let found = found.or_else(|| out.iter().find(|c| c.hash == hash && c.is(part, name, field.text)).cloned());
            let checked = found.unwrap_or_else(|| {
                self.read += 1;
                Rc::new(check_field(part, name, field.text, hash, context))
            });
            out.push(checked);
        }
        for c in out.iter().filter(|c| c.stale.get()) {
            *c.against.borrow_mut() = against(&c.statements, context.sheet);
            c.stale.set(false);
        }
        self.last = out.clone();
        out
    }
}

/// The rules on one prose field of a draft: unknown tokens, the prose figure rules, the text
/// rules, and the quantities it states for the rules across fields.
fn check_field(part: PartKind, name: &str, text: &str, hash: u64, context: &Context<'_>) -> Checked {
    let mut findings = Vec::new();
    let spot = |rule: &str, message: String, start: usize, end: usize, excerpt: String, suggestion: Option<String>| {
        let location = Location { start: Some(start), end: Some(end), ..Location::default() };
        finding(rule, message, location, excerpt, suggestion)
    };
    let found = if text.contains("{{") { tokens::find(text) } else { Vec::new() };
    for t in found {
        let token = tokens::token_for(&t.id);
        // The field shows a known indicator's token by its name (core::token_names): so do the
        // message and the excerpt.
        let (message, excerpt) = match context.specs.iter().find(|s| s.id == t.id) {
            None => (format!("正文中的“{token}”没有对应的指标，导出时会原样出现。请删去，或改为模板中已有的指标。"), token),
            Some(spec) if token_text(&t.id, context.draft, context.specs, "").is_none() => (
                format!("正文引用了指标“{}”，但还没有填写它的数值，导出时这里会留下未替换的标记。请在指标中填写数值，或改写这句话。", spec.name),
                tokens::token_for(&spec.name),
            ),
            Some(_) => continue,
        };
        findings.push(spot(ids::UNKNOWN_TOKEN, message, t.start, t.end, excerpt, None));
    }
    let rendered = Rendered::new(text, context.draft, context.specs);
    // One reading of the field's figures for the relation rules and the statements below.
    let read = prose::has_digit(&rendered.text).then(|| prose::Prose::read(&rendered.text));
    context.sheet.consulted();
    let spots = read.as_ref().map(|r| prose::check_prose(r, Some(context.sheet))).unwrap_or_default();
    let uses_entries = context.sheet.consulted() || text.contains("{{");
    for s in spots {
        if rendered.from_token(s.start, s.end) {
            // A figure filled in from an indicator entry: the structured rules judge it.
            continue;
        }
        let (start, end) = rendered.original_span(s.start, s.end);
        findings.push(spot(s.rule, s.message, start, end, s.excerpt, s.suggestion));
    }
    for mut f in text_rules(&rendered.text, part, name, context.options) {
        f.location = match (f.location.start, f.location.end) {
            (Some(s), Some(e)) => {
                // A finding on the figure a token prints (1764多吨 typed in the entry) is the
                // entry's, not every sentence's that prints it. One about a whole sentence or the
                // paragraph's end reads the text around the token too, and a mark left in the
                // entry (`**`) must not reach the document unseen: these stay.
                let about_sentences = matches!(f.rule.as_str(), "repeated-sentence" | "missing-end-punctuation");
                let mark = matches!(f.rule.as_str(), "placeholder" | "boilerplate");
                if all_from_token(&rendered, s, e) {
                    if !about_sentences && !mark {
                        continue;
                    }
                    if mark {
                        let (a, b) = rendered.original_span(s, e);
                        point_to_entry(&mut f.message, text, a, b, context.specs);
                    }
                }
                if rendered.from_token(s, e) && f.suggestion.as_ref().is_some_and(|t| !t.is_empty()) {
                    // Written over the printed figure, it would replace the token as typed.
                    f.suggestion = None;
                }
                let (start, end) = rendered.original_span(s, e);
                Location { start: Some(start), end: Some(end), ..Location::default() }
            }
            _ => Location::default(),
        };
        findings.push(f);
    }
    super::draft::settle(&mut findings, context.options);
    let facts = super::figures::states_facts(part) && name != "target";
    let mut statements = if facts { read.as_ref().map(prose::statements_of).unwrap_or_default() } else { Vec::new() };
    for s in &mut statements {
        let (start, end) = rendered.original_span(s.start, s.end);
        s.start = start;
        s.end = end;
    }
    let against = RefCell::new(against(&statements, context.sheet));
    Checked { part, name: name.to_string(), text: text.to_string(), hash, findings, statements, uses_entries, against, stale: Cell::new(false) }
}

/// Adds to `message` where the text comes from: the indicator whose token is at `[start, end)`
/// of the field as typed.
fn point_to_entry(message: &mut String, text: &str, start: usize, end: usize, specs: &[&IndicatorSpec]) {
    let Some(token) = tokens::find(text).into_iter().find(|t| t.start < end && start < t.end) else { return };
    let Some(spec) = specs.iter().find(|s| s.id == token.id) else { return };
    message.push_str(&["这处文字来自指标“", spec.name.as_str(), "”的填写内容，请在该指标中修改。"].concat());
}

/// Whether every char of the non-empty span `[start, end)` was printed by a token.
fn all_from_token(rendered: &Rendered, start: usize, end: usize) -> bool {
    end > start && (start..end).all(|i| rendered.from_token(i, i + 1))
}

fn against(statements: &[Stated], sheet: &Sheet<'_>) -> Vec<Spot> {
    let mut out = Vec::new();
    for s in statements {
        if let Some(spot) = prose::against_indicator(s, sheet) {
            out.push(spot);
        }
    }
    out
}

/// The text rules on one field (char spans within `text`). Phrases (headings, leads, list items)
/// get their closing punctuation from the product, so only running text is asked for it.
fn text_rules(text: &str, part: PartKind, name: &str, options: &CheckOptions) -> Vec<Finding> {
    let running = matches!(name, "body" | "text" | "intro" | "note") && part != PartKind::Honours;
    super::text::check_field(text, part, options)
        .into_iter()
        .filter(|f| running || f.rule != "missing-end-punctuation")
        .collect()
}
