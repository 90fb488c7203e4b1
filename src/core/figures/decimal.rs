//! Decimal text for figures without std's float formatting and parsing (which would link two
//! float printers — Grisu and Dragon — and a float parser into the wasm, ~25 KB of code).
//!
//! [`to_fixed`] writes an `f64` with a given number of decimals, exactly as
//! `format!("{:.*}", decimals, value)` does, from the exact binary value (round half to even on
//! it: 0.125 → "0.12", 2.675 → "2.67"). [`parse`] reads the plain decimals that office staff type
//! (`12.5`, `-3`, `0.25`), exactly as `str::parse::<f64>` does for up to 15 significant digits
//! (and for whole numbers up to 19 digits). Grouping commas, full-width digits and 万/亿 are the
//! callers' business (see `scan`); not for exponents, `inf` or `NaN` text.

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
    // |value| = mantissa × 2^exponent, with the mantissa odd (or zero).
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mut mantissa, mut exponent) = if biased == 0 { (fraction, -1074) } else { (fraction | 1 << 52, biased - 1075) };
    if mantissa == 0 {
        exponent = 0;
    } else {
        let zeros = mantissa.trailing_zeros();
        mantissa >>= zeros;
        exponent += zeros as i32;
    }
    // m × 2^e is a whole number for e ≥ 0; for e < 0 it is m × 5^−e / 10^−e, whose −e last
    // digits are the fraction. Either way every digit of the value is known exactly.
    let mut digits = Digits::from(mantissa);
    let point = if exponent >= 0 {
        digits.multiply_by_power(2, exponent as u32);
        0
    } else {
        digits.multiply_by_power(5, exponent.unsigned_abs());
        exponent.unsigned_abs() as usize
    };
    digits.round_to(point, decimals);
    digits.write(sign, decimals)
}

/// The value of a plain decimal: an optional sign, digits, optionally a point and more digits
/// (`12.5`, `-3`, `.5`, `7.`). `None` for anything else (empty text, a lone point, grouping
/// commas, exponents, `inf`, `NaN`).
///
/// Equal to `text.parse::<f64>()` when the digits without leading zeros number at most 15, or
/// at most 19 with no fraction (the common case, where one correctly rounded operation gives the
/// value). Longer digit strings keep their first 19 significant digits and land within a few
/// units in the last place of std's value; very large exponents give infinity, very small zero.
pub fn parse(text: &str) -> Option<f64> {
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let mut mantissa: u64 = 0;
    let mut significant = 0u32;
    // The value is mantissa × 10^exponent.
    let mut exponent: i32 = 0;
    let mut seen_point = false;
    let mut seen_digit = false;
    for b in body.bytes() {
        match b {
            b'0'..=b'9' => {
                seen_digit = true;
                if significant < 19 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    significant += u32::from(mantissa != 0);
                    exponent -= i32::from(seen_point);
                } else if !seen_point {
                    exponent = exponent.saturating_add(1);
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => return None,
        }
    }
    if !seen_digit {
        return None;
    }
    let magnitude = scale(mantissa, exponent);
    Some(if negative { -magnitude } else { magnitude })
}

/// `mantissa × 10^exponent`, correctly rounded when the mantissa is below 2^53 and the power of
/// ten is exact (|exponent| ≤ 22), or when the exponent is zero.
fn scale(mantissa: u64, exponent: i32) -> f64 {
    let m = mantissa as f64;
    if mantissa == 0 {
        return 0.0;
    }
    if exponent >= 0 {
        if exponent <= 22 {
            return m * 10f64.powi(exponent);
        }
        // Beyond 10^22 the power is rounded too; split so that huge exponents reach infinity.
        return m * 10f64.powi(22) * 10f64.powi(exponent - 22);
    }
    let k = exponent.unsigned_abs().min(800) as i32;
    if k <= 22 {
        return m / 10f64.powi(k);
    }
    // Divide in steps of exact powers so that tiny values reach the subnormals instead of 0/∞.
    let mut v = m;
    let mut left = k;
    while left > 0 {
        let step = left.min(22);
        v /= 10f64.powi(step);
        left -= step;
    }
    v
}

/// A non-negative whole number as decimal digits, least significant first.
struct Digits(Vec<u8>);

impl Digits {
    fn from(mut n: u64) -> Self {
        let mut digits = Vec::with_capacity(32);
        while n > 0 {
            digits.push((n % 10) as u8);
            n /= 10;
        }
        Digits(digits)
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
            digits.splice(0..0, std::iter::repeat_n(0, decimals - point));
            return;
        }
        let dropped = point - decimals;
        let first = digits[dropped - 1];
        let rest_nonzero = digits[..dropped - 1].iter().any(|&d| d != 0);
        let last_kept_odd = digits[dropped] % 2 == 1;
        let up = first > 5 || (first == 5 && (rest_nonzero || last_kept_odd));
        digits.drain(..dropped);
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
        for text in ["", "-", "+", ".", "-.", "1.2.3", "1,000", "1e5", "inf", "NaN", " 1", "1 ", "１２", "--1", "1-"] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn long_and_extreme_inputs_stay_close_to_std() {
        for text in [
            "12345678901234567890123",
            "1234567890.1234567890123",
            "0.00000000000000000000000000012345678901234567",
            "99999999999999999999",
            &format!("1{}", "0".repeat(400)),
            &format!("0.{}1", "0".repeat(400)),
        ] {
            let ours = parse(text).unwrap();
            let std: f64 = text.parse().unwrap();
            assert!(ours == std || ((ours - std) / std).abs() < 1e-14, "{text}: {ours:e} vs {std:e}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

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
        fn parses_any_digit_string_close_to_std(text in "-?[0-9]{1,30}(\\.[0-9]{0,30})?") {
            let ours = parse(&text).unwrap();
            let std: f64 = text.parse().unwrap();
            prop_assert!(ours == std || ((ours - std) / std).abs() < 1e-14, "{}: {:e} vs {:e}", text, ours, std);
        }
    }
}
