//! Every text rule against its fixtures: tests/fixtures/text/<rule>.flag.txt holds cases it must
//! flag, <rule>.ok.txt near misses it must leave alone (cases separated by `=====` lines), checked
//! with Y = 2025. Then exact positions, messages and suggestions for representative cases.

use zongjie::core::check::rules::{Family, RULES};
use zongjie::core::check::{check_text, CheckOptions, Finding, Severity};

fn options() -> CheckOptions {
    CheckOptions { year: Some(2025), ..CheckOptions::default() }
}

/// The cases of a fixture file; a case may start with a line `#!year=2022` or `#!year=none` to
/// check it with another Y.
fn cases(rule: &str, kind: &str) -> Vec<(String, CheckOptions)> {
    let path = format!("{}/tests/fixtures/text/{rule}.{kind}.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.split("\n=====\n")
        .map(|c| c.trim_matches('\n'))
        .filter(|c| !c.is_empty())
        .map(|c| match c.strip_prefix("#!year=") {
            Some(rest) => {
                let (year, body) = rest.split_once('\n').unwrap_or((rest, ""));
                (body.to_string(), CheckOptions { year: year.trim().parse().ok(), ..CheckOptions::default() })
            }
            None => (c.to_string(), options()),
        })
        .collect()
}

fn of_rule<'a>(findings: &'a [Finding], rule: &str) -> Vec<&'a Finding> {
    findings.iter().filter(|f| f.rule == rule).collect()
}

fn text_rules() -> impl Iterator<Item = &'static str> {
    RULES.iter().filter(|r| r.family == Family::Text).map(|r| r.id)
}

#[test]
fn every_text_rule_flags_its_cases() {
    for rule in text_rules() {
        let flags = cases(rule, "flag");
        assert!(!flags.is_empty(), "{rule}: no cases");
        for (case, opts) in flags {
            let found = check_text(&case, &opts);
            assert!(!of_rule(&found, rule).is_empty(), "{rule} missed:\n{case}\nfound: {found:#?}");
        }
    }
}

#[test]
fn every_text_rule_leaves_near_misses_alone() {
    for rule in text_rules() {
        for (case, opts) in cases(rule, "ok") {
            let found = check_text(&case, &opts);
            let hits = of_rule(&found, rule);
            assert!(hits.is_empty(), "{rule} flagged a near miss:\n{case}\n{hits:#?}");
        }
    }
}

#[test]
fn messages_are_chinese_and_never_say_illegal() {
    for rule in text_rules() {
        for (case, opts) in cases(rule, "flag") {
            for f in check_text(&case, &opts) {
                assert!(!f.message.contains("非法") && !f.message.contains("无效"), "{}", f.message);
                assert!(f.message.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{}", f.message);
                assert!(f.location.line.is_some() && f.location.column.is_some(), "{f:?}");
                let (s, e) = (f.location.start.unwrap_or(0), f.location.end.unwrap_or(0));
                assert!(s <= e && e <= case.chars().count(), "{f:?}");
            }
        }
    }
}

/// The text of a finding's span in the original input.
fn span(text: &str, f: &Finding) -> String {
    let (s, e) = (f.location.start.unwrap_or(0), f.location.end.unwrap_or(0));
    text.chars().skip(s).take(e - s).collect()
}

fn only(text: &str, rule: &str) -> Finding {
    let found = check_text(text, &options());
    let hits = of_rule(&found, rule);
    assert_eq!(hits.len(), 1, "{text}: {found:#?}");
    hits[0].clone()
}

#[test]
fn halfwidth_comma_position_and_suggestion() {
    let text = "青禾街道2025年工作总结\n\n　　全年新建党支部3个,培训党员860人次。";
    let f = only(text, "halfwidth-punctuation");
    assert_eq!((f.location.line, f.location.column), (Some(3), Some(12)));
    assert_eq!(span(text, &f), ",");
    assert_eq!(f.suggestion.as_deref(), Some("，"));
    assert_eq!(f.severity, Severity::Warning);
}

#[test]
fn positions_survive_a_line_broken_mid_sentence() {
    let text = "街道全年组织开展各类志愿服务活动并持续深入推进\n文明创建工作,成效明显。";
    let f = only(text, "halfwidth-punctuation");
    assert_eq!((f.location.line, f.location.column), (Some(2), Some(7)));
    assert_eq!(span(text, &f), ",");
}

#[test]
fn numbering_suggests_the_due_marker() {
    let text = "一、党建工作\n全年新建党支部3个。\n二、经济发展\n税收稳步增长。\n四、平安建设\n矛盾纠纷有效化解。";
    let f = only(text, "numbering");
    assert_eq!(span(text, &f), "四、");
    assert_eq!(f.suggestion.as_deref(), Some("三、"));
    assert!(f.message.contains("缺少“三、”"), "{}", f.message);

    let text = "一、党建工作\n（一）组织建设\n1、加强教育培训\n全年培训党员860人次。";
    let f = only(text, "numbering");
    assert_eq!(f.suggestion.as_deref(), Some("1."));

    let text = "一、党建工作\n(一)组织建设\n全年新建党支部3个。";
    let f = only(text, "numbering");
    assert_eq!(span(text, &f), "(一)");
    assert_eq!(f.suggestion.as_deref(), Some("（一）"));
    assert!(of_rule(&check_text(text, &options()), "halfwidth-punctuation").is_empty());
}

#[test]
fn series_gap_is_named() {
    let text = "一是组织有力。全年新建党支部3个。三是培训扎实。全年培训党员860人次。";
    let f = only(text, "numbering");
    assert_eq!(span(text, &f), "三是");
    assert_eq!(f.suggestion.as_deref(), Some("二是"));
}

#[test]
fn reversed_quotes_are_swapped_in_the_suggestion() {
    let text = "开展”党建联盟“活动。";
    let f = only(text, "unbalanced-quotes");
    assert_eq!(span(text, &f), "”党建联盟“");
    assert_eq!(f.suggestion.as_deref(), Some("“党建联盟”"));
}

#[test]
fn approximation_suggestions() {
    let f = only("新建道路近500多米。", "approximation-conflict");
    assert_eq!(f.suggestion.as_deref(), Some("近500米"));
    let f = only("参与群众超过1000人以上。", "approximation-conflict");
    assert_eq!(f.suggestion.as_deref(), Some("超过1000人"));
    let text = "清运垃圾1764多吨。";
    let f = only(text, "approximate-exact");
    assert_eq!(span(text, &f), "1764多");
    assert_eq!(f.suggestion.as_deref(), Some("1764"));
}

#[test]
fn large_number_suggestions() {
    let text = "全年发放各类补贴1152000元。";
    let f = only(text, "large-number-format");
    assert_eq!(span(text, &f), "1152000");
    assert_eq!(f.suggestion.as_deref(), Some("115.2万"));
    assert_eq!(f.severity, Severity::Hint);
    let f = only("服务群众100000余人次。", "large-number-format");
    assert_eq!(f.suggestion.as_deref(), Some("10万"));
    let f = only("完成固定资产投资12000万元。", "large-number-format");
    assert_eq!(f.suggestion.as_deref(), Some("1.2亿"));
}

#[test]
fn range_dash_suggestions() {
    assert_eq!(only("1-9月，街道税收稳步增长。", "range-dash").suggestion.as_deref(), Some("—"));
    assert_eq!(only("增幅保持在15%-30%之间。", "range-dash").suggestion.as_deref(), Some("～"));
}

#[test]
fn unit_mix_proposes_the_standard_spelling_even_when_it_is_the_minority() {
    let text = "新建道路3千米。整修道路2千米。铺设管网5公里。";
    let found = check_text(text, &options());
    let hits = of_rule(&found, "unit-notation-mix");
    assert_eq!(hits.len(), 2, "{found:#?}");
    for f in hits {
        assert_eq!(span(text, f), "千米");
        assert_eq!(f.suggestion.as_deref(), Some("公里"));
        assert_eq!(f.message, "同一单位在文中有“千米”“公里”两种写法，请统一写作规范的“公里”。");
    }
    assert_eq!(only("配送大米500公斤，食用油300千克。", "unit-notation-mix").suggestion.as_deref(), Some("千克"));
}

#[test]
fn a_nonstandard_spelling_gets_one_finding_towards_the_standard_one() {
    // ㎡ first and as often as 平方米: still 平方米, and only `nonstandard-unit` speaks.
    let text = "修缮屋面1200㎡。新增绿地800平方米。";
    let found = check_text(text, &options());
    assert!(of_rule(&found, "unit-notation-mix").is_empty(), "{found:#?}");
    let f = only(text, "nonstandard-unit");
    assert_eq!(f.suggestion.as_deref(), Some("1200平方米"));
    // With `nonstandard-unit` switched off, the mix rule proposes the same spelling.
    let mut off = options();
    off.disabled.insert("nonstandard-unit".into());
    let found = check_text(text, &off);
    let hits = of_rule(&found, "unit-notation-mix");
    assert_eq!(hits.len(), 1, "{found:#?}");
    assert_eq!(span(text, hits[0]), "㎡");
    assert_eq!(hits[0].suggestion.as_deref(), Some("平方米"));
}

#[test]
fn confusable_suggestions() {
    let text = "截止目前，全年新建党支部3个。";
    let f = only(text, "confusable-word");
    assert_eq!(span(text, &f), "截止");
    assert_eq!(f.suggestion.as_deref(), Some("截至"));
    assert_eq!(only("全体干部再接再励。", "confusable-word").suggestion.as_deref(), Some("再接再厉"));
}

#[test]
fn year_mismatch_uses_title_year_and_suggests() {
    let text = "青禾街道2025年工作总结和2026年工作安排\n一、2025年工作总结\n新建党支部3个。\n二、2025年工作打算\n抓好党建工作。";
    let found = check_text(text, &CheckOptions::default());
    let hits = of_rule(&found, "year-mismatch");
    assert_eq!(hits.len(), 1, "{found:#?}");
    assert_eq!(span(text, hits[0]), "2025");
    assert_eq!(hits[0].location.line, Some(4));
    assert_eq!(hits[0].suggestion.as_deref(), Some("2026"));
    // The options' year wins over the title's.
    let found = check_text("青禾街道2024年工作总结\n新建党支部3个。", &options());
    assert_eq!(of_rule(&found, "year-mismatch").len(), 1);
}

#[test]
fn year_mismatch_flags_an_old_deadline_inside_the_plan_only() {
    let text = "青禾街道2025年工作总结和2026年工作安排\n一、2025年工作总结\n新增规上企业4家，2025年底前完成改造。\n二、2026年工作安排\n巩固2025年创建成果，力争2024年底前新增规上企业5家，税收较2025年增长8%。";
    let found = check_text(text, &CheckOptions::default());
    let hits = of_rule(&found, "year-mismatch");
    assert_eq!(hits.len(), 1, "{found:#?}");
    assert_eq!(span(text, hits[0]), "2024");
    assert_eq!(hits[0].location.line, Some(5));
    assert_eq!(hits[0].suggestion.as_deref(), Some("2026"));
    assert_eq!(hits[0].message, "工作打算是2026年的安排，这里的完成时限写成了2024年，已早于计划年度，请核对年份。");
    // A deadline in the plan year or later is what a plan says.
    let later = text.replace("力争2024年底前", "力争2027年底前");
    assert!(of_rule(&check_text(&later, &CheckOptions::default()), "year-mismatch").is_empty());
}

#[test]
fn repeated_sentence_in_a_row_suggests_deleting() {
    let text = "街道持续深化党建引领基层治理工作。街道持续深化党建引领基层治理工作。";
    let f = only(text, "repeated-sentence");
    assert_eq!(f.location.column, Some(18));
    assert_eq!(f.suggestion.as_deref(), Some(""));
}

#[test]
fn repeated_sentence_anywhere_names_the_line_it_first_appears_on() {
    let a = "街道持续深化党建引领基层治理工作";
    let b = "全年组织开展各类志愿服务活动一百余场";
    let text = format!("{a}。\n{b}。\n社区养老服务中心全年接待老人四千余人次。\n{a}。{a}。\n{b}。\n{a}。");
    let found = check_text(&text, &options());
    let hits = of_rule(&found, "repeated-sentence");
    let seen: Vec<(Option<usize>, bool, bool)> = hits
        .iter()
        .map(|f| (f.location.line, f.message.contains("与第1行"), f.message.contains("与第2行")))
        .collect();
    // Line 4: the first copy of a names line 1, the second is "the same as the sentence before";
    // line 5 repeats b (line 2); line 6 repeats a again (line 1).
    assert_eq!(seen, vec![(Some(4), true, false), (Some(4), false, false), (Some(5), false, true), (Some(6), true, false)], "{found:#?}");
    assert_eq!(hits[1].suggestion.as_deref(), Some(""));
    assert!(hits[1].message.contains("与上一句完全相同"));
}

#[test]
fn missing_end_punctuation_suggestion() {
    let text = "全年新建党支部3个，培训党员860人次";
    let f = only(text, "missing-end-punctuation");
    assert_eq!(f.suggestion.as_deref(), Some("次。"));
    let text = "全年新建党支部3个，培训党员860人次，";
    assert_eq!(only(text, "missing-end-punctuation").suggestion.as_deref(), Some("。"));
}

#[test]
fn options_switch_off_and_override() {
    let text = "全年新建党支部*个,培训党员860人次。";
    let mut o = options();
    o.disabled.insert("placeholder".into());
    o.severities.insert("halfwidth-punctuation".into(), Severity::Error);
    let found = check_text(text, &o);
    assert!(of_rule(&found, "placeholder").is_empty());
    let half = of_rule(&found, "halfwidth-punctuation");
    assert_eq!(half.len(), 1);
    assert_eq!(half[0].severity, Severity::Error);
}

#[test]
fn findings_come_sorted_by_position() {
    let text = "全年新建党支部*个,培训党员XX人次\n截止目前完成改造。";
    let found = check_text(text, &options());
    let starts: Vec<usize> = found.iter().filter_map(|f| f.location.start).collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
    assert!(found.len() >= 4, "{found:#?}");
}

#[test]
fn figure_rules_run_over_the_text() {
    let text = "青禾街道2025年工作总结\n一、平安建设\n全年调解矛盾纠纷25起，调解成功率98%。\n二、民生保障\n受理群众诉求1200件，办结1188件，办结率99%。";
    let found = check_text(text, &CheckOptions::default());
    let rules: Vec<&str> = found.iter().map(|f| f.rule.as_str()).collect();
    assert!(rules.contains(&"rate-unreachable"), "{found:#?}");
    assert_eq!(found.iter().filter(|f| f.rule.starts_with("rate")).count(), 1, "{found:#?}");
    let f = found.iter().find(|f| f.rule == "rate-unreachable").unwrap();
    assert_eq!(f.location.line, Some(3));
}

#[test]
fn figure_conflicts_only_within_a_part() {
    let same_part = "青禾街道2025年工作总结\n一、民生保障\n全年新建社区食堂2处。\n二、城市管理\n全年新建社区食堂3处。";
    let found = check_text(same_part, &CheckOptions::default());
    assert_eq!(of_rule(&found, "figure-conflict").len(), 1, "{found:#?}");
    let across = "青禾街道2025年工作总结和2026年工作安排\n一、2025年工作总结\n全年新建社区食堂2处。\n二、2026年工作安排\n全年新建社区食堂1处。";
    let found = check_text(across, &CheckOptions::default());
    assert!(of_rule(&found, "figure-conflict").is_empty(), "{found:#?}");
}


#[test]
fn rules_doc_lists_every_rule_with_its_default_severity() {
    let path = format!("{}/docs/RULES.md", env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    for rule in RULES {
        let row = format!("| `{}` | {} |", rule.id, rule.severity.key());
        assert!(doc.contains(&row), "docs/RULES.md lacks the row {row}");
    }
}

#[test]
fn figure_conflict_with_a_verb_in_front_is_still_found() {
    // 签订承诺书 and 承诺书 are the same quantity (a plain verb in front): compared across groups.
    let text = "青禾街道2025年工作总结\n一、安全生产\n全年签订安全承诺书1095份。\n二、平安建设\n累计安全承诺书1100份。";
    let found = check_text(text, &CheckOptions::default());
    assert_eq!(of_rule(&found, "figure-conflict").len(), 1, "{found:#?}");
}

#[test]
fn an_impossible_report_year_does_not_break_the_year_rule() {
    let text = "青禾街道2025年工作总结和2026年工作安排\n一、2025年工作总结\n新建党支部3个。\n二、2026年工作安排\n力争2025年底前完成。";
    for year in [i32::MAX, i32::MIN, 0, -1] {
        let o = CheckOptions { year: Some(year), ..CheckOptions::default() };
        let _ = check_text(text, &o);
    }
}
