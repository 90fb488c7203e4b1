//! The DEFLATE encoder: bytes → one raw DEFLATE block with the fixed Huffman codes.
//!
//! LZ77 over a 32 KB window with a hash table of 3-byte prefixes and short chains, greedy with
//! one step of lazy matching; literals and matches go straight out in the fixed codes of
//! RFC 1951 §3.2.6, so there is no code table to build or send. On repetitive XML this comes
//! close to zlib's default level at a fraction of the code. Not tuned for speed or for
//! incompressible data (the zip writer stores a part that does not shrink).

use super::{fixed_lengths, DISTANCE_BASE, DISTANCE_EXTRA, LENGTH_BASE, LENGTH_EXTRA};

const WINDOW: usize = 32 * 1024;
const MIN_MATCH: usize = 3;
const MAX_MATCH: usize = 258;
const HASH_BITS: u32 = 15;
/// How many earlier places with the same 3-byte prefix are tried for each position.
const MAX_CHAIN: usize = 64;
/// A match this long is taken without looking for a longer one at the next byte.
const GOOD_ENOUGH: usize = 32;

/// `data` (under 4 GB, as in a zip without zip64) as raw DEFLATE: a single final block with the
/// fixed Huffman codes.
pub fn deflate(data: &[u8]) -> Vec<u8> {
    let mut out = Encoder {
        bytes: Vec::with_capacity(data.len() / 4 + 16),
        held: 0,
        count: 0,
        literal_codes: canonical_codes(&fixed_lengths()),
        distance_codes: canonical_codes(&[5; 30]),
    };
    out.put(0b011, 3); // final block, fixed codes
    let mut matches = Matcher { data, head: vec![0; 1 << HASH_BITS], prev: vec![0; WINDOW], inserted: 0 };
    let mut pos = 0;
    let mut pending = matches.longest(0);
    while let Some(&byte) = data.get(pos) {
        let (length, distance) = pending;
        if length >= MIN_MATCH && length < GOOD_ENOUGH {
            // Lazy step: a longer match one byte later is worth a literal now.
            let next = matches.longest(pos + 1);
            if next.0 > length {
                out.symbol(usize::from(byte));
                pos += 1;
                pending = next;
                continue;
            }
        }
        if length >= MIN_MATCH {
            out.copy(length, distance);
            pos += length;
        } else {
            out.symbol(usize::from(byte));
            pos += 1;
        }
        pending = matches.longest(pos);
    }
    out.symbol(256); // end of block
    out.finish()
}

/// Bits packed into bytes lowest first, and the fixed codes to write symbols with.
struct Encoder {
    bytes: Vec<u8>,
    held: u32,
    count: u32,
    literal_codes: Vec<u16>,
    distance_codes: Vec<u16>,
}

impl Encoder {
    /// Appends the low `n` bits of `value` (n ≤ 16).
    fn put(&mut self, value: u32, n: u32) {
        self.held |= value << self.count;
        self.count += n;
        while self.count >= 8 {
            self.bytes.push(self.held as u8);
            self.held >>= 8;
            self.count -= 8;
        }
    }

    /// A literal/length symbol (0..=285) in the fixed code.
    fn symbol(&mut self, symbol: usize) {
        let bits = match symbol {
            0..=143 => 8,
            144..=255 => 9,
            256..=279 => 7,
            _ => 8,
        };
        self.put(u32::from(self.literal_codes[symbol]), bits);
    }

    /// A match: `length` (3..=258) bytes from `distance` (1..=32768) back.
    fn copy(&mut self, length: usize, distance: usize) {
        let code = LENGTH_BASE.partition_point(|&b| usize::from(b) <= length) - 1;
        self.symbol(257 + code);
        self.put((length - usize::from(LENGTH_BASE[code])) as u32, u32::from(LENGTH_EXTRA[code]));
        let code = DISTANCE_BASE.partition_point(|&b| usize::from(b) <= distance) - 1;
        self.put(u32::from(self.distance_codes[code]), 5);
        self.put((distance - usize::from(DISTANCE_BASE[code])) as u32, u32::from(DISTANCE_EXTRA[code]));
    }

    fn finish(mut self) -> Vec<u8> {
        if self.count > 0 {
            self.bytes.push(self.held as u8);
        }
        self.bytes
    }
}

/// The codes of a canonical Huffman code given each symbol's length, bit-reversed (DEFLATE
/// sends Huffman codes first bit first into a stream that is otherwise filled low bit first).
fn canonical_codes(lengths: &[u8]) -> Vec<u16> {
    let mut counts = [0u16; 16];
    for &l in lengths {
        counts[usize::from(l)] += 1;
    }
    counts[0] = 0;
    let mut next = [0u16; 16];
    for len in 1..16 {
        next[len] = (next[len - 1] + counts[len - 1]) << 1;
    }
    lengths
        .iter()
        .map(|&l| {
            let code = next[usize::from(l)];
            next[usize::from(l)] += 1;
            code.reverse_bits().checked_shr(16 - u32::from(l)).unwrap_or(0)
        })
        .collect()
}

/// Finds earlier occurrences of the bytes at a position: `head` holds, per hash of 3 bytes, the
/// latest position + 1 (0 = none) and `prev` chains each position to the one before it with the
/// same hash, within the window.
struct Matcher<'a> {
    data: &'a [u8],
    head: Vec<u32>,
    prev: Vec<u32>,
    /// Positions below this are in the tables.
    inserted: usize,
}

impl Matcher<'_> {
    /// The longest match (length, distance) for the bytes at `pos`, or length 0. Positions
    /// before `pos` are added to the tables first.
    fn longest(&mut self, pos: usize) -> (usize, usize) {
        while self.inserted < pos {
            self.insert(self.inserted);
            self.inserted += 1;
        }
        let data = self.data;
        let Some(h) = hash(data, pos) else { return (0, 0) };
        let max = (data.len() - pos).min(MAX_MATCH);
        let (mut best, mut distance) = (0, 0);
        let mut candidate = self.head[h] as usize;
        for _ in 0..MAX_CHAIN {
            if candidate == 0 || pos - (candidate - 1) > WINDOW {
                break;
            }
            let from = candidate - 1;
            if data[from + best] == data[pos + best] {
                let len = data[from..from + max].iter().zip(&data[pos..pos + max]).take_while(|(a, b)| a == b).count();
                if len > best {
                    (best, distance) = (len, pos - from);
                    if len == max {
                        break;
                    }
                }
            }
            let next = self.prev[from % WINDOW] as usize;
            if next >= candidate {
                break;
            }
            candidate = next;
        }
        (best, distance)
    }

    fn insert(&mut self, pos: usize) {
        if let Some(h) = hash(self.data, pos) {
            self.prev[pos % WINDOW] = self.head[h];
            self.head[h] = pos as u32 + 1;
        }
    }
}

/// The hash of the 3 bytes at `pos`, `None` near the end.
fn hash(data: &[u8], pos: usize) -> Option<usize> {
    let b = data.get(pos..pos + MIN_MATCH)?;
    let v = u32::from(b[0]) | u32::from(b[1]) << 8 | u32::from(b[2]) << 16;
    Some((v.wrapping_mul(0x9E37_79B1) >> (32 - HASH_BITS)) as usize)
}
