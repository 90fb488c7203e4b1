//! Import: plain text (UTF-8 or GB18030/GBK) and .docx reports into a structured draft, keeping
//! every sentence; and the reuse mode that turns last year's report into this year's base.
//!
//! [`import_text`] reads the outline (`outline::parse_outline`) and maps it onto the draft: title
//! → meta, opening, domain chapters (matched to the template's catalogue where confident, see
//! `matching`), their points (一是 series, lead sentences, numbered sub-headings), problems, plan,
//! key tasks, honours and closing. What is not understood stays as free text in a point body,
//! so rendering the draft again loses no sentence. [`import_bytes`] first decodes a file (see
//! `decode`, `docx`). [`reuse_as_base`] is in `reuse`; `marks` is the pure side of the 检查文本
//! page (highlight pieces, applying suggestions). Checking the result is `check`'s job.

mod clean;
pub mod decode;
pub mod docx;
pub mod marks;
pub mod matching;
mod reuse;
mod text;

use serde::Serialize;

use super::check::Finding;
use super::model::{Draft, PartKind};
use super::template::{self, Template};

pub use decode::{Encoding, LegacyDecoder};
pub use reuse::reuse_as_base;

/// What an import produced: the draft, findings about the input (junk removed, a title that
/// could not be kept as written) and a report of what was recognised, for the preview.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct ImportResult {
    pub draft: Draft,
    pub findings: Vec<Finding>,
    pub report: ImportReport,
}

/// What the importer recognised, shown before the author opens the draft.
#[derive(Serialize, Clone, Debug, PartialEq, Default)]
pub struct ImportReport {
    /// `text` or `docx`.
    pub source: String,
    /// Encoding of a text file (none for pasted text and .docx).
    pub encoding: Option<Encoding>,
    /// The title as written, if the report has one.
    pub title: Option<String>,
    pub unit: String,
    /// The year summarised, if found.
    pub year: Option<i32>,
    /// Whether the report has a plan part (in the title or by a heading).
    pub has_plan: bool,
    /// The parts found, in document order.
    pub parts: Vec<PartKind>,
    pub chapters: Vec<ChapterReport>,
    pub indicators: Vec<IndicatorReport>,
    /// Points kept as free text (no lead phrase recognised).
    pub free_points: usize,
    /// Paragraphs of the input (for the preview's counts).
    pub paragraphs: usize,
}

/// One domain chapter as imported.
#[derive(Serialize, Clone, Debug, PartialEq, Default)]
pub struct ChapterReport {
    /// The chapter id in the draft.
    pub id: String,
    pub heading: String,
    /// The template chapter matched, with its catalogue name; `None` for a custom chapter.
    pub template_chapter: Option<String>,
    pub template_name: Option<String>,
    pub points: usize,
}

/// One indicator filled from a figure in the prose.
#[derive(Serialize, Clone, Debug, PartialEq, Default)]
pub struct IndicatorReport {
    pub chapter: String,
    pub indicator: String,
    pub name: String,
    /// The figure as written, e.g. `4500余人次`.
    pub text: String,
    /// The clause it was read from.
    pub excerpt: String,
}

/// Why a file could not be imported. `Display` tells the author what to do.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    /// Neither UTF-8 nor GB18030.
    Undecodable,
    /// Zip signature or .docx name, but not a readable Word document.
    BadDocx,
    /// A readable .docx whose text part is larger than the importer unpacks.
    DocxTooLarge,
    /// A legacy binary Word/WPS file (.doc, .wps).
    LegacyWord,
    /// PDF, images and the like.
    NotText,
    /// Nothing but blanks.
    Empty,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ImportError::Undecodable => {
                "未能识别文件的文字编码（既不是 UTF-8，也不是 GB18030/GBK）。请在记事本或 WPS 中将文件另存为 UTF-8 编码的文本后再导入，或直接粘贴文字。"
            }
            ImportError::BadDocx => {
                "未能读取这个 Word 文件的内容，文件可能已损坏或并非 .docx 格式。请在 Word 或 WPS 中打开后另存为 .docx 再导入，或直接粘贴文字。"
            }
            ImportError::DocxTooLarge => {
                "这个 Word 文件的正文内容太多，超出了一次能导入的上限。请把文档拆分成几个较小的文件分别导入，或复制需要的部分直接粘贴。"
            }
            ImportError::LegacyWord => {
                "暂不能读取旧版 .doc/.wps 文件。请在 Word 或 WPS 中打开后另存为 .docx 或纯文本再导入，或直接粘贴文字。"
            }
            ImportError::NotText => "这个文件不是文本或 Word 文档（可能是 PDF 或图片）。请导入 .txt 或 .docx 文件，或直接粘贴文字。",
            ImportError::Empty => "没有可导入的文字。请粘贴总结全文，或选择含有文字的 .txt / .docx 文件。",
        })
    }
}

impl std::error::Error for ImportError {}

/// Imports a report's plain text into a draft for `template`.
pub fn import_text(text: &str, template: &Template) -> ImportResult {
    text::import(text, template, "text", None)
}

/// Imports a file: .docx (by its zip signature or name) or text in UTF-8/UTF-16/GB18030. On the
/// native side GB18030 is decoded with encoding_rs; in the browser use [`import_bytes_with`] and
/// pass a decoder built on `TextDecoder('gb18030')`.
pub fn import_bytes(bytes: &[u8], filename: &str, template: &Template) -> Result<ImportResult, ImportError> {
    #[cfg(not(target_arch = "wasm32"))]
    let legacy: Option<LegacyDecoder> = Some(&decode::native_gb18030);
    #[cfg(target_arch = "wasm32")]
    let legacy: Option<LegacyDecoder> = None;
    import_bytes_with(bytes, filename, template, legacy)
}

/// [`import_bytes`] with the caller's GB18030 decoder (`None`: only UTF-8/UTF-16 text is read).
pub fn import_bytes_with(
    bytes: &[u8],
    filename: &str,
    template: &Template,
    legacy: Option<LegacyDecoder>,
) -> Result<ImportResult, ImportError> {
    Ok(import_decoded(&decode_bytes(bytes, filename, legacy)?, template))
}

/// A file's text, read but not yet imported (so it can be imported with several templates).
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    /// `text` or `docx`.
    pub source: &'static str,
    pub encoding: Option<Encoding>,
}

/// Reads a file's text: .docx (by its zip signature or name) or text in UTF-8/UTF-16/GB18030.
pub fn decode_bytes(bytes: &[u8], filename: &str, legacy: Option<LegacyDecoder>) -> Result<Decoded, ImportError> {
    let name = filename.to_ascii_lowercase();
    if docx::is_zip(bytes) || name.ends_with(".docx") {
        let paragraphs = docx::docx_paragraphs(bytes)?;
        // Blank lines keep Word's paragraphs apart (they are never lines broken mid-sentence).
        let text = paragraphs.join("\n\n");
        if text.trim().is_empty() {
            return Err(ImportError::Empty);
        }
        return Ok(Decoded { text, source: "docx", encoding: None });
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0") || name.ends_with(".doc") || name.ends_with(".wps") {
        return Err(ImportError::LegacyWord);
    }
    if bytes.starts_with(b"%PDF") || bytes.starts_with(b"\x89PNG") || bytes.starts_with(b"\xFF\xD8\xFF") {
        return Err(ImportError::NotText);
    }
    let (text, encoding) = decode::decode_text(bytes, legacy)?;
    if text.contains('\0') {
        return Err(ImportError::NotText);
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(Decoded { text, source: "text", encoding: Some(encoding) })
}

/// Imports text already read from a file.
pub fn import_decoded(decoded: &Decoded, template: &Template) -> ImportResult {
    text::import(&decoded.text, template, decoded.source, decoded.encoding)
}

/// The index of the template that fits a report best: one whose kind matches whether the report
/// has a plan part, then the one its chapters match most. `None` for an empty list.
pub fn best_template(text: &str, templates: &[Template]) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, t) in templates.iter().enumerate() {
        let r = import_text(text, t);
        let kind_fits = r.report.has_plan == (t.kind == template::ReportKind::SummaryAndPlan);
        let matched = r.report.chapters.iter().filter(|c| c.template_chapter.is_some()).count();
        let score = usize::from(kind_fits) * 1000 + matched;
        if best.map_or(true, |(_, s)| score > s) {
            best = Some((i, score));
        }
    }
    best.map(|(i, _)| i)
}
