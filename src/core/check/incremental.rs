//! `Incremental`: the draft checker for a caller that checks the same draft again and again as
//! the author types (the wizard). It gives exactly the findings of [`check`](super::check), but
//! keeps each prose field's results (findings of the field's own rules, figure statements) keyed
//! by the field's part, name and text, so that after an edit only the changed fields are read
//! again; the rules across fields (figure conflicts between fields and with indicator entries,
//! missing and empty parts, the meta year, acknowledgements, document order) are redone on every
//! check from those results. The results depend on more than the text: a change of the template
//! or the effective options (severities, switches, report year) clears the cache; a change of
//! the indicator entries drops the fields that read them (tokens, a growth checked against an
//! entry's last-year value) and compares every kept field's figures with the entries again.

use super::draft::{checked, effective_options};
use super::field::Cache;
use super::{CheckOptions, Finding};
use crate::core::model::{Draft, IndicatorEntry};
use crate::core::template::Template;

/// A reusable draft checker; one per open draft view. See the module doc.
#[derive(Default)]
pub struct Incremental {
    context: Option<Context>,
    cache: Cache,
}

/// Everything besides a field's own text that its results depend on.
struct Context {
    template: Template,
    options: CheckOptions,
    entries: Vec<IndicatorEntry>,
}

impl Context {
    fn of(template: &Template, options: CheckOptions, draft: &Draft) -> Self {
        let mut entries = Vec::new();
        for c in &draft.chapters {
            entries.extend_from_slice(&c.indicators);
        }
        Context { template: template.clone(), options, entries }
    }

    fn same_rules(&self, template: &Template, options: &CheckOptions) -> bool {
        self.options == *options && self.template == *template
    }

    fn same_entries(&self, draft: &Draft) -> bool {
        // The entries in order, chapter by chapter, equal the ones kept.
        let mut kept = self.entries.as_slice();
        for c in &draft.chapters {
            let Some((these, rest)) = kept.split_at_checked(c.indicators.len()) else { return false };
            if these != c.indicators.as_slice() {
                return false;
            }
            kept = rest;
        }
        kept.is_empty()
    }
}

impl Incremental {
    pub fn new() -> Self {
        Self::default()
    }

    /// The findings of `check(draft, template, options)`, reading again only what changed since
    /// the last call.
    pub fn check(&mut self, draft: &Draft, template: &Template, options: &CheckOptions) -> Vec<Finding> {
        let options = effective_options(draft, template, options);
        let same_rules = self.context.as_ref().is_some_and(|c| c.same_rules(template, &options));
        let same_entries = same_rules && self.context.as_ref().is_some_and(|c| c.same_entries(draft));
        if !same_rules {
            self.cache.clear();
        } else if !same_entries {
            // An indicator entry was edited: only fields that read the entries are redone.
            self.cache.forget_entries();
        }
        if !(same_rules && same_entries) {
            self.context = Some(Context::of(template, options, draft));
        }
        // The context's options equal `options` (kept only when the same); moved there, not copied.
        match &self.context {
            Some(context) => checked(draft, template, &context.options, &mut self.cache),
            None => Vec::new(),
        }
    }

    /// How many prose fields the last `check` read afresh (the others came from the cache).
    pub fn fields_read(&self) -> usize {
        self.cache.read
    }
}
