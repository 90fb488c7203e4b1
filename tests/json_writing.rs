//! The hand-written JSON writer (`core::json::write` and the `ToJson` impls of drafts, templates
//! and findings) against serde_json over the `Serialize` derives: byte-identical compact and
//! pretty text, so stored drafts, downloaded files and goldens never change.

use proptest::prelude::*;

use zongjie::core::check::{self, CheckOptions, Finding, Location, Severity};
use zongjie::core::json::write;
use zongjie::core::model::{Acknowledgement, Chapter, Draft, IndicatorEntry, KeyTask, Meta, PartKind, Point, TitleStyle};
use zongjie::core::template::{builtin_templates, Range, Relation};

const ODD: &str = "引号\"反斜杠\\ 换行\n回车\r制表\t退格\u{8}换页\u{c}控制\u{1}\u{1f}删除\u{7f} 行分隔\u{2028}段分隔\u{2029} 😀 {{token}} </script>";

fn rich_draft() -> Draft {
    let mut d = Draft::new("d-写", "jiedao-annual", "青禾区柳岸街道办事处", 2025);
    d.meta = Meta {
        unit: ODD.into(),
        year: -7,
        higher_bodies: "区委".into(),
        title_style: TitleStyle { connector: "及".into(), plan_word: "工作打算".into() },
        date: "2025年12月18日".into(),
    };
    d.opening = ODD.into();
    let entry = |indicator: &str, value: Option<f64>| IndicatorEntry {
        indicator: indicator.into(),
        text: "1,095".into(),
        value,
        unit: "万元".into(),
        last_year: "1亿元".into(),
        target: ODD.into(),
    };
    d.chapters = vec![
        Chapter {
            id: "party_building".into(),
            template_chapter: Some("party_building".into()),
            heading: ODD.into(),
            points: vec![Point::new("抓实组织建设", "新建支部{{party_branches_new}}。"), Point::new("", "")],
            indicators: vec![
                entry("a", Some(1.25e-7)),
                entry("b", Some(-0.5)),
                entry("c", Some(f64::MAX)),
                entry("d", Some(1e16)),
                entry("e", Some(1095.0)),
                entry("f", Some(98.033_707_865_168_54)),
                entry("g", None),
                entry("h", Some(f64::NAN)),
                entry("i", Some(-0.0)),
            ],
            reference: ODD.into(),
        },
        Chapter { id: "custom-1".into(), template_chapter: None, heading: "自定章节".into(), ..Chapter::default() },
    ];
    d.problems = vec![Point::new(ODD, ODD)];
    d.plan_intro = "明年工作的总体要求是……".into();
    d.plan = vec![Point::new("抓党建，强引领", "……")];
    d.key_tasks = vec![KeyTask { task: ODD.into(), target: "3个".into(), actual: "3个".into(), note: "已验收。".into() }];
    d.honours = vec!["全国示范社区".into(), ODD.into()];
    d.closing = "结束语。".into();
    d.acknowledged = vec![Acknowledgement { rule: "boilerplate".into(), key: "k|1".into(), reason: ODD.into() }];
    d.completed = vec!["title".into(), "opening".into()];
    d.updated_at = "2026-11-24T08:30:00.000Z".into();
    d
}

fn same_draft(d: &Draft) {
    assert_eq!(d.to_json_compact(), serde_json::to_string(d).unwrap());
    assert_eq!(d.to_json(), serde_json::to_string_pretty(d).unwrap());
}

#[test]
fn drafts_are_written_as_serde_json_writes_them() {
    same_draft(&rich_draft());
    same_draft(&Draft::default());
    same_draft(&Draft::new("d1", "jiedao-annual", "", 2026));
}

#[test]
fn templates_are_written_as_serde_json_writes_them() {
    for mut t in builtin_templates() {
        assert_eq!(t.to_json_compact(), serde_json::to_string(&t).unwrap(), "{}", t.id);
        assert_eq!(t.to_json(), serde_json::to_string_pretty(&t).unwrap(), "{}", t.id);
        t.description = ODD.into();
        t.rule_severities.insert("zeta".into(), "off".into());
        t.rule_severities.insert("alpha\"".into(), "hint".into());
        if let Some(i) = t.chapters.iter_mut().flat_map(|c| c.indicators.iter_mut()).next() {
            i.range = Some(Range { min: -0.5, max: 1e21 });
            i.relations = vec![
                Relation::Rate { part: "p".into(), whole: "w".into() },
                Relation::Completion { actual: "a".into(), target: None },
                Relation::Completion { actual: "a".into(), target: Some("t".into()) },
                Relation::Growth { of: "o".into() },
                Relation::PartOf { whole: ODD.into() },
                Relation::SumOf { parts: vec!["x".into(), "y".into()] },
                Relation::SumOf { parts: vec![] },
            ];
        }
        assert_eq!(t.to_json_compact(), serde_json::to_string(&t).unwrap(), "{}", t.id);
        assert_eq!(t.to_json(), serde_json::to_string_pretty(&t).unwrap(), "{}", t.id);
    }
}

#[test]
fn findings_are_written_as_serde_json_writes_them() {
    let template = builtin_templates().into_iter().next().unwrap();
    let mut findings = check::check(&rich_draft(), &template, &CheckOptions::default());
    assert!(!findings.is_empty());
    findings.push(Finding {
        rule: ODD.into(),
        severity: Severity::Hint,
        message: ODD.into(),
        location: Location {
            part: Some(PartKind::KeyTasks),
            chapter: Some("c".into()),
            point: Some(3),
            indicator: Some("i".into()),
            field: Some("body".into()),
            line: Some(1),
            column: Some(2),
            start: Some(0),
            end: Some(usize::MAX),
        },
        excerpt: ODD.into(),
        suggestion: Some(ODD.into()),
        acknowledged: true,
    });
    findings.push(Finding {
        rule: "r".into(),
        severity: Severity::Error,
        message: String::new(),
        location: Location::default(),
        excerpt: String::new(),
        suggestion: None,
        acknowledged: false,
    });
    assert_eq!(write::to_string(&findings), serde_json::to_string(&findings).unwrap());
    assert_eq!(write::to_string(&Vec::<Finding>::new()), "[]");
}

proptest! {
    #[test]
    fn any_texts_and_values_in_a_draft_are_written_as_serde_json_writes_them(
        texts in proptest::collection::vec(any::<String>(), 4),
        bits in proptest::collection::vec(any::<u64>(), 3),
        year in any::<i32>(),
    ) {
        let mut d = rich_draft();
        d.meta.year = year;
        d.opening = texts[0].clone();
        d.chapters[0].heading = texts[1].clone();
        d.honours.push(texts[2].clone());
        d.acknowledged[0].key = texts[3].clone();
        for (e, b) in d.chapters[0].indicators.iter_mut().zip(&bits) {
            e.value = Some(f64::from_bits(*b));
        }
        prop_assert_eq!(d.to_json_compact(), serde_json::to_string(&d).unwrap());
        prop_assert_eq!(d.to_json(), serde_json::to_string_pretty(&d).unwrap());
    }
}
