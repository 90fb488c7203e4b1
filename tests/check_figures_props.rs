//! Properties of the figure rules: they never panic on any text and keep spans inside it; a rate,
//! completion or growth computed and written to any precision is never reported (no false
//! alarms from rounding), and one off by two units of its last digit always is.
//! `fuzz_prose_figures_million` (ignored; run with `cargo test -- --ignored`) runs a million cases.

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use zongjie::core::check::figures::measure::fixed;
use zongjie::core::check::figures::prose;
use zongjie::core::check::{check, CheckOptions};
use zongjie::core::model::{Chapter, IndicatorEntry, Point};
use zongjie::core::template::builtin;

/// Pieces real reports are made of, mixed with arbitrary chars.
const PIECES: &[&str] = &[
    "受理", "办结", "化解", "整改", "调解成功", "排查", "发现", "率", "其中", "由", "增至", "降至", "同比增长", "同比下降", "上年",
    "今年", "目标", "实际完成", "完成", "完成年度目标的", "万元", "亿元", "万", "亿", "件", "起", "家", "人", "人次", "户", "%", "％",
    "个百分点", "平米", "公斤", "。", "，", "；", "、", "：", "\n", "1", "2", "5", "9", "0", "00", ".", "．", "１", "—", "-", "～",
    "约", "余", "多", "近", "超", "以上", "第", "年", "月", "{{", "}}", "（", "）", "达", "为", "共", "累计", "签订承诺书", "承诺书",
];

fn report_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
        1 => (0u32..100_000).prop_map(|n| n.to_string()),
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn spans_are_sane(text: &str) {
    let n = text.chars().count();
    for s in prose::check(text, None) {
        assert!(s.start <= s.end && s.end <= n, "span {}..{} of {n} in {text:?}", s.start, s.end);
        assert!(!s.message.is_empty());
    }
    let statements: Vec<_> = prose::statements(text).into_iter().map(|s| (0usize, s)).collect();
    for (_, s) in prose::conflicts(&statements) {
        assert!(s.start <= s.end && s.end <= n);
    }
}

proptest! {
    #![proptest_config(Config { cases: 512, ..Config::default() })]

    #[test]
    fn prose_rules_never_panic_on_arbitrary_strings(text in any::<String>()) {
        spans_are_sane(&text);
    }

    #[test]
    fn prose_rules_never_panic_on_report_like_strings(text in report_like()) {
        spans_are_sane(&text);
    }

    #[test]
    fn a_rate_written_to_any_precision_is_accepted(whole in 1u32..5000, share in 0.0f64..=1.0, d in 0u8..3) {
        let part = (whole as f64 * share).round() as u32;
        let rate = fixed(part as f64 / whole as f64 * 100.0, d);
        let text = format!("全年受理群众诉求{whole}件，办结{part}件，办结率{rate}%。");
        let found = prose::check(&text, None);
        let shown: f64 = rate.parse().unwrap();
        if (shown == 100.0 && part < whole) || (shown == 0.0 && part > 0) {
            // Rounded to exactly 100% (or 0%) while not all (or some) were done: misleading.
            prop_assert!(found.len() == 1 && found[0].rule == "rate-mismatch", "{text}: {found:?}");
        } else {
            prop_assert!(found.is_empty(), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_rate_off_by_two_units_of_its_last_digit_is_reported(whole in 1u32..5000, share in 0.0f64..=1.0, d in 0u8..3) {
        let part = (whole as f64 * share).round() as u32;
        let right: f64 = fixed(part as f64 / whole as f64 * 100.0, d).parse().unwrap();
        let step = 2.0 * 10f64.powi(-(d as i32));
        let wrong = fixed(if right + step <= 100.0 { right + step } else { right - step }, d);
        let text = format!("全年受理群众诉求{whole}件，办结{part}件，办结率{wrong}%。");
        let found = prose::check(&text, None);
        prop_assert!(found.len() == 1 && found[0].rule == "rate-mismatch", "{text}: {found:?}");
        prop_assert_eq!(found[0].suggestion.clone(), Some(format!("{}%", fixed(right, d))));
    }

    #[test]
    fn a_growth_written_to_any_precision_is_accepted(last in 100u32..100_000, change in -0.5f64..1.0, d in 0u8..3) {
        let this = ((last as f64) * (1.0 + change)).round().max(1.0) as u32;
        let g = (this as f64 - last as f64) / last as f64 * 100.0;
        let (word, shown) = if g < 0.0 { ("下降", fixed(-g, d)) } else { ("增长", fixed(g, d)) };
        let text = format!("限额以上零售额由{last}万元增至{this}万元，同比{word}{shown}%。");
        let found = prose::check(&text, None);
        prop_assert!(found.is_empty(), "{text}: {found:?}");
    }

    #[test]
    fn a_completion_written_to_any_precision_is_accepted(target in 100u32..100_000, ratio in 0.3f64..1.5, d in 0u8..2) {
        let actual = (target as f64 * ratio).round() as u32;
        let c = fixed(actual as f64 / target as f64 * 100.0, d);
        let text = format!("全年税收目标{target}万元，实际完成{actual}万元，完成年度目标的{c}%。");
        let found = prose::check(&text, None);
        prop_assert!(found.is_empty(), "{text}: {found:?}");
    }

    #[test]
    fn draft_check_never_panics_and_spans_stay_in_their_field(
        body in report_like(),
        value in report_like(),
        last in report_like(),
        rate in report_like(),
        year in any::<i32>(),
    ) {
        let template = builtin("jiedao-annual").expect("built-in template");
        let mut draft = template.new_draft("p", "甲街道办事处", year);
        draft.chapters.push(Chapter {
            id: "x".into(),
            heading: body.clone(),
            points: vec![Point::new("", body.clone())],
            indicators: vec![
                IndicatorEntry { indicator: "petitions_received".into(), text: value.clone(), ..IndicatorEntry::default() },
                IndicatorEntry { indicator: "petitions_closed".into(), text: last.clone(), ..IndicatorEntry::default() },
                IndicatorEntry { indicator: "petition_close_rate".into(), text: rate, ..IndicatorEntry::default() },
                IndicatorEntry { indicator: "retail_sales".into(), text: value, last_year: last, ..IndicatorEntry::default() },
            ],
            ..Chapter::default()
        });
        draft.opening = body.clone();
        let n = body.chars().count();
        for f in check(&draft, &template, &CheckOptions::default()) {
            if let (Some(s), Some(e)) = (f.location.start, f.location.end) {
                prop_assert!(s <= e && e <= n, "{}: {s}..{e} of {n}", f.rule);
            }
        }
    }
}

#[test]
#[ignore]
fn fuzz_prose_figures_million() {
    let mut runner = TestRunner::new(Config { cases: 1_000_000, failure_persistence: None, ..Config::default() });
    let strategy = prop_oneof![3 => report_like(), 1 => any::<String>()];
    runner
        .run(&strategy, |text| {
            spans_are_sane(&text);
            Ok(())
        })
        .expect("prose figure rules hold on a million strings");
}

