//! Decimal text for numbers without std's float formatting and parsing (which would link two
//! float printers — Grisu and Dragon — and a float parser into the wasm, ~25 KB of code).
//!
//! [`to_fixed`] writes an `f64` with a given number of decimals, exactly as
//! `format!("{:.*}", decimals, value)` does, from the exact binary value (round half to even on
//! it: 0.125 → "0.12", 2.675 → "2.67"). [`shortest`] writes it as `format!("{value}")` does.
//! [`parse`] reads decimals (`12.5`, `-3`, `0.25`, `1.5e3`) to the nearest `f64`, exactly as
//! `str::parse::<f64>` does. Grouping commas, full-width digits and 万/亿 are the callers'
//! business (see `scan`); `inf` and `NaN` text are not read.
//!
//! Every comparison is made on exact decimal digits (an `f64` is m × 2^e, a finite decimal), so
//! no case is approximate; common inputs take a one-operation fast path.

use std::cmp::Ordering;

/// `value` with exactly `decimals` digits after the point, no grouping: the same text as
/// `format!("{:.*}", decimals, value)`, including `-0.0`, `NaN`, `inf` and `-inf`.
pub fn to_fixed(value: f64, decimals: usize) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value.is_infinite() {
        return format!("{sign}inf");
    }
    let (mantissa, exponent) = binary_parts(value.abs());
    let (mut digits, point) = Digits::exact(mantissa, exponent);
    digits.round_to(point, decimals);
    digits.write(sign, decimals)
}

/// `value` with the fewest significant digits that read back as it, no exponent: the same text
/// as `format!("{value}")` (`0.1`, `1`, `1e21` as `1000000000000000000000`, `-0`, `NaN`, `inf`).
pub fn shortest(value: f64) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value.is_infinite() {
        return format!("{sign}inf");
    }
    let x = value.abs();
    let exact = Significant::of(x);
    // Every decimal strictly between the neighbouring midpoints reads back as x; the midpoints
    // themselves do when x's mantissa is even (ties go to even).
    let even = x.to_bits() & 1 == 0;
    let high = upper_midpoint(x);
    let low = (x > 0.0).then(|| upper_midpoint(f64::from_bits(x.to_bits() - 1)));
    let inside = |d: &Significant| {
        let above_low = low.as_ref().map_or(Ordering::Greater, |l| d.cmp(l));
        let below_high = high.cmp(d);
        let bound = if even { Ordering::Less } else { Ordering::Equal };
        above_low > bound && below_high > bound
    };
    let mut digits = exact.clone();
    for n in 1..exact.digits.len() {
        let (down, up, up_nearer) = exact.bracket(n);
        // The nearer of the two n-digit neighbours when both read back (up on a tie).
        let pick = match (inside(&down), inside(&up)) {
            (true, true) => Some(if up_nearer { up } else { down }),
            (true, false) => Some(down),
            (false, true) => Some(up),
            (false, false) => None,
        };
        if let Some(d) = pick {
            digits = d;
            break;
        }
    }
    digits.plain(sign)
}

/// The nearest `f64` to a decimal: an optional sign, digits with at most one point (at least one
/// digit), optionally `e`/`E`, a sign and exponent digits (`12.5`, `-3`, `.5`, `7.`, `1e-3`).
/// `None` for anything else (empty text, a lone point, grouping commas, spaces, `inf`, `NaN`).
/// Equal to `text.parse::<f64>()` on every such text; too large gives infinity, too small zero.
pub fn parse(text: &str) -> Option<f64> {
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let bytes = body.as_bytes();
    let mut digits = Vec::with_capacity(bytes.len());
    let mut whole: i32 = 0;
    let mut seen_point = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => {
                digits.push(b - b'0');
                whole = whole.saturating_add(i32::from(!seen_point));
            }
            b'.' if !seen_point => seen_point = true,
            b'e' | b'E' => break,
            _ => return None,
        }
        i += 1;
    }
    if digits.is_empty() {
        return None;
    }
    let mut exponent: i32 = 0;
    if i < bytes.len() {
        let mut rest = &bytes[i + 1..];
        let exponent_negative = rest.first() == Some(&b'-');
        if matches!(rest.first(), Some(b'-' | b'+')) {
            rest = &rest[1..];
        }
        if rest.is_empty() || !rest.iter().all(u8::is_ascii_digit) {
            return None;
        }
        for &b in rest {
            // Beyond a million the value is 0 or infinity anyway.
            exponent = (exponent * 10 + i32::from(b - b'0')).min(1_000_000);
        }
        if exponent_negative {
            exponent = -exponent;
        }
    }
    let magnitude = nearest(&Significant::new(digits, whole.saturating_add(exponent)));
    Some(if negative { -magnitude } else { magnitude })
}

/// The `f64` nearest to `target` (ties to even), as IEEE rounding defines it.
fn nearest(target: &Significant) -> f64 {
    let n = target.digits.len().min(19);
    let mantissa = target.digits[..n].iter().fold(0u64, |m, &d| m * 10 + u64::from(d));
    // target ≈ mantissa × 10^power (exactly, when no digit was left out).
    let power = target.exponent.saturating_sub(n as i32);
    let mut x = scale(mantissa, power);
    // One correctly rounded operation on exact operands: this is already the nearest.
    if n == target.digits.len() && (power == 0 || (mantissa < 1 << 53 && (-22..=22).contains(&power))) {
        return x;
    }
    // Otherwise x is within a few units in the last place: step to the nearest by comparing
    // the target with the exact midpoints on either side of x.
    if x.is_infinite() {
        x = f64::MAX;
    }
    for _ in 0..200 {
        let odd = x.to_bits() & 1 == 1;
        match target.cmp(&upper_midpoint(x)) {
            Ordering::Greater => {
                x = f64::from_bits(x.to_bits() + 1);
                if x.is_infinite() {
                    return x;
                }
                continue;
            }
            Ordering::Equal => return if odd { f64::from_bits(x.to_bits() + 1) } else { x },
            Ordering::Less if x == 0.0 => return x,
            Ordering::Less => {}
        }
        let below = f64::from_bits(x.to_bits() - 1);
        match target.cmp(&upper_midpoint(below)) {
            Ordering::Less => x = below,
            Ordering::Equal => return if odd { below } else { x },
            Ordering::Greater => return x,
        }
    }
    x
}

/// `mantissa × 10^exponent` in floating point: exact operands and one rounding when the mantissa
/// is below 2^53 and |exponent| ≤ 22; otherwise within a few units in the last place (and
/// infinity or zero far out of range).
fn scale(mantissa: u64, exponent: i32) -> f64 {
    let m = mantissa as f64;
    if mantissa == 0 {
        return 0.0;
    }
    if exponent >= 0 {
        if exponent <= 22 {
            return m * 10f64.powi(exponent);
        }
        return m * 10f64.powi(22) * 10f64.powi(exponent.min(400) - 22);
    }
    // Divide in steps of exact powers so that tiny values reach the subnormals, not 0.
    let mut v = m;
    let mut left = exponent.unsigned_abs().min(800) as i32;
    while left > 0 {
        let step = left.min(22);
        v /= 10f64.powi(step);
        left -= step;
    }
    v
}

/// Whether `value` is a whole multiple of ten, zero included: exactly `value % 10.0 == 0.0`,
/// without linking the float remainder (`fmod` and its 128-bit division, ~2 KB of wasm).
pub fn is_multiple_of_ten(value: f64) -> bool {
    if !value.is_finite() {
        return false;
    }
    // value = m × 2^e with m odd: a multiple of ten is even (e ≥ 1) and m a multiple of five.
    let (mantissa, exponent) = binary_parts(value.abs());
    mantissa == 0 || (exponent >= 1 && mantissa % 5 == 0)
}

/// A non-negative finite `x` as `mantissa × 2^exponent`, the mantissa odd (or zero, exponent 0).
fn binary_parts(x: f64) -> (u64, i32) {
    let (mantissa, exponent) = ieee_parts(x);
    if mantissa == 0 {
        return (0, 0);
    }
    let zeros = mantissa.trailing_zeros();
    (mantissa >> zeros, exponent + zeros as i32)
}

/// A non-negative finite `x` as the IEEE fields give it: `mantissa × 2^exponent`.
fn ieee_parts(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 { (fraction, -1074) } else { (fraction | 1 << 52, biased - 1075) }
}

/// The exact midpoint between a non-negative finite `x` and the next `f64` up:
/// x + half a unit in the last place = (2m + 1) × 2^(e − 1).
fn upper_midpoint(x: f64) -> Significant {
    let (mantissa, exponent) = ieee_parts(x);
    let (digits, point) = Digits::exact(2 * mantissa + 1, exponent - 1);
    digits.significant(point)
}

/// A non-negative decimal by its significant digits: 0.d₁d₂… × 10^exponent, without leading or
/// trailing zeros (no digits for zero). Ordered by value.
#[derive(Clone, PartialEq, Eq)]
struct Significant {
    digits: Vec<u8>,
    exponent: i32,
}

impl Significant {
    /// `digits` (most significant first) with the decimal point after the first `whole` of them.
    fn new(mut digits: Vec<u8>, whole: i32) -> Self {
        let leading = digits.iter().position(|&d| d != 0).unwrap_or(digits.len());
        digits.copy_within(leading.., 0);
        digits.truncate(digits.len() - leading);
        while digits.last() == Some(&0) {
            digits.pop();
        }
        let exponent = if digits.is_empty() { 0 } else { whole.saturating_sub(leading as i32) };
        Significant { digits, exponent }
    }

    /// The exact value of a non-negative finite `x`.
    fn of(x: f64) -> Self {
        let (mantissa, exponent) = binary_parts(x);
        let (digits, point) = Digits::exact(mantissa, exponent);
        digits.significant(point)
    }

    /// The n-digit decimals just below and just above this one (which has more than n digits),
    /// and whether the one above is at least as near.
    fn bracket(&self, n: usize) -> (Self, Self, bool) {
        let down = Significant::new(self.digits[..n].to_vec(), self.exponent);
        let mut up_digits = self.digits[..n].to_vec();
        let mut exponent = self.exponent;
        match up_digits.iter().rposition(|&d| d != 9) {
            Some(k) => {
                up_digits[k] += 1;
                up_digits.truncate(k + 1);
            }
            None => {
                up_digits = vec![1];
                exponent += 1;
            }
        }
        let up = Significant::new(up_digits, exponent);
        let up_nearer = self.digits[n] >= 5;
        (down, up, up_nearer)
    }

    /// Plain text without exponent after `sign`: `0.0012`, `12.5`, `1200`, `0`.
    fn plain(&self, sign: &str) -> String {
        let mut out = String::with_capacity(sign.len() + self.digits.len() + 8);
        out.push_str(sign);
        let e = self.exponent;
        if self.digits.is_empty() {
            out.push('0');
            return out;
        }
        if e <= 0 {
            out.push_str("0.");
            (e..0).for_each(|_| out.push('0'));
        }
        for (i, &d) in self.digits.iter().enumerate() {
            if e > 0 && i == e as usize {
                out.push('.');
            }
            out.push(char::from(b'0' + d));
        }
        (self.digits.len() as i32..e).for_each(|_| out.push('0'));
        out
    }
}

impl PartialOrd for Significant {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Significant {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self.digits.is_empty(), other.digits.is_empty()) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Less,
            (false, true) => Ordering::Greater,
            _ => self.exponent.cmp(&other.exponent).then_with(|| self.digits.cmp(&other.digits)),
        }
    }
}

/// A non-negative whole number as decimal digits, least significant first.
struct Digits(Vec<u8>);

impl Digits {
    /// The digits of `mantissa × 2^exponent` and how many of them are after the point: a whole
    /// number for exponent ≥ 0, else m × 5^−e / 10^−e. Every digit is exact.
    fn exact(mantissa: u64, exponent: i32) -> (Self, usize) {
        let mut digits = Vec::with_capacity(32);
        let mut n = mantissa;
        while n > 0 {
            digits.push((n % 10) as u8);
            n /= 10;
        }
        let mut digits = Digits(digits);
        if exponent >= 0 {
            digits.multiply_by_power(2, exponent as u32);
            (digits, 0)
        } else {
            digits.multiply_by_power(5, exponent.unsigned_abs());
            (digits, exponent.unsigned_abs() as usize)
        }
    }

    /// As significant digits, with `point` of them after the decimal point.
    fn significant(self, point: usize) -> Significant {
        let whole = self.0.len() as i32 - point as i32;
        Significant::new(self.0.into_iter().rev().collect(), whole)
    }

    /// Multiplies by `base^power` (`base` 2 or 5), a few powers at a time.
    fn multiply_by_power(&mut self, base: u64, mut power: u32) {
        // 2^30 and 5^13 keep every digit × factor + carry within u64.
        let chunk = if base == 2 { 30 } else { 13 };
        while power > 0 {
            let step = power.min(chunk);
            self.multiply(base.pow(step));
            power -= step;
        }
    }

    fn multiply(&mut self, factor: u64) {
        let mut carry = 0u64;
        for d in self.0.iter_mut() {
            let x = u64::from(*d) * factor + carry;
            *d = (x % 10) as u8;
            carry = x / 10;
        }
        while carry > 0 {
            self.0.push((carry % 10) as u8);
            carry /= 10;
        }
    }

    /// With `point` of the digits after the decimal point, rounds to `decimals` of them (half to
    /// even on the exact digits), leaving exactly `decimals` digits after the point and at
    /// least one before it.
    fn round_to(&mut self, point: usize, decimals: usize) {
        let digits = &mut self.0;
        if digits.len() <= point {
            digits.resize(point + 1, 0);
        }
        if point <= decimals {
            let mut padded = vec![0; decimals - point];
            padded.extend_from_slice(digits);
            *digits = padded;
            return;
        }
        let dropped = point - decimals;
        let first = digits[dropped - 1];
        let rest_nonzero = digits[..dropped - 1].iter().any(|&d| d != 0);
        let last_kept_odd = digits[dropped] % 2 == 1;
        let up = first > 5 || (first == 5 && (rest_nonzero || last_kept_odd));
        digits.copy_within(dropped.., 0);
        digits.truncate(digits.len() - dropped);
        if up {
            let mut i = 0;
            loop {
                match digits.get_mut(i) {
                    Some(9) => digits[i] = 0,
                    Some(d) => {
                        *d += 1;
                        break;
                    }
                    None => {
                        digits.push(1);
                        break;
                    }
                }
                i += 1;
            }
        }
    }

    /// The text: `sign`, the whole part without leading zeros (at least "0"), then the point and
    /// the `decimals` last digits, if any.
    fn write(&self, sign: &str, decimals: usize) -> String {
        let digits = &self.0;
        let mut whole = digits.len();
        while whole > decimals + 1 && digits[whole - 1] == 0 {
            whole -= 1;
        }
        let mut out = String::with_capacity(sign.len() + whole + 1);
        out.push_str(sign);
        for (i, &d) in digits[..whole].iter().enumerate().rev() {
            if i + 1 == decimals {
                out.push('.');
            }
            out.push(char::from(b'0' + d));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn std_fixed(v: f64, d: usize) -> String {
        format!("{:.*}", d, v)
    }

    #[test]
    fn formats_like_std_on_halfway_and_edge_cases() {
        let cases = [
            (0.125, 2, "0.12"),
            (0.375, 2, "0.38"),
            (2.675, 2, "2.67"),
            (1.005, 2, "1.00"),
            (0.5, 0, "0"),
            (1.5, 0, "2"),
            (2.5, 0, "2"),
            (12.5, 0, "12"),
            (9.995, 2, "9.99"),
            (9.9999, 2, "10.00"),
            (99.5, 0, "100"),
            (-0.0, 1, "-0.0"),
            (-0.001, 2, "-0.00"),
            (0.0, 0, "0"),
            (48.8, 2, "48.80"),
            (1095.0, 0, "1095"),
            (f64::NAN, 2, "NaN"),
            (f64::INFINITY, 1, "inf"),
            (f64::NEG_INFINITY, 0, "-inf"),
        ];
        for (v, d, text) in cases {
            assert_eq!(to_fixed(v, d), text, "{v} with {d}");
            assert_eq!(to_fixed(v, d), std_fixed(v, d), "{v} with {d}");
        }
        for v in [f64::MAX, f64::MIN_POSITIVE, 5e-324, -5e-324, 1e300, 123456789012345680000.0, 0.1, 1.0 / 3.0] {
            for d in [0, 1, 2, 6, 20, 30] {
                assert_eq!(to_fixed(v, d), std_fixed(v, d), "{v:e} with {d}");
            }
        }
    }

    #[test]
    fn parses_like_std() {
        for text in ["0", "12.5", "-3", "+7", "0.25", ".5", "7.", "-0", "-0.0", "00012.50", "3456", "2.675", "1.005"] {
            assert_eq!(parse(text).map(f64::to_bits), text.parse::<f64>().ok().map(f64::to_bits), "{text}");
        }
        assert_eq!(parse("123456789012345678"), Some(123456789012345678.0));
        assert_eq!(parse("0.000000000000000000000000000001"), "1e-30".parse().ok());
    }

    #[test]
    fn parse_refuses_what_is_not_a_plain_decimal() {
        for text in ["", "-", "+", ".", "-.", "1.2.3", "1,000", "inf", "NaN", " 1", "1 ", "１２", "--1", "1-", "e5", ".e5", "1e", "1e+", "1e5.5", "1e 5"] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn long_and_extreme_inputs_read_like_std() {
        for text in [
            "12345678901234567890123",
            "1234567890.1234567890123",
            "0.00000000000000000000000000012345678901234567",
            "99999999999999999999",
            "0.30000000000000004",
            "9007199254740993",
            "2.2250738585072011e-308",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.8e308",
            "1e-400",
            "1e400",
            "1e+1000000000000",
            "0e99999",
            "1.5E3",
            "-7.25e-2",
            &format!("1{}", "0".repeat(400)),
            &format!("0.{}1", "0".repeat(400)),
            &format!("0.{}1", "0".repeat(320)),
        ] {
            assert_eq!(parse(text).map(f64::to_bits), text.parse::<f64>().ok().map(f64::to_bits), "{text}");
        }
    }

    #[test]
    fn shortest_writes_like_display() {
        for v in [0.0, -0.0, 1.0, 0.1, 0.3, 0.1 + 0.2, 1e21, 1e23, 123456.789, 5e-324, f64::MAX, f64::MIN_POSITIVE, 2f64.powi(60), f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(shortest(v), format!("{v}"), "{v:e}");
        }
    }

    /// The exact decimal halfway between `a` and the next double up, from std's exact digits.
    fn halfway(a: f64) -> String {
        let next = f64::from_bits(a.to_bits() + 1);
        let (x, y) = (format!("{a:.1100}"), format!("{next:.1100}"));
        // Add the two digit strings (same layout) and halve the sum, digit by digit.
        let (xd, yd): (Vec<u32>, Vec<u32>) = (
            x.bytes().filter(u8::is_ascii_digit).map(|b| u32::from(b - b'0')).collect(),
            y.bytes().filter(u8::is_ascii_digit).map(|b| u32::from(b - b'0')).collect(),
        );
        let whole = y.find('.').unwrap();
        let pad = |v: Vec<u32>, w: usize| [vec![0; whole - w], v].concat();
        let (xd, yd) = (pad(xd, x.find('.').unwrap()), pad(yd, whole));
        let mut sum = vec![0u32; xd.len() + 1];
        let mut carry = 0;
        for k in (0..xd.len()).rev() {
            let t = xd[k] + yd[k] + carry;
            sum[k + 1] = t % 10;
            carry = t / 10;
        }
        sum[0] = carry;
        let mut half = Vec::with_capacity(sum.len() + 1);
        let mut rem = 0;
        for d in sum.iter().chain(std::iter::once(&0)) {
            let t = rem * 10 + d;
            half.push(char::from_digit(t / 2, 10).unwrap());
            rem = t % 2;
        }
        let digits: String = half.into_iter().collect();
        let (w, f) = digits.split_at(whole + 1);
        format!("{w}.{f}")
    }

    #[test]
    fn multiples_of_ten_like_the_float_remainder() {
        for x in [0.0, -0.0, 10.0, -10.0, 5.0, 2.0, 20.0, 30.0, 15.0, 1e22, 1e300, 2f64.powi(60), 0.5, 100.5, f64::MAX, f64::NAN, f64::INFINITY] {
            assert_eq!(is_multiple_of_ten(x), x % 10.0 == 0.0, "{x}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        #[test]
        fn multiples_of_ten_like_the_float_remainder_anywhere(bits in any::<u64>(), int in -1_000_000i64..1_000_000) {
            let v = f64::from_bits(bits);
            prop_assert_eq!(is_multiple_of_ten(v), v % 10.0 == 0.0);
            prop_assert_eq!(is_multiple_of_ten(int as f64), int % 10 == 0);
        }

        #[test]
        fn formats_any_double_like_std(bits in any::<u64>(), decimals in 0usize..=20) {
            let v = f64::from_bits(bits);
            prop_assert_eq!(to_fixed(v, decimals), std_fixed(v, decimals));
        }

        #[test]
        fn formats_everyday_values_like_std(v in -1e12f64..1e12, decimals in 0usize..=8) {
            prop_assert_eq!(to_fixed(v, decimals), std_fixed(v, decimals));
        }

        #[test]
        fn formats_halfway_decimals_like_std(int in 0u64..10_000_000, places in 1u32..=6, decimals in 0usize..=6) {
            // n.xx5-style values: exactly half-way in decimal, just above or below in binary.
            let v = (int * 10 + 5) as f64 / 10f64.powi(places as i32 + 1);
            prop_assert_eq!(to_fixed(v, decimals), std_fixed(v, decimals));
            let exact_half = (int * 2 + 1) as f64 / 2f64.powi(places as i32);
            prop_assert_eq!(to_fixed(exact_half, decimals), std_fixed(exact_half, decimals));
        }

        #[test]
        fn parses_typed_decimals_like_std(
            mantissa in 0u64..(1 << 53),
            places in 0usize..=22,
            negative in any::<bool>(),
            zeros in 0usize..3,
        ) {
            // The digits of `mantissa` with the last `places` of them after the point.
            let digits = format!("{:0>width$}", mantissa, width = places + 1);
            let (whole, fraction) = digits.split_at(digits.len() - places);
            let sign = if negative { "-" } else { "" };
            let text = if places == 0 {
                format!("{sign}{}{whole}", "0".repeat(zeros))
            } else {
                format!("{sign}{}{whole}.{fraction}", "0".repeat(zeros))
            };
            prop_assert_eq!(parse(&text).map(f64::to_bits), text.parse::<f64>().ok().map(f64::to_bits), "{}", text);
        }

        #[test]
        fn parses_whole_numbers_up_to_19_digits_like_std(n in 0u64..10_000_000_000_000_000_000) {
            let text = n.to_string();
            prop_assert_eq!(parse(&text).map(f64::to_bits), text.parse::<f64>().ok().map(f64::to_bits), "{}", text);
        }

        #[test]
        fn parses_what_it_formats(v in -1e9f64..1e9, decimals in 0usize..=6) {
            let text = to_fixed(v, decimals);
            prop_assert_eq!(parse(&text).map(f64::to_bits), text.parse::<f64>().ok().map(f64::to_bits), "{}", text);
        }

        #[test]
        fn parses_any_decimal_like_std(text in "[-+]?[0-9]{0,30}(\\.[0-9]{0,30})?([eE][-+]?[0-9]{1,3})?") {
            prop_assert_eq!(parse(&text).map(f64::to_bits), text.parse::<f64>().ok().map(f64::to_bits), "{}", text);
        }

        #[test]
        fn shortest_writes_any_double_like_display(bits in any::<u64>()) {
            let v = f64::from_bits(bits);
            prop_assert_eq!(shortest(v), format!("{v}"));
        }

        #[test]
        fn shortest_writes_everyday_values_like_display(v in -1e9f64..1e9) {
            prop_assert_eq!(shortest(v), format!("{v}"));
        }
    }

    proptest! {
        // Midpoints and far exponents take hundreds of digits: fewer cases keep these quick.
        #![proptest_config(ProptestConfig::with_cases(3_000))]

        #[test]
        fn reads_back_every_double(bits in any::<u64>()) {
            let v = f64::from_bits(bits);
            prop_assume!(v.is_finite());
            for text in [format!("{v}"), format!("{v:e}"), format!("{v:.17e}"), format!("{v:.3e}")] {
                prop_assert_eq!(parse(&text).map(f64::to_bits), text.parse::<f64>().ok().map(f64::to_bits), "{}", text);
            }
        }

        #[test]
        fn halfway_decimals_round_to_even_like_std(bits in 0u64..0x7fef_ffff_ffff_ffff, nudge in 0usize..3) {
            // Exactly halfway between two doubles, or a hair above or below it.
            let a = f64::from_bits(bits);
            let mut text = halfway(a);
            match nudge {
                1 => text.push_str("0000000001"),
                2 => {
                    // The largest decimal with one more digit that is below the midpoint.
                    let trimmed = text.trim_end_matches('0').to_string();
                    let last = trimmed.len() - 1;
                    match trimmed.as_bytes()[last] {
                        // A whole midpoint: nudge it up instead.
                        b'.' => text.push_str("0000000001"),
                        d => text = format!("{}{}9999", &trimmed[..last], d - b'0' - 1),
                    }
                }
                _ => {}
            }
            prop_assert_eq!(parse(&text).map(f64::to_bits), text.parse::<f64>().ok().map(f64::to_bits), "{}", text);
        }
    }
}
