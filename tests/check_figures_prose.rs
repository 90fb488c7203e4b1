//! The prose figure rules against the cases in tests/fixtures/figures/prose.txt: every `rule`
//! line must raise exactly that finding on that figure, every `ok` line nothing.

use zongjie::core::check::figures::prose;

struct Case {
    line: usize,
    text: String,
    expect: Option<(String, String, Option<String>)>,
}

fn cases() -> Vec<Case> {
    include_str!("fixtures/figures/prose.txt")
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(n, l)| {
            let (head, text) = l.split_once(" | ").unwrap_or_else(|| panic!("line {}: no ` | `", n + 1));
            let expect = if head.trim() == "ok" {
                None
            } else {
                let (left, suggestion) = match head.split_once(" => ") {
                    Some((a, b)) => (a, Some(b.trim().to_string())),
                    None => (head, None),
                };
                let (rule, span) = left.trim().split_once(' ').unwrap_or_else(|| panic!("line {}: rule and span", n + 1));
                Some((rule.to_string(), span.trim().to_string(), suggestion))
            };
            Case { line: n + 1, text: text.to_string(), expect }
        })
        .collect()
}

fn span_text(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end.saturating_sub(start)).collect()
}

#[test]
fn fixture_cases() {
    let mut failures = Vec::new();
    for case in cases() {
        let spots = prose::check(&case.text, None);
        let conflicts = prose::conflicts(&prose::statements(&case.text).into_iter().map(|s| (0, s)).collect::<Vec<_>>());
        let all: Vec<prose::Spot> = spots.into_iter().chain(conflicts.into_iter().map(|(_, s)| s)).collect();
        let got: Vec<String> = all
            .iter()
            .map(|s| format!("{} {} => {:?} ({})", s.rule, span_text(&case.text, s.start, s.end), s.suggestion, s.message))
            .collect();
        let ok = match &case.expect {
            None => all.is_empty(),
            Some((rule, span, suggestion)) => {
                all.len() == 1
                    && all[0].rule == *rule
                    && span_text(&case.text, all[0].start, all[0].end) == *span
                    && suggestion.as_ref().is_none_or(|s| all[0].suggestion.as_ref() == Some(s))
            }
        };
        if !ok {
            failures.push(format!("line {}: {}\n    expected {:?}\n    got {:?}", case.line, case.text, case.expect, got));
        }
    }
    assert!(failures.is_empty(), "{} failing case(s):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_brief_example_message_names_the_figures() {
    let text = "受理群众诉求356件，办结349件，办结率99.8%。";
    let spots = prose::check(text, None);
    assert_eq!(spots.len(), 1);
    assert_eq!(spots[0].message, "办结率写为99.8%，但349÷356=98.0%。请改为98.0%，或核对办结数和受理数。");
    assert_eq!(spots[0].excerpt, "受理群众诉求356件，办结349件，办结率99.8%");
}

#[test]
fn unreachable_rates_name_the_nearest_reachable_ones() {
    let spots = prose::check("调解矛盾纠纷25起，调解成功率98%。", None);
    assert_eq!(spots.len(), 1, "{spots:?}");
    let m = &spots[0].message;
    assert!(m.contains("24÷25=96%") && m.contains("25÷25=100%"), "{m}");
}

#[test]
fn messages_never_use_forbidden_words() {
    for case in cases() {
        for s in prose::check(&case.text, None) {
            assert!(!s.message.contains("非法") && !s.message.contains("无效"), "{}", s.message);
        }
    }
}

#[test]
fn check_text_reports_prose_figures_with_line_and_column() {
    use zongjie::core::check::{check_text, CheckOptions};
    let text = "甲街道2025年工作总结\n一、平安建设\n全年调解矛盾纠纷25起，调解成功率98%。\n";
    let found: Vec<_> = check_text(text, &CheckOptions::default()).into_iter().filter(|f| f.rule == "rate-unreachable").collect();
    assert_eq!(found.len(), 1, "{found:?}");
    let f = &found[0];
    assert_eq!((f.location.line, f.location.column), (Some(3), Some(18)));
    let span: String = text.chars().skip(f.location.start.unwrap_or(0)).take(f.location.end.unwrap_or(0) - f.location.start.unwrap_or(0)).collect();
    assert_eq!(span, "98%");
}
