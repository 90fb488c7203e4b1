//! Property tests of figures: format∘parse round-trips, and parse/find never panic on any string.
//! `fuzz_figures_million` (ignored) runs a million cases for `make fuzz`.

use super::*;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

const UNITS: [&str; 16] =
    ["", "件", "人", "户", "人次", "万元", "亿元", "元", "%", "个百分点", "平方米", "公里", "吨", "万人次", "万", "月"];

fn figure() -> impl Strategy<Value = Figure> {
    let approx = prop_oneof![
        Just(None),
        Just(Some("约")),
        Just(Some("近")),
        Just(Some("超过")),
        Just(Some("逾")),
        Just(Some("余")),
        Just(Some("多")),
        Just(Some("以上")),
        Just(Some("左右")),
    ];
    let range = prop_oneof![Just(None), (0u64..100_000, 0u8..3).prop_map(Some)];
    (0u64..10_000_000, 0u8..4, any::<bool>(), 0usize..UNITS.len(), approx, range).prop_map(
        |(int, decimals, negative, unit, approx, range)| {
            let value = number(int, decimals, negative && range.is_none());
            let mut f = Figure { value, unit: UNITS[unit].into(), decimals, ..Figure::default() };
            if let Some((to, d)) = range {
                f.range_to = Some(number(to, d, false));
                f.range_decimals = d;
            } else if let Some(word) = approx {
                f.approx = Approx::from_word(word).map(|(a, _)| a);
                f.approx_word = word.into();
            }
            f
        },
    )
}

/// `int` with its last `decimals` digits after the point, parsed as the author would type it.
fn number(int: u64, decimals: u8, negative: bool) -> f64 {
    let s = format_number(int as f64 / 10f64.powi(decimals as i32), decimals);
    let v: f64 = s.parse().unwrap_or(0.0);
    if negative && v != 0.0 { -v } else { v }
}

fn check_round_trip(f: &Figure) -> Result<(), TestCaseError> {
    let printed = format_figure(f);
    let back = parse(&printed).map_err(|e| TestCaseError::fail(format!("{printed}: {e}")))?;
    prop_assert_eq!(&back, f, "printed as {}", printed);
    Ok(())
}

fn check_no_panic(s: &str) -> Result<(), TestCaseError> {
    let _ = parse(s);
    let n = s.chars().count();
    for f in find_figures(s) {
        prop_assert!(f.start <= f.number_start && f.number_start < f.number_end && f.number_end <= f.end && f.end <= n);
    }
    Ok(())
}

/// Strings made of the characters figures are made of, plus anything.
fn figure_like() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9０-９.,，．%％万亿元件人约近超逾余多以上左右至到—～~\\-年月日第（）()个百分点平米㎡kmPG \n]{0,24}",
    ]
}

proptest! {
    #[test]
    fn format_then_parse_round_trips(f in figure()) {
        check_round_trip(&f)?;
    }

    #[test]
    fn parse_and_find_never_panic(s in figure_like()) {
        check_no_panic(&s)?;
    }
}

#[test]
#[ignore = "long run: `make fuzz`"]
fn fuzz_figures_million() {
    let mut runner = TestRunner::new(Config { cases: 1_000_000, failure_persistence: None, ..Config::default() });
    runner.run(&figure_like(), |s| check_no_panic(&s)).unwrap();
    runner.run(&figure(), |f| check_round_trip(&f)).unwrap();
}
