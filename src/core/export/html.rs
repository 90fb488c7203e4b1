//! HTML export: an escaped fragment of the assembled document for the live preview and for
//! printing, with class names that `styles/print.css` lays out per GB/T 9704 (`zj-` prefixed so
//! the fragment can sit inside an OA system's page). Every user string goes through
//! [`escape_html`]. [`to_html`] is the fragment (the UI adds [`PRINT_CSS`] once);
//! [`to_html_page`] is a self-contained page with the stylesheet inlined, for saving and printing.

use crate::core::document::{Block, Document};
use crate::core::export::layout::{signature_indent, title_lines};

/// The GB/T 9704 stylesheet for the fragment (`styles/print.css`), compiled in.
pub const PRINT_CSS: &str = include_str!("../../../styles/print.css");

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// Appends `text` escaped as [`escape_html`] does.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// The document as an HTML fragment:
/// `<article class="zj-doc">` holding `h1.zj-title`, standalone headings as `h2.zj-h1` …
/// `h5.zj-h4`, a heading with run-on body as `p.zj-p` with a `span.zj-h{level}` inside,
/// paragraphs as `p.zj-p`, the signature lines as `p.zj-sign`. One element per line.
/// Written piece by piece (no `format!`): the same markup for less code in the wasm bundle.
pub fn to_html(doc: &Document) -> String {
    let mut out = String::from("<article class=\"zj-doc\">\n");
    if !doc.title.trim().is_empty() {
        out.push_str("<h1 class=\"zj-title\">");
        for (i, line) in title_lines(doc.title.trim()).into_iter().enumerate() {
            if i > 0 {
                out.push_str("<br>");
            }
            escape_into(&mut out, line);
        }
        out.push_str("</h1>\n");
    }
    let mut signed = false;
    for (i, block) in doc.blocks.iter().enumerate() {
        match block {
            Block::Heading { level, number, text, body } => {
                let level = (*level).clamp(1, 4);
                let digit = char::from(b'0' + level);
                let tag = char::from(b'1' + level);
                if body.trim().is_empty() {
                    out.push_str("<h");
                    out.push(tag);
                    out.push_str(" class=\"zj-h");
                    out.push(digit);
                    out.push_str("\">");
                    escape_into(&mut out, number);
                    escape_into(&mut out, text);
                    out.push_str("</h");
                    out.push(tag);
                    out.push_str(">\n");
                } else {
                    out.push_str("<p class=\"zj-p\"><span class=\"zj-h");
                    out.push(digit);
                    out.push_str("\">");
                    escape_into(&mut out, number);
                    escape_into(&mut out, text);
                    out.push_str("</span>");
                    escape_into(&mut out, body);
                    out.push_str("</p>\n");
                }
            }
            Block::Paragraph { number, lead, text } => {
                out.push_str("<p class=\"zj-p\">");
                escape_into(&mut out, number);
                escape_into(&mut out, lead);
                escape_into(&mut out, text);
                out.push_str("</p>\n");
            }
            Block::Signature { text } => {
                // The right indent in characters (GB/T 9704 §7.3.5.2), e.g. `3em`, `3.5em`.
                let right = signature_indent(&doc.blocks, i);
                out.push_str(if signed { "<p class=\"zj-sign\"" } else { "<p class=\"zj-sign zj-sign-first\"" });
                out.push_str(" style=\"padding-right:");
                out.push_str(&(right / 100).to_string());
                if right % 100 != 0 {
                    out.push_str(".5");
                }
                out.push_str("em\">");
                signed = true;
                escape_into(&mut out, text);
                out.push_str("</p>\n");
            }
        }
    }
    out.push_str("</article>\n");
    out
}

/// A whole HTML page (UTF-8, zh-CN) with the title as `<title>` and [`PRINT_CSS`] inlined:
/// opens from a local file and prints in the official layout.
pub fn to_html_page(doc: &Document) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
        escape_html(doc.title.trim()),
        PRINT_CSS.replace("</", "<\\/"),
        to_html(doc)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stylesheet_follows_gbt_9704() {
        for needed in ["size: A4", "margin: 37mm 26mm 35mm 28mm", "font-size: 16pt", "line-height: 28.95pt", "font-size: 22pt", "letter-spacing: calc(var(--zj-char) - 16pt)", "text-indent: calc(2 * var(--zj-char))", "text-autospace: no-autospace", "text-spacing-trim: space-all", "padding-top: calc(7mm - 7pt)", ".zj-sign-first { margin-top: 28.95pt;", "body:has(> .zj-doc:only-child) { margin: 0; }", "FangSong", "STFangsong", "\"Noto Serif CJK SC\"", "SimHei", "KaiTi", "counter(page)"] {
            assert!(PRINT_CSS.contains(needed), "print.css lacks {needed}");
        }
    }

    #[test]
    fn page_is_self_contained() {
        let doc = Document { title: "甲</title>".into(), blocks: vec![] };
        let page = to_html_page(&doc);
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.contains("<title>甲&lt;/title&gt;</title>"));
        assert!(page.contains("@page"));
        assert!(page.contains("<article class=\"zj-doc\">"));
    }

    #[test]
    fn escapes_everything_the_author_wrote() {
        assert_eq!(escape_html("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        let doc = Document {
            title: "<b>标题</b>".into(),
            blocks: vec![
                Block::Heading { level: 2, number: "（一）".into(), text: "<i>".into(), body: "<script>alert(1)</script>".into() },
                Block::Heading { level: 1, number: "一、".into(), text: "总结".into(), body: String::new() },
                Block::Signature { text: "甲 & 乙".into() },
            ],
        };
        let html = to_html(&doc);
        assert!(!html.contains("<script>") && !html.contains("<b>") && !html.contains("<i>"));
        assert!(html.contains("<h1 class=\"zj-title\">&lt;b&gt;标题&lt;/b&gt;</h1>"));
        assert!(html.contains("<p class=\"zj-p\"><span class=\"zj-h2\">（一）&lt;i&gt;</span>&lt;script&gt;"));
        assert!(html.contains("<h2 class=\"zj-h1\">一、总结</h2>"));
        assert!(html.contains("<p class=\"zj-sign zj-sign-first\" style=\"padding-right:2em\">甲 &amp; 乙</p>"));
    }
}
