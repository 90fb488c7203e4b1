//! Draft files across versions: a draft saved by version 1 of the format (pretty, as 导出草稿
//! writes it, and compact, as the browser's storage keeps it) opens unchanged and is written back
//! byte for byte; version-0 drafts are migrated; bad files get the Chinese reasons.

use zongjie::core::model::{Draft, DraftError, SCHEMA_VERSION};
use zongjie::core::template::builtin_templates;

/// Written by `Draft::to_json` of the 2026-11-24 build (serde_json's pretty printer).
const SAVED_V1: &str = include_str!("fixtures/drafts/saved-by-v1.json");

fn saved() -> Draft {
    Draft::from_json(SAVED_V1).unwrap_or_else(|e| panic!("saved draft does not open: {e}"))
}

#[test]
fn a_saved_draft_opens_with_everything_in_it() {
    let d = saved();
    assert_eq!(d.schema_version, 1);
    assert_eq!(d.id, "d1764028800000a1b2c3");
    assert_eq!(d.template_id, "jiedao-annual");
    assert_eq!(d.meta.unit, "青禾区柳岸街道办事处");
    assert_eq!(d.meta.title_style.plan_word, "工作安排");
    assert_eq!(d.updated_at, "2026-11-24T08:30:00.000Z");
    assert_eq!(d.acknowledged[0].reason, "本单位惯用说法");
    assert_eq!(d.completed, ["title", "opening", "summary"]);
    assert_eq!(d.key_tasks.last().unwrap().note, "已全部完工并通过验收，\"居民满意\"。");
    assert_eq!(d.honours, ["全国示范社区（柳岸社区）"]);
    assert_eq!(d.chapters[0].reference, "去年：\t开展培训12场。\n");
    assert_eq!(d.chapters[0].indicators[0].value, Some(1.25e-7));
    assert!(d.chapters.iter().flat_map(|c| &c.points).any(|p| !p.body.is_empty()));
}

#[test]
fn a_saved_draft_is_written_back_byte_for_byte() {
    assert_eq!(saved().to_json(), SAVED_V1);
    assert_eq!(saved().to_json(), serde_json::to_string_pretty(&saved()).unwrap());
}

#[test]
fn the_compact_storage_form_opens_the_same() {
    let compact = serde_json::to_string(&saved()).unwrap();
    assert_eq!(Draft::from_json(&compact), Ok(saved()));
    let with_bom = format!("\u{feff}{SAVED_V1}");
    assert_eq!(Draft::from_json(&with_bom), Ok(saved()));
}

#[test]
fn templates_are_written_like_serde_jsons_pretty_printer() {
    for t in builtin_templates() {
        assert_eq!(t.to_json(), serde_json::to_string_pretty(&t).unwrap(), "{}", t.id);
    }
}

#[test]
fn version_zero_drafts_take_their_plan_word_into_the_title_style() {
    let old = r#"{"template_id": "jiedao-annual", "plan_title": "工作思路",
        "meta": {"unit": "甲街道", "year": 2024, "title_style": {"connector": "及", "plan_word": "x"}, "date": "2024年12月1日"},
        "opening": "导语。"}"#;
    let d = Draft::from_json(old).unwrap();
    assert_eq!(d.schema_version, SCHEMA_VERSION);
    assert_eq!((d.meta.title_style.connector.as_str(), d.meta.title_style.plan_word.as_str()), ("和", "工作思路"));
    assert_eq!((d.meta.unit.as_str(), d.meta.year, d.meta.date.as_str()), ("甲街道", 2024, "2024年12月1日"));
    assert_eq!(d.opening, "导语。");
    // Without plan_title, or with a meta that is not an object, nothing is moved.
    let d = Draft::from_json(r#"{"template_id": "t", "meta": {"year": 2023}}"#).unwrap();
    assert_eq!(d.meta.title_style.plan_word, "工作安排");
    assert!(matches!(
        Draft::from_json(r#"{"template_id": "t", "meta": 5, "plan_title": "工作打算"}"#),
        Err(DraftError::NotADraft(_))
    ));
    // A version-1 draft keeps a stray plan_title as an unknown field.
    let d = Draft::from_json(r#"{"schema_version": 1, "template_id": "t", "meta": {}, "plan_title": "工作打算"}"#).unwrap();
    assert_eq!(d.meta.title_style.plan_word, "工作安排");
}

#[test]
fn bad_files_are_refused_with_reasons_and_no_position_noise() {
    let e = Draft::from_json(r#"{"template_id": "t", "meta": {"year": "二〇二五"}}"#).unwrap_err();
    let text = e.to_string();
    assert!(matches!(e, DraftError::NotADraft(_)), "{text}");
    assert!(text.contains("文件内容不是总结草稿") && text.contains("二〇二五") && !text.contains(" at line "), "{text}");
    assert!(matches!(Draft::from_json("{\"meta\": {}, \"template_id\": \"t\",}"), Err(DraftError::NotJson(_))));
    assert!(matches!(Draft::from_json("[{\"meta\": {}, \"template_id\": \"t\"}]"), Err(DraftError::NotADraft(_))));
    assert_eq!(Draft::from_json(r#"{"schema_version": 2, "meta": {}, "template_id": "t"}"#), Err(DraftError::TooNew(2)));
    for text in ["", "{", "\"", "{\"meta\":", "{\"meta\": {}, \"template_id\": [}", "nul"] {
        assert!(Draft::from_json(text).is_err(), "{text:?}");
    }
}
