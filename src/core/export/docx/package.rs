//! The zip container of the .docx, written by hand: local headers, data, central directory.
//!
//! A .docx needs only the plainest zip: no zip64, no encryption, no extra fields, fixed
//! timestamps (1980-01-01, so equal documents give equal files). Large parts are raw-deflated by
//! our own encoder (`core::flate`), small ones and any that would not shrink are stored. Writing this ourselves instead of through the `zip` crate
//! keeps the writer's share of the wasm bundle small (see bench/RESULTS-export.md). Reading
//! zips (import) is not done here.

use crate::core::flate::deflate;

/// Parts smaller than this are stored, not deflated: they would shrink by a few hundred bytes
/// at the cost of a fresh compressor each.
const DEFLATE_FROM: usize = 4096;

const METHOD_STORED: u16 = 0;
const METHOD_DEFLATED: u16 = 8;
/// Version 2.0: deflate, folders.
const VERSION: u16 = 20;
/// MS-DOS date of 1980-01-01 (time 00:00 is 0).
const DOS_DATE: u16 = (1 << 5) | 1;

struct Entry {
    name: String,
    method: u16,
    crc: u32,
    compressed: u32,
    size: u32,
    offset: u32,
}

/// The bytes of a zip archive holding `parts` (name, content) in the given order.
pub fn zip(parts: &[(&str, &[u8])]) -> Result<Vec<u8>, String> {
    let total: usize = parts.iter().map(|(n, c)| n.len() + c.len() + 100).sum();
    let mut out = Vec::with_capacity(total / 3 + 1024);
    let mut entries = Vec::with_capacity(parts.len());
    for (name, content) in parts {
        let deflated = if content.len() < DEFLATE_FROM { None } else { Some(deflate(content)).filter(|d| d.len() < content.len()) };
        let (method, data): (u16, &[u8]) = match &deflated {
            Some(d) => (METHOD_DEFLATED, d),
            None => (METHOD_STORED, content),
        };
        let entry = Entry {
            name: name.to_string(),
            method,
            crc: crc32(content),
            compressed: u32_of(data.len())?,
            size: u32_of(content.len())?,
            offset: u32_of(out.len())?,
        };
        local_header(&mut out, &entry);
        out.extend_from_slice(data);
        entries.push(entry);
    }
    let directory_start = u32_of(out.len())?;
    for entry in &entries {
        central_header(&mut out, entry);
    }
    let directory_size = u32_of(out.len())? - directory_start;
    let count = u16::try_from(entries.len()).map_err(|_| "文件中的部件过多".to_string())?;
    put32(&mut out, 0x0605_4b50);
    put16(&mut out, 0); // this disk
    put16(&mut out, 0); // disk of the directory
    put16(&mut out, count);
    put16(&mut out, count);
    put32(&mut out, directory_size);
    put32(&mut out, directory_start);
    put16(&mut out, 0); // comment length
    Ok(out)
}

fn u32_of(n: usize) -> Result<u32, String> {
    u32::try_from(n).map_err(|_| "文档过大（超过 4 GB），无法生成 Word 文件".to_string())
}

fn local_header(out: &mut Vec<u8>, e: &Entry) {
    put32(out, 0x0403_4b50);
    put16(out, VERSION);
    put16(out, 0); // flags
    put16(out, e.method);
    put16(out, 0); // time
    put16(out, DOS_DATE);
    put32(out, e.crc);
    put32(out, e.compressed);
    put32(out, e.size);
    put16(out, e.name.len() as u16);
    put16(out, 0); // extra length
    out.extend_from_slice(e.name.as_bytes());
}

fn central_header(out: &mut Vec<u8>, e: &Entry) {
    put32(out, 0x0201_4b50);
    put16(out, VERSION); // made by (MS-DOS, 2.0)
    put16(out, VERSION); // needed
    put16(out, 0); // flags
    put16(out, e.method);
    put16(out, 0); // time
    put16(out, DOS_DATE);
    put32(out, e.crc);
    put32(out, e.compressed);
    put32(out, e.size);
    put16(out, e.name.len() as u16);
    put16(out, 0); // extra length
    put16(out, 0); // comment length
    put16(out, 0); // disk
    put16(out, 0); // internal attributes
    put32(out, 0); // external attributes
    put32(out, e.offset);
    out.extend_from_slice(e.name.as_bytes());
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// CRC-32 (IEEE 802.3, as zip uses it), one table lookup a byte.
fn crc32(data: &[u8]) -> u32 {
    !data.iter().fold(!0u32, |crc, &b| CRC_TABLE[((crc ^ u32::from(b)) & 0xFF) as usize] ^ (crc >> 8))
}

const CRC_TABLE: [u32; 256] = crc_table();

const fn crc_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn crc_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn a_zip_reader_gets_every_part_back() {
        let big = "公文格式<w:p/>".repeat(2000);
        let parts: [(&str, &[u8]); 3] = [("[Content_Types].xml", b"<Types/>"), ("word/document.xml", big.as_bytes()), ("empty", b"")];
        let bytes = zip(&parts).unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(archive.len(), 3);
        for (i, (name, content)) in parts.iter().enumerate() {
            let mut file = archive.by_index(i).unwrap();
            assert_eq!(file.name().unwrap(), *name);
            let mut back = Vec::new();
            file.read_to_end(&mut back).unwrap();
            assert_eq!(&back, content);
        }
        let document = archive.by_name("word/document.xml").unwrap();
        assert_eq!(document.compression(), zip::CompressionMethod::Deflated);
        assert!(document.compressed_size() * 10 < document.size(), "repetitive XML deflates well");
    }
}
