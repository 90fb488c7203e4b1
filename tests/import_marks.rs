//! The 检查文本 page's pure side: highlighting pieces and applying suggestions, on the real
//! checker's findings for a text of our own.

use zongjie::core::check::{check_text, CheckOptions, Finding, Location, Severity};
use zongjie::core::import::marks::{apply_all, apply_one, pieces};

const TEXT: &str = "全年调解矛盾纠纷25起,成功化解23起;截止目前完成XX项。";

fn finding(rule: &str, severity: Severity, start: usize, end: usize, suggestion: Option<&str>) -> Finding {
    Finding {
        rule: rule.into(),
        severity,
        message: String::new(),
        location: Location { start: Some(start), end: Some(end), ..Location::default() },
        excerpt: String::new(),
        suggestion: suggestion.map(String::from),
        acknowledged: false,
    }
}

#[test]
fn pieces_cover_the_text_exactly_and_carry_their_findings() {
    let found = check_text(TEXT, &CheckOptions::default());
    assert!(found.iter().any(|f| f.rule == "halfwidth-punctuation"), "{found:?}");
    let ps = pieces(TEXT, &found);
    assert_eq!(ps.iter().map(|p| p.text.as_str()).collect::<String>(), TEXT);
    let comma = ps.iter().find(|p| p.text == ",").expect("the comma is its own piece");
    assert_eq!(found[comma.findings[0]].rule, "halfwidth-punctuation");
    let xx = ps.iter().find(|p| p.text == "XX").expect("the placeholder is marked");
    assert_eq!(found[xx.findings[0]].severity, Severity::Error);
    assert!(ps.iter().any(|p| !p.is_marked() && p.text.contains("全年调解")));
}

#[test]
fn overlapping_findings_share_pieces_most_severe_first() {
    let f = vec![finding("a", Severity::Warning, 0, 4, None), finding("b", Severity::Error, 2, 6, None)];
    let ps = pieces("一二三四五六七", &f);
    let shape: Vec<(&str, Vec<usize>)> = ps.iter().map(|p| (p.text.as_str(), p.findings.clone())).collect();
    assert_eq!(shape, [("一二", vec![0]), ("三四", vec![1, 0]), ("五六", vec![1]), ("七", vec![])]);
    // An empty span marks the char before it; spans beyond the text are clamped.
    let ps = pieces("甲乙", &[finding("end", Severity::Hint, 2, 2, Some("。")), finding("far", Severity::Hint, 9, 12, None)]);
    assert_eq!(ps.last().map(|p| (p.text.as_str(), p.findings.clone())), Some(("乙", vec![0])));
}

#[test]
fn suggestions_apply_one_by_one_and_all_at_once() {
    let found = check_text(TEXT, &CheckOptions::default());
    let comma = found.iter().find(|f| f.rule == "halfwidth-punctuation" && f.excerpt.contains(',')).unwrap();
    let once = apply_one(TEXT, comma).unwrap();
    assert!(once.starts_with("全年调解矛盾纠纷25起，成功化解"), "{once}");
    let (all, n) = apply_all(TEXT, &found);
    assert_eq!(n, found.iter().filter(|f| f.suggestion.is_some()).count());
    assert!(all.contains("25起，成功化解23起；截至目前"), "{all}");
    // Checking the corrected text again leaves only what has no suggestion.
    assert!(check_text(&all, &CheckOptions::default()).iter().all(|f| f.suggestion.is_none()));
    // The placeholder has no suggestion: nothing to apply.
    let xx = found.iter().find(|f| f.rule == "placeholder").unwrap();
    assert_eq!(apply_one(TEXT, xx), None);
}

#[test]
fn apply_all_skips_overlaps_and_keeps_earlier_spans_valid() {
    let f = vec![
        finding("a", Severity::Warning, 0, 1, Some("甲甲")),
        finding("b", Severity::Warning, 2, 4, Some("丙")),
        finding("c", Severity::Warning, 3, 5, Some("X")),
        finding("d", Severity::Warning, 6, 6, Some("。")),
        finding("e", Severity::Warning, 5, 99, Some("Y")),
    ];
    let (out, n) = apply_all("一二三四五六", &f);
    // b overlaps c (applied first, from the end) and e runs past the text: both left out.
    assert_eq!((out.as_str(), n), ("甲甲二三X六。", 3));
}

proptest::proptest! {
    #[test]
    fn any_spans_never_panic_and_pieces_rebuild_the_text(
        text in "[一二三，。a-c\n]{0,30}",
        spans in proptest::collection::vec((0usize..40, 0usize..40, proptest::option::of("[，。x]{0,2}")), 0..8),
    ) {
        let findings: Vec<Finding> = spans.iter().map(|(a, b, s)| finding("r", Severity::Warning, *a, *b, s.as_deref())).collect();
        let ps = pieces(&text, &findings);
        proptest::prop_assert_eq!(ps.iter().map(|p| p.text.as_str()).collect::<String>(), text.clone());
        let _ = apply_all(&text, &findings);
        for f in &findings {
            let _ = apply_one(&text, f);
        }
    }
}

/// 全部采用建议 on texts that spell units two ways: one pass leaves no unit finding, and a second
/// check finds nothing more to change in the units (the rules never propose opposite spellings).
#[test]
fn applying_all_unit_suggestions_reaches_a_fixed_point() {
    let texts = [
        "修缮屋面1200㎡，新增绿地800平方米。新建道路5km，整修道路3公里。",
        "新增绿地800平方米，修缮屋面1200㎡、300㎡。整修道路3公里，新建道路5km、2km。",
        "新建道路3千米。整修道路2千米。铺设管网5公里。配送大米500公斤，食用油300千克、200kg。",
        "新增停车场2000m²，绿化1500㎡。清运垃圾30m³，铺设管网4千米，改造道路2公里。",
        "修缮屋面1200平米，新增绿地800㎡，改造广场600平方米。",
    ];
    let unit_rules = ["unit-notation-mix", "nonstandard-unit"];
    let options = CheckOptions { year: Some(2025), ..CheckOptions::default() };
    for text in texts {
        let found = check_text(text, &options);
        assert!(found.iter().any(|f| unit_rules.contains(&f.rule.as_str())), "{text}: {found:#?}");
        let (fixed, n) = apply_all(text, &found);
        assert!(n > 0, "{text}");
        let again = check_text(&fixed, &options);
        let left: Vec<&Finding> = again.iter().filter(|f| unit_rules.contains(&f.rule.as_str())).collect();
        assert!(left.is_empty(), "{text} → {fixed}: {left:#?}");
        for word in ["㎡", "m²", "km", "千米", "公斤", "kg", "m³", "平米"] {
            assert!(!fixed.contains(word), "{fixed} still has {word}");
        }
        let (twice, _) = apply_all(&fixed, &again);
        assert_eq!(check_text(&twice, &options).iter().filter(|f| unit_rules.contains(&f.rule.as_str())).count(), 0);
    }
}
