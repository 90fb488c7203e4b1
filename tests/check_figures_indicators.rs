//! The structured figure rules against the cases in tests/fixtures/figures/indicators.txt (built-in
//! template jiedao-annual): each `rule` line raises exactly that finding on that indicator, each
//! `ok` line (the near misses: rounding of the written digits, other units) raises nothing.

use zongjie::core::check::figures::check_indicators;
use zongjie::core::model::{Chapter, Draft, IndicatorEntry};
use zongjie::core::template::builtin;

fn draft_of(entries: &str) -> Draft {
    let indicators = entries
        .split(", ")
        .map(|e| {
            let mut fields = e.split(';');
            let (id, text) = fields.next().and_then(|f| f.split_once('=')).expect("indicator=text");
            let mut entry = IndicatorEntry { indicator: id.trim().into(), text: text.trim().into(), ..IndicatorEntry::default() };
            for f in fields {
                match f.split_once('=') {
                    Some(("last", v)) => entry.last_year = v.into(),
                    Some(("target", v)) => entry.target = v.into(),
                    _ => panic!("unknown entry field {f}"),
                }
            }
            entry
        })
        .collect();
    let mut draft = Draft::new("t", "jiedao-annual", "甲街道办事处", 2025);
    draft.chapters.push(Chapter { id: "c".into(), indicators, ..Chapter::default() });
    draft
}

#[test]
fn fixture_cases() {
    let template = builtin("jiedao-annual").expect("built-in template");
    let mut failures = Vec::new();
    let mut checked = 0;
    for (n, line) in include_str!("fixtures/figures/indicators.txt").lines().enumerate() {
        let Some((head, entries)) = line.split_once(" | ") else { continue };
        if line.starts_with('#') {
            continue;
        }
        checked += 1;
        let findings = check_indicators(&draft_of(entries), &template);
        let ok = if head.trim() == "ok" {
            findings.is_empty()
        } else {
            let (left, suggestion) = match head.split_once(" => ") {
                Some((a, b)) => (a, Some(b.trim())),
                None => (head, None),
            };
            let (rule, indicator) = left.trim().split_once(' ').expect("rule indicator");
            findings.len() == 1
                && findings[0].rule == rule
                && findings[0].location.indicator.as_deref() == Some(indicator.trim())
                && suggestion.is_none_or(|s| findings[0].suggestion.as_deref() == Some(s))
        };
        if !ok {
            let got: Vec<String> = findings
                .iter()
                .map(|f| format!("{} {:?} {:?} {}", f.rule, f.location.indicator, f.suggestion, f.message))
                .collect();
            failures.push(format!("line {}: {line}\n    got {got:#?}", n + 1));
        }
    }
    assert!(checked > 40, "fixture read");
    assert!(failures.is_empty(), "{} failing case(s):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_rate_message_names_the_figures() {
    let template = builtin("jiedao-annual").expect("built-in template");
    let findings = check_indicators(&draft_of("petitions_received=356, petitions_closed=349, petition_close_rate=99.8%"), &template);
    assert_eq!(findings.len(), 1);
    assert_eq!(
        findings[0].message,
        "信访事项按期办结率写为99.8%，但349÷356=98.0%。请改为98.0%，或核对按期办结信访事项和受理信访事项。"
    );
}

#[test]
fn part_exceeds_whole_says_both_counts() {
    let template = builtin("jiedao-annual").expect("built-in template");
    let findings = check_indicators(&draft_of("enterprise_requests=94, enterprise_requests_resolved=97"), &template);
    assert_eq!(findings[0].message, "解决企业诉求不能大于收集企业诉求：解决企业诉求97件，收集企业诉求94件。请核对这两个数。");
}

#[test]
fn weights_follow_the_unit_the_template_spells() {
    let mut template = builtin("jiedao-annual").expect("built-in template");
    for chapter in &mut template.chapters {
        for spec in &mut chapter.indicators {
            if spec.id == "rubbish_cleared" {
                spec.unit = "千克".into();
                spec.units = vec!["千克".into(), "吨".into()];
                spec.range = None;
            }
        }
    }
    let findings = check_indicators(&draft_of("rubbish_cleared=1760公斤"), &template);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].rule, "nonstandard-unit");
    assert_eq!(findings[0].suggestion.as_deref(), Some("1760千克"));
    assert!(check_indicators(&draft_of("rubbish_cleared=1760千克"), &template).is_empty());
    assert!(check_indicators(&draft_of("rubbish_cleared=1.76吨"), &template).is_empty());
}
