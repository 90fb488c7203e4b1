//! The one JSON reader (`core::json` with the draft and template readers) against the rules of the
//! serde derives it replaced: rich drafts round-trip, absent fields take their defaults, unknown
//! fields are skipped in drafts and refused in templates, a struct may be written as an array of
//! its fields, a field written twice is refused, and every typing error names its JSON path (and,
//! for templates, its line and column) in Chinese. Damaged files never panic.

use zongjie::core::model::{Acknowledgement, Chapter, Draft, DraftError, IndicatorEntry, KeyTask, Meta, Point, TitleStyle};
use zongjie::core::template::{builtin_json, Template};

/// A draft with every field away from its default, including the optional ones both set and unset.
fn rich_draft() -> Draft {
    let mut d = Draft::new("d-rich", "jiedao-annual", "青禾区柳岸街道办事处", 2025);
    d.meta = Meta {
        unit: "青禾区柳岸街道办事处".into(),
        year: -7,
        higher_bodies: "区委".into(),
        title_style: TitleStyle { connector: "及".into(), plan_word: "工作打算".into() },
        date: "2025年12月18日".into(),
    };
    d.opening = "导语\n第二行，含“引号”和\\反斜杠\t制表符。".into();
    d.chapters = vec![
        Chapter {
            id: "party_building".into(),
            template_chapter: Some("party_building".into()),
            heading: "强化党建引领".into(),
            points: vec![Point::new("抓实组织建设", "新建支部{{party_branches_new}}。"), Point::new("", "")],
            indicators: vec![
                IndicatorEntry {
                    indicator: "party_branches_new".into(),
                    text: "1.25亿元".into(),
                    value: Some(1.25e-7),
                    unit: "万元".into(),
                    last_year: "1亿元".into(),
                    target: "2亿元".into(),
                },
                IndicatorEntry { indicator: "party_brands".into(), value: Some(-0.5), ..IndicatorEntry::default() },
                IndicatorEntry { indicator: "big".into(), value: Some(1.7976931348623157e308), ..IndicatorEntry::default() },
            ],
            reference: "去年：开展培训12场。".into(),
        },
        Chapter { id: "custom-1".into(), template_chapter: None, heading: "自定章节".into(), ..Chapter::default() },
    ];
    d.problems = vec![Point::new("短板", "发展不平衡。")];
    d.plan_intro = "明年工作的总体要求是……".into();
    d.plan = vec![Point::new("抓党建，强引领", "……")];
    d.key_tasks = vec![KeyTask { task: "改造老旧小区".into(), target: "3个".into(), actual: "3个".into(), note: "已验收。".into() }];
    d.honours = vec!["全国示范社区".into(), "😀 非基本平面字符".into()];
    d.closing = "结束语。".into();
    d.acknowledged = vec![Acknowledgement { rule: "boilerplate".into(), key: "k|1".into(), reason: "惯用说法".into() }];
    d.completed = vec!["title".into(), "opening".into()];
    d.updated_at = "2026-11-24T08:30:00.000Z".into();
    d
}

fn not_a_draft(json: &str) -> String {
    match Draft::from_json(json) {
        Err(e @ DraftError::NotADraft(_)) => e.to_string(),
        other => panic!("expected NotADraft for {json}, got {other:?}"),
    }
}

#[test]
fn a_rich_draft_round_trips_pretty_and_compact() {
    let d = rich_draft();
    assert_eq!(Draft::from_json(&d.to_json()), Ok(d.clone()));
    assert_eq!(Draft::from_json(&serde_json::to_string(&d).unwrap()), Ok(d.clone()));
    // Written again, byte for byte.
    assert_eq!(Draft::from_json(&d.to_json()).unwrap().to_json(), d.to_json());
}

#[test]
fn absent_draft_fields_take_their_defaults() {
    let d = Draft::from_json(r#"{"template_id": "t", "meta": {"title_style": {"plan_word": "工作思路"}}, "chapters": [{}, {"points": [{}]}]}"#).unwrap();
    assert_eq!(d.meta.higher_bodies, "区委、区政府");
    assert_eq!(d.meta.title_style, TitleStyle { connector: "和".into(), plan_word: "工作思路".into() });
    assert_eq!(d.chapters[0], Chapter::default());
    assert_eq!(d.chapters[1].points, [Point::default()]);
    assert_eq!((d.id.as_str(), d.opening.as_str(), d.updated_at.as_str()), ("", "", ""));
    // null clears an optional value; a missing schema_version reads as the current one.
    let d = Draft::from_json(r#"{"template_id": "t", "meta": {}, "chapters": [{"template_chapter": null, "indicators": [{"value": null}]}]}"#).unwrap();
    assert_eq!((d.chapters[0].template_chapter.clone(), d.chapters[0].indicators[0].value), (None, None));
    assert_eq!(d.schema_version, zongjie::core::model::SCHEMA_VERSION);
}

#[test]
fn unknown_draft_fields_are_skipped_at_every_level() {
    let d = Draft::from_json(
        r#"{"template_id": "t", "zz": [1, {"a": null}], "meta": {"unit": "甲", "zz": 1, "title_style": {"zz": true}},
            "chapters": [{"id": "c", "zz": {}, "indicators": [{"indicator": "i", "zz": "x"}]}]}"#,
    )
    .unwrap();
    assert_eq!(d.meta.unit, "甲");
    assert_eq!(d.chapters[0].indicators[0].indicator, "i");
}

#[test]
fn a_draft_struct_may_be_written_as_an_array_of_its_fields() {
    let d = Draft::from_json(r#"{"template_id": "t", "meta": ["甲街道", 2024], "problems": [["短板", "正文"]]}"#).unwrap();
    assert_eq!((d.meta.unit.as_str(), d.meta.year, d.meta.higher_bodies.as_str()), ("甲街道", 2024, "区委、区政府"));
    assert_eq!(d.problems, [Point::new("短板", "正文")]);
    let e = not_a_draft(r#"{"template_id": "t", "meta": {}, "problems": [["a", "b", "c"]]}"#);
    assert!(e.contains("problems[0]") && e.contains("项数不对"), "{e}");
}

#[test]
fn draft_typing_errors_name_the_field_in_chinese() {
    let cases = [
        (r#"{"template_id": "t", "meta": {"year": 2025.5}}"#, "meta.year", "应为整数"),
        (r#"{"template_id": "t", "meta": {"year": 3000000000}}"#, "meta.year", "取值不符合要求"),
        (r#"{"template_id": 5, "meta": {}}"#, "template_id", "整数 5"),
        (r#"{"template_id": "t", "meta": {}, "chapters": [{}, {"indicators": [{"value": "12"}]}]}"#, "chapters[1].indicators[0].value", "应为数字"),
        (r#"{"template_id": "t", "meta": {}, "chapters": [{"points": [{"body": null}]}]}"#, "chapters[0].points[0].body", "空值 null"),
        (r#"{"template_id": "t", "meta": {}, "honours": ["a", 1]}"#, "honours[1]", "应为文本"),
        (r#"{"template_id": "t", "meta": {}, "key_tasks": {}}"#, "key_tasks", "应为数组"),
        (r#"{"template_id": "t", "meta": {"title_style": "和"}}"#, "meta.title_style", "应为对象"),
        (r#"{"template_id": "t", "meta": {}, "chapters": [{"indicators": [{"value": 1e999}]}]}"#, "chapters[0].indicators[0].value", "超出了可表示的范围"),
        (r#"{"template_id": "t", "meta": {}, "opening": "a", "opening": "b"}"#, "opening", "重复出现"),
        (r#"{"template_id": "t", "meta": {}, "schema_version": -1}"#, "schema_version", "非负整数"),
    ];
    for (json, path, words) in cases {
        let e = not_a_draft(json);
        assert!(e.contains(&format!("字段 {path} ")) && e.contains(words), "{json}: {e}");
        assert!(!e.contains("。。") && !e.contains("invalid") && !e.contains("expected"), "{e}");
    }
}

#[test]
fn broken_draft_json_is_placed_by_line_and_column() {
    let e = Draft::from_json("{\n  \"meta\": {},\n  \"template_id\": \"t\",\n}").unwrap_err();
    assert!(matches!(e, DraftError::NotJson(_)), "{e}");
    assert!(e.to_string().contains("第 4 行第 1 列") && e.to_string().contains("多了逗号"), "{e}");
}

fn template_error(edit: impl FnOnce(&mut serde_json::Value)) -> zongjie::core::template::TemplateError {
    let mut v: serde_json::Value = serde_json::from_str(&builtin_json("jiedao-annual").unwrap()).unwrap();
    edit(&mut v);
    Template::from_json(&serde_json::to_string_pretty(&v).unwrap()).unwrap_err()
}

/// An edit of a template's JSON and the field it leaves missing.
type MissingCase = (fn(&mut serde_json::Value), &'static str);

#[test]
fn template_fields_missing_at_any_level_are_named() {
    let cases: [MissingCase; 6] = [
        (|v| drop(v["chapters"][1]["indicators"][2].as_object_mut().unwrap().remove("kind")), "chapters[1].indicators[2].kind"),
        (|v| drop(v["chapters"][0].as_object_mut().unwrap().remove("heading")), "chapters[0].heading"),
        (|v| drop(v["parts"][3].as_object_mut().unwrap().remove("kind")), "parts[3].kind"),
        (|v| drop(v["chapters"][0]["indicators"][0]["range"].as_object_mut().unwrap().remove("max")), "chapters[0].indicators[0].range.max"),
        (|v| drop(v.as_object_mut().unwrap().remove("parts")), "parts"),
        (|v| drop(v.as_object_mut().unwrap().remove("name")), "name"),
    ];
    for (edit, field) in cases {
        let e = template_error(edit);
        assert_eq!(e.field, field, "{e}");
        assert!(e.message.starts_with("缺少必填字段"), "{e}");
    }
}

#[test]
fn template_type_errors_give_the_line_and_column_of_the_value() {
    let text = "{\n  \"format_version\": 1,\n  \"id\": \"甲乙\",\n  \"name\": [1]\n}";
    let e = Template::from_json(text).unwrap_err();
    assert_eq!(e.field, "name");
    assert!(e.message.contains("（第 4 行第 11 列）"), "{e}");
    // Columns count characters, not bytes.
    let text = "{\"format_version\": 1, \"id\": \"甲乙\", \"name\": 5}";
    assert!(Template::from_json(text).unwrap_err().message.contains("第 1 行第 43 列"));
}

#[test]
fn a_template_part_may_be_written_as_an_array_of_its_fields() {
    let mut v: serde_json::Value = serde_json::from_str(&builtin_json("jiedao-summary").unwrap()).unwrap();
    let expected = Template::from_json(&v.to_string()).unwrap();
    v["parts"][0] = serde_json::json!(["title", true]);
    v["chapters"][0]["indicators"][0]["range"] = serde_json::json!([
        expected.chapters[0].indicators[0].range.unwrap().min,
        expected.chapters[0].indicators[0].range.unwrap().max
    ]);
    assert_eq!(Template::from_json(&v.to_string()), Ok(expected));
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Cutting any piece out of a saved draft and inserting JSON punctuation gives a draft or
        /// a Chinese reason, never a panic.
        #[test]
        fn on_a_damaged_draft(start in 0usize..8_000, len in 0usize..200, insert in "[\\[\\]{}\",:0-9a-z\\\\章]{0,4}") {
            let text: Vec<char> = include_str!("fixtures/drafts/saved-by-v1.json").chars().collect();
            let start = start.min(text.len());
            let end = (start + len).min(text.len());
            let damaged: String = text[..start].iter().chain(insert.chars().collect::<Vec<_>>().iter()).chain(text[end..].iter()).collect();
            if let Err(e) = Draft::from_json(&damaged) {
                prop_assert!(e.to_string().chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{}", e);
            }
        }
    }

    #[test]
    fn on_deep_nesting() {
        for text in ["[".repeat(100_000), "{\"a\":".repeat(100_000), format!("{{\"meta\": {}, \"template_id\": \"t\"}}", "[".repeat(5000))] {
            assert!(Draft::from_json(&text).is_err());
            assert!(Template::from_json(&text).is_err());
        }
    }
}
