//! The UI's single door to the core: templates, checks, assembly and exports.
//!
//! Every page calls these functions instead of naming core modules directly, so that when a core
//! function changes shape only this file changes. Nothing here re-implements core logic.

use std::cell::RefCell;
use std::rc::Rc;

use crate::core::assemble;
use crate::core::check::{self, Derived, Finding, Severity};
use crate::core::document::Document;
use crate::core::export;
use crate::core::figures;
use crate::core::model::{Chapter, Draft};
use crate::core::template::{self, ChapterSpec, IndicatorSpec, Template};

/// The built-in templates, in the order the start page lists them.
pub fn builtin_templates() -> Vec<Rc<Template>> {
    template::builtin_templates().into_iter().map(Rc::new).collect()
}

/// The built-in template with this id.
pub fn builtin_template(id: &str) -> Option<Rc<Template>> {
    template::builtin(id).map(Rc::new)
}

/// Reads a template file; the error is a Chinese sentence naming the bad field.
pub fn template_from_json(json: &str) -> Result<Template, String> {
    Template::from_json(json).map_err(|e| e.to_string())
}

/// A new draft from a template: its default chapters with their indicators.
pub fn new_draft(template: &Template, id: &str, unit: &str, year: i32) -> Draft {
    template.new_draft(id, unit, year)
}

/// A chapter of the catalogue, ready to add to a draft.
pub fn chapter_from_spec(template: &Template, spec: &ChapterSpec) -> Option<Chapter> {
    template.chapter_from_catalogue(&spec.id)
}

/// The parsed value of what was typed into an indicator field, and the unit it names (if any).
pub fn parse_figure(text: &str) -> Option<(f64, String)> {
    figures::parse(text).ok().map(|f| (f.value, f.unit))
}

/// Every finding for the draft (acknowledged ones marked).
pub fn findings(draft: &Draft, template: &Template) -> Vec<Finding> {
    check::check(draft, template, &template.check_options())
}

/// The draft checker a mounted app keeps between checks (in a `use_mut_ref`): it remembers each
/// field's results, so that after an edit only the changed fields are read again.
pub use crate::core::check::Incremental as Checker;

/// Every finding for the draft, exactly as [`findings`], reading again only what changed since
/// `checker`'s last check.
pub fn findings_with(checker: &RefCell<Checker>, draft: &Draft, template: &Template) -> Vec<Finding> {
    match checker.try_borrow_mut() {
        Ok(mut checker) => checker.check(draft, template, &template.check_options()),
        // Only if a check were ever started from within another: check without the cache.
        Err(_) => findings(draft, template),
    }
}

/// Findings that stop export: errors not acknowledged.
pub fn blocking(findings: &[Finding]) -> Vec<&Finding> {
    findings.iter().filter(|f| f.severity == Severity::Error && !f.acknowledged).collect()
}

/// The assembled document.
pub fn document(draft: &Draft, template: &Template) -> Document {
    assemble::assemble(draft, template)
}

/// The report's title as it will be printed.
pub fn title(draft: &Draft, template: &Template) -> String {
    assemble::title(draft, template)
}

/// A prose field as the reader will read it: its known `{{indicator}}` tokens replaced by the
/// figures the document prints (an unknown or empty one stays as written, as in the document).
pub fn printed(text: &str, draft: &Draft, template: &Template) -> String {
    if !text.contains("{{") {
        return text.to_string();
    }
    let specs: Vec<&IndicatorSpec> = template.indicators().map(|(_, s)| s).collect();
    check::figures::rendered::Rendered::new(text, draft, &specs).text
}

/// Plain text of the document.
pub fn to_text(doc: &Document) -> String {
    export::text::to_text(doc)
}

/// The document as an HTML fragment in the official page layout (styled by styles/print.css).
pub fn to_html(doc: &Document) -> String {
    export::html::to_html(doc)
}

/// The document as a .docx file in the official format.
pub fn to_docx(doc: &Document) -> Result<Vec<u8>, String> {
    export::docx::to_docx(doc)
}

/// Rates, completions and growths computed from the draft's indicator entries.
pub fn indicator_derived(draft: &Draft, template: &Template) -> Vec<Derived> {
    check::indicator_derived(draft, template)
}

/// One derived value as the form shows it, e.g. 比率 98.0%（349÷356）.
pub fn derived_line(d: &Derived) -> String {
    d.line.clone()
}
