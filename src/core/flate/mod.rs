//! Raw DEFLATE (RFC 1951), both ways, for the .docx zip container: [`deflate`] packs the parts
//! the writer produces, [`inflate`] unpacks the parts the importer reads.
//!
//! Our own small code instead of a general compression crate, to keep the wasm bundle small:
//! the decoder reads every kind of block (stored, fixed and dynamic Huffman) and stops with an
//! error, never a panic, on damaged input or output over a limit; the encoder writes one
//! fixed-Huffman stream from LZ77 matches, which is enough for XML. No zlib or gzip framing,
//! no streaming: whole buffers in, whole buffers out.

mod deflate;
mod inflate;

pub use deflate::deflate;
pub use inflate::{inflate, InflateError};

/// Length codes 257..=285: the smallest match length of each code and its count of extra bits.
const LENGTH_BASE: [u16; 29] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA: [u8; 29] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
/// Distance codes 0..=29: the smallest distance of each code and its count of extra bits.
const DISTANCE_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA: [u8; 30] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

/// Code lengths of the fixed literal/length code (RFC 1951 §3.2.6); every fixed distance code is
/// 5 bits long.
fn fixed_lengths() -> [u8; 288] {
    let mut lengths = [8u8; 288];
    lengths[144..256].fill(9);
    lengths[256..280].fill(7);
    lengths
}
