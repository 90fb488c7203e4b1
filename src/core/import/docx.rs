//! Reading a .docx: the text of each body paragraph of `word/document.xml`, in order, with Word's
//! automatic numbering (`numbering.xml`) written back as the marker people see (一、 （一） 1.).
//!
//! A small zip reader (inflate by `core::flate`, whose deflate the .docx writer uses) and a small
//! scan of the XML are enough (no zip or XML crate in the wasm bundle): runs' `<w:t>` text, tabs
//! and breaks; deleted text, field codes and the fallback copy of text boxes are skipped.
//! Formatting, images, headers and footers are not read. Not for writing .docx (see `export`).

use super::ImportError;
use crate::core::flate::{inflate, InflateError};

/// The zip signature every .docx starts with.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Largest XML part we inflate (a 300-page report is ~5 MB of document.xml).
const MAX_PART_BYTES: usize = 64 * 1024 * 1024;

/// The paragraphs of a .docx as plain text, one string per paragraph (empty ones dropped).
pub fn docx_paragraphs(bytes: &[u8]) -> Result<Vec<String>, ImportError> {
    let entries = zip_entries(bytes).ok_or(ImportError::BadDocx)?;
    let document = read_part(bytes, &entries, "word/document.xml")?.ok_or(ImportError::BadDocx)?;
    let numbering = read_part(bytes, &entries, "word/numbering.xml")?.map(|x| Numbering::parse(&x)).unwrap_or_default();
    Ok(paragraphs_of(&document, numbering))
}

/// One file of a zip archive, from its central directory.
struct Entry {
    name: String,
    method: u16,
    compressed: usize,
    local_header: usize,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<usize> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?) as usize)
}

/// The entries of a zip archive (its central directory), `None` when it is not a readable zip.
/// A small reader of our own (stored and deflated entries, no zip64, no encryption): the zip
/// crate's reader would add tens of KB to the wasm bundle for this one use.
fn zip_entries(b: &[u8]) -> Option<Vec<Entry>> {
    // End of central directory: 22 bytes plus a comment of up to 64 KB, at the end.
    let lowest = b.len().saturating_sub(22 + 65_535);
    let eocd = (lowest..=b.len().checked_sub(22)?).rev().find(|&i| b.get(i..i + 4) == Some(b"PK\x05\x06"))?;
    let count = u16_at(b, eocd + 10)? as usize;
    let mut at = u32_at(b, eocd + 16)?;
    let mut out = Vec::with_capacity(count.min(4096));
    for _ in 0..count {
        if b.get(at..at + 4) != Some(b"PK\x01\x02") {
            return None;
        }
        let name_len = u16_at(b, at + 28)? as usize;
        let extra_len = u16_at(b, at + 30)? as usize;
        let comment_len = u16_at(b, at + 32)? as usize;
        let name = String::from_utf8_lossy(b.get(at + 46..at + 46 + name_len)?).into_owned();
        out.push(Entry {
            name,
            method: u16_at(b, at + 10)?,
            compressed: u32_at(b, at + 20)?,
            local_header: u32_at(b, at + 42)?,
        });
        at += 46 + name_len + extra_len + comment_len;
    }
    Some(out)
}

/// The text of one part of the archive; `Ok(None)` when the archive has no such part.
fn read_part(b: &[u8], entries: &[Entry], name: &str) -> Result<Option<String>, ImportError> {
    let Some(e) = entries.iter().find(|e| e.name == name) else { return Ok(None) };
    let local = e.local_header;
    if b.get(local..local + 4) != Some(b"PK\x03\x04") {
        return Err(ImportError::BadDocx);
    }
    let name_len = u16_at(b, local + 26).ok_or(ImportError::BadDocx)? as usize;
    let extra_len = u16_at(b, local + 28).ok_or(ImportError::BadDocx)? as usize;
    let start = local + 30 + name_len + extra_len;
    let data = b.get(start..start.saturating_add(e.compressed)).ok_or(ImportError::BadDocx)?;
    let bytes = match e.method {
        0 => data.to_vec(),
        8 => inflate(data, MAX_PART_BYTES).map_err(|e| match e {
            InflateError::TooLarge => ImportError::DocxTooLarge,
            InflateError::Damaged => ImportError::BadDocx,
        })?,
        _ => return Err(ImportError::BadDocx),
    };
    String::from_utf8(bytes).map(Some).map_err(|_| ImportError::BadDocx)
}

/// One XML tag: its name, whether it closes (`</x>`) or is empty (`<x/>`), and its attributes text.
struct Tag<'a> {
    name: &'a str,
    closing: bool,
    empty: bool,
    attrs: &'a str,
}

impl<'a> Tag<'a> {
    fn parse(inner: &'a str) -> Tag<'a> {
        let closing = inner.starts_with('/');
        let inner = inner.trim_start_matches('/');
        let empty = inner.ends_with('/');
        let inner = inner.trim_end_matches('/');
        let (name, attrs) = match inner.find(|c: char| c.is_whitespace()) {
            Some(i) => (&inner[..i], &inner[i..]),
            None => (inner, ""),
        };
        Tag { name, closing, empty, attrs }
    }

    /// The value of attribute `name` (e.g. `w:val`), unescaped.
    fn attr(&self, name: &str) -> Option<String> {
        let mut rest = self.attrs;
        while let Some(i) = rest.find(name) {
            let before_ok = rest[..i].chars().last().map_or(true, char::is_whitespace);
            let after = &rest[i + name.len()..];
            let after_trim = after.trim_start();
            if before_ok && after_trim.starts_with('=') {
                let value = after_trim[1..].trim_start();
                let quote = value.chars().next()?;
                if quote == '"' || quote == '\'' {
                    let body = &value[1..];
                    let end = body.find(quote)?;
                    return Some(unescape(&body[..end]));
                }
            }
            rest = after;
        }
        None
    }
}

/// Walks the tags and text of an XML string: `f(Some(tag), "")` for a tag, `f(None, text)` for text.
fn scan(xml: &str, mut f: impl FnMut(Option<&Tag>, &str)) {
    let mut rest = xml;
    while !rest.is_empty() {
        match rest.find('<') {
            Some(0) => {
                let Some(end) = rest.find('>') else { return };
                let inner = &rest[1..end];
                if !inner.starts_with('?') && !inner.starts_with('!') {
                    f(Some(&Tag::parse(inner)), "");
                }
                rest = &rest[end + 1..];
            }
            Some(i) => {
                f(None, &rest[..i]);
                rest = &rest[i..];
            }
            None => {
                f(None, rest);
                return;
            }
        }
    }
}

/// XML entity references → characters; an unknown reference is kept as written.
fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(semi) = rest.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..semi];
        let ch = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Word's list definitions: numId → abstract list, and per abstract list and level the number
/// format and the marker text pattern (`%1、`). Plain lists searched linearly (a document has a
/// handful of lists): smaller in the wasm bundle than hash maps.
#[derive(Default)]
struct Numbering {
    /// (numId, abstract list id); a later definition of the same numId wins.
    num_to_abstract: Vec<(String, String)>,
    /// ((abstract list id, level), definition); a later definition wins.
    levels: Vec<((String, u8), Level)>,
    counters: Vec<(String, [u32; 9])>,
}

/// Sets `key` to `value` in a list of pairs (replacing an earlier value, as a map's insert does).
fn set<K: PartialEq, V>(list: &mut Vec<(K, V)>, key: K, value: V) {
    match list.iter_mut().find(|(k, _)| *k == key) {
        Some(slot) => slot.1 = value,
        None => list.push((key, value)),
    }
}

#[derive(Default, Clone)]
struct Level {
    format: String,
    text: String,
    start: u32,
}

impl Numbering {
    fn parse(xml: &str) -> Numbering {
        let mut n = Numbering::default();
        let mut abstract_id: Option<String> = None;
        let mut level: Option<(u8, Level)> = None;
        let mut num_id: Option<String> = None;
        scan(xml, |tag, _| {
            let Some(tag) = tag else { return };
            match (tag.name, tag.closing) {
                ("w:abstractNum", false) => abstract_id = tag.attr("w:abstractNumId"),
                ("w:abstractNum", true) => abstract_id = None,
                ("w:lvl", false) => {
                    let ilvl = tag.attr("w:ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                    level = Some((ilvl, Level { start: 1, ..Level::default() }));
                }
                ("w:lvl", true) => {
                    if let (Some(a), Some((ilvl, l))) = (abstract_id.clone(), level.take()) {
                        set(&mut n.levels, (a, ilvl), l);
                    }
                }
                ("w:start", false) => {
                    if let Some((_, l)) = level.as_mut() {
                        l.start = tag.attr("w:val").and_then(|v| v.parse().ok()).unwrap_or(1);
                    }
                }
                ("w:numFmt", false) => {
                    if let Some((_, l)) = level.as_mut() {
                        l.format = tag.attr("w:val").unwrap_or_default();
                    }
                }
                ("w:lvlText", false) => {
                    if let Some((_, l)) = level.as_mut() {
                        l.text = tag.attr("w:val").unwrap_or_default();
                    }
                }
                ("w:num", false) => num_id = tag.attr("w:numId"),
                ("w:num", true) => num_id = None,
                ("w:abstractNumId", false) => {
                    if let (Some(id), Some(a)) = (num_id.clone(), tag.attr("w:val")) {
                        set(&mut n.num_to_abstract, id, a);
                    }
                }
                _ => {}
            }
        });
        n
    }

    /// The marker Word would print for the next paragraph of list `num_id` at level `ilvl`.
    fn level(&self, abs: &str, ilvl: u8) -> Option<&Level> {
        self.levels.iter().find(|((a, i), _)| a == abs && *i == ilvl).map(|(_, l)| l)
    }

    fn next_marker(&mut self, num_id: &str, ilvl: u8) -> String {
        let Some(abs) = self.num_to_abstract.iter().find(|(n, _)| n == num_id).map(|(_, a)| a.clone()) else {
            return String::new();
        };
        let ilvl = ilvl.min(8);
        let Some(level) = self.level(&abs, ilvl).cloned() else { return String::new() };
        if level.format == "bullet" || level.format == "none" {
            return String::new();
        }
        let mut starts = [1u32; 9];
        for (i, s) in starts.iter_mut().enumerate() {
            if let Some(l) = self.level(&abs, i as u8) {
                *s = l.start;
            }
        }
        let at = match self.counters.iter().position(|(a, _)| *a == abs) {
            Some(at) => at,
            None => {
                self.counters.push((abs.clone(), [0; 9]));
                self.counters.len() - 1
            }
        };
        let counters = &mut self.counters[at].1;
        let i = ilvl as usize;
        counters[i] = if counters[i] == 0 { starts[i] } else { counters[i] + 1 };
        for deeper in counters.iter_mut().skip(i + 1) {
            *deeper = 0;
        }
        let counters = *counters;
        let mut out = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek().and_then(|d| d.to_digit(10))) {
                ('%', Some(d)) if (1..=9).contains(&d) => {
                    chars.next();
                    let at = d as usize - 1;
                    let value = counters[at].max(starts[at]);
                    let format = self.level(&abs, at as u8).map_or("decimal", |l| l.format.as_str());
                    out.push_str(&format_number(value, format));
                }
                _ => out.push(c),
            }
        }
        out
    }
}

fn format_number(n: u32, format: &str) -> String {
    match format {
        "chineseCounting" | "chineseCountingThousand" | "chineseLegalSimplified" | "ideographDigital"
        | "japaneseCounting" | "taiwaneseCounting" => chinese_numeral(n),
        _ => n.to_string(),
    }
}

/// 1 → 一, 10 → 十, 21 → 二十一 (as far as 99; larger ones in digits); 0 → 零 as Word prints it.
fn chinese_numeral(n: u32) -> String {
    if n == 0 {
        "零".to_string()
    } else {
        crate::core::outline::chinese_numeral(n)
    }
}

/// The paragraphs of `word/document.xml`.
fn paragraphs_of(document: &str, mut numbering: Numbering) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack: Vec<Para> = Vec::new();
    let mut in_text = false;
    let mut in_run = false;
    let mut skip_depth = 0usize;
    scan(document, |tag, text| {
        let Some(tag) = tag else {
            if in_text && skip_depth == 0 {
                if let Some(p) = stack.last_mut() {
                    p.text.push_str(&unescape(text));
                }
            }
            return;
        };
        match tag.name {
            // Deleted text, field codes and the fallback copy of a text box are not the document.
            "w:del" | "w:instrText" | "w:delText" | "mc:Fallback" if !tag.empty => {
                if tag.closing {
                    skip_depth = skip_depth.saturating_sub(1);
                } else {
                    skip_depth += 1;
                }
            }
            "w:p" if tag.closing || tag.empty => {
                let p = if tag.empty { Para::default() } else { stack.pop().unwrap_or_default() };
                if skip_depth == 0 {
                    let marker = match &p.num_id {
                        Some(id) => numbering.next_marker(id, p.ilvl),
                        None => String::new(),
                    };
                    let text = p.text.trim().to_string();
                    if !text.is_empty() {
                        out.push(format!("{marker}{text}"));
                    }
                }
            }
            "w:p" => stack.push(Para::default()),
            "w:t" => in_text = !tag.closing && !tag.empty,
            "w:r" => in_run = !tag.closing && !tag.empty,
            "w:tab" if in_run && !tag.closing => push(&mut stack, skip_depth, "\t"),
            "w:br" | "w:cr" if in_run && !tag.closing => push(&mut stack, skip_depth, "\n"),
            "w:numId" if !tag.closing => {
                if let Some(p) = stack.last_mut() {
                    p.num_id = tag.attr("w:val").filter(|v| v != "0");
                }
            }
            "w:ilvl" if !tag.closing => {
                if let Some(p) = stack.last_mut() {
                    p.ilvl = tag.attr("w:val").and_then(|v| v.parse().ok()).unwrap_or(0);
                }
            }
            _ => {}
        }
    });
    out
}

/// A paragraph being read: its text so far and its list membership.
#[derive(Default)]
struct Para {
    text: String,
    num_id: Option<String>,
    ilvl: u8,
}

fn push(stack: &mut [Para], skip_depth: usize, s: &str) {
    if skip_depth == 0 {
        if let Some(p) = stack.last_mut() {
            p.text.push_str(s);
        }
    }
}
