//! The .docx export: an assembled [`Document`] as a Word file in the GB/T 9704 official format
//! (A4, margins 37/35/28/26 mm, 22 lines × 28 characters, 仿宋_GB2312 16 pt body, 方正小标宋简体
//! title, 黑体/楷体 headings, `— N —` page numbers right on odd pages and left on even ones),
//! which opens in Word, WPS and LibreOffice.
//!
//! A small OOXML writer — XML written from templates, packed by a hand-written zip container
//! with our own deflate (see `package` and `core::flate`) — rather than a general .docx library
//! or the `zip` crate's writer: a few kilobytes of code in the app instead of tens or hundreds.
//! It writes documents; it does not read them (see `import`).

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
    let document = body::document_xml(doc);
    let styles = parts::styles();
    let settings = parts::settings();
    let fonts = parts::font_table();
    let odd = parts::footer(parts::Pages::Odd);
    let even = parts::footer(parts::Pages::Even);
    let core = parts::core_properties(&doc.title);
    let parts: [(&str, &[u8]); 11] = [
        ("[Content_Types].xml", parts::CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", parts::PACKAGE_RELS.as_bytes()),
        ("word/document.xml", document.as_bytes()),
        ("word/_rels/document.xml.rels", parts::DOCUMENT_RELS.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
        ("word/settings.xml", settings.as_bytes()),
        ("word/fontTable.xml", fonts.as_bytes()),
        ("word/footer1.xml", odd.as_bytes()),
        ("word/footer2.xml", even.as_bytes()),
        ("docProps/core.xml", core.as_bytes()),
        ("docProps/app.xml", parts::APP_PROPERTIES.as_bytes()),
    ];
    package::zip(&parts).map_err(|e| format!("生成 Word 文件时出错：{e}。请改为导出纯文本。"))
}
