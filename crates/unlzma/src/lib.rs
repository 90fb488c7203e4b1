//! Decodes a ".lzma" file (LZMA1 "alone": 13-byte header, then the range-coded stream) whose
//! header gives the unpacked size. It is what unpacks zongjie's wasm in the browser: built for
//! wasm32 with no std and no allocator (about 2 KB), driven by src/web/unpack.js, which copies the
//! packed bytes into this module's memory and calls [`unlzma`]. It follows the reference decoder
//! in the LZMA SDK (LzmaSpec.cpp). It is not an encoder and not for streams of unknown size.
//!
//! Damaged input gives an error code, never a read or write outside the two buffers.
#![cfg_attr(target_arch = "wasm32", no_std)]

/// Why a stream could not be decoded (the codes [`unlzma`] returns).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// Header too short, properties out of range (lc + lp > 4), or a size that does not match.
    Header = 1,
    /// The stream ends before the unpacked size is reached.
    Truncated = 2,
    /// A match reaches before the start of the output or past its end.
    Damaged = 3,
}

const LITERAL_PROBS: usize = 0x300 << 4;
const PROBS: usize = LITERAL_PROBS + 192 * 2 + 12 * 4 + 256 + 115 + 16 + 514 * 2;

/// The adaptive probabilities of one stream.
struct Probs([u16; PROBS]);

/// The probabilities of the stream the wasm entry points work on.
static mut TABLE: Probs = Probs([0; PROBS]);

/// Decodes `src` into `out`, whose length must be the size in the header.
pub fn decode(src: &[u8], out: &mut [u8]) -> Result<(), Error> {
    let mut probs = Probs([0; PROBS]);
    Decoder::new(src, out, &mut probs.0)?.run(usize::MAX).map(|_| ())
}

/// The stream [`unlzma_step`] works on, set by [`unlzma_start`].
static mut ACTIVE: Option<Decoder<'static>> = None;

/// The wasm entry point: starts decoding `src_len` bytes at `src` into `out_len` bytes at `out`.
/// Returns 0, or the [`Error`] code.
///
/// # Safety
/// Both ranges must lie in this module's memory, not overlap, and stay untouched until the last
/// [`unlzma_step`].
#[no_mangle]
pub unsafe extern "C" fn unlzma_start(src: *const u8, src_len: usize, out: *mut u8, out_len: usize) -> u32 {
    let src = core::slice::from_raw_parts(src, src_len);
    let out = core::slice::from_raw_parts_mut(out, out_len);
    // wasm32 here is single-threaded: this is the only reference to TABLE (and ACTIVE).
    let probs = &mut *core::ptr::addr_of_mut!(TABLE);
    match Decoder::new(src, out, &mut probs.0) {
        Ok(decoder) => {
            *core::ptr::addr_of_mut!(ACTIVE) = Some(decoder);
            0
        }
        Err(error) => error as u32,
    }
}

/// How many bytes the stream [`unlzma_start`] began has put out so far.
#[no_mangle]
pub extern "C" fn unlzma_out() -> usize {
    // SAFETY: single-threaded wasm32; nothing else holds ACTIVE during this read.
    match unsafe { &*core::ptr::addr_of!(ACTIVE) } {
        Some(decoder) => decoder.at[1],
        None => 0,
    }
}

/// Decodes on until at least `limit` bytes are out. Returns 0 when all are, 255 when there is
/// more to do, or the [`Error`] code. Working in steps lets the browser swap in its optimised
/// compile of this module between calls (a wasm call never changes tier while it runs).
///
/// # Safety
/// Only after an [`unlzma_start`] that returned 0, with its buffers still in place.
#[no_mangle]
pub unsafe extern "C" fn unlzma_step(limit: usize) -> u32 {
    match &mut *core::ptr::addr_of_mut!(ACTIVE) {
        None => Error::Header as u32,
        Some(decoder) => match decoder.run(limit) {
            Ok(true) => 0,
            Ok(false) => 255,
            Err(error) => error as u32,
        },
    }
}

// Offsets of the probability groups in the table.
const IS_MATCH: usize = LITERAL_PROBS;
const IS_REP: usize = IS_MATCH + 192;
const IS_REP_G0: usize = IS_REP + 12;
const IS_REP_G1: usize = IS_REP_G0 + 12;
const IS_REP_G2: usize = IS_REP_G1 + 12;
const IS_REP0_LONG: usize = IS_REP_G2 + 12;
const POS_SLOT: usize = IS_REP0_LONG + 192;
const POS_SPECIAL: usize = POS_SLOT + 256;
const ALIGN: usize = POS_SPECIAL + 115;
const MATCH_LENGTH: usize = ALIGN + 16;
const REP_LENGTH: usize = MATCH_LENGTH + 514;

struct Decoder<'a> {
    src: &'a [u8],
    pos: usize,
    range: u32,
    code: u32,
    out: &'a mut [u8],
    probs: &'a mut [u16; PROBS],
    lc: u32,
    lp_mask: usize,
    pb_mask: usize,
    /// Where a [`Decoder::run`] stopped: state, bytes out, rep0..rep3.
    at: [usize; 6],
}

impl<'a> Decoder<'a> {
    fn new(src: &'a [u8], out: &'a mut [u8], probs: &'a mut [u16; PROBS]) -> Result<Self, Error> {
        if src.len() < 18 || src[13] != 0 {
            return Err(Error::Header);
        }
        let mut props = u32::from(src[0]);
        if props >= 225 {
            return Err(Error::Header);
        }
        let lc = props % 9;
        props /= 9;
        let (lp, pb) = (props % 5, props / 5);
        if lc + lp > 4 {
            return Err(Error::Header);
        }
        let mut size = [0u8; 8];
        size.copy_from_slice(&src[5..13]);
        if u64::from_le_bytes(size) != out.len() as u64 {
            return Err(Error::Header);
        }
        let code = u32::from_be_bytes([src[14], src[15], src[16], src[17]]);
        if code == u32::MAX {
            return Err(Error::Damaged);
        }
        probs.fill(1024);
        Ok(Decoder { src, pos: 18, range: u32::MAX, code, out, probs, lc, lp_mask: (1 << lp) - 1, pb_mask: (1 << pb) - 1, at: [0; 6] })
    }

    fn normalize(&mut self) -> Result<(), Error> {
        if self.range < 1 << 24 {
            let byte = *self.src.get(self.pos).ok_or(Error::Truncated)?;
            self.pos += 1;
            self.range <<= 8;
            self.code = (self.code << 8) | u32::from(byte);
        }
        Ok(())
    }

    /// One bit with the adaptive probability at `i`.
    #[inline(always)]
    fn bit(&mut self, i: usize) -> Result<u32, Error> {
        let p = self.probs[i];
        let bound = (self.range >> 11) * u32::from(p);
        let bit = if self.code < bound {
            self.range = bound;
            self.probs[i] = p + ((2048 - p) >> 5);
            0
        } else {
            self.range -= bound;
            self.code -= bound;
            self.probs[i] = p - (p >> 5);
            1
        };
        self.normalize()?;
        Ok(bit)
    }

    fn tree(&mut self, base: usize, bits: u32) -> Result<u32, Error> {
        let mut m = 1;
        for _ in 0..bits {
            m = (m << 1) | self.bit(base + m as usize)?;
        }
        Ok(m - (1 << bits))
    }

    fn reverse_tree(&mut self, base: usize, bits: u32) -> Result<u32, Error> {
        let (mut m, mut symbol) = (1u32, 0u32);
        for i in 0..bits {
            let bit = self.bit(base + m as usize)?;
            m = (m << 1) | bit;
            symbol |= bit << i;
        }
        Ok(symbol)
    }

    fn direct(&mut self, bits: u32) -> Result<u32, Error> {
        let mut result = 0u32;
        for _ in 0..bits {
            self.range >>= 1;
            let bit = u32::from(self.code >= self.range);
            if bit == 1 {
                self.code -= self.range;
            }
            result = (result << 1) | bit;
            self.normalize()?;
        }
        Ok(result)
    }

    /// A match length minus 2: choice, choice2, low[16][8], mid[16][8], high[256].
    fn length(&mut self, base: usize, pos_state: usize) -> Result<u32, Error> {
        if self.bit(base)? == 0 {
            return self.tree(base + 2 + (pos_state << 3), 3);
        }
        if self.bit(base + 1)? == 0 {
            return Ok(8 + self.tree(base + 130 + (pos_state << 3), 3)?);
        }
        Ok(16 + self.tree(base + 258, 8)?)
    }

    /// Decodes until at least `limit` bytes are out (or all of them); Ok(true) when all are.
    fn run(&mut self, limit: usize) -> Result<bool, Error> {
        let size = self.out.len();
        let [mut state, mut n, mut rep0, mut rep1, mut rep2, mut rep3] = self.at;
        let limit = limit.min(size);
        while n < limit {
            let pos_state = n & self.pb_mask;
            if self.bit(IS_MATCH + (state << 4) + pos_state)? == 0 {
                let previous = if n > 0 { self.out[n - 1] } else { 0 };
                let base = 0x300 * (((n & self.lp_mask) << self.lc) + (usize::from(previous) >> (8 - self.lc)));
                let mut symbol = 1usize;
                if state >= 7 {
                    let mut match_byte = usize::from(self.out[n - rep0 - 1]);
                    while symbol < 0x100 {
                        let match_bit = (match_byte >> 7) & 1;
                        match_byte <<= 1;
                        let bit = self.bit(base + ((1 + match_bit) << 8) + symbol)? as usize;
                        symbol = (symbol << 1) | bit;
                        if match_bit != bit {
                            break;
                        }
                    }
                }
                while symbol < 0x100 {
                    symbol = (symbol << 1) | self.bit(base + symbol)? as usize;
                }
                self.out[n] = symbol as u8;
                n += 1;
                state = if state < 4 { 0 } else if state < 10 { state - 3 } else { state - 6 };
                continue;
            }
            let mut len;
            if self.bit(IS_REP + state)? == 1 {
                if n == 0 {
                    return Err(Error::Damaged);
                }
                if self.bit(IS_REP_G0 + state)? == 0 {
                    if self.bit(IS_REP0_LONG + (state << 4) + pos_state)? == 0 {
                        state = if state < 7 { 9 } else { 11 };
                        self.out[n] = self.out[n - rep0 - 1];
                        n += 1;
                        continue;
                    }
                } else {
                    let distance;
                    if self.bit(IS_REP_G1 + state)? == 0 {
                        distance = rep1;
                    } else {
                        if self.bit(IS_REP_G2 + state)? == 0 {
                            distance = rep2;
                        } else {
                            distance = rep3;
                            rep3 = rep2;
                        }
                        rep2 = rep1;
                    }
                    rep1 = rep0;
                    rep0 = distance;
                }
                len = self.length(REP_LENGTH, pos_state)?;
                state = if state < 7 { 8 } else { 11 };
            } else {
                rep3 = rep2;
                rep2 = rep1;
                rep1 = rep0;
                len = self.length(MATCH_LENGTH, pos_state)?;
                state = if state < 7 { 7 } else { 10 };
                let slot = self.tree(POS_SLOT + ((len.min(3) as usize) << 6), 6)?;
                if slot < 4 {
                    rep0 = slot as usize;
                } else {
                    let bits = (slot >> 1) - 1;
                    let mut distance = (2 | (slot & 1)) << bits;
                    if slot < 14 {
                        distance += self.reverse_tree(POS_SPECIAL + (distance - slot) as usize, bits)?;
                    } else {
                        distance += self.direct(bits - 4)? << 4;
                        distance += self.reverse_tree(ALIGN, 4)?;
                        if distance == u32::MAX {
                            return Err(Error::Truncated); // end marker before the size
                        }
                    }
                    rep0 = distance as usize;
                }
            }
            len += 2;
            if rep0 >= n || len as usize > size - n {
                return Err(Error::Damaged);
            }
            for _ in 0..len {
                self.out[n] = self.out[n - rep0 - 1];
                n += 1;
            }
        }
        self.at = [state, n, rep0, rep1, rep2, rep3];
        Ok(n == size)
    }
}

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}
