//! `word/document.xml`: the title, a blank line, then one paragraph per block of the
//! [`Document`], each with its style, its layout and explicitly fonted runs, then the section.
//!
//! What goes where (fonts, sizes, indents) is decided by `parts::ParagraphKind`; this module only
//! walks the blocks.

use super::parts::{section_properties, ParagraphKind, BODY_RUN, DOCUMENT_END, DOCUMENT_START};
use super::xml::{ParagraphLayout, RunFormat};
use super::xml::runs;
use crate::core::document::{Block, Document};
use crate::core::export::layout::{signature_indent, title_lines};

pub fn document_xml(doc: &Document) -> String {
    let text_len: usize = doc.blocks.iter().map(block_len).sum::<usize>() + doc.title.len();
    let mut out = String::with_capacity(DOCUMENT_START.len() + text_len * 2 + doc.blocks.len() * 700 + 2048);
    out.push_str(DOCUMENT_START);
    let mut paragraphs = 0;
    if !doc.title.trim().is_empty() {
        // A title too long for one line breaks where the sense allows (see `layout`).
        let lines = title_lines(doc.title.trim()).join("\n");
        paragraph(&mut out, ParagraphKind::Title, &[&lines]);
        // GB/T 9704: one blank line between the title and the text.
        paragraph(&mut out, ParagraphKind::Body, &[]);
        paragraphs += 2;
    }
    let mut previous_was_signature = false;
    for (i, block) in doc.blocks.iter().enumerate() {
        // The closing text's last lines go with the signature: no page of signature alone.
        let before_signature = matches!(doc.blocks.get(i + 1), Some(Block::Signature { .. }));
        match block {
            Block::Heading { level, number, text, body } => {
                let kind = ParagraphKind::Heading((*level).clamp(1, 4));
                let heading = format!("{number}{text}");
                let mut layout = kind.layout();
                // A heading that runs on into its text is a whole paragraph: nothing to keep it with.
                layout.keep_next = body.is_empty() || before_signature;
                layout.keep_lines = body.is_empty();
                open_paragraph(&mut out, kind, layout);
                runs(&mut out, &heading, kind.run_format());
                runs(&mut out, body, BODY_RUN);
                out.push_str("</w:p>");
            }
            Block::Paragraph { number, lead, text } => {
                let whole = format!("{number}{lead}{text}");
                let kind = ParagraphKind::Body;
                open_paragraph(&mut out, kind, ParagraphLayout { keep_next: before_signature, ..kind.layout() });
                runs(&mut out, &whole, kind.run_format());
                out.push_str("</w:p>");
            }
            Block::Signature { text } => {
                if !previous_was_signature {
                    // The signature stands one blank line below the text.
                    let blank = ParagraphKind::Body;
                    open_paragraph(&mut out, blank, ParagraphLayout { keep_next: true, ..blank.layout() });
                    out.push_str("</w:p>");
                    paragraphs += 1;
                }
                let kind = ParagraphKind::Signature;
                let mut layout = kind.layout();
                layout.right_chars = signature_indent(&doc.blocks, i);
                // The unit stays on the page of the date (and the blank line above them).
                layout.keep_next = before_signature;
                open_paragraph(&mut out, kind, layout);
                runs(&mut out, text, kind.run_format());
                out.push_str("</w:p>");
            }
        }
        previous_was_signature = matches!(block, Block::Signature { .. });
        paragraphs += 1;
    }
    if paragraphs == 0 {
        // Word wants at least one paragraph in the body.
        paragraph(&mut out, ParagraphKind::Body, &[]);
    }
    section_properties(&mut out);
    out.push_str(DOCUMENT_END);
    out
}

fn block_len(block: &Block) -> usize {
    match block {
        Block::Heading { number, text, body, .. } => number.len() + text.len() + body.len(),
        Block::Paragraph { number, lead, text } => number.len() + lead.len() + text.len(),
        Block::Signature { text } => text.len(),
    }
}

fn open_paragraph(out: &mut String, kind: ParagraphKind, layout: ParagraphLayout) {
    out.push_str("<w:p>");
    kind.paragraph_properties(out, layout);
}

/// A paragraph of `kind` holding `pieces` of text in the kind's own format.
fn paragraph(out: &mut String, kind: ParagraphKind, pieces: &[&str]) {
    open_paragraph(out, kind, kind.layout());
    let format: RunFormat = kind.run_format();
    for text in pieces {
        runs(out, text, format);
    }
    out.push_str("</w:p>");
}
