//! `check(draft, template, options)` on a structured draft written for these tests
//! (tests/fixtures/figures/clean_draft.json, built-in template jiedao-annual): the clean draft
//! raises nothing; the same draft with one error planted raises exactly that rule, where it was
//! planted. Also severities, switches, acknowledgements, the export gate and derived values.

use zongjie::core::check::acknowledge::acknowledge;
use zongjie::core::check::{blocking, check, indicator_derived, CheckOptions, DerivedKind, Finding, Severity};
use zongjie::core::model::{Chapter, Draft, IndicatorEntry, PartKind};
use zongjie::core::template::{builtin, Template};

fn template() -> Template {
    builtin("jiedao-annual").expect("built-in template jiedao-annual")
}

fn clean() -> Draft {
    Draft::from_json(include_str!("fixtures/figures/clean_draft.json")).expect("fixture draft reads")
}

fn run(draft: &Draft) -> Vec<Finding> {
    check(draft, &template(), &CheckOptions::default())
}

fn entry<'a>(draft: &'a mut Draft, id: &str) -> &'a mut IndicatorEntry {
    draft
        .chapters
        .iter_mut()
        .flat_map(|c| c.indicators.iter_mut())
        .find(|e| e.indicator == id)
        .unwrap_or_else(|| panic!("fixture has indicator {id}"))
}

fn chapter<'a>(draft: &'a mut Draft, id: &str) -> &'a mut Chapter {
    draft.chapters.iter_mut().find(|c| c.id == id).unwrap_or_else(|| panic!("fixture has chapter {id}"))
}

fn describe(findings: &[Finding]) -> String {
    findings.iter().map(|f| format!("\n  {} [{:?} {:?} {:?}] {} | {}", f.rule, f.location.chapter, f.location.indicator, f.location.field, f.excerpt, f.message)).collect()
}

#[test]
fn the_clean_draft_raises_nothing() {
    let findings = run(&clean());
    assert!(findings.is_empty(), "{}", describe(&findings));
}

/// One planted error: what it changes, the rule it must raise, and where.
struct Plant {
    rule: &'static str,
    plant: fn(&mut Draft),
    /// (indicator or chapter/field) the finding must point at.
    at: fn(&Finding) -> bool,
}

fn at_indicator(id: &'static str) -> impl Fn(&Finding) -> bool {
    move |f| f.location.indicator.as_deref() == Some(id) && f.location.field.as_deref() == Some("text")
}

fn plants() -> Vec<Plant> {
    vec![
        Plant {
            rule: "rate-mismatch",
            plant: |d| entry(d, "petition_close_rate").text = "99.8%".into(),
            at: |f| at_indicator("petition_close_rate")(f) && f.message.contains("349÷356=98.0%") && f.suggestion.as_deref() == Some("98.0%"),
        },
        Plant {
            rule: "rate-unreachable",
            plant: |d| {
                entry(d, "disputes_received").text = "25".into();
                entry(d, "disputes_mediated").text = String::new();
                entry(d, "mediation_success_rate").text = "98%".into();
                chapter(d, "public_safety").points[0].body = "全年排查受理矛盾纠纷25起，多数在萌芽状态得到化解。".into();
            },
            at: |f| at_indicator("mediation_success_rate")(f) && f.message.contains("24÷25=96%"),
        },
        Plant {
            rule: "rate-over-100",
            plant: |d| {
                entry(d, "backlog_cases").text = String::new();
                entry(d, "backlog_resolved").text = String::new();
                entry(d, "backlog_resolve_rate").text = "102%".into();
            },
            at: at_indicator_fn("backlog_resolve_rate"),
        },
        Plant {
            rule: "completion-mismatch",
            plant: |d| entry(d, "budget_revenue_completion").text = "105%".into(),
            at: |f| at_indicator("budget_revenue_completion")(f) && f.message.contains("3520÷3200=110%"),
        },
        Plant {
            rule: "growth-mismatch",
            plant: |d| entry(d, "retail_sales_growth").text = "15.2%".into(),
            at: |f| at_indicator("retail_sales_growth")(f) && f.suggestion.as_deref() == Some("12.5%"),
        },
        Plant {
            rule: "part-exceeds-whole",
            plant: |d| entry(d, "enterprise_requests_resolved").text = "97".into(),
            at: |f| at_indicator("enterprise_requests_resolved")(f) && f.message.contains("97件") && f.message.contains("96件"),
        },
        Plant {
            rule: "sum-mismatch",
            plant: |d| entry(d, "dibao_rural_persons").text = "90".into(),
            at: |f| at_indicator("dibao_persons")(f) && f.message.contains("702+90=792"),
        },
        Plant {
            rule: "not-whole-number",
            plant: |d| entry(d, "grid_staff").text = "120.5".into(),
            at: at_indicator_fn("grid_staff"),
        },
        Plant {
            rule: "implausible-value",
            plant: |d| entry(d, "fixed_asset_investment").text = "12500亿元".into(),
            at: |f| at_indicator("fixed_asset_investment")(f) && f.suggestion.as_deref() == Some("1.25亿元"),
        },
        Plant {
            rule: "implausible-value",
            plant: |d| {
                entry(d, "criminal_incidents").last_year = "40".into();
                entry(d, "criminal_incidents_growth").text = "140%".into();
            },
            at: |f| at_indicator("criminal_incidents_growth")(f) && f.severity == Severity::Warning,
        },
        Plant {
            rule: "unit-mismatch",
            plant: |d| entry(d, "fixed_asset_investment").text = "1.25万平方米".into(),
            at: at_indicator_fn("fixed_asset_investment"),
        },
        Plant {
            rule: "nonstandard-unit",
            plant: |d| entry(d, "illegal_buildings_removed").text = "12000平米".into(),
            at: |f| at_indicator("illegal_buildings_removed")(f) && f.suggestion.as_deref() == Some("12000平方米"),
        },
        Plant {
            rule: "unknown-token",
            plant: |d| chapter(d, "environment").points[0].body.push_str("新增绿地{{green_space_new}}处。"),
            at: |f| f.location.chapter.as_deref() == Some("environment") && f.location.field.as_deref() == Some("body") && f.excerpt == "{{green_space_new}}",
        },
        Plant {
            rule: "nonstandard-unit",
            plant: |d| entry(d, "budget_revenue").text = "3520万".into(),
            at: |f| at_indicator("budget_revenue")(f) && f.suggestion.as_deref() == Some("3520万元"),
        },
        Plant {
            rule: "unknown-token",
            plant: |d| chapter(d, "environment").points[0].body.push_str("新增绿化面积{{green_area_added}}。"),
            // Named as the field shows the token (core::token_names), never by its id.
            at: |f| {
                f.location.chapter.as_deref() == Some("environment")
                    && f.message.contains("新增绿化面积")
                    && f.message.contains("还没有填写")
                    && !f.message.contains("green_area_added")
                    && f.excerpt == "{{新增绿化面积}}"
            },
        },
        Plant {
            rule: "figure-conflict",
            plant: |d| d.problems[0].body = "全年受理信访事项360件，群众诉求仍然较多。".into(),
            at: |f| f.location.part == Some(PartKind::Problems) && f.location.point == Some(0) && f.suggestion.as_deref() == Some("356件"),
        },
        Plant {
            rule: "rate-mismatch",
            plant: |d| chapter(d, "public_safety").points[0].body = "排查受理矛盾纠纷128起，调解成功124起，调解成功率98.9%。".into(),
            at: |f| {
                f.location.chapter.as_deref() == Some("public_safety")
                    && f.location.point == Some(0)
                    && f.location.field.as_deref() == Some("body")
                    && (f.location.start, f.location.end) == (Some(27), Some(32))
                    && f.suggestion.as_deref() == Some("96.9%")
            },
        },
        Plant {
            rule: "growth-mismatch",
            plant: |d| chapter(d, "economy").points[1].body = "限额以上社会消费品零售额4.86亿元，同比增长15%。".into(),
            at: |f| f.location.chapter.as_deref() == Some("economy") && f.location.point == Some(1) && f.message.contains("（48600−43200）÷43200=13%"),
        },
        Plant {
            rule: "figure-conflict",
            plant: |d| d.problems[1].body = "全年新装和维修路灯250盏，仍有部分背街小巷照明不足。".into(),
            at: |f| f.location.part == Some(PartKind::Problems) && f.location.point == Some(1) && f.message.contains("260盏"),
        },
        Plant {
            rule: "figure-conflict",
            plant: |d| {
                let again = IndicatorEntry { indicator: "drills".into(), text: "16".into(), ..IndicatorEntry::default() };
                chapter(d, "integrity").indicators.push(again);
            },
            at: |f| f.location.chapter.as_deref() == Some("integrity") && f.location.indicator.as_deref() == Some("drills") && f.message.contains("15次"),
        },
        Plant {
            rule: "missing-part",
            plant: |d| d.closing = "  ".into(),
            at: |f| f.location.part == Some(PartKind::Closing),
        },
        Plant {
            rule: "empty-part",
            plant: |d| chapter(d, "rule_of_law").points.clear(),
            at: |f| f.location.chapter.as_deref() == Some("rule_of_law"),
        },
        Plant {
            rule: "year-mismatch",
            plant: |d| d.meta.year = 0,
            at: |f| f.location.part == Some(PartKind::Title) && f.location.field.as_deref() == Some("year"),
        },
        Plant {
            rule: "year-mismatch",
            plant: |d| d.plan_intro = "2025年，街道将坚持以人民为中心，扎实做好以下工作。".into(),
            at: |f| f.location.part == Some(PartKind::Plan) && f.location.field.as_deref() == Some("intro") && f.location.start == Some(0),
        },
        Plant {
            rule: "placeholder",
            plant: |d| chapter(d, "civilisation").points[0].body = "开展志愿服务活动XX场，志愿服务参与{{volunteer_services}}人次。".into(),
            at: |f| f.location.chapter.as_deref() == Some("civilisation") && f.location.start == Some(8) && f.location.end == Some(10),
        },
    ]
}

fn at_indicator_fn(id: &'static str) -> fn(&Finding) -> bool {
    match id {
        "backlog_resolve_rate" => |f| at_indicator("backlog_resolve_rate")(f),
        "grid_staff" => |f| at_indicator("grid_staff")(f),
        "fixed_asset_investment" => |f| at_indicator("fixed_asset_investment")(f),
        _ => |_| false,
    }
}

#[test]
fn each_planted_error_raises_exactly_its_rule() {
    let mut failures = Vec::new();
    for (n, p) in plants().into_iter().enumerate() {
        let mut draft = clean();
        (p.plant)(&mut draft);
        let findings = run(&draft);
        let ok = findings.len() == 1 && findings[0].rule == p.rule && (p.at)(&findings[0]);
        if !ok {
            failures.push(format!("plant #{n} ({}):{}", p.rule, describe(&findings)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn messages_are_chinese_and_never_say_illegal_or_invalid() {
    for p in plants() {
        let mut draft = clean();
        (p.plant)(&mut draft);
        for f in run(&draft) {
            assert!(f.message.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{}", f.message);
            assert!(!f.message.contains("非法") && !f.message.contains("无效"), "{}", f.message);
        }
    }
}

#[test]
fn severities_come_from_the_template_then_the_options() {
    let mut draft = clean();
    entry(&mut draft, "grid_staff").text = "120.5".into();
    let mut t = template();
    t.rule_severities.insert("not-whole-number".into(), "hint".into());
    let f = check(&draft, &t, &CheckOptions::default());
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Hint);

    let mut options = CheckOptions::default();
    options.severities.insert("not-whole-number".into(), Severity::Warning);
    assert_eq!(check(&draft, &t, &options)[0].severity, Severity::Warning);

    t.rule_severities.insert("not-whole-number".into(), "off".into());
    assert!(check(&draft, &t, &CheckOptions::default()).is_empty());

    let mut off = CheckOptions::default();
    off.disabled.insert("not-whole-number".into());
    assert!(check(&draft, &template(), &off).is_empty());
}

#[test]
fn acknowledged_findings_stop_blocking_export() {
    let mut draft = clean();
    entry(&mut draft, "petition_close_rate").text = "99.8%".into();
    let findings = run(&draft);
    assert!(blocking(&findings));
    acknowledge(&mut draft, &findings[0], "按区信访局口径填报");
    let again = run(&draft);
    assert_eq!(again.len(), 1);
    assert!(again[0].acknowledged);
    assert!(!blocking(&again));
    // Warnings never block.
    let mut warn = clean();
    entry(&mut warn, "env_patrols").text = "120000".into();
    let findings = run(&warn);
    assert_eq!(findings.len(), 1, "{}", describe(&findings));
    assert_eq!(findings[0].rule, "implausible-value");
    assert!(!blocking(&findings));
}

#[test]
fn derived_values_are_shown_with_their_formula() {
    let draft = clean();
    let derived = indicator_derived(&draft, &template());
    let rate = derived.iter().find(|d| d.indicator == "petition_close_rate").expect("rate derived");
    assert_eq!(rate.kind, DerivedKind::Rate);
    assert_eq!(rate.explanation, "按349÷356计算为98.0%");
    assert_eq!(rate.agrees, Some(true));
    let completion = derived.iter().find(|d| d.indicator == "budget_revenue_completion").expect("completion derived");
    assert_eq!(completion.text, "110%");
    let growth = derived.iter().find(|d| d.indicator == "retail_sales_growth").expect("growth derived");
    assert_eq!(growth.formula, "（48600−43200）÷43200");
    assert_eq!(growth.text, "12.5%");
    let fall = derived.iter().find(|d| d.indicator == "criminal_incidents_growth").expect("fall derived");
    assert_eq!(fall.text, "-20%");

    let mut typing = clean();
    entry(&mut typing, "petition_close_rate").text = String::new();
    let derived = indicator_derived(&typing, &template());
    let rate = derived.iter().find(|d| d.indicator == "petition_close_rate").expect("rate derived while empty");
    assert_eq!(rate.explanation, "按349÷356计算为98.0%");
    assert_eq!(rate.agrees, None);
}

#[test]
fn a_percentage_against_last_year_or_target_is_shown_in_points() {
    let mut draft = clean();
    let rate = entry(&mut draft, "unemployment_rate");
    rate.text = "3.5%".into();
    rate.last_year = "3.2%".into();
    rate.target = "4%".into();
    let derived = indicator_derived(&draft, &template());
    let of_rate: Vec<_> = derived.iter().filter(|d| d.indicator == "unemployment_rate").collect();
    assert_eq!(of_rate.len(), 2, "{of_rate:#?}");
    let change = of_rate.iter().find(|d| d.kind == DerivedKind::Growth).expect("change from last year");
    assert_eq!(change.line, "较上年上升0.3个百分点（3.5%−3.2%）");
    assert_eq!(change.explanation, "按3.5%−3.2%计算，较上年上升0.3个百分点");
    assert!((change.value - 0.3).abs() < 1e-9);
    let to_target = of_rate.iter().find(|d| d.kind == DerivedKind::Completion).expect("against target");
    assert_eq!(to_target.line, "低于目标0.5个百分点（3.5%−4%）");
    assert!(!to_target.line.contains("完成") && !change.line.contains("增幅"));

    let rate = entry(&mut draft, "unemployment_rate");
    rate.text = "3.2%".into();
    rate.last_year = "3.5%".into();
    rate.target = "3.2%".into();
    let derived = indicator_derived(&draft, &template());
    let lines: Vec<&str> = derived.iter().filter(|d| d.indicator == "unemployment_rate").map(|d| d.line.as_str()).collect();
    assert_eq!(lines, ["与目标持平（3.2%−3.2%）", "较上年下降0.3个百分点（3.2%−3.5%）"]);
    // Amounts keep their growth and completion in per cent.
    let growth = derived.iter().find(|d| d.indicator == "retail_sales_growth").expect("growth derived");
    assert_eq!(growth.line, "增幅 12.5%（（48600−43200）÷43200）");
}

#[test]
fn findings_come_in_document_order() {
    let mut draft = clean();
    draft.closing = String::new();
    entry(&mut draft, "grid_staff").text = "120.5".into();
    chapter(&mut draft, "party_building").points[1].body = "收集群众“微心愿”XX个，均已明确责任人跟进。".into();
    draft.meta.year = 0;
    let parts: Vec<_> = run(&draft).iter().map(|f| (f.rule.clone(), f.location.part)).collect();
    assert_eq!(
        parts,
        [
            ("year-mismatch".to_string(), Some(PartKind::Title)),
            ("placeholder".to_string(), Some(PartKind::Summary)),
            ("not-whole-number".to_string(), Some(PartKind::Summary)),
            ("missing-part".to_string(), Some(PartKind::Closing)),
        ]
    );
}

/// Points are numbered by the product (一是、1.、（一）): a point that opens with its own 一是 would
/// print as 三是一是……, so it is flagged on the text right after the product's marker; a series
/// inside a body that follows a lead is ordinary prose, and lead-style chapters have no marker.
#[test]
fn a_point_that_numbers_itself_is_flagged_where_the_marker_would_double() {
    let numbering = |findings: &[Finding]| -> Vec<(Option<PartKind>, Option<usize>, Option<String>, Option<usize>, Option<usize>)> {
        findings
            .iter()
            .filter(|f| f.rule == "numbering")
            .map(|f| (f.location.part, f.location.point, f.location.field.clone(), f.location.start, f.location.end))
            .collect()
    };
    let mut draft = clean();
    let point = &mut chapter(&mut draft, "party_building").points[0];
    point.lead = String::new();
    point.body = " 一是新建党支部3个，覆盖辖区重点楼宇。二是举办党员培训12场次。".into();
    draft.problems[0].lead = "一是服务能力不足".into();
    let findings = run(&draft);
    assert_eq!(
        numbering(&findings),
        [
            (Some(PartKind::Summary), Some(0), Some("body".to_string()), Some(1), Some(3)),
            (Some(PartKind::Problems), Some(0), Some("lead".to_string()), Some(0), Some(2)),
        ],
        "{}",
        describe(&findings)
    );
    let first = findings.iter().find(|f| f.rule == "numbering").expect("flagged");
    assert!(first.message.contains("“一是”会与之重复"), "{}", first.message);

    // The same body after a lead is a series inside the point: nothing to flag.
    let mut led = clean();
    let point = &mut chapter(&mut led, "party_building").points[0];
    point.lead = "夯实基层组织".into();
    point.body = "一是新建党支部3个，覆盖辖区重点楼宇。二是举办党员培训12场次。".into();
    assert!(numbering(&run(&led)).is_empty(), "{}", describe(&run(&led)));

    // Chapters written as lead sentences get no marker, so their points may open with 一是.
    let mut lead_style = template();
    lead_style.point_style = zongjie::core::template::PointStyle::Lead;
    let mut plain = clean();
    chapter(&mut plain, "party_building").points[0].lead = String::new();
    chapter(&mut plain, "party_building").points[0].body = "一是新建党支部3个。".into();
    assert!(numbering(&check(&plain, &lead_style, &CheckOptions::default())).is_empty());
}

#[test]
fn a_missing_unit_or_year_names_the_page_to_fill_it_on() {
    let mut draft = clean();
    draft.meta.unit = String::new();
    draft.meta.year = 0;
    let findings = run(&draft);
    for rule in ["missing-part", "year-mismatch"] {
        let f = findings.iter().find(|f| f.rule == rule && f.location.part == Some(PartKind::Title)).expect(rule);
        assert!(f.message.contains("请在“基本信息”中填写"), "{}", f.message);
    }
}

/// The same count written with another measure word people use for it is not a unit error:
/// 场 for 场次, 名 for 人. A different count (人次 for 人) still is.
#[test]
fn synonymous_measure_words_are_read_as_the_indicators_unit() {
    let mut draft = clean();
    entry(&mut draft, "party_trainings").text = "24场".into();
    entry(&mut draft, "grid_staff").text = "120名".into();
    let findings = run(&draft);
    assert!(findings.iter().all(|f| f.rule != "unit-mismatch"), "{}", describe(&findings));

    entry(&mut draft, "grid_staff").text = "120人次".into();
    let findings = run(&draft);
    assert!(findings.iter().any(|f| f.rule == "unit-mismatch" && f.location.indicator.as_deref() == Some("grid_staff")), "{}", describe(&findings));
}

fn of_rule<'a>(findings: &'a [Finding], rule: &str) -> Vec<&'a Finding> {
    findings.iter().filter(|f| f.rule == rule).collect()
}

/// Clerks paste last year's numbered headings and points: every numbering form the document adds
/// itself is flagged where it was typed — chapter headings, leads, bodies without a lead,
/// problems, plan items, key tasks and honours — as a warning whose suggestion deletes it.
#[test]
fn numbers_typed_into_headings_leads_and_points_are_flagged_for_deletion() {
    let mut draft = clean();
    chapter(&mut draft, "party_building").heading = "（一）党建引领有力，基层堡垒更加坚实".into();
    chapter(&mut draft, "economy").points[0].lead = "1.稳住经济基本盘".into();
    draft.problems[1].lead = String::new();
    draft.problems[1].body = "1、部分老旧小区物业管理缺位，停车难问题尚未根本解决。".into();
    draft.plan[0].lead = "① 抓党建，强基础".into();
    draft.key_tasks[0].task = "第一，老旧小区改造".into();
    draft.honours[0] = "（1）街道获评市级文明单位".into();
    let findings = run(&draft);
    type At<'a> = (Option<PartKind>, Option<&'a str>, Option<&'a str>, Option<usize>, Option<usize>, &'a str);
    let got: Vec<At<'_>> = of_rule(&findings, "numbering")
        .iter()
        .map(|f| (f.location.part, f.location.chapter.as_deref(), f.location.field.as_deref(), f.location.start, f.location.end, f.excerpt.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (Some(PartKind::Summary), Some("party_building"), Some("heading"), Some(0), Some(3), "（一）"),
            (Some(PartKind::Summary), Some("economy"), Some("lead"), Some(0), Some(2), "1."),
            (Some(PartKind::Problems), None, Some("body"), Some(0), Some(2), "1、"),
            (Some(PartKind::Plan), None, Some("lead"), Some(0), Some(2), "①"),
            (Some(PartKind::KeyTasks), None, Some("task"), Some(0), Some(3), "第一，"),
            (Some(PartKind::Honours), None, Some("text"), Some(0), Some(3), "（1）"),
        ],
        "{}",
        describe(&findings)
    );
    for f in of_rule(&findings, "numbering") {
        assert_eq!(f.suggestion.as_deref(), Some(""), "the suggestion deletes the number: {f:?}");
        // The fixture's key task and honour are the only ones of their lists: printed unnumbered.
        let alone = matches!(f.location.part, Some(PartKind::KeyTasks | PartKind::Honours));
        let says = if alone { format!("只有一条时成稿不编序号，这一条开头的“{}”请删去", f.excerpt) } else { format!("“{}”会与之重复，请删去", f.excerpt) };
        assert!(f.message.contains(&says), "{}", f.message);
    }
    // A warning by default; the built-in templates raise `numbering` to an error.
    let mut plain = template();
    plain.rule_severities = Default::default();
    let findings = check(&draft, &plain, &CheckOptions::default());
    assert!(of_rule(&findings, "numbering").iter().all(|f| f.severity == Severity::Warning));
    let heading = of_rule(&findings, "numbering")[0];
    assert!(heading.message.starts_with("成稿时标题会自动编上序号"), "{}", heading.message);

    // The same texts without the numbers raise nothing.
    let mut fixed = clean();
    chapter(&mut fixed, "party_building").heading = "党建引领有力，基层堡垒更加坚实".into();
    chapter(&mut fixed, "economy").points[0].lead = "稳住经济基本盘".into();
    fixed.key_tasks[0].task = "第一批老旧小区改造".into();
    assert!(of_rule(&run(&fixed), "numbering").is_empty(), "{}", describe(&run(&fixed)));
}

/// A token prints an indicator's figure: a finding on that figure alone belongs to the entry
/// (reported there once), but a sentence typed twice and a paragraph that ends on a token without
/// 。 are still found.
#[test]
fn sentences_and_ends_with_tokens_are_still_checked() {
    let repeated = "全年发放临时救助金{{assistance_funds}}，困难群众基本生活得到保障。";
    let mut draft = clean();
    chapter(&mut draft, "livelihood").points[0].body = format!("{repeated}{repeated}");
    let findings = run(&draft);
    let hits = of_rule(&findings, "repeated-sentence");
    assert_eq!(hits.len(), 1, "{}", describe(&findings));
    let n = repeated.chars().count();
    assert_eq!((hits[0].location.start, hits[0].location.end), (Some(n), Some(2 * n)));
    assert_eq!(hits[0].suggestion.as_deref(), Some(""), "deleting the repeat deletes its token as typed");

    let mut draft = clean();
    let body = "为困难群众及时足额发放各类救助资金，全年发放临时救助金{{assistance_funds}}";
    chapter(&mut draft, "livelihood").points[0].body = body.into();
    let findings = run(&draft);
    let hits = of_rule(&findings, "missing-end-punctuation");
    assert_eq!(hits.len(), 1, "{}", describe(&findings));
    let token = "{{assistance_funds}}";
    let (n, t) = (body.chars().count(), token.chars().count());
    assert_eq!((hits[0].location.start, hits[0].location.end), (Some(n - t), Some(n)));
    assert_eq!(hits[0].suggestion, None, "a suggestion over the printed figure would overwrite the token");

    // What the filter is for: a figure the token prints is judged on its entry, not again in
    // every sentence that prints it (the same text typed into the prose is flagged).
    let mut draft = clean();
    entry(&mut draft, "rubbish_cleared").text = "1764多吨".into();
    chapter(&mut draft, "environment").points[0].body = "全年清运各类垃圾{{rubbish_cleared}}，环境面貌明显改善。".into();
    let findings = run(&draft);
    assert!(of_rule(&findings, "approximate-exact").is_empty(), "{}", describe(&findings));
    chapter(&mut draft, "environment").points[0].body = "全年清运各类垃圾1764多吨，环境面貌明显改善。".into();
    assert_eq!(of_rule(&run(&draft), "approximate-exact").len(), 1, "{}", describe(&run(&draft)));

    // But a mark left in the entry would print unseen: it is flagged at the token, naming the
    // indicator to correct.
    let mut draft = clean();
    entry(&mut draft, "assistance_funds").text = "**万元".into();
    let body = "全年发放临时救助金{{assistance_funds}}，困难群众基本生活得到保障。";
    chapter(&mut draft, "livelihood").points[0].body = body.into();
    let findings = run(&draft);
    let hits = of_rule(&findings, "placeholder");
    assert_eq!(hits.len(), 1, "{}", describe(&findings));
    assert_eq!((hits[0].location.start, hits[0].location.end), (Some(9), Some(9 + "{{assistance_funds}}".chars().count())));
    assert!(hits[0].message.contains("请在该指标中修改"), "{}", hits[0].message);
}

/// 单位名称 prints in the title and signature: marks left in it are found on 基本信息. 成文日期
/// takes the GB/T 9704-2012 form, with the standard form as suggestion, and is not before Y.
#[test]
fn unit_name_and_date_are_checked_on_the_meta_page() {
    let meta = |draft: &Draft, rule: &str| -> Vec<Finding> {
        check(draft, &template(), &CheckOptions::default())
            .into_iter()
            .filter(|f| f.rule == rule && f.location.part == Some(PartKind::Title))
            .collect()
    };
    let mut draft = clean();
    draft.meta.unit = "**街道".into();
    let hits = meta(&draft, "placeholder");
    assert_eq!(hits.len(), 1, "{hits:#?}");
    assert_eq!(hits[0].location.field.as_deref(), Some("unit"));
    assert_eq!((hits[0].location.start, hits[0].location.end), (Some(0), Some(2)));

    for (typed, standard) in [
        ("2025.12.20", "2025年12月20日"),
        ("2025-12-20", "2025年12月20日"),
        ("2025/12/20", "2025年12月20日"),
        ("2025年12月20号", "2025年12月20日"),
        ("2026年01月05日", "2026年1月5日"),
    ] {
        let mut draft = clean();
        draft.meta.date = typed.into();
        let hits = meta(&draft, "date-format");
        assert_eq!(hits.len(), 1, "{typed}: {hits:#?}");
        let f = &hits[0];
        assert_eq!(f.location.field.as_deref(), Some("date"));
        assert_eq!((f.location.start, f.location.end), (Some(0), Some(typed.chars().count())));
        assert_eq!(f.suggestion.as_deref(), Some(standard), "{typed}");
        assert_eq!(f.severity, Severity::Warning);
        assert!(f.message.contains(standard), "{}", f.message);
        assert!(meta(&draft, "year-mismatch").is_empty(), "{typed}");
    }

    let mut draft = clean();
    draft.meta.date = "年底".into();
    let hits = meta(&draft, "date-format");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].suggestion, None);
    assert!(hits[0].message.contains("请按“2025年12月20日”的格式填写"), "{}", hits[0].message);

    let mut draft = clean();
    draft.meta.date = "2024年12月20日".into();
    assert!(meta(&draft, "date-format").is_empty());
    let hits = meta(&draft, "year-mismatch");
    assert_eq!(hits.len(), 1, "{hits:#?}");
    assert!(hits[0].message.contains("早于总结年度2025年"), "{}", hits[0].message);

    // A mark in the date is one finding, not also a format one.
    let mut draft = clean();
    draft.meta.date = "2025年XX月XX日".into();
    assert!(!meta(&draft, "placeholder").is_empty());
    assert!(meta(&draft, "date-format").is_empty());

    // The clean draft's 2025年12月26日 is fine (see the_clean_draft_raises_nothing).
    assert!(meta(&clean(), "date-format").is_empty());
}
