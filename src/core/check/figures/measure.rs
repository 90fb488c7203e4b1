//! Written figures as intervals, and the arithmetic of the genre's relations on them.
//!
//! A figure written as `98.0%` stands for anything that rounds to it, `[97.95, 98.05]`; a count
//! written `356件` is exact. Relations (rate, completion, growth, part ≤ whole, sums) are checked
//! by asking whether the interval computed from the inputs meets the interval of what was
//! written, so that rounding of the written digits is never reported as an error. This module
//! knows nothing about units, rules or messages.

use crate::core::figures::decimal::{self, to_fixed};

/// A value as written: `value` with `decimals` digits after the point, standing for anything in
/// `value ± half`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measure {
    pub value: f64,
    pub half: f64,
    pub decimals: u8,
}

/// Slack for floating-point noise when comparing interval ends.
const EPS: f64 = 1e-9;

impl Measure {
    /// An exact value (a count of things written in full).
    pub fn exact(value: f64) -> Self {
        Measure { value, half: 0.0, decimals: decimals_of(value) }
    }

    /// A rounded value: `decimals` digits written, `scale` the size of the written unit in the
    /// unit of `value` (1 for 98.0%; 10 000 for 1.6万人 kept in 人).
    pub fn rounded(value: f64, decimals: u8, scale: f64) -> Self {
        Measure { value, half: 0.5 * 10f64.powi(-(decimals as i32)) * scale.abs(), decimals }
    }

    pub fn lo(&self) -> f64 {
        self.value - self.half
    }

    pub fn hi(&self) -> f64 {
        self.value + self.half
    }

    /// True when the value is a whole number (within floating noise).
    pub fn is_integer(&self) -> bool {
        (self.value - self.value.round()).abs() < 1e-6
    }
}

/// An interval `[lo, hi]` computed from measures, with its point value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    pub value: f64,
    pub lo: f64,
    pub hi: f64,
}

impl Span {
    /// True when `written` (with its own rounding) can be the value of this span.
    pub fn admits(&self, written: &Measure) -> bool {
        written.lo() <= self.hi + EPS * (1.0 + self.hi.abs()) && written.hi() >= self.lo - EPS * (1.0 + self.lo.abs())
    }
}

/// `part / whole × 100` as an interval; `None` when the whole may be zero or negative.
pub fn percent_of(part: &Measure, whole: &Measure) -> Option<Span> {
    if whole.lo() <= 0.0 || !part.value.is_finite() || !whole.value.is_finite() {
        return None;
    }
    let value = part.value / whole.value * 100.0;
    let (a, b) = (part.lo() / whole.hi() * 100.0, part.hi() / whole.lo() * 100.0);
    let (c, d) = (part.lo() / whole.lo() * 100.0, part.hi() / whole.hi() * 100.0);
    let lo = a.min(b).min(c).min(d);
    let hi = a.max(b).max(c).max(d);
    finite(Span { value, lo, hi })
}

/// `(this − last) / last × 100` as an interval; `None` when last year's value may be ≤ 0.
pub fn growth_of(this: &Measure, last: &Measure) -> Option<Span> {
    let ratio = percent_of(this, last)?;
    Some(Span { value: ratio.value - 100.0, lo: ratio.lo - 100.0, hi: ratio.hi - 100.0 })
}

/// The sum of measures as an interval.
pub fn sum_of(parts: &[Measure]) -> Span {
    let value = parts.iter().map(|m| m.value).sum();
    let lo = parts.iter().map(|m| m.lo()).sum();
    let hi = parts.iter().map(|m| m.hi()).sum();
    Span { value, lo, hi }
}

/// True when `part` certainly exceeds `whole`, whatever their rounding.
pub fn exceeds(part: &Measure, whole: &Measure) -> bool {
    part.lo() > whole.hi() + EPS * (1.0 + whole.hi().abs())
}

/// True when two measures certainly differ: no value fits both, whatever their rounding.
pub fn disjoint(a: &Measure, b: &Measure) -> bool {
    a.hi() < b.lo() - 1e-9 || b.hi() < a.lo() - 1e-9
}

/// For a rate of whole things out of `whole` (an exact count), the nearest rates reachable just
/// below and above `written`, as `(part, rate)` pairs; `None` when `written` itself is reachable.
pub fn unreachable_neighbours(written: &Measure, whole: u64) -> Option<((u64, f64), (u64, f64))> {
    if whole == 0 || whole > 10_000_000 || !written.value.is_finite() {
        return None;
    }
    let n = whole as f64;
    let guess = (written.value * n / 100.0).round();
    if !guess.is_finite() {
        return None;
    }
    // `max`/`min`, not `clamp`: its NaN assertion would link std's float printing into the wasm.
    let guess = guess.max(0.0).min(n) as u64;
    let from = guess.saturating_sub(2);
    let to = (guess + 2).min(whole);
    for k in from..=to {
        let span = Span { value: k as f64 / n * 100.0, lo: k as f64 / n * 100.0, hi: k as f64 / n * 100.0 };
        if span.admits(written) {
            return None;
        }
    }
    let below = (written.value * n / 100.0).floor().max(0.0).min(n) as u64;
    let above = (below + 1).min(whole);
    Some(((below, below as f64 / n * 100.0), (above, above as f64 / n * 100.0)))
}

/// `v` with exactly `decimals` digits after the point, as the genre writes it (no `-0`).
pub fn fixed(v: f64, decimals: u8) -> String {
    // 四舍五入 (half away from zero), not the formatter's half-to-even: 12.5 → 13.
    let scale = 10f64.powi(decimals.min(15) as i32);
    let rounded = if v.is_finite() && (v * scale).abs() < 1e15 { (v * scale).round() / scale } else { v };
    let s = to_fixed(rounded, decimals as usize);
    if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') {
        s[1..].to_string()
    } else {
        s
    }
}

/// `v` written plainly: no trailing zeros, at most four decimals (349, 3520, 1.25).
pub fn plain(v: f64) -> String {
    let s = fixed(v, 4);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// `v` rounded to `decimals` digits, but with more digits when the rounding would show exactly
/// `avoid` (99.7% rather than 100% for 355÷356).
pub fn fixed_avoiding(v: f64, decimals: u8, avoid: f64) -> String {
    let mut d = decimals;
    while d < 6 {
        let s = fixed(v, d);
        let back = decimal::parse(&s).unwrap_or(v);
        if (back - avoid).abs() > 1e-12 || (v - avoid).abs() < 1e-12 {
            return s;
        }
        d += 1;
    }
    fixed(v, d)
}

/// Digits after the decimal point needed to show `v` (up to four).
fn decimals_of(v: f64) -> u8 {
    let s = plain(v);
    s.split_once('.').map(|(_, f)| f.len() as u8).unwrap_or(0)
}

fn finite(s: Span) -> Option<Span> {
    (s.value.is_finite() && s.lo.is_finite() && s.hi.is_finite()).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pct(v: f64, d: u8) -> Measure {
        Measure::rounded(v, d, 1.0)
    }

    #[test]
    fn rates_are_checked_within_the_written_rounding() {
        let s = percent_of(&Measure::exact(128.0), &Measure::exact(132.0)).unwrap();
        assert!(s.admits(&pct(97.0, 0)));
        assert!(!s.admits(&pct(96.0, 0)));
        let s = percent_of(&Measure::exact(349.0), &Measure::exact(356.0)).unwrap();
        assert!(s.admits(&pct(98.0, 1)));
        assert!(!s.admits(&pct(99.8, 1)));
        assert_eq!(fixed(s.value, 1), "98.0");
    }

    #[test]
    fn rounded_inputs_widen_the_growth() {
        // 1.25亿 against 1.11亿: anything from 11.7% to 13.6% can be right.
        let g = growth_of(&Measure::rounded(1.25, 2, 1.0), &Measure::rounded(1.11, 2, 1.0)).unwrap();
        assert!(g.admits(&pct(13.0, 0)));
        assert!(g.admits(&pct(12.0, 0)));
        assert!(!g.admits(&pct(15.0, 0)));
    }

    #[test]
    fn unreachable_rates_name_their_neighbours() {
        assert_eq!(unreachable_neighbours(&pct(98.0, 0), 25), Some(((24, 96.0), (25, 100.0))));
        assert_eq!(unreachable_neighbours(&pct(96.0, 0), 25), None);
        assert_eq!(unreachable_neighbours(&pct(100.0, 0), 25), None);
        assert_eq!(unreachable_neighbours(&pct(97.0, 0), 132), None);
    }

    #[test]
    fn numbers_are_written_plainly() {
        assert_eq!(plain(349.0), "349");
        assert_eq!(plain(1.25), "1.25");
        assert_eq!(fixed(-0.01, 1), "0.0");
        assert_eq!(fixed(12.5, 0), "13");
        assert_eq!(fixed(0.125, 2), "0.13");
        assert_eq!(fixed_avoiding(355.0 / 356.0 * 100.0, 0, 100.0), "99.7");
    }
}
