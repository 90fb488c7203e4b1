//! The built-in templates and custom-template validation: every built-in parses and validates,
//! the catalogues cover the genre, relations resolve, drafts start right, and bad files name the
//! bad field in Chinese.

use std::collections::BTreeSet;

use zongjie::core::check::Severity;
use zongjie::core::model::{tokens, Meta, PartKind, TitleStyle};
use zongjie::core::template::{
    builtin, builtin_json, builtin_templates, IndicatorKind, Relation, ReportKind, Template, TemplateError,
};

const BUILTIN_IDS: [&str; 3] = ["jiedao-annual", "jiedao-summary", "dangongwei-annual"];

fn template(id: &str) -> Template {
    builtin(id).unwrap_or_else(|| panic!("built-in {id} missing"))
}

fn is_snake(id: &str) -> bool {
    !id.is_empty()
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !id.starts_with('_')
        && !id.ends_with('_')
}

/// Names every indicator id a relation points at.
fn targets(rel: &Relation) -> Vec<&str> {
    match rel {
        Relation::Rate { part, whole } => vec![part, whole],
        Relation::Completion { actual, target } => std::iter::once(actual).chain(target.iter()).map(String::as_str).collect(),
        Relation::Growth { of } => vec![of],
        Relation::PartOf { whole } => vec![whole],
        Relation::SumOf { parts } => parts.iter().map(String::as_str).collect(),
    }
}

/// A built-in's JSON with one change applied, as text.
fn edited(id: &str, edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(&builtin_json(id).unwrap()).unwrap();
    edit(&mut v);
    serde_json::to_string_pretty(&v).unwrap()
}

fn error_of(json: &str) -> TemplateError {
    match Template::from_json(json) {
        Ok(t) => panic!("template {} was accepted", t.id),
        Err(e) => e,
    }
}

fn has_han(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

// ------------------------------------------------------------------ built-ins

#[test]
fn every_builtin_validates() {
    for id in BUILTIN_IDS {
        let json = builtin_json(id).expect("built-in source present");
        match Template::from_json(&json) {
            Ok(t) => {
                assert_eq!(t.id, id);
                assert!(t.problems().is_empty());
            }
            Err(e) => panic!("built-in {id} does not validate: {e}"),
        }
    }
    let ids: Vec<String> = builtin_templates().into_iter().map(|t| t.id).collect();
    assert_eq!(ids, BUILTIN_IDS);
    assert!(builtin("no-such-template").is_none());
}

#[test]
fn the_embedded_builtins_are_the_files_in_data_templates() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/templates");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok()?.strip_suffix(".json").map(str::to_string))
        .collect();
    files.sort();
    let mut ids = BUILTIN_IDS.map(str::to_string).to_vec();
    ids.sort();
    assert_eq!(files, ids, "every file in data/templates is a built-in and the other way round");
    for id in BUILTIN_IDS {
        let file: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join(format!("{id}.json"))).unwrap()).unwrap();
        let embedded = builtin_json(id).unwrap();
        assert_eq!(serde_json::from_str::<serde_json::Value>(&embedded).unwrap(), file, "{id}");
        assert!(!embedded.contains("\n  "), "{id}: embedded minified");
    }
}

#[test]
fn builtins_round_trip_through_json() {
    for t in builtin_templates() {
        assert_eq!(Template::from_json(&t.to_json()).as_ref(), Ok(&t));
    }
}

#[test]
fn kinds_titles_and_parts_are_as_specified() {
    let annual = template("jiedao-annual");
    let summary = template("jiedao-summary");
    let party = template("dangongwei-annual");
    assert_eq!(annual.kind, ReportKind::SummaryAndPlan);
    assert_eq!(summary.kind, ReportKind::Summary);
    assert_eq!(party.kind, ReportKind::SummaryAndPlan);

    let meta = Meta { unit: "新华街道办事处".into(), year: 2025, ..Meta::default() };
    assert_eq!(annual.render_title(&meta), "新华街道办事处2025年工作总结和2026年工作安排");
    assert_eq!(summary.render_title(&meta), "新华街道办事处2025年工作总结");
    let committee = Meta { unit: "中共新华街道工作委员会".into(), ..meta.clone() };
    assert_eq!(party.render_title(&committee), "中共新华街道工作委员会2025年工作总结和2026年工作安排");

    for t in [&annual, &party] {
        assert_eq!(
            t.part_kinds(),
            [
                PartKind::Title,
                PartKind::Opening,
                PartKind::Summary,
                PartKind::Problems,
                PartKind::Plan,
                PartKind::KeyTasks,
                PartKind::Honours,
                PartKind::Closing
            ]
        );
        for required in [PartKind::Title, PartKind::Opening, PartKind::Summary, PartKind::Problems, PartKind::Plan, PartKind::Closing] {
            assert!(t.is_required(required), "{} {:?}", t.id, required);
        }
        assert!(!t.is_required(PartKind::KeyTasks) && t.has_part(PartKind::KeyTasks));
        assert!(!t.is_required(PartKind::Honours) && t.has_part(PartKind::Honours));
        assert_eq!(t.part_heading(PartKind::Summary, &meta).as_deref(), Some("2025年工作总结"));
        assert_eq!(t.part_heading(PartKind::Plan, &meta).as_deref(), Some("2026年工作安排"));
        assert_eq!(t.part_heading(PartKind::Problems, &meta).as_deref(), Some("存在的问题和不足"));
        assert_eq!(t.part_heading(PartKind::KeyTasks, &meta).as_deref(), Some("区政府工作报告重点任务完成情况"));
        assert_eq!(t.part_heading(PartKind::Honours, &meta).as_deref(), Some("获得市级以上荣誉表彰情况"));
        assert!(!t.plan_intro_examples.is_empty() && !t.plan_examples.is_empty());
    }
    assert!(!summary.has_part(PartKind::Plan));
    assert!(!summary.is_required(PartKind::Problems) && summary.has_part(PartKind::Problems));
    assert_eq!(summary.part_heading(PartKind::Summary, &meta), None, "summary-only chapters are the top level");
    assert_eq!(annual.point_style, zongjie::core::template::PointStyle::Series);
    assert_eq!(party.point_style, zongjie::core::template::PointStyle::Lead);
}

#[test]
fn the_authors_plan_word_wins_in_title_and_plan_heading() {
    let t = template("jiedao-annual");
    let meta = Meta {
        unit: "新华街道办事处".into(),
        year: 2025,
        title_style: TitleStyle { connector: "及".into(), plan_word: "工作打算".into() },
        ..Meta::default()
    };
    assert_eq!(t.render_title(&meta), "新华街道办事处2025年工作总结及2026年工作打算");
    assert_eq!(t.part_heading(PartKind::Plan, &meta).as_deref(), Some("2026年工作打算"));
}

#[test]
fn ids_are_well_formed_and_unique() {
    for t in builtin_templates() {
        let mut chapters = BTreeSet::new();
        let mut indicators = BTreeSet::new();
        for c in &t.chapters {
            assert!(is_snake(&c.id), "{}: chapter id {}", t.id, c.id);
            assert!(chapters.insert(c.id.clone()), "{}: chapter {} twice", t.id, c.id);
            for i in &c.indicators {
                assert!(is_snake(&i.id), "{}: indicator id {}", t.id, i.id);
                assert!(indicators.insert(i.id.clone()), "{}: indicator {} twice", t.id, i.id);
            }
        }
    }
}

#[test]
fn every_relation_resolves_and_fits_its_kind() {
    for t in builtin_templates() {
        let mut count = 0;
        for (ind, rel) in t.relations() {
            count += 1;
            for id in targets(rel) {
                assert!(t.indicator(id).is_some(), "{}: {} names unknown {id}", t.id, ind.id);
                assert_ne!(id, ind.id, "{}: {} names itself", t.id, ind.id);
            }
            let expected_kind = match rel {
                Relation::Rate { .. } => Some(IndicatorKind::Rate),
                Relation::Completion { .. } => Some(IndicatorKind::Completion),
                Relation::Growth { .. } => Some(IndicatorKind::Growth),
                _ => None,
            };
            if let Some(k) = expected_kind {
                assert_eq!(ind.kind, k, "{}: {}", t.id, ind.id);
                assert_eq!(ind.unit, "%", "{}: {}", t.id, ind.id);
            }
        }
        assert!(count >= 8, "{} has only {count} relations", t.id);
    }
}

#[test]
fn indicators_have_units_ranges_and_sensible_bounds() {
    for t in builtin_templates() {
        for (c, i) in t.indicators() {
            let at = format!("{}/{}/{}", t.id, c.id, i.id);
            assert!(has_han(&i.name), "{at}: name");
            assert!(!i.unit.is_empty(), "{at}: unit");
            assert!(i.units.is_empty() || i.units.contains(&i.unit), "{at}: unit not in units");
            let r = i.range.unwrap_or_else(|| panic!("{at}: no range"));
            assert!(r.min <= r.max, "{at}: range");
            match i.kind {
                IndicatorKind::Count => {
                    assert!(i.whole, "{at}: counts are whole numbers");
                    assert!(r.min >= 0.0, "{at}: counts are not negative");
                }
                IndicatorKind::Rate if !i.relations.is_empty() => {
                    assert_eq!((r.min, r.max), (0.0, 100.0), "{at}: rates of things done lie in 0–100");
                }
                IndicatorKind::Rate | IndicatorKind::Growth | IndicatorKind::Completion => assert!(!i.whole, "{at}"),
                _ => {}
            }
        }
    }
}

#[test]
fn the_important_relations_are_wired_as_documented() {
    let rate = |part: &str, whole: &str| Relation::Rate { part: part.into(), whole: whole.into() };
    let part_of = |whole: &str| Relation::PartOf { whole: whole.into() };
    let jiedao = [
        ("mediation_success_rate", rate("disputes_mediated", "disputes_received")),
        ("hazard_fix_rate", rate("hazards_fixed", "hazards_found")),
        ("petition_close_rate", rate("petitions_closed", "petitions_received")),
        ("backlog_resolve_rate", rate("backlog_resolved", "backlog_cases")),
        (
            "budget_revenue_completion",
            Relation::Completion { actual: "budget_revenue".into(), target: Some("budget_revenue_target".into()) },
        ),
        ("retail_sales_growth", Relation::Growth { of: "retail_sales".into() }),
        ("criminal_incidents_growth", Relation::Growth { of: "criminal_incidents".into() }),
        ("disputes_mediated", part_of("disputes_received")),
        ("petitions_closed", part_of("petitions_received")),
        ("backlog_resolved", part_of("backlog_cases")),
        ("hazards_fixed", part_of("hazards_found")),
        ("enterprise_requests_resolved", part_of("enterprise_requests")),
        ("cases_closed", part_of("cases_opened")),
        ("dibao_persons", Relation::SumOf { parts: vec!["dibao_urban_persons".into(), "dibao_rural_persons".into()] }),
    ];
    for id in ["jiedao-annual", "jiedao-summary"] {
        let t = template(id);
        for (ind, rel) in &jiedao {
            let (_, spec) = t.indicator(ind).unwrap_or_else(|| panic!("{id}: {ind} missing"));
            assert!(spec.relations.contains(rel), "{id}: {ind} lacks {rel:?}");
        }
    }
    let party = template("dangongwei-annual");
    for (ind, rel) in [
        ("two_new_coverage_rate", rate("two_new_orgs_covered", "two_new_orgs")),
        ("wish_fulfil_rate", rate("wishes_fulfilled", "wishes_collected")),
        ("weak_orgs_rectified", part_of("weak_orgs")),
        ("cases_closed", part_of("cases_opened")),
    ] {
        let (_, spec) = party.indicator(ind).unwrap_or_else(|| panic!("dangongwei: {ind} missing"));
        assert!(spec.relations.contains(&rel), "dangongwei: {ind} lacks {rel:?}");
    }
}

/// The chapter catalogue of DOMAIN.md (standard domain chapters), by a word of the name.
const JIEDAO_CATALOGUE: [(&str, bool); 14] = [
    ("党建", true),
    ("经济", true),
    ("民生", true),
    ("社会治理", true),
    ("平安", true),
    ("安全生产", true),
    ("城市", true),
    ("生态", true),
    ("文明创建", true),
    ("法治", true),
    ("廉政", true),
    ("统战", false),
    ("精神文明", false),
    ("疫情", false),
];

#[test]
fn each_jiedao_template_covers_the_domain_catalogue() {
    for id in ["jiedao-annual", "jiedao-summary"] {
        let t = template(id);
        for (word, default) in JIEDAO_CATALOGUE {
            let c = t
                .chapters
                .iter()
                .find(|c| c.name.contains(word))
                .unwrap_or_else(|| panic!("{id}: no chapter for {word}"));
            assert_eq!(c.default, default, "{id}: {} default", c.name);
        }
    }
    assert_eq!(
        template("jiedao-annual").chapters,
        template("jiedao-summary").chapters,
        "the two jiedao templates share one chapter catalogue"
    );
}

#[test]
fn dangongwei_has_the_party_work_chapters() {
    let t = template("dangongwei-annual");
    let defaults: Vec<&str> = t.default_chapters().map(|c| c.name.as_str()).collect();
    for word in ["政治建设", "基层党组织", "队伍", "党风廉政", "意识形态", "统战", "党建引领基层治理"] {
        assert!(defaults.iter().any(|n| n.contains(word)), "dangongwei: no default chapter for {word}");
    }
}

#[test]
fn chapters_carry_headings_guidance_examples_and_indicators() {
    for t in builtin_templates() {
        for c in &t.chapters {
            let at = format!("{}/{}", t.id, c.id);
            assert!(has_han(&c.heading) && c.heading.contains('，'), "{at}: heading in the genre's style");
            assert!((3..=5).contains(&c.alternatives.len()) || (!c.default && c.alternatives.len() >= 2), "{at}: alternatives");
            let mut headings: BTreeSet<&str> = c.alternatives.iter().map(String::as_str).collect();
            assert!(headings.insert(c.heading.as_str()), "{at}: default heading repeated in alternatives");
            assert_eq!(headings.len(), c.alternatives.len() + 1, "{at}: alternatives repeat");
            assert!(has_han(&c.guidance), "{at}: guidance");
            assert!((2..=3).contains(&c.examples.len()), "{at}: examples");
            assert!((4..=8).contains(&c.indicators.len()), "{at}: {} indicators", c.indicators.len());
            for e in &c.examples {
                assert!(e.ends_with('。'), "{at}: example ends with 。");
                for tok in tokens::find(e) {
                    assert!(t.indicator(&tok.id).is_some(), "{at}: example token {} unknown", tok.id);
                }
            }
        }
    }
}

#[test]
fn example_texts_use_only_known_placeholders_and_full_width_punctuation() {
    for t in builtin_templates() {
        let meta = Meta { unit: "新华街道办事处".into(), year: 2025, ..Meta::default() };
        let texts = t
            .opening_examples
            .iter()
            .chain(&t.problems_examples)
            .chain(&t.plan_intro_examples)
            .chain(&t.plan_examples)
            .chain(&t.closing_examples);
        let mut n = 0;
        for text in texts {
            n += 1;
            let filled = t.fill(text, &meta);
            assert!(!filled.contains('{') && !filled.contains('}'), "{}: {text}", t.id);
            assert!(!filled.contains(',') && !filled.contains(';') && !filled.contains('('), "{}: half-width in {text}", t.id);
            assert!(filled.ends_with('。'), "{}: {text}", t.id);
        }
        assert!(n >= 6, "{}: too few example texts", t.id);
    }
}

#[test]
fn new_draft_starts_with_default_chapters_and_empty_rows() {
    let t = template("jiedao-annual");
    let d = t.new_draft("d1", "新华街道办事处", 2025);
    assert_eq!(d.id, "d1");
    assert_eq!(d.template_id, "jiedao-annual");
    assert_eq!(d.meta.unit, "新华街道办事处");
    assert_eq!(d.meta.year, 2025);
    assert_eq!(d.meta.title_style, TitleStyle { connector: "和".into(), plan_word: "工作安排".into() });
    let ids: Vec<&str> = d.chapters.iter().map(|c| c.id.as_str()).collect();
    let defaults: Vec<&str> = t.default_chapters().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, defaults);
    assert!(!ids.contains(&"public_health"));
    let safety = d.chapter("work_safety").unwrap();
    assert_eq!(safety.template_chapter.as_deref(), Some("work_safety"));
    assert_eq!(safety.heading, t.chapter("work_safety").unwrap().heading);
    let rows: Vec<(&str, &str)> = safety.indicators.iter().map(|e| (e.indicator.as_str(), e.unit.as_str())).collect();
    assert!(rows.contains(&("hazards_found", "处")) && rows.contains(&("hazard_fix_rate", "%")));
    assert!(safety.indicators.iter().all(|e| e.text.is_empty() && e.value.is_none()));
    assert_eq!(d.meta.higher_bodies, "区委、区政府");
    let party = template("dangongwei-annual").new_draft("d2", "中共新华街道工作委员会", 2025);
    assert_eq!(party.meta.higher_bodies, "区委");
    assert_eq!(party.template_id, "dangongwei-annual");
}

#[test]
fn example_openings_name_the_drafts_higher_bodies() {
    let t = template("dangongwei-annual");
    let mut meta = t.new_draft("d", "中共新华街道工作委员会", 2025).meta;
    let opening = t.fill(&t.opening_examples[0], &meta);
    assert!(opening.starts_with("2025年，中共新华街道工作委员会在区委的坚强领导下"), "{opening}");
    meta.higher_bodies = "市委、市政府".into();
    assert!(t.fill(&t.opening_examples[0], &meta).contains("在市委、市政府的坚强领导下"));
}

#[test]
fn chapters_can_be_added_from_the_catalogue() {
    let t = template("jiedao-annual");
    let c = t.chapter_from_catalogue("public_health").unwrap();
    assert_eq!(c.id, "public_health");
    assert_eq!(c.indicators.len(), t.chapter("public_health").unwrap().indicators.len());
    assert!(t.chapter_from_catalogue("nope").is_none());
    let (chapter, ind) = t.indicator("hazard_fix_rate").unwrap();
    assert_eq!((chapter.id.as_str(), ind.name.as_str()), ("work_safety", "隐患整改率"));
}

#[test]
fn severity_overrides_come_from_the_template() {
    let t = template("jiedao-annual");
    assert_eq!(t.severity_overrides().get("boilerplate"), Some(&Some(Severity::Error)));
    let json = edited("jiedao-annual", |v| v["rule_severities"] = serde_json::json!({"boilerplate": "error", "range-dash": "off"}));
    let t = Template::from_json(&json).unwrap();
    let options = t.check_options();
    assert_eq!(options.severities.get("boilerplate"), Some(&Severity::Error));
    assert!(options.disabled.contains("range-dash"));
    assert_eq!(zongjie::core::check::rules::severity("range-dash", &options), None);
}

// ------------------------------------------------------------------ custom templates

/// The ```json block of docs/TEMPLATES.md.
fn doc_example() -> String {
    let doc = include_str!("../docs/TEMPLATES.md");
    let start = doc.find("```json\n").expect("a ```json block in docs/TEMPLATES.md") + "```json\n".len();
    let len = doc[start..].find("```").expect("closed block");
    doc[start..start + len].to_string()
}

#[test]
fn the_documented_example_template_validates() {
    let t = Template::from_json(&doc_example()).unwrap_or_else(|e| panic!("doc example: {e}"));
    assert_eq!(t.id, "my-jiedao");
    let d = t.new_draft("x", "新华街道办事处", 2025);
    assert_eq!(d.meta.title_style, TitleStyle { connector: "及".into(), plan_word: "工作打算".into() });
    assert_eq!(t.render_title(&d.meta), "新华街道办事处2025年工作总结及2026年工作打算");
    assert_eq!(d.chapters.len(), 1);
    assert_eq!(d.chapters[0].indicators.len(), 3);
}

#[test]
fn an_unknown_relation_target_is_named() {
    let t = template("jiedao-annual");
    let c = t.chapters.iter().position(|c| c.id == "work_safety").unwrap();
    let i = t.chapters[c].indicators.iter().position(|i| i.id == "hazard_fix_rate").unwrap();
    let json = edited("jiedao-annual", |v| {
        v["chapters"][c]["indicators"][i]["relations"][0]["part"] = serde_json::json!("hazards_mended")
    });
    let e = error_of(&json);
    assert_eq!(e.field, format!("chapters[{c}].indicators[{i}].relations[0].part"));
    assert!(e.message.contains("hazards_mended") && e.message.contains("不存在"), "{}", e.message);
    assert!(e.to_string().starts_with(&format!("模板字段 chapters[{c}]")));
}

#[test]
fn a_duplicate_indicator_id_is_named() {
    let json = edited("jiedao-annual", |v| v["chapters"][1]["indicators"][0]["id"] = serde_json::json!("party_trainings"));
    let e = error_of(&json);
    assert_eq!(e.field, "chapters[1].indicators[0].id");
    assert!(e.message.contains("party_trainings") && e.message.contains("重复"), "{}", e.message);
}

#[test]
fn a_duplicate_chapter_id_is_named() {
    let json = edited("jiedao-summary", |v| v["chapters"][2]["id"] = serde_json::json!("economy"));
    let e = error_of(&json);
    assert_eq!(e.field, "chapters[2].id");
    assert!(e.message.contains("重复"), "{}", e.message);
}

#[test]
fn a_missing_title_pattern_is_named() {
    let json = edited("jiedao-annual", |v| {
        v.as_object_mut().unwrap().remove("title_pattern");
    });
    let e = error_of(&json);
    assert_eq!(e.field, "title_pattern");
    assert!(e.message.contains("缺少必填字段"), "{}", e.message);
}

#[test]
fn a_wrong_type_is_named_with_line_and_column() {
    let json = edited("jiedao-annual", |v| v["chapters"][2]["indicators"][0]["unit"] = serde_json::json!(5));
    let e = error_of(&json);
    assert_eq!(e.field, "chapters[2].indicators[0].unit");
    assert!(e.message.contains("类型不对") && e.message.contains("应为文本") && e.message.contains("整数 5"), "{}", e.message);
    assert!(e.message.contains("行") && e.message.contains("列"), "{}", e.message);
    let json = edited("jiedao-annual", |v| v["parts"][1]["required"] = serde_json::json!("yes"));
    assert_eq!(error_of(&json).field, "parts[1].required");
}

#[test]
fn unknown_values_and_misspelt_fields_are_named() {
    let json = edited("jiedao-annual", |v| v["chapters"][0]["indicators"][0]["kind"] = serde_json::json!("money"));
    let e = error_of(&json);
    assert_eq!(e.field, "chapters[0].indicators[0].kind");
    assert!(e.message.contains("money") && e.message.contains("count"), "{}", e.message);

    let json = edited("jiedao-annual", |v| v["chapters"][0]["alternative"] = serde_json::json!([]));
    let e = error_of(&json);
    assert_eq!(e.field, "chapters[0].alternative");
    assert!(e.message.contains("不认识的字段") && e.message.contains("alternatives"), "{}", e.message);
}

#[test]
fn semantic_mistakes_are_named() {
    let t = template("jiedao-annual");
    assert_eq!(t.chapters[1].indicators[1].id, "budget_revenue", "the cases below edit this indicator");
    type Edit = Box<dyn FnOnce(&mut serde_json::Value)>;
    let cases: Vec<(Edit, &str, &str)> = vec![
        (Box::new(|v| v["title_pattern"] = serde_json::json!("{unit}工作总结")), "title_pattern", "{year}"),
        (Box::new(|v| v["title_pattern"] = serde_json::json!("{unit}{yaer}年工作总结和{next_year}年工作安排")), "title_pattern", "{yaer}"),
        (Box::new(|v| v["format_version"] = serde_json::json!(2)), "format_version", "升级"),
        (Box::new(|v| v["chapters"][1]["indicators"][1]["unit"] = serde_json::json!("千元")), "chapters[1].indicators[1].unit", "不在可选单位"),
        (Box::new(|v| v["chapters"][1]["indicators"][1]["units"] = serde_json::json!(["万元", "件"])), "chapters[1].indicators[1].units[1]", "不能换算"),
        (Box::new(|v| v["chapters"][0]["indicators"][0]["unit"] = serde_json::json!("处次")), "chapters[0].indicators[0].unit", "无法识别"),
        (Box::new(|v| v["chapters"][0]["indicators"][0]["unit"] = serde_json::json!("")), "chapters[0].indicators[0].unit", "缺少计量单位"),
        (Box::new(|v| v["chapters"][0]["indicators"][0]["range"] = serde_json::json!({"min": 9, "max": 1})), "chapters[0].indicators[0].range", "下限"),
        (Box::new(|v| v["chapters"][0]["id"] = serde_json::json!("")), "chapters[0].id", "不能为空"),
        (Box::new(|v| v["rule_severities"] = serde_json::json!({"boilerplate": "fatal"})), "rule_severities.boilerplate", "fatal"),
        (Box::new(|v| v["rule_severities"] = serde_json::json!({"rate-mismtach": "error"})), "rule_severities.rate-mismtach", "docs/RULES.md"),
        (
            Box::new(|v| {
                let parts = v["parts"].as_array_mut().unwrap();
                parts.retain(|p| p["kind"] != "plan");
            }),
            "parts",
            "plan",
        ),
        (
            Box::new(|v| {
                let parts = v["parts"].as_array_mut().unwrap();
                parts.retain(|p| p["kind"] != "opening");
            }),
            "parts",
            "导语",
        ),
        (Box::new(|v| v["kind"] = serde_json::json!("summary")), "parts[4].kind", "summary-and-plan"),
        (Box::new(|v| v["chapters"][0]["examples"][1] = serde_json::json!("开展培训{{party_trainingz}}。")), "chapters[0].examples[1]", "party_trainingz"),
        (Box::new(|v| v["closing_examples"][0] = serde_json::json!("{nextyear}年，再接再厉。")), "closing_examples[0]", "{nextyear}"),
    ];
    for (edit, field, word) in cases {
        let e = error_of(&edited("jiedao-annual", edit));
        assert_eq!(e.field, field, "{e}");
        assert!(e.message.contains(word), "{e}");
        assert!(has_han(&e.message), "{e}");
        assert!(!e.message.contains("非法") && !e.message.contains("无效"), "{e}");
    }
}

#[test]
fn broken_json_is_refused_with_a_position_not_a_panic() {
    for text in ["", "{", "[1]", "{\"format_version\": 1,}", "not json", "\u{feff}{\"format_version\": 1}", "{\"format_version\": \"1\"}"] {
        let e = error_of(text);
        assert!(has_han(&e.message), "{text:?}: {e}");
    }
    let e = error_of("{\"format_version\": 1,}");
    assert!(e.message.contains("第 1 行"), "{e}");
    let json = edited("jiedao-annual", |v| v["chapters"][0]["indicators"][0]["range"] = serde_json::json!({"min": 0, "max": 1}))
        .replacen("\"max\": 1", "\"max\": 1e400", 1);
    let e = error_of(&json);
    assert_eq!(e.field, "chapters[0].indicators[0].range.max", "{e}");
    assert!(e.message.contains("超出了可表示的范围"), "{e}");
    // A BOM before the JSON is accepted.
    let with_bom = format!("\u{feff}{}", builtin_json("jiedao-summary").unwrap());
    assert!(Template::from_json(&with_bom).is_ok());
}

#[test]
fn every_problem_is_listed_for_an_editor() {
    let mut t = template("jiedao-annual");
    t.title_pattern = "{unit}".into();
    t.chapters[0].indicators[0].unit.clear();
    let fields: Vec<String> = t.problems().into_iter().map(|p| p.field).collect();
    assert!(fields.contains(&"title_pattern".to_string()));
    assert!(fields.contains(&"chapters[0].indicators[0].unit".to_string()));
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Cutting any piece out of a real template file gives a template or a Chinese error,
        /// never a panic.
        #[test]
        fn on_a_damaged_file(start in 0usize..40_000, len in 0usize..400, insert in "[\\[\\]{}\",:0-9a-z章节]{0,4}") {
            let text: Vec<char> = builtin_json("jiedao-summary").unwrap().chars().collect();
            let start = start.min(text.len());
            let end = (start + len).min(text.len());
            let damaged: String = text[..start].iter().chain(insert.chars().collect::<Vec<_>>().iter()).chain(text[end..].iter()).collect();
            if let Err(e) = Template::from_json(&damaged) {
                prop_assert!(has_han(&e.message), "{}", e);
            }
        }

        /// Any JSON value in a field's place is handled.
        #[test]
        fn on_any_value_in_a_field(field in 0usize..8, value in prop_oneof![
            Just(serde_json::json!(null)), Just(serde_json::json!(-1)), Just(serde_json::json!(1.5)),
            Just(serde_json::json!("")), Just(serde_json::json!([])), Just(serde_json::json!({})),
            Just(serde_json::json!([{"kind": "rate"}])), Just(serde_json::json!({"min": 1})),
        ]) {
            let json = edited("jiedao-annual", |v| {
                let slot = match field {
                    0 => &mut v["chapters"][0]["indicators"][0]["relations"],
                    1 => &mut v["chapters"][0]["indicators"][0]["range"],
                    2 => &mut v["chapters"][0]["indicators"][0]["units"],
                    3 => &mut v["parts"],
                    4 => &mut v["chapters"],
                    5 => &mut v["rule_severities"],
                    6 => &mut v["format_version"],
                    _ => &mut v["chapters"][3]["indicators"][4]["relations"][0],
                };
                *slot = value;
            });
            if let Err(e) = Template::from_json(&json) {
                prop_assert!(has_han(&e.message), "{}", e);
            }
        }
    }
}

// ------------------------------------------------------------------ error paths

/// The field `serde_path_to_error` names for a typing error (the app finds it from serde_json's
/// error position instead), joined with the field name the way `Template::from_json` does.
fn field_by_path_tracking(json: &str) -> Option<String> {
    let mut de = serde_json::Deserializer::from_str(json);
    let e = serde_path_to_error::deserialize::<_, Template>(&mut de).err()?;
    let path = e.path().to_string();
    let path = if path == "." { String::new() } else { path };
    let raw = e.inner().to_string();
    let join = |name: &str| if path.is_empty() { name.to_string() } else { format!("{path}.{name}") };
    let name_after = |prefix: &str| raw.strip_prefix(prefix).and_then(|r| r.split('`').next()).map(str::to_string);
    Some(if let Some(name) = name_after("missing field `").or_else(|| name_after("duplicate field `")) {
        join(&name)
    } else if let Some(name) = name_after("unknown field `") {
        if path == name || path.ends_with(&format!(".{name}")) { path.clone() } else { join(&name) }
    } else {
        path
    })
}

/// Every JSON pointer of a value (objects and arrays included), in document order.
fn pointers(v: &serde_json::Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        serde_json::Value::Object(m) => m.iter().for_each(|(k, x)| pointers(x, format!("{at}/{k}"), out)),
        serde_json::Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| pointers(x, format!("{at}/{i}"), out)),
        _ => {}
    }
}

#[test]
fn typing_errors_name_the_same_field_as_path_tracking_would() {
    let base: serde_json::Value = serde_json::from_str(&doc_example()).unwrap();
    let mut all = Vec::new();
    pointers(&base, String::new(), &mut all);
    let replacements = [
        serde_json::json!(5),
        serde_json::json!("x"),
        serde_json::json!(null),
        serde_json::json!([]),
        serde_json::json!([1]),
        serde_json::json!({}),
        serde_json::json!({"kind": "rate"}),
        serde_json::json!(-1.5),
        serde_json::json!(true),
    ];
    let mut texts = Vec::new();
    for p in all.iter().filter(|p| !p.is_empty() && *p != "/format_version") {
        for r in &replacements {
            let mut v = base.clone();
            *v.pointer_mut(p).unwrap() = r.clone();
            texts.push(serde_json::to_string_pretty(&v).unwrap());
        }
        // A misspelt extra field and a missing one next to this value.
        let mut v = base.clone();
        if let Some(obj) = v.pointer_mut(p).and_then(|x| x.as_object_mut()) {
            obj.insert("zz_extra".into(), serde_json::json!(1));
            texts.push(serde_json::to_string(&v).unwrap());
            let mut v = base.clone();
            let obj = v.pointer_mut(p).and_then(|x| x.as_object_mut()).unwrap();
            if let Some(first) = obj.keys().next().cloned() {
                obj.remove(&first);
                texts.push(serde_json::to_string_pretty(&v).unwrap());
            }
        }
    }
    // A repeated key, written by hand (serde_json's Value cannot hold one).
    texts.push(doc_example().replacen("\"name\":", "\"name\": \"甲\", \"name\":", 2));
    texts.push(doc_example().replacen("\"whole\":", "\"whole\": \"a\", \"whole\":", 1));
    let mut compared = 0;
    for text in &texts {
        let Some(expected) = field_by_path_tracking(text) else { continue };
        let e = error_of(text);
        assert_eq!(e.field, expected, "{e}\n{text}");
        compared += 1;
    }
    assert!(compared > 200, "only {compared} typing errors compared");
}

#[test]
fn relation_mistakes_are_named_inside_the_relation() {
    let t = template("jiedao-annual");
    let c = t.chapters.iter().position(|c| c.id == "work_safety").unwrap();
    let i = t.chapters[c].indicators.iter().position(|i| i.id == "hazard_fix_rate").unwrap();
    let at = format!("chapters[{c}].indicators[{i}].relations[0]");
    let cases: [(serde_json::Value, String, &str); 6] = [
        (serde_json::json!({"kind": "rate", "part": "hazards_fixed"}), format!("{at}.whole"), "缺少必填字段“whole”"),
        (serde_json::json!({"kind": "rate", "part": "a", "whole": "b", "of": "c"}), format!("{at}.of"), "part、whole"),
        (serde_json::json!({"kind": "ratio", "part": "a", "whole": "b"}), format!("{at}.kind"), "part-of"),
        (serde_json::json!({"part": "a", "whole": "b"}), format!("{at}.kind"), "缺少必填字段“kind”"),
        (serde_json::json!({"kind": "sum-of", "parts": "a"}), format!("{at}.parts"), "数组"),
        (serde_json::json!("rate"), at.clone(), "对象"),
    ];
    for (relation, field, words) in cases {
        let json = edited("jiedao-annual", |v| v["chapters"][c]["indicators"][i]["relations"][0] = relation.clone());
        let e = error_of(&json);
        assert_eq!(e.field, field, "{e}");
        assert!(e.message.contains(words), "{e}");
    }
    // A completion relation's target may be left out or null.
    let json = edited("jiedao-annual", |v| {
        v["chapters"][c]["indicators"][i]["relations"][0] = serde_json::json!({"kind": "completion", "actual": "hazards_fixed", "target": null})
    });
    assert!(!error_of(&json).field.ends_with("target"));
}

#[test]
fn every_enum_value_reads_back_what_is_written() {
    use zongjie::core::template::PointStyle;
    fn round_trip<T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(values: &[T]) {
        for v in values {
            let text = serde_json::to_string(v).unwrap();
            assert_eq!(&serde_json::from_str::<T>(&text).unwrap(), v, "{text}");
        }
        assert!(serde_json::from_str::<T>("\"no-such-value\"").unwrap_err().to_string().starts_with("unknown variant `no-such-value`, expected "));
    }
    round_trip(&PartKind::ALL);
    for k in PartKind::ALL {
        assert_eq!(serde_json::to_string(&k).unwrap(), format!("\"{}\"", k.key()));
    }
    round_trip(&[ReportKind::Summary, ReportKind::SummaryAndPlan]);
    round_trip(&[PointStyle::Series, PointStyle::Numbered, PointStyle::Lead]);
    use IndicatorKind::*;
    round_trip(&[Count, Amount, Rate, Growth, Completion, Area, Length, Weight, Duration, Other]);
    let relations = [
        Relation::Rate { part: "a".into(), whole: "b".into() },
        Relation::Completion { actual: "a".into(), target: Some("b".into()) },
        Relation::Completion { actual: "a".into(), target: None },
        Relation::Growth { of: "a".into() },
        Relation::PartOf { whole: "b".into() },
        Relation::SumOf { parts: vec!["a".into(), "b".into()] },
    ];
    for r in relations {
        let text = serde_json::to_string(&r).unwrap();
        assert_eq!(serde_json::from_str::<Relation>(&text).unwrap(), r, "{text}");
    }
}
