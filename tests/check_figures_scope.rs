//! Which figures the figure rules compare, on drafts and texts written for these tests: a bare
//! generic rate (完成率) in one chapter and in the key tasks are different quantities, while one
//! subject's growth or completion stated twice is a conflict; completion checked against the
//! target entered for an indicator; one target entered in two places with two values.

use zongjie::core::check::{check, check_text, CheckOptions, Finding};
use zongjie::core::model::{Chapter, Draft, IndicatorEntry, KeyTask, PartKind, Point};
use zongjie::core::template::{builtin, Template};

fn template() -> Template {
    builtin("dangongwei-annual").expect("built-in template dangongwei-annual")
}

fn chapter(id: &str, bodies: &[&str], entries: &[(&str, &str, &str)]) -> Chapter {
    let mut points = Vec::new();
    for b in bodies {
        points.push(Point::new("", *b));
    }
    let mut indicators = Vec::new();
    for (indicator, text, target) in entries {
        indicators.push(IndicatorEntry { indicator: indicator.to_string(), text: text.to_string(), target: target.to_string(), ..IndicatorEntry::default() });
    }
    Chapter { id: id.into(), template_chapter: Some(id.into()), heading: String::new(), points, indicators, ..Chapter::default() }
}

fn draft(opening: &str, chapters: Vec<Chapter>, key_tasks: Vec<KeyTask>) -> Draft {
    let mut d = Draft { template_id: "dangongwei-annual".into(), opening: opening.into(), chapters, key_tasks, ..Draft::default() };
    d.meta.year = 2025;
    d
}

fn of_rule<'a>(found: &'a [Finding], rule: &str) -> Vec<&'a Finding> {
    found.iter().filter(|f| f.rule == rule).collect()
}

fn run(d: &Draft) -> Vec<Finding> {
    check(d, &template(), &CheckOptions::default())
}

fn key_task(target: &str, actual: &str, note: &str) -> KeyTask {
    KeyTask { task: "新建社区食堂".into(), target: target.into(), actual: actual.into(), note: note.into() }
}

const BUDGET: &str = "一般公共预算收入完成3520万元，完成率110%。";

#[test]
fn a_key_tasks_completion_rate_is_not_the_budgets() {
    for note in ["完成率83.3%", "完成率120%"] {
        let d = draft("", vec![chapter("economy", &[BUDGET], &[])], vec![key_task("12", "10", note)]);
        let found = run(&d);
        assert!(of_rule(&found, "figure-conflict").is_empty(), "{note}: {found:#?}");
    }
}

#[test]
fn bare_rates_in_two_chapters_are_not_compared() {
    let d = draft(
        "",
        vec![
            chapter("grassroots_org", &["软弱涣散党组织整顿目标8个，已整顿6个，完成率75%。"], &[]),
            chapter("party_led_governance", &["群众诉求办结率98%。"], &[]),
            chapter("public_safety", &["调解成功率100%。"], &[]),
            chapter("economy", &[BUDGET, "企业诉求办结率100%。"], &[]),
        ],
        vec![],
    );
    let found = run(&d);
    assert!(of_rule(&found, "figure-conflict").is_empty(), "{found:#?}");
}

#[test]
fn one_subjects_growth_stated_twice_is_still_a_conflict() {
    let d = draft(
        "2025年，街道财政收入增长8%，各项工作取得新成效。",
        vec![chapter("economy", &["全力抓好财源建设，财政收入同比增长10%。"], &[])],
        vec![],
    );
    let found = run(&d);
    let conflicts = of_rule(&found, "figure-conflict");
    assert_eq!(conflicts.len(), 1, "{found:#?}");
    let f = conflicts[0];
    assert_eq!(f.location.chapter.as_deref(), Some("economy"));
    assert!(f.message.contains("8%") && f.message.contains("10%"), "{}", f.message);
}

#[test]
fn one_subjects_completion_rate_stated_twice_is_still_a_conflict() {
    let d = draft(
        "",
        vec![
            chapter("economy", &[BUDGET], &[]),
            chapter("integrity", &["厉行节约，一般公共预算收入完成率105%。"], &[]),
        ],
        vec![],
    );
    let found = run(&d);
    let conflicts = of_rule(&found, "figure-conflict");
    assert_eq!(conflicts.len(), 1, "{found:#?}");
    assert!(conflicts[0].message.contains("一般公共预算收入完成率") && conflicts[0].message.contains("110%"), "{}", conflicts[0].message);
}

#[test]
fn completion_is_checked_against_the_indicators_target() {
    let body = |pct: &str| format!("新组建党组织19个，完成全年目标的{pct}。");
    let wrong = draft("", vec![chapter("grassroots_org", &[&body("96%")], &[("party_branches_new", "19", "20")])], vec![]);
    let found = run(&wrong);
    let c = of_rule(&found, "completion-mismatch");
    assert_eq!(c.len(), 1, "{found:#?}");
    assert_eq!(c[0].suggestion.as_deref(), Some("95%"));
    assert_eq!(c[0].location.chapter.as_deref(), Some("grassroots_org"));
    assert_eq!(c[0].location.field.as_deref(), Some("body"));
    assert!(c[0].message.contains("19÷20=95%") && c[0].message.contains("目标20个"), "{}", c[0].message);
    let right = draft("", vec![chapter("grassroots_org", &[&body("95%")], &[("party_branches_new", "19", "20")])], vec![]);
    assert!(of_rule(&run(&right), "completion-mismatch").is_empty());
    // Without a target entered there is nothing to check against.
    let none = draft("", vec![chapter("grassroots_org", &[&body("96%")], &[("party_branches_new", "19", "")])], vec![]);
    assert!(of_rule(&run(&none), "completion-mismatch").is_empty());
}

#[test]
fn completion_is_checked_against_a_separate_target_indicator() {
    let entries: &[(&str, &str, &str)] = &[("budget_revenue_target", "3200", ""), ("budget_revenue", "3520", "")];
    let wrong = draft("", vec![chapter("economy", &["一般公共预算收入完成3520万元，完成率105%。"], entries)], vec![]);
    let found = run(&wrong);
    let c = of_rule(&found, "completion-mismatch");
    assert_eq!(c.len(), 1, "{found:#?}");
    assert_eq!(c[0].suggestion.as_deref(), Some("110%"));
    let right = draft("", vec![chapter("economy", &[BUDGET], entries)], vec![]);
    assert!(of_rule(&run(&right), "completion-mismatch").is_empty());
}

#[test]
fn one_target_entered_twice_with_two_values_is_reported() {
    let d = draft(
        "",
        vec![chapter("economy", &[], &[("budget_revenue_target", "3200", ""), ("budget_revenue", "3520", "3000")])],
        vec![],
    );
    let found = run(&d);
    let c = of_rule(&found, "figure-conflict");
    assert_eq!(c.len(), 1, "{found:#?}");
    let f = c[0];
    assert_eq!(f.location.indicator.as_deref(), Some("budget_revenue"));
    assert_eq!(f.location.field.as_deref(), Some("target"));
    assert_eq!(f.location.part, Some(PartKind::Summary));
    assert_eq!(
        f.message,
        "“一般公共预算收入”的目标填写为3000万元，指标“一般公共预算收入目标”填写为3200万元，同一目标两处不一致，完成率会算出两个结果。请统一为同一数值，或只在一处填写目标。"
    );
    for same in ["3200", "3200万元", "0.32亿元"] {
        let d = draft(
            "",
            vec![chapter("economy", &[], &[("budget_revenue_target", "3200", ""), ("budget_revenue", "3520", same)])],
            vec![],
        );
        assert!(of_rule(&run(&d), "figure-conflict").is_empty(), "{same}");
    }
}

#[test]
fn the_text_page_scopes_generic_rates_the_same_way() {
    let opts = CheckOptions::default();
    let text = "青禾街道2025年工作总结\n一、经济发展\n一般公共预算收入完成3520万元，完成率110%。\n二、民生实事\n新建社区食堂目标12个，实际完成10个，完成率83.3%。";
    let found = check_text(text, &opts);
    assert!(of_rule(&found, "figure-conflict").is_empty(), "{found:#?}");
    let text = "青禾街道2025年工作总结\n一、经济发展\n财政收入增长8%。\n二、民生保障\n全年财政收入同比增长10%，民生支出占比提高。";
    let found = check_text(text, &opts);
    assert_eq!(of_rule(&found, "figure-conflict").len(), 1, "{found:#?}");
    let text = "青禾街道2025年工作总结\n一、党建引领\n新组建党支部19个，目标20个，完成全年目标的96%。";
    let found = check_text(text, &opts);
    let c = of_rule(&found, "completion-mismatch");
    assert_eq!(c.len(), 1, "{found:#?}");
    assert_eq!(c[0].suggestion.as_deref(), Some("95%"));
}


#[test]
fn a_key_tasks_note_is_checked_against_its_target_and_actual() {
    let budget = || chapter("economy", &[BUDGET], &[]);
    for (target, actual, note) in [("12", "10", "完成率83.3%"), ("12个", "10个", "完成率83.3%"), ("12", "10个", "完成率83%"), ("3200万元", "0.352亿元", "完成率110%")] {
        let d = draft("", vec![budget()], vec![key_task(target, actual, note)]);
        let found = run(&d);
        assert!(of_rule(&found, "completion-mismatch").is_empty(), "{target} {actual} {note}: {found:#?}");
    }
    let d = draft("", vec![budget()], vec![key_task("12", "10", "已建成并投入使用，完成率90%。"), key_task("12", "10", "完成率83.3%")]);
    let found = run(&d);
    let c = of_rule(&found, "completion-mismatch");
    assert_eq!(c.len(), 1, "{found:#?}");
    let f = c[0];
    assert_eq!((f.location.part, f.location.point, f.location.field.as_deref()), (Some(PartKind::KeyTasks), Some(0), Some("note")));
    assert_eq!((f.location.start, f.location.end), (Some(12), Some(15)));
    assert_eq!(f.suggestion.as_deref(), Some("83%"));
    assert_eq!(f.message, "完成比例写为90%，但本项目标12、实际完成10，10÷12=83%。请改为83%，或核对“目标”和“实际完成”两栏。");
    // Fields that are not one plain figure, and notes with their own figures, are left alone.
    for (target, actual, note) in [("新建12个", "10个", "完成率90%"), ("约12个", "10个", "完成率90%"), ("12个", "10个", "新建8个，完成率100%")] {
        let d = draft("", vec![budget()], vec![key_task(target, actual, note)]);
        assert!(of_rule(&run(&d), "completion-mismatch").is_empty(), "{target} {actual} {note}");
    }
}

#[test]
fn odd_key_task_fields_never_panic() {
    let odd = ["", " ", "0", "0个", "-3", "1e400", "１２", "12.", "约", "12—15个", "完成率%", "完成率１２０％", "完成率-5%", "完成率0%", "完成了的99.99999%", "%%%", "完成率1—9%"];
    for target in odd {
        for actual in odd {
            let d = draft("", vec![], vec![key_task(target, actual, "完成率83.3%"), key_task("12", "10", actual)]);
            let _ = run(&d);
        }
    }
}
