//! The .docx export: an assembled [`Document`] as a Word file in the GB/T 9704 official format
//! (A4, margins 37/35/28/26 mm, 22 lines × 28 characters, 仿宋_GB2312 16 pt body, 方正小标宋简体
//! title, 黑体/楷体 headings, `— N —` page numbers right on odd pages and left on even ones), which opens in Word, WPS and LibreOffice.
//!
//! A small OOXML writer over the `zip` crate (pure-Rust deflate, so it builds for wasm32) rather
//! than a general .docx library: a few kilobytes of code in the app instead of hundreds. It
//! writes documents; it does not read them (see `import`).

mod body;
mod format;
mod parts;
mod xml;

use std::io::Write;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::core::document::Document;

/// MIME type of the file, for downloads.
pub const MIME_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// Writes `doc` as the bytes of a .docx file. Fails only if the zip writer fails (in memory, so
/// in practice never); the message is a Chinese sentence for the author.
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
    write_package(&parts).map_err(|e| format!("生成 Word 文件时出错（{e}），请重试；如仍失败，请改为导出纯文本。"))
}

/// Parts smaller than this are stored, not deflated: they would shrink by a few hundred bytes,
/// and each deflate stream costs a fresh compressor (about a millisecond for the ten small parts).
const DEFLATE_FROM: usize = 4096;

fn write_package(parts: &[(&str, String)]) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, content) in parts {
        let method = if content.len() < DEFLATE_FROM { CompressionMethod::Stored } else { CompressionMethod::Deflated };
        zip.start_file(*name, SimpleFileOptions::default().compression_method(method))?;
        zip.write_all(content.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}
