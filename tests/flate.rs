//! Our DEFLATE code (`core::flate`) against the reference implementation (miniz_oxide, also
//! through flate2): known streams of each block kind, round trips both ways, the output limit,
//! and damaged or random input, which must end in an error or some bytes, never a panic.
//! `fuzz_inflate_million` runs a million damaged streams (`make fuzz`).

use std::io::Write;

use proptest::prelude::*;
use zongjie::core::flate::{deflate, inflate, InflateError};

const NO_LIMIT: usize = usize::MAX;

fn hex(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
}

fn reference_inflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::inflate::decompress_to_vec(data).expect("the reference inflates our output")
}

/// Words of a document.xml: markup, Chinese text, figures. Our own phrases.
const XML_WORDS: [&str; 16] = [
    "<w:p>", "</w:p>", "<w:r><w:rPr><w:rFonts w:eastAsia=\"仿宋_GB2312\"/></w:rPr>", "<w:t>", "</w:t></w:r>",
    "<w:pPr><w:ind w:firstLineChars=\"200\"/></w:pPr>", "社区网格", "巡查走访", "隐患整改", "志愿服务", "，", "。",
    "全年完成", "128", "人次", "&amp;",
];

fn xml_like() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(prop::sample::select(XML_WORDS.to_vec()), 0..600).prop_map(|w| w.concat().into_bytes())
}

/// Bytes of every kind: random, runs of one byte, XML-like text, and the three mixed.
fn any_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..3000),
        (any::<u8>(), 0usize..70_000).prop_map(|(b, n)| vec![b; n]),
        xml_like(),
        (xml_like(), prop::collection::vec(any::<u8>(), 0..300), xml_like()).prop_map(|(a, b, c)| [a, b, c].concat()),
        // Long enough to use distances near the 32 KB window.
        (xml_like(), 1usize..60).prop_map(|(x, n)| x.repeat(n)),
    ]
}

#[test]
fn a_stored_block() {
    assert_eq!(inflate(&hex("010500faff68656c6c6f"), NO_LIMIT).unwrap(), b"hello");
    // Two blocks, the first not final and empty.
    assert_eq!(inflate(&hex("000000ffff010200fdff6869"), NO_LIMIT).unwrap(), b"hi");
}

#[test]
fn fixed_blocks_from_zlib() {
    assert_eq!(inflate(&hex("cb48cdc9c90700"), NO_LIMIT).unwrap(), b"hello");
    // A back-reference that overlaps the bytes it writes.
    assert_eq!(inflate(&hex("4b4c4a4e842100"), NO_LIMIT).unwrap(), b"abcabcabcabc");
    assert_eq!(inflate(&hex("4b4c84802420484e4e0100"), NO_LIMIT).unwrap(), b"aaaaaaaabbbbccd");
}

#[test]
fn dynamic_blocks_from_zlib() {
    let text = b"street office annual summary: safety checks done, hazards fixed, residents visited.";
    let stream = hex("05c1810d80200c04c0557e00e2006ed3d027340a24b418717aef3c261918a55826a4f725377cb526739f70298c8d5c992f878ece842a9f4c75147ba909936eca1e8ec7dc827afc");
    assert_eq!(stream[0] >> 1 & 3, 2, "the vector is a dynamic block");
    assert_eq!(inflate(&stream, NO_LIMIT).unwrap(), text);
    // Huffman only (no matches), with code-length repeats.
    let stream = hex("05c1a11100301004a15a4f60f366fb9f000000000055555555dbb66d777777efbdf701");
    assert_eq!(inflate(&stream, NO_LIMIT).unwrap(), b"eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeettttttttttttttttaaaaaaaaoooooonnnn");
}

#[test]
fn our_encoder_writes_the_fixed_code_zlib_writes() {
    assert_eq!(deflate(b"hello"), hex("cb48cdc9c90700"));
    assert_eq!(deflate(b""), hex("0300"));
    assert_eq!(inflate(&deflate(b""), NO_LIMIT).unwrap(), b"");
}

/// Bit fields (value, bit count) packed lowest bit first, as DEFLATE packs its headers.
/// (Huffman codes are packed first bit first: a code of one bit is the same either way.)
fn fields(fields: &[(u32, u32)]) -> Vec<u8> {
    let (mut out, mut held, mut count) = (Vec::new(), 0u64, 0);
    for &(value, n) in fields {
        held |= u64::from(value) << count;
        count += n;
        while count >= 8 {
            out.push(held as u8);
            held >>= 8;
            count -= 8;
        }
    }
    if count > 0 {
        out.push(held as u8);
    }
    out
}

#[test]
fn damaged_streams_are_errors() {
    let dynamic = hex("05c1810d80200c04c0557e00e2006ed3d027340a24b418717aef3c261918a55826a4f725377cb526739f70298c8d5c992f878ece842a9f4c75147ba909936eca1e8ec7dc827afc");
    let damaged = [
        ("nothing", vec![]),
        ("block type 3", hex("07")),
        ("stored: length and complement disagree", hex("010500fbff68656c6c6f")),
        ("stored: shorter than its length", hex("010500faff6865")),
        ("fixed: ends before end-of-block", hex("cb48cdc9c907")),
        ("a non-final block and then nothing", hex("000000ffff")),
        // Fixed block, code 257 (length 3) at distance 1 before any output.
        ("a match before any output", fields(&[(1, 1), (1, 2), (0b100_0000, 7), (0, 5), (0, 16)])),
        ("dynamic: header cut short", dynamic[..12].to_vec()),
        ("dynamic: data cut short", dynamic[..dynamic.len() - 2].to_vec()),
    ];
    for (what, d) in damaged {
        assert_eq!(inflate(&d, NO_LIMIT), Err(InflateError::Damaged), "{what}");
    }
}

#[test]
fn dynamic_headers_that_cannot_be_codes_are_errors() {
    let header = |literals: u32, code_lengths: &[u32]| {
        let mut f = vec![(1, 1), (2, 2), (literals, 5), (0, 5), (code_lengths.len() as u32 - 4, 4)];
        f.extend(code_lengths.iter().map(|&l| (l, 3)));
        f
    };
    let cases = [
        ("288 literal codes", header(31, &[1, 1, 0, 0])),
        ("an over-subscribed code-length code", header(0, &[1; 19])),
        // Code-length code: 16 → "0", 17 → "1"; the first length repeats a previous one.
        ("a repeat with nothing before it", [header(0, &[1, 1, 0, 0]), vec![(0, 1), (0, 2)]].concat()),
        // 17 → "0", 18 → "1": 138 + 138 zero lengths where 258 are announced.
        ("more lengths than announced", [header(0, &[0, 1, 1, 0]), vec![(1, 1), (127, 7), (1, 1), (127, 7)]].concat()),
        // 258 zero lengths: no end-of-block code.
        ("no end-of-block code", [header(0, &[0, 1, 1, 0]), vec![(1, 1), (127, 7), (1, 1), (109, 7), (0, 16)]].concat()),
        // Code-length code: 18 → "0", 0 → "10", 1 → "11" (codes go first bit first, so "10"
        // is the field value 0b01). Literal code: only 256 and 257, one bit each; no distance
        // code; then a match (257).
        ("a match with no distance code", [header(1, &[0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]), vec![(0, 1), (127, 7), (0, 1), (107, 7), (0b11, 2), (0b11, 2), (0b01, 2), (1, 1), (0, 16)]].concat()),
    ];
    for (what, f) in cases {
        assert_eq!(inflate(&fields(&f), NO_LIMIT), Err(InflateError::Damaged), "{what}");
    }
}

#[test]
fn the_limit_stops_a_bomb() {
    let zeros = vec![0u8; 4 << 20];
    let bomb = miniz_oxide::deflate::compress_to_vec(&zeros, 9);
    assert!(bomb.len() < 8 << 10);
    assert_eq!(inflate(&bomb, 1 << 20), Err(InflateError::TooLarge));
    assert_eq!(inflate(&bomb, zeros.len()).unwrap().len(), zeros.len());
    assert_eq!(inflate(&bomb, zeros.len() - 1), Err(InflateError::TooLarge));
    // A stored block over the limit too.
    assert_eq!(inflate(&hex("010500faff68656c6c6f"), 4), Err(InflateError::TooLarge));
}

#[test]
fn xml_deflates_about_as_well_as_zlib_level_6() {
    let mut xml = String::new();
    for i in 0..3000 {
        xml.push_str(XML_WORDS[i * 7 % XML_WORDS.len()]);
        xml.push_str(XML_WORDS[i * i % 13]);
        xml.push_str(&format!("<w:t>{}</w:t>", i * 37 % 1000));
    }
    let ours = deflate(xml.as_bytes()).len();
    let zlib6 = miniz_oxide::deflate::compress_to_vec(xml.as_bytes(), 6).len();
    assert!(ours * 100 < zlib6 * 150, "ours {ours} B, zlib level 6 {zlib6} B of {} B", xml.len());
    assert!(ours * 5 < xml.len());
}

fn flate2_in_pieces(data: &[u8], level: u32, pieces: usize) -> Vec<u8> {
    let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::new(level));
    for chunk in data.chunks(data.len() / pieces.max(1) + 1) {
        encoder.write_all(chunk).unwrap();
        encoder.flush().unwrap(); // a sync flush: ends a block, adds an empty stored block
    }
    encoder.finish().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn our_deflate_round_trips_through_both_inflaters(data in any_bytes()) {
        let packed = deflate(&data);
        prop_assert_eq!(&reference_inflate(&packed), &data);
        prop_assert_eq!(&inflate(&packed, NO_LIMIT).unwrap(), &data);
    }

    #[test]
    fn we_inflate_the_reference_at_every_level(data in any_bytes(), level in 0u8..=10) {
        let packed = miniz_oxide::deflate::compress_to_vec(&data, level);
        prop_assert_eq!(&inflate(&packed, NO_LIMIT).unwrap(), &data);
    }

    #[test]
    fn we_inflate_flushed_multi_block_streams(data in any_bytes(), level in 0u32..=9, pieces in 1usize..6) {
        let packed = flate2_in_pieces(&data, level, pieces);
        prop_assert_eq!(&inflate(&packed, NO_LIMIT).unwrap(), &data);
    }

    #[test]
    fn the_limit_is_exact(data in any_bytes(), cut in 0usize..100, ours in any::<bool>()) {
        let packed = if ours { deflate(&data) } else { miniz_oxide::deflate::compress_to_vec(&data, 6) };
        prop_assert_eq!(inflate(&packed, data.len()).map(|v| v.len()), Ok(data.len()));
        if let Some(limit) = data.len().checked_sub(cut + 1) {
            prop_assert_eq!(inflate(&packed, limit), Err(InflateError::TooLarge));
        }
    }

    #[test]
    fn damaged_streams_never_panic(data in any_bytes(), level in 0u8..=10, flips in prop::collection::vec((any::<usize>(), 0u8..8), 0..6), cut in any::<usize>(), limit in 0usize..100_000) {
        damaged_stream_holds(&data, level, &flips, cut, limit)?;
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000), limit in 0usize..100_000) {
        if let Ok(out) = inflate(&bytes, limit) {
            prop_assert!(out.len() <= limit);
        }
    }
}

/// A valid stream with some bits flipped and maybe cut short inflates to an error or to at most
/// `limit` bytes; cut short and otherwise intact, it is an error.
fn damaged_stream_holds(data: &[u8], level: u8, flips: &[(usize, u8)], cut: usize, limit: usize) -> Result<(), TestCaseError> {
    let mut packed = if level == 10 { deflate(data) } else { miniz_oxide::deflate::compress_to_vec(data, level) };
    let cut = cut % (packed.len() + 1);
    if flips.is_empty() && cut < packed.len() {
        // Only cut: the stream's last bits are missing (a cut at the final padding byte may
        // still decode; everything before it cannot).
        let result = inflate(&packed[..cut], NO_LIMIT);
        if cut + 1 < packed.len() {
            prop_assert_eq!(result, Err(InflateError::Damaged));
        }
    }
    for &(at, bit) in flips {
        if !packed.is_empty() {
            let i = at % packed.len();
            packed[i] ^= 1 << bit;
        }
    }
    packed.truncate(cut);
    if let Ok(out) = inflate(&packed, limit) {
        prop_assert!(out.len() <= limit);
    }
    Ok(())
}

/// Shorter inputs than [`any_bytes`], for the million-case run.
fn short_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![prop::collection::vec(any::<u8>(), 0..1000), xml_like()]
}

#[test]
#[ignore = "a million cases: run with `make fuzz`"]
fn fuzz_inflate_million() {
    let config = ProptestConfig { cases: 1_000_000, failure_persistence: None, ..ProptestConfig::default() };
    proptest!(config, |(data in short_bytes(), level in 0u8..=10, flips in prop::collection::vec((any::<usize>(), 0u8..8), 0..6), cut in any::<usize>(), limit in 0usize..100_000)| {
        damaged_stream_holds(&data, level, &flips, cut, limit)?;
    });
}
