//! The one JSON reading path of the program: [`tree`] turns text into a [`Node`] tree (syntax
//! errors with their position, keys in file order, repeated keys kept), and [`read`] types nodes
//! field by field, each error naming its JSON path (`chapters[2].indicators[0].unit`) in Chinese.
//!
//! Templates (`template::parse`), drafts (`model::read`) and the browser's stored snapshots are
//! read through here, natively and in the wasm app alike: one small non-generic parser instead of
//! a serde deserializer per type. [`write`] writes JSON byte for byte as serde_json would (hand-written [`ToJson`] per type).

pub mod read;
pub mod tree;
pub mod write;

pub use read::{Fields, ReadError};
pub use tree::{parse, Node, SyntaxError, Value};
pub use write::{Object, ToJson};

/// 1-based line and column (in characters) of byte `at` of `text`, as shown in messages.
pub fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = text.as_bytes().get(..at).unwrap_or(text.as_bytes());
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    // Count characters, not bytes: skip UTF-8 continuation bytes.
    let column = 1 + before[line_start..].iter().filter(|&&b| b & 0xC0 != 0x80).count();
    (line, column)
}

/// `（第 L 行第 C 列）` for byte `at` of `text`.
pub fn position(text: &str, at: usize) -> String {
    let (line, column) = line_column(text, at);
    format!("（第 {line} 行第 {column} 列）")
}
