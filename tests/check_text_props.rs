//! `check_text` never panics and keeps its positions inside the input, on any string: multibyte,
//! control chars, stray markers and quotes. `make fuzz` runs the ignored million-case version.

use proptest::prelude::*;
use zongjie::core::check::{check_text, CheckOptions};

/// Strings biased towards what the rules look at.
fn report_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("一、".to_string()),
        Just("（一）".to_string()),
        Just("(二)".to_string()),
        Just("1.".to_string()),
        Just("1、".to_string()),
        Just("一是".to_string()),
        Just("三是".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("。".to_string()),
        Just("，".to_string()),
        Just(",".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("（".to_string()),
        Just("》".to_string()),
        Just("**".to_string()),
        Just("XX".to_string()),
        Just("近500多米".to_string()),
        Just("1152000元".to_string()),
        Just("1-9月".to_string()),
        Just("2026年已完成".to_string()),
        Just("2025年工作总结和2026年工作安排".to_string()),
        Just("截止目前".to_string()),
        Just("㎡".to_string()),
        Just("平方米".to_string()),
        "[0-9.,%～—-]{1,6}",
        "\\PC{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

fn holds(text: &str, year: Option<i32>) {
    let options = CheckOptions { year, ..CheckOptions::default() };
    let n = text.chars().count();
    for f in check_text(text, &options) {
        let (s, e) = (f.location.start.unwrap_or(0), f.location.end.unwrap_or(0));
        assert!(s <= e && e <= n, "{f:?}");
        assert!(f.location.line.unwrap_or(0) >= 1 && f.location.column.unwrap_or(0) >= 1, "{f:?}");
    }
}

proptest! {
    #[test]
    fn never_panics_on_any_string(text in any::<String>(), year in proptest::option::of(1900i32..2100)) {
        holds(&text, year);
    }

    #[test]
    fn never_panics_on_report_like_text(text in report_like()) {
        holds(&text, Some(2025));
    }
}

#[test]
fn control_and_odd_chars() {
    for text in ["\0", "\u{feff}一、", "\r\r\n\t（", "一、\n\n\n", "“”‘’（）《》【】", "9999999999999999999999万元", "1.", "（一）。"] {
        holds(text, Some(2025));
    }
}

#[test]
#[ignore = "a million cases: run with `make fuzz`"]
fn fuzz_check_text_million() {
    let config = ProptestConfig { cases: 1_000_000, failure_persistence: None, ..ProptestConfig::default() };
    proptest!(config, |(text in report_like())| {
        holds(&text, Some(2025));
    });
}
