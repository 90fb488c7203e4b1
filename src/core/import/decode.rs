//! Text decoding of an imported file: UTF-8 (with or without BOM), UTF-16 with a BOM, and the
//! GB18030/GBK files many Windows machines still write.
//!
//! The GB18030 tables are large, so the core does not carry them into the wasm bundle: the caller
//! passes a [`LegacyDecoder`] — the browser wraps `TextDecoder('gb18030')`, the CLI and the tests
//! use [`native_gb18030`] (encoding_rs, native builds only). Not for .docx (see `docx`).

use super::ImportError;

/// Decodes bytes that are not UTF-8 as GB18030 (a superset of GBK and GB2312); `None` when the
/// bytes are not valid in that encoding either.
pub type LegacyDecoder<'a> = &'a dyn Fn(&[u8]) -> Option<String>;

/// The encoding a text file was read in, for the import report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    Utf8,
    Utf16,
    Gb18030,
}

impl Encoding {
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16 => "UTF-16",
            Encoding::Gb18030 => "GB18030（GBK）",
        }
    }
}

/// Decodes a text file: a BOM decides; else valid UTF-8 is UTF-8; else `legacy` (GB18030).
pub fn decode_text(bytes: &[u8], legacy: Option<LegacyDecoder>) -> Result<(String, Encoding), ImportError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return match std::str::from_utf8(rest) {
            Ok(s) => Ok((s.to_string(), Encoding::Utf8)),
            Err(_) => Err(ImportError::Undecodable),
        };
    }
    if let Some(text) = decode_utf16_with_bom(bytes) {
        return Ok((text, Encoding::Utf16));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok((s.to_string(), Encoding::Utf8));
    }
    let legacy = legacy.ok_or(ImportError::Undecodable)?;
    match legacy(bytes) {
        Some(text) if !text.contains('\u{fffd}') => Ok((text, Encoding::Gb18030)),
        _ => Err(ImportError::Undecodable),
    }
}

fn decode_utf16_with_bom(bytes: &[u8]) -> Option<String> {
    let (little, rest) = if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        (true, rest)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        (false, rest)
    } else {
        return None;
    };
    // An odd last byte is read as a unit whose second byte is zero.
    let mut units: Vec<u16> = Vec::with_capacity(rest.len() / 2 + 1);
    let mut i = 0;
    while i < rest.len() {
        let pair = [rest[i], rest.get(i + 1).copied().unwrap_or(0)];
        units.push(if little { u16::from_le_bytes(pair) } else { u16::from_be_bytes(pair) });
        i += 2;
    }
    Some(String::from_utf16_lossy(&units))
}

/// GB18030 decoding with encoding_rs, for the CLI and native tests. Strict: any byte sequence
/// that is not GB18030 gives `None`.
#[cfg(not(target_arch = "wasm32"))]
pub fn native_gb18030(bytes: &[u8]) -> Option<String> {
    encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(bytes).map(|c| c.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode_text("甲街道".as_bytes(), None).unwrap(), ("甲街道".to_string(), Encoding::Utf8));
        let mut b = b"\xEF\xBB\xBF".to_vec();
        b.extend("乙".as_bytes());
        assert_eq!(decode_text(&b, None).unwrap().0, "乙");
    }

    #[test]
    fn utf16_with_bom() {
        let mut b = vec![0xFF, 0xFE];
        for u in "总结".encode_utf16() {
            b.extend(u.to_le_bytes());
        }
        assert_eq!(decode_text(&b, None).unwrap(), ("总结".to_string(), Encoding::Utf16));
    }

    #[test]
    fn gbk_needs_the_legacy_decoder() {
        // 总结 in GBK.
        let gbk = [0xD7, 0xDC, 0xBD, 0xE1];
        assert_eq!(decode_text(&gbk, None), Err(ImportError::Undecodable));
        let (text, enc) = decode_text(&gbk, Some(&native_gb18030)).unwrap();
        assert_eq!((text.as_str(), enc), ("总结", Encoding::Gb18030));
    }

    #[test]
    fn garbage_is_refused_with_a_reason() {
        let bytes = [0x81, 0x20, 0xFF, 0xFF];
        let err = decode_text(&bytes, Some(&native_gb18030)).unwrap_err();
        assert!(err.to_string().contains("UTF-8"));
    }
}
