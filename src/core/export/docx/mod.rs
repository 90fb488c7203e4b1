//! The .docx export: an assembled [`Document`] as a Word file in the GB/T 9704 official format
//! (A4, margins 37/35/28/26 mm, 22 lines × 28 characters, 仿宋_GB2312 16 pt body, 方正小标宋简体
//! title, 黑体/楷体 headings, `— N —` page numbers right on odd pages and left on even ones),
//! which opens in Word, WPS and LibreOffice.
//!
//! A small OOXML writer — XML written from templates, packed by a hand-written zip container
//! with `miniz_oxide` deflate (see `package`) — rather than a general .docx library or the `zip`
//! crate's writer: a few kilobytes of code in the app instead of tens or hundreds. It writes
//! documents; it does not read them (see `import`).

mod body;
mod format;
mod package;
mod parts;
mod xml;

use crate::core::document::Document;

/// MIME type of the file, for downloads.
pub const MIME_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// Writes `doc` as the bytes of a .docx file. Fails only for a document over 4 GB (no zip64);
/// the message is a Chinese sentence for the author.
pub fn to_docx(doc: &Document) -> Result<Vec<u8>, String> {
    let parts: [(&str, String); 11] = [
        ("[Content_Types].xml", parts::content_types()),
        ("_rels/.rels", parts::package_rels()),
        ("word/document.xml", body::document_xml(doc)),
        ("word/_rels/document.xml.rels", parts::document_rels()),
        ("word/styles.xml", parts::styles()),
        ("word/settings.xml", parts::settings()),
        ("word/fontTable.xml", parts::font_table()),
        ("word/footer1.xml", parts::footer(parts::Pages::Odd)),
        ("word/footer2.xml", parts::footer(parts::Pages::Even)),
        ("docProps/core.xml", parts::core_properties(&doc.title)),
        ("docProps/app.xml", parts::app_properties()),
    ];
    let parts: Vec<(&str, &[u8])> = parts.iter().map(|(name, xml)| (*name, xml.as_bytes())).collect();
    package::zip(&parts).map_err(|e| format!("生成 Word 文件时出错：{e}。请改为导出纯文本。"))
}
