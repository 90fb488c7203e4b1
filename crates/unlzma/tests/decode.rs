//! The decoder against xz (XZ Utils, the reference encoder): what xz packs, `decode` gives back
//! byte for byte, for every kind of data and every literal/position setting the packer may use;
//! damaged and cut streams give an error, never a panic.
use std::io::Write;
use std::process::{Command, Stdio};
use unlzma::{decode, Error};

/// `data` packed by `xz --format=lzma` with the given settings, its header given the real size
/// (as scripts/pack-wasm.py writes it).
fn pack(data: &[u8], lc: u32, lp: u32, pb: u32) -> Vec<u8> {
    let mut xz = Command::new("xz")
        .args(["--format=lzma", &format!("--lzma1=preset=9e,lc={lc},lp={lp},pb={pb}"), "-c"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("xz (XZ Utils) must be installed to run these tests");
    let mut stdin = xz.stdin.take().unwrap();
    let input = data.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input).unwrap());
    let out = xz.wait_with_output().unwrap();
    writer.join().unwrap();
    assert!(out.status.success());
    let mut packed = out.stdout;
    packed[5..13].copy_from_slice(&(data.len() as u64).to_le_bytes());
    packed
}

fn unpack(packed: &[u8], size: usize) -> Result<Vec<u8>, Error> {
    let mut out = vec![0; size];
    decode(packed, &mut out).map(|()| out)
}

/// A small deterministic generator (xorshift), so the tests need no crate.
struct Random(u64);
impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Data of several kinds: noise, long repeats (rep matches, far distances), text-like bytes.
fn samples() -> Vec<Vec<u8>> {
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    let noise: Vec<u8> = (0..70_000).map(|_| random.next() as u8).collect();
    let mut repeats = Vec::new();
    while repeats.len() < 300_000 {
        let at = (random.next() % 60_000) as usize;
        let len = 1 + (random.next() % 300) as usize;
        repeats.extend_from_slice(&noise[at..at + len]);
        if random.next() % 4 == 0 {
            repeats.push(random.next() as u8);
        }
    }
    let words = ["街道", "社区", "完成", "同比增长", "12.5%", "万元", "，", "。", "\n", "一是", "the ", "wasm"];
    let mut text = Vec::new();
    while text.len() < 200_000 {
        text.extend_from_slice(words[(random.next() % words.len() as u64) as usize].as_bytes());
    }
    vec![Vec::new(), vec![7], vec![0; 100_000], noise, repeats, text]
}

#[test]
fn decodes_what_xz_packs_with_every_setting_the_packer_may_use() {
    for data in samples() {
        for (lc, lp, pb) in [(3, 0, 2), (4, 0, 0), (0, 0, 0), (1, 2, 1), (0, 4, 4), (2, 2, 2)] {
            let packed = pack(&data, lc, lp, pb);
            let out = unpack(&packed, data.len()).unwrap_or_else(|e| panic!("{e:?} at lc={lc} lp={lp} pb={pb} len {}", data.len()));
            assert!(out == data, "lc={lc} lp={lp} pb={pb}, {} bytes", data.len());
        }
    }
}

#[test]
fn a_header_that_does_not_fit_is_refused() {
    let data = b"zongjie zongjie zongjie".to_vec();
    let packed = pack(&data, 3, 0, 2);
    assert_eq!(unpack(&packed, data.len() + 1), Err(Error::Header), "size differs from the header");
    assert_eq!(unpack(&packed[..10], data.len()), Err(Error::Header), "too short");
    let mut bad = packed.clone();
    bad[0] = 225;
    assert_eq!(unpack(&bad, data.len()), Err(Error::Header), "properties out of range");
    let mut wide = packed.clone();
    wide[0] = (4 * 5 + 1) * 9 + 4; // lc 4 + lp 1 > 4: more literal tables than the decoder has
    assert_eq!(unpack(&wide, data.len()), Err(Error::Header));
}

#[test]
fn a_cut_stream_is_an_error() {
    let data = samples().swap_remove(5);
    let packed = pack(&data, 4, 0, 0);
    for cut in [18, 19, 100, packed.len() / 2, packed.len() - 7] {
        assert!(unpack(&packed[..cut], data.len()).is_err(), "cut at {cut}");
    }
}

#[test]
fn damaged_streams_give_an_error_or_other_bytes_but_never_panic() {
    let data = samples().swap_remove(4);
    let packed = pack(&data, 4, 0, 0);
    let mut random = Random(42);
    let mut errors = 0;
    for _ in 0..300 {
        let mut bad = packed.clone();
        for _ in 0..1 + random.next() % 4 {
            let at = 18 + (random.next() as usize) % (bad.len() - 18);
            bad[at] ^= 1 << (random.next() % 8);
        }
        match unpack(&bad, data.len()) {
            Err(_) => errors += 1,
            Ok(out) => assert!(out != data || bad == packed),
        }
    }
    assert!(errors > 250, "most damage is detected ({errors} of 300)");
}
