//! Formatting figures per GB/T 15835-2011: Arabic numerals without thousands commas, the
//! precision the author gave, large amounts with 万/亿 (115.2万元, 1.25亿元), approximation words
//! in their place (约500米, 500余米, 2万余人, 95%以上) and ranges (1—9月, 15%～30%, 9亿元～16亿元).
//! Not for parsing (see `parse`).

use super::decimal::{is_multiple_of_ten, to_fixed};
use super::units::{is_time_unit, magnitude_word, normalise_unit, unit_family, UnitFamily};
use super::{ApproxPlace, Approx, Figure};

/// A number with exactly `decimals` digits after the point, no grouping, no `-0`.
pub fn format_number(value: f64, decimals: u8) -> String {
    if !value.is_finite() {
        return "0".into();
    }
    let s = to_fixed(value, decimals.min(20) as usize);
    match s.strip_prefix('-') {
        Some(rest) if rest.chars().all(|c| c == '0' || c == '.') => rest.to_string(),
        _ => s,
    }
}

/// A value with its unit in standard spelling: `format_value(48.8, "％", 2)` → `48.80%`.
pub fn format_value(value: f64, unit: &str, decimals: u8) -> String {
    format!("{}{}", format_number(value, decimals), normalise_unit(unit))
}

/// A whole figure: approximation word, number, magnitude and unit, range.
pub fn format_figure(f: &Figure) -> String {
    let unit = normalise_unit(&f.unit);
    let magnitude = magnitude_word(&unit).unwrap_or("");
    let base = &unit[magnitude.len()..];
    let num = format_number(f.value, f.decimals);
    let word = f.approx_word().unwrap_or("");
    let place = Approx::from_word(word).map(|(_, p)| p);
    let inner = matches!(word, "余" | "多");
    // Pieces pushed in order (no `format!`): smaller code for the same text.
    let mut out = String::with_capacity(num.len() + unit.len() * 2 + 16);
    if matches!(place, Some(ApproxPlace::Before)) {
        out.push_str(word);
    }
    out.push_str(&num);
    match f.range_to {
        Some(to) => {
            let to = format_number(to, f.range_decimals);
            let to_word = if inner { word } else { "" };
            if is_time_unit(&unit) {
                out.push('—');
            } else if unit == "%" || !magnitude.is_empty() {
                out.push_str(&unit);
                out.push('～');
            } else {
                out.push('～');
            }
            out.push_str(&to);
            out.push_str(to_word);
            out.push_str(&unit);
        }
        None if inner => {
            let round = f.value != 0.0 && is_multiple_of_ten(f.value);
            if magnitude.is_empty() || round {
                out.push_str(word);
                out.push_str(&unit);
            } else {
                out.push_str(magnitude);
                out.push_str(word);
                out.push_str(base);
            }
        }
        None => out.push_str(&unit),
    }
    if matches!(place, Some(ApproxPlace::After)) && !inner {
        out.push_str(word);
    }
    out
}

/// A large amount written with 万 or 亿 per GB/T 15835: `format_large(1152000.0, "元")` →
/// `115.2万元`; `format_large(125000000.0, "元")` → `1.25亿元`. Money switches to 万 from 1万,
/// other counts and measures from 10万 (35000人次 stays as written); a unit that already has a
/// magnitude word, percentages and time spans are never scaled. Precision is kept: digits are
/// dropped only where they are zero.
pub fn format_large(value: f64, base_unit: &str) -> String {
    let unit = normalise_unit(base_unit);
    let family = unit_family(&unit);
    let scalable = magnitude_word(&unit).is_none()
        && !matches!(family, Some(UnitFamily::Percent | UnitFamily::PercentPoint | UnitFamily::Duration));
    let wan_from = if family == Some(UnitFamily::Money) { 1e4 } else { 1e5 };
    let abs = value.abs();
    if !scalable || abs < wan_from {
        return format_value(value, &unit, natural_decimals(value));
    }
    let (scaled, word, max) = if abs >= 1e8 { (value / 1e8, "亿", 8) } else { (value / 1e4, "万", 4) };
    let s = format_number(scaled, max);
    format!("{}{word}{unit}", trim_zeros(&s))
}

/// Digits after the point needed to show `value` (at most 6): 1.25 → 2, 3.0 → 0.
pub(super) fn natural_decimals(value: f64) -> u8 {
    if !value.is_finite() {
        return 0;
    }
    let s = trim_zeros(&to_fixed(value, 6));
    s.split_once('.').map(|(_, d)| d.len() as u8).unwrap_or(0)
}

fn trim_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;

    #[test]
    fn numbers_keep_precision_without_commas() {
        assert_eq!(format_number(1095.0, 0), "1095");
        assert_eq!(format_number(48.8, 2), "48.80");
        assert_eq!(format_number(-0.0, 1), "0.0");
        assert_eq!(format_number(-2.5, 1), "-2.5");
        assert_eq!(format_value(1200.0, "平米", 0), "1200平方米");
    }

    #[test]
    fn figures_print_as_standard() {
        let cases = [
            ("1,095件", "1095件"),
            ("１０９５", "1095"),
            ("1.25亿元", "1.25亿元"),
            ("48.88％", "48.88%"),
            ("约500米", "约500米"),
            ("500多米", "500多米"),
            ("2万余人", "2万余人"),
            ("300余万元", "300余万元"),
            ("95%以上", "95%以上"),
            ("500人左右", "500人左右"),
            ("1-9月", "1—9月"),
            ("1至9月", "1—9月"),
            ("15～30%", "15%～30%"),
            ("9亿～16亿元", "9亿元～16亿元"),
            ("100～150千克", "100～150千克"),
            ("3个百分点", "3个百分点"),
        ];
        for (typed, printed) in cases {
            assert_eq!(format_figure(&parse(typed).unwrap()), printed, "{typed}");
        }
    }

    #[test]
    fn large_amounts_use_wan_and_yi() {
        assert_eq!(format_large(1152000.0, "元"), "115.2万元");
        assert_eq!(format_large(125000000.0, "元"), "1.25亿元");
        assert_eq!(format_large(9500.0, "元"), "9500元");
        assert_eq!(format_large(35000.0, "人次"), "35000人次");
        assert_eq!(format_large(350000.0, "人次"), "35万人次");
        assert_eq!(format_large(2400.0, "万元"), "2400万元");
        assert_eq!(format_large(250000.0, "平米"), "25万平方米");
        assert_eq!(format_large(123456.0, "%"), "123456%");
    }
}
