//! Plain-text export, exactly as an official pastes it into a document system: the title on the
//! first line, one blank line, then one paragraph per line (heading numbers included, no
//! indentation — the receiving system's paragraph style indents), one blank line before the
//! signature lines (unit, date), and a final newline. Not for layout (see `assemble`).

use crate::core::document::{Block, Document};

/// The document as plain text (see the module doc for the layout).
pub fn to_text(doc: &Document) -> String {
    let mut out = String::new();
    if !doc.title.trim().is_empty() {
        out.push_str(doc.title.trim());
        out.push_str("\n\n");
    }
    let mut signed = false;
    for block in &doc.blocks {
        if matches!(block, Block::Signature { .. }) && !signed {
            signed = true;
            if !out.is_empty() && !out.ends_with("\n\n") {
                out.push('\n');
            }
        }
        let line = block.plain_text().replace(['\r', '\n'], "");
        out.push_str(line.trim());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_blank_line_paragraphs_blank_line_signature() {
        let doc = Document {
            title: "甲街道2025年工作总结".into(),
            blocks: vec![
                Block::Paragraph { number: String::new(), lead: String::new(), text: "导语。".into() },
                Block::Heading { level: 1, number: "一、".into(), text: "强化党建".into(), body: String::new() },
                Block::Paragraph { number: "一是".into(), lead: "抓学习。".into(), text: "开展学习6次。\n".into() },
                Block::Signature { text: "甲街道办事处".into() },
                Block::Signature { text: "2025年12月20日".into() },
            ],
        };
        assert_eq!(
            to_text(&doc),
            "甲街道2025年工作总结\n\n导语。\n一、强化党建\n一是抓学习。开展学习6次。\n\n甲街道办事处\n2025年12月20日\n"
        );
        assert_eq!(to_text(&Document::default()), "");
    }
}
