//! Reuse mode: last year's report as the base of the new year's draft.

mod import_support;

use import_support::{fixture, render, template};
use zongjie::core::import::{import_text, reuse_as_base};

#[test]
fn last_years_report_becomes_the_base_of_the_new_year() {
    let t = template("jiedao-annual");
    let last = import_text(&fixture("two_part_series.txt"), &t).draft;
    let base = reuse_as_base(&last, &t, 2026);

    assert_eq!(base.meta.year, 2026);
    assert_eq!(base.meta.unit, "青禾街道");
    assert_eq!(base.meta.title_style, last.meta.title_style);
    assert_eq!(base.template_id, "jiedao-annual");
    assert_ne!(base.id, last.id);
    // Same chapters and headings; last year's text kept as reference only.
    let ids = |d: &zongjie::core::model::Draft| d.chapters.iter().map(|c| (c.id.clone(), c.heading.clone())).collect::<Vec<_>>();
    assert_eq!(ids(&base), ids(&last));
    for c in &base.chapters {
        assert!(c.points.is_empty(), "{}", c.id);
        assert!(!c.reference.is_empty(), "{}", c.id);
    }
    assert!(base.chapters[0].reference.contains("组织体系不断健全。在商务楼宇和产业园区新组建党组织6个"));
    // Last year's figures are this year's `last_year`, so growth can be checked.
    let e = base.indicator_entry("party_trainees").unwrap();
    assert_eq!((e.last_year.as_str(), e.text.as_str(), e.value), ("1860人次", "", None));
    assert_eq!(base.indicator_entry("assistance_funds").unwrap().last_year, "486.5万元");
    // Indicators with no figure last year are there, empty, ready to fill.
    assert_eq!(base.indicator_entry("party_brands").unwrap().last_year, "4个");
    let empty = base.indicator_entry("members_reported").unwrap();
    assert_eq!((empty.last_year.as_str(), empty.unit.as_str()), ("", "人"));
    // Nothing of last year's text is in the new document.
    assert!(base.opening.is_empty() && base.closing.is_empty() && base.problems.is_empty() && base.plan.is_empty());
    let out = render(&base, &t);
    assert!(!out.contains("新组建党组织6个"), "{out}");
    assert!(!out.contains("组织体系不断健全"), "{out}");
}

#[test]
fn custom_chapters_are_kept_with_their_heading() {
    let t = template("jiedao-summary");
    let last = import_text("一、统筹部署，重点任务落地见效\n全年完成各类重点任务18项。\n", &t).draft;
    let base = reuse_as_base(&last, &t, 2026);
    assert_eq!(base.chapters.len(), 1);
    assert_eq!(base.chapters[0].heading, "统筹部署，重点任务落地见效");
    assert_eq!(base.chapters[0].template_chapter, None);
    assert_eq!(base.chapters[0].reference, "全年完成各类重点任务18项。");
}
