//! The DEFLATE decoder: raw DEFLATE bytes → the original bytes, with a ceiling on the output.
//!
//! Canonical Huffman codes are decoded a bit at a time from the count of codes of each length
//! (as zlib's `puff` does): slower than lookup tables but a few hundred bytes of code, and fast
//! enough for the megabytes of a .docx. Damaged or hostile input ends in an [`InflateError`]:
//! every read is checked, output never grows past the limit, and each loop step consumes input
//! or produces output, so time and memory stay bounded. Not for zlib/gzip headers or streams.

use super::{fixed_lengths, DISTANCE_BASE, DISTANCE_EXTRA, LENGTH_BASE, LENGTH_EXTRA};

/// Why a stream could not be inflated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InflateError {
    /// The bytes are not valid DEFLATE, or end before the last block does.
    Damaged,
    /// The output would be longer than the limit.
    TooLarge,
}

use InflateError::{Damaged, TooLarge};

/// The bytes that raw DEFLATE `data` encodes, at most `limit` of them. Bytes after the final
/// block are ignored.
pub fn inflate(data: &[u8], limit: usize) -> Result<Vec<u8>, InflateError> {
    let mut bits = Bits { data, pos: 0, held: 0, count: 0 };
    let mut out = Vec::with_capacity(data.len().saturating_mul(4).min(limit));
    let mut fixed = None;
    loop {
        let last = bits.take(1)? == 1;
        match bits.take(2)? {
            0 => stored(&mut bits, &mut out, limit)?,
            1 => {
                if fixed.is_none() {
                    fixed = Some((Huffman::new(&fixed_lengths())?, Huffman::new(&[5; 30])?));
                }
                let Some((literals, distances)) = &fixed else { return Err(Damaged) };
                codes(&mut bits, &mut out, limit, literals, distances)?;
            }
            2 => {
                let (literals, distances) = dynamic_tables(&mut bits)?;
                codes(&mut bits, &mut out, limit, &literals, &distances)?;
            }
            _ => return Err(Damaged),
        }
        if last {
            return Ok(out);
        }
    }
}

/// The input read least significant bit first, as DEFLATE packs it.
struct Bits<'a> {
    data: &'a [u8],
    pos: usize,
    /// Bits read from `data` but not yet used, lowest first; `count` of them.
    held: u32,
    count: u32,
}

impl Bits<'_> {
    /// The next `n` bits (n ≤ 16) as a number, the first bit lowest.
    fn take(&mut self, n: u32) -> Result<u32, InflateError> {
        while self.count < n {
            let byte = *self.data.get(self.pos).ok_or(Damaged)?;
            self.pos += 1;
            self.held |= u32::from(byte) << self.count;
            self.count += 8;
        }
        let value = self.held & ((1 << n) - 1);
        self.held >>= n;
        self.count -= n;
        Ok(value)
    }

    /// Drops the bits left in the current byte (stored blocks start on a byte boundary).
    fn align(&mut self) {
        self.held = 0;
        self.count = 0;
    }
}

/// A stored block: LEN, its complement, then LEN bytes as they are.
fn stored(bits: &mut Bits, out: &mut Vec<u8>, limit: usize) -> Result<(), InflateError> {
    bits.align();
    let len = bits.take(16)?;
    if bits.take(16)? != !len & 0xFFFF {
        return Err(Damaged);
    }
    let end = bits.pos + len as usize;
    let bytes = bits.data.get(bits.pos..end).ok_or(Damaged)?;
    if out.len() + bytes.len() > limit {
        return Err(TooLarge);
    }
    out.extend_from_slice(bytes);
    bits.pos = end;
    Ok(())
}

/// A canonical Huffman code: how many codes each length 1..=15 has, and the symbols in code order.
struct Huffman {
    counts: [u16; 16],
    symbols: Vec<u16>,
}

impl Huffman {
    /// The code with `lengths[symbol]` bits (0 = unused, at most 15) for each symbol. An over-subscribed set
    /// of lengths is refused; an incomplete one is kept (its missing codes fail when read).
    fn new(lengths: &[u8]) -> Result<Huffman, InflateError> {
        let mut counts = [0u16; 16];
        for &l in lengths {
            counts[usize::from(l)] += 1;
        }
        counts[0] = 0;
        // Where the symbols of each length start in `symbols`; no length may have more codes
        // than the shorter ones leave free.
        let (mut left, mut offsets) = (1i32, [0u16; 16]);
        for len in 1..16 {
            left = 2 * left - i32::from(counts[len]);
            if left < 0 {
                return Err(Damaged);
            }
            if len < 15 {
                offsets[len + 1] = offsets[len] + counts[len];
            }
        }
        let mut symbols = vec![0u16; lengths.len()];
        for (symbol, &l) in lengths.iter().enumerate() {
            if l != 0 {
                let slot = &mut offsets[usize::from(l)];
                symbols[usize::from(*slot)] = symbol as u16;
                *slot += 1;
            }
        }
        Ok(Huffman { counts, symbols })
    }

    /// Reads one symbol: codes of each length are consecutive numbers, so one comparison per
    /// length finds it.
    fn decode(&self, bits: &mut Bits) -> Result<u16, InflateError> {
        let (mut code, mut first, mut index) = (0i32, 0i32, 0i32);
        for &count in &self.counts[1..] {
            code |= bits.take(1)? as i32;
            let count = i32::from(count);
            if code - first < count {
                return self.symbols.get((index + code - first) as usize).copied().ok_or(Damaged);
            }
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        Err(Damaged)
    }
}

/// Order in which a dynamic block lists the lengths of the code-length code.
const CODE_LENGTH_ORDER: [usize; 19] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/// The literal/length and distance codes a dynamic block describes in its header.
fn dynamic_tables(bits: &mut Bits) -> Result<(Huffman, Huffman), InflateError> {
    let literal_count = bits.take(5)? as usize + 257;
    let distance_count = bits.take(5)? as usize + 1;
    let code_length_count = bits.take(4)? as usize + 4;
    if literal_count > 286 || distance_count > 30 {
        return Err(Damaged);
    }
    let mut code_lengths = [0u8; 19];
    for &symbol in &CODE_LENGTH_ORDER[..code_length_count] {
        code_lengths[symbol] = bits.take(3)? as u8;
    }
    let code_length_code = Huffman::new(&code_lengths)?;
    let total = literal_count + distance_count;
    let mut lengths = Vec::with_capacity(total);
    while lengths.len() < total {
        let (value, repeat) = match code_length_code.decode(bits)? {
            symbol @ 0..=15 => (symbol as u8, 1),
            16 => (*lengths.last().ok_or(Damaged)?, 3 + bits.take(2)?),
            17 => (0, 3 + bits.take(3)?),
            _ => (0, 11 + bits.take(7)?),
        };
        if lengths.len() + repeat as usize > total {
            return Err(Damaged);
        }
        lengths.resize(lengths.len() + repeat as usize, value);
    }
    let (literal_lengths, distance_lengths) = lengths.split_at(literal_count);
    if literal_lengths[256] == 0 {
        return Err(Damaged); // no end-of-block code
    }
    Ok((Huffman::new(literal_lengths)?, Huffman::new(distance_lengths)?))
}

/// The symbols of a Huffman block up to its end-of-block code: literals, and matches copied
/// from the output so far.
fn codes(bits: &mut Bits, out: &mut Vec<u8>, limit: usize, literals: &Huffman, distances: &Huffman) -> Result<(), InflateError> {
    loop {
        let symbol = literals.decode(bits)?;
        if symbol < 256 {
            if out.len() >= limit {
                return Err(TooLarge);
            }
            out.push(symbol as u8);
            continue;
        }
        if symbol == 256 {
            return Ok(());
        }
        let code = usize::from(symbol - 257);
        let (&base, &extra) = LENGTH_BASE.get(code).zip(LENGTH_EXTRA.get(code)).ok_or(Damaged)?;
        let length = usize::from(base) + bits.take(u32::from(extra))? as usize;
        let code = usize::from(distances.decode(bits)?);
        let (&base, &extra) = DISTANCE_BASE.get(code).zip(DISTANCE_EXTRA.get(code)).ok_or(Damaged)?;
        let distance = usize::from(base) + bits.take(u32::from(extra))? as usize;
        if distance > out.len() {
            return Err(Damaged);
        }
        if out.len() + length > limit {
            return Err(TooLarge);
        }
        let from = out.len() - distance;
        for i in from..from + length {
            out.push(out[i]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn over_subscribed_lengths_are_refused_and_incomplete_ones_kept() {
        assert!(Huffman::new(&[1, 1, 1]).is_err());
        assert!(Huffman::new(&[1, 2, 2, 2]).is_err());
        assert!(Huffman::new(&[15; 32769]).is_err());
        assert!(Huffman::new(&[1, 2, 2]).is_ok());
        assert!(Huffman::new(&[1, 0, 3]).is_ok());
        assert!(Huffman::new(&[0; 30]).is_ok());
    }

    #[test]
    fn a_missing_code_is_an_error_not_a_symbol() {
        // One code of length 1 ("0"): "1" is no code at all.
        let code = Huffman::new(&[0, 1]).unwrap();
        let mut bits = Bits { data: &[0b10], pos: 0, held: 0, count: 0 };
        assert_eq!(code.decode(&mut bits), Ok(1));
        assert_eq!(code.decode(&mut bits), Err(Damaged));
    }
}
