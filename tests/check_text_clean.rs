//! The clean fixture report (a full two-part report in proper style, written for the project)
//! raises no error or warning from `check_text`, with or without the year given.

use zongjie::core::check::{check_text, CheckOptions, Severity};
use zongjie::core::outline::parse_outline;
use zongjie::core::model::PartKind;

fn clean() -> String {
    let path = format!("{}/tests/fixtures/text/clean_report.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn clean_report_has_no_errors_or_warnings() {
    let text = clean();
    for options in [CheckOptions::default(), CheckOptions { year: Some(2025), ..CheckOptions::default() }] {
        let serious: Vec<_> = check_text(&text, &options).into_iter().filter(|f| f.severity >= Severity::Warning).collect();
        assert!(serious.is_empty(), "{serious:#?}");
    }
}

#[test]
fn clean_report_outline_has_every_part() {
    let outline = parse_outline(&clean());
    assert_eq!(outline.title_year(), Some(2025));
    for part in [PartKind::Opening, PartKind::Summary, PartKind::Problems, PartKind::Plan, PartKind::Closing] {
        assert!(outline.part_start(part).is_some(), "{part:?}");
    }
    assert_eq!(outline.part_start(PartKind::Plan).and_then(|b| b.year), Some(2026));
}

#[test]
fn clean_report_checked_for_the_wrong_year_is_flagged() {
    let options = CheckOptions { year: Some(2024), ..CheckOptions::default() };
    let found = check_text(&clean(), &options);
    assert!(found.iter().any(|f| f.rule == "year-mismatch"));
}

#[test]
fn a_broken_copy_of_the_clean_report_is_flagged_everywhere() {
    let text = clean()
        .replacen("新建党支部3个", "新建党支部*个", 1)
        .replacen("（三）民生保障", "（四）民生保障", 1)
        .replacen("坚决防范和遏制安全事故发生。", "坚决防范和遏制安全事故发生", 1)
        .replacen("整治背街小巷15条，", "整治背街小巷15条,", 1);
    let found = check_text(&text, &CheckOptions::default());
    for rule in ["placeholder", "numbering", "missing-end-punctuation", "halfwidth-punctuation"] {
        assert!(found.iter().any(|f| f.rule == rule), "{rule}: {found:#?}");
    }
}
