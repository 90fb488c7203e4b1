//! Importing our own fixture reports, one per writing style: every sentence survives import →
//! assemble → text, and the structure (title, parts, chapters, indicators) is recognised where
//! the fixture makes it unambiguous.

mod import_support;

use import_support::{assert_every_fragment_kept, assert_every_sentence_kept, fixture, render, template};
use zongjie::core::import::{import_text, ImportResult};
use zongjie::core::model::{Draft, PartKind};

fn import(name: &str, template_id: &str) -> (String, ImportResult, String) {
    let input = fixture(name);
    let t = template(template_id);
    let result = import_text(&input, &t);
    let output = render(&result.draft, &t);
    (input, result, output)
}

fn chapter_ids(d: &Draft) -> Vec<&str> {
    d.chapters.iter().map(|c| c.id.as_str()).collect()
}

fn indicator<'a>(d: &'a Draft, id: &str) -> &'a str {
    d.indicator_entry(id).map(|e| e.text.as_str()).unwrap_or("")
}

#[test]
fn two_part_report_with_series() {
    let (input, r, output) = import("two_part_series.txt", "jiedao-annual");
    assert_every_sentence_kept(&input, &output, &["2025年工作总结", "存在的问题和不足", "2026年工作安排"]);
    let d = &r.draft;
    assert_eq!((d.meta.unit.as_str(), d.meta.year), ("青禾街道", 2025));
    assert_eq!(d.meta.title_style.plan_word, "工作安排");
    assert_eq!(d.meta.higher_bodies, "区委、区政府");
    assert!(d.opening.starts_with("2025年，青禾街道"));
    assert_eq!(chapter_ids(d), ["party_building", "livelihood", "public_safety", "work_safety"]);
    assert_eq!(d.chapters[0].heading, "强化党建引领，基层堡垒更加坚实");
    let leads: Vec<&str> = d.chapters[0].points.iter().map(|p| p.lead.as_str()).collect();
    assert_eq!(leads, ["组织体系不断健全", "教育培训扎实开展", "品牌建设亮点纷呈"]);
    assert_eq!(d.problems.len(), 3);
    assert!(d.plan_intro.starts_with("2026年，青禾街道将"));
    assert_eq!(d.plan.iter().map(|p| p.lead.as_str()).collect::<Vec<_>>(), ["抓党建，强根基", "抓民生，暖人心", "抓安全，守底线"]);
    assert!(d.closing.starts_with("新的一年"));
    assert_eq!(
        r.report.parts,
        [PartKind::Opening, PartKind::Summary, PartKind::Problems, PartKind::Plan, PartKind::Closing]
    );
    assert!(r.report.has_plan);
    // Figures in prose filled into the indicators they name.
    assert_eq!(indicator(d, "party_branches_new"), "6个");
    assert_eq!(indicator(d, "party_trainings"), "24场次");
    assert_eq!(indicator(d, "party_trainees"), "1860人次");
    assert_eq!(indicator(d, "dibao_households"), "212户");
    assert_eq!(indicator(d, "assistance_funds"), "486.5万元");
    assert_eq!(indicator(d, "new_urban_jobs"), "1120人");
    assert_eq!(indicator(d, "disputes_received"), "148起");
    assert_eq!(indicator(d, "disputes_mediated"), "143起");
    assert_eq!(indicator(d, "mediation_success_rate"), "96.6%");
    assert_eq!(indicator(d, "hazards_found"), "312处");
    assert_eq!(indicator(d, "hazards_fixed"), "309处");
    assert_eq!(indicator(d, "drills"), "18次");
    let funds = d.indicator_entry("assistance_funds").unwrap();
    assert_eq!((funds.value, funds.unit.as_str()), (Some(486.5), "万元"));
    assert!(r.findings.is_empty(), "{:?}", r.findings);
}

#[test]
fn summary_only_report_with_lead_sentences_and_numbered_points() {
    let (input, r, output) = import("summary_lead_numbered.txt", "jiedao-summary");
    assert_every_sentence_kept(&input, &output, &[]);
    let d = &r.draft;
    assert_eq!((d.meta.unit.as_str(), d.meta.year), ("东岭街道办事处", 2025));
    assert!(!r.report.has_plan);
    assert_eq!(chapter_ids(d), ["economy", "urban_management", "civilisation"]);
    let economy = &d.chapters[0];
    assert_eq!(economy.points.iter().map(|p| p.lead.as_str()).collect::<Vec<_>>(), ["优化营商环境", "招商引资提速"]);
    let urban = &d.chapters[1];
    assert_eq!(urban.points.len(), 3);
    assert_eq!(urban.points[1].lead, "停车难题有效缓解");
    assert_eq!(indicator(d, "enterprise_requests"), "75件");
    assert_eq!(indicator(d, "enterprise_requests_resolved"), "71件");
    assert_eq!(indicator(d, "parking_spaces_added"), "420个");
    assert_eq!(indicator(d, "street_lights"), "356盏");
    assert_eq!(indicator(d, "volunteer_activities"), "210场");
    assert_eq!(indicator(d, "volunteer_services"), "8600人次");
    assert_eq!(indicator(d, "small_ads_cleared"), "5200条");
    assert!(d.closing.contains("新的一年"));
}

#[test]
fn half_width_markers_and_junk_markers() {
    let (input, r, output) = import("half_width_markers.txt", "jiedao-annual");
    assert_every_sentence_kept(&input, &output, &["2025年工作总结", "2026年工作打算"]);
    let d = &r.draft;
    assert_eq!(d.meta.title_style.connector, "及");
    assert_eq!(d.meta.title_style.plan_word, "工作打算");
    assert_eq!(chapter_ids(d), ["social_governance", "environment"]);
    assert_eq!(d.chapters[0].points[0].lead, "网格治理更加精细");
    assert_eq!(indicator(d, "grid_cells"), "86个");
    assert_eq!(indicator(d, "grid_staff"), "172人");
    assert_eq!(indicator(d, "petitions_received"), "64件");
    assert_eq!(indicator(d, "petitions_closed"), "63件");
    assert_eq!(indicator(d, "coal_to_electric"), "320户");
    assert_eq!(indicator(d, "rubbish_cleared"), "2600吨");
    assert_eq!(indicator(d, "muck_trucks_checked"), "940车次");
    assert_eq!(d.plan.len(), 2);
    // The ##…## marker is gone from the draft and reported where it was.
    assert!(!serde_json::to_string(d).unwrap().contains("##"));
    let junk: Vec<_> = r.findings.iter().filter(|f| f.rule == "import-junk-removed").collect();
    assert_eq!(junk.len(), 1);
    assert_eq!(junk[0].excerpt, "##此处待核实##");
    assert_eq!(junk[0].location.line, Some(7));
    assert!(junk[0].message.contains("已删除"));
}

#[test]
fn lines_broken_mid_sentence_and_page_numbers() {
    let (input, r, output) = import("broken_lines.txt", "jiedao-annual");
    assert_every_fragment_kept(&input, &output, &["2025年工作总结", "2026年工作安排"]);
    let d = &r.draft;
    assert!(d.opening.contains("决策部署，团结带领"), "{}", d.opening);
    assert_eq!(chapter_ids(d), ["rule_of_law", "integrity"]);
    assert!(d.chapters[0].points[0].body.contains("普法宣传覆盖群众1.2万人次"));
    assert_eq!(indicator(d, "legal_trainings"), "12次");
    assert_eq!(indicator(d, "law_education_events"), "46场");
    assert_eq!(indicator(d, "law_audience"), "1.2万人次");
    assert_eq!(d.indicator_entry("law_audience").unwrap().value, Some(12000.0));
    assert_eq!(indicator(d, "mediation_committees"), "9个");
    assert_eq!(indicator(d, "warning_sessions"), "8次");
    assert_eq!(indicator(d, "integrity_talks"), "136人次");
    assert!(d.plan_intro.contains("奋力推动街道各项事业"));
    assert_eq!(r.findings.iter().filter(|f| f.excerpt == "— 2 —").count(), 1);
}

#[test]
fn key_tasks_honours_and_level_four_items() {
    let (input, r, output) = import("key_tasks_honours.txt", "jiedao-annual");
    let parts = ["2025年工作总结", "2025年区政府工作报告重点工作完成情况", "获得市级以上荣誉称号及表彰情况", "存在问题", "2026年工作安排"];
    assert_every_sentence_kept(&input, &output, &parts);
    let d = &r.draft;
    assert_eq!(chapter_ids(d), ["economy"]);
    assert_eq!(indicator(d, "budget_revenue"), "8650万元");
    assert_eq!(indicator(d, "retail_sales"), "5.6亿元");
    assert_eq!(d.indicator_entry("retail_sales").unwrap().value, Some(56000.0));
    assert_eq!(d.key_tasks.len(), 2);
    assert_eq!(d.key_tasks[0].task, "老旧小区改造工程");
    assert!(d.key_tasks[1].note.contains("湖滨口袋公园"));
    assert_eq!(d.honours, ["全国示范性老年友好型社区", "省级文明单位", "市级平安街道"]);
    assert_eq!(d.problems.len(), 1);
    assert_eq!(d.plan.len(), 2);
    assert_eq!(
        r.report.parts,
        [PartKind::Opening, PartKind::Summary, PartKind::KeyTasks, PartKind::Honours, PartKind::Problems, PartKind::Plan, PartKind::Closing]
    );
}

#[test]
fn headings_that_match_no_catalogue_chapter_stay_custom_as_written() {
    let t = template("jiedao-summary");
    let input = "一、统筹部署，重点任务落地见效\n全年完成各类重点任务18项。\n二、党建引领聚合力，组织堡垒更加坚强\n新组建党组织3个。\n";
    let r = import_text(input, &t);
    assert_eq!(chapter_ids(&r.draft), ["custom-1", "party_building"]);
    assert_eq!(r.draft.chapters[0].heading, "统筹部署，重点任务落地见效");
    assert_eq!(r.draft.chapters[0].template_chapter, None);
    assert_eq!(r.report.chapters[1].template_name.as_deref(), Some("党建引领"));
    assert_every_sentence_kept(input, &render(&r.draft, &t), &[]);
}

#[test]
fn a_title_in_another_form_is_reported() {
    let t = template("jiedao-summary");
    let r = import_text("北坡街道2025年度工作总结\n\n一、党建引领\n全年新组建党组织2个。\n", &t);
    assert_eq!(r.draft.meta.year, 2025);
    let f = r.findings.iter().find(|f| f.rule == "import-title-rewritten").expect("title finding");
    assert!(f.message.contains("北坡街道2025年度工作总结"), "{}", f.message);
}

#[test]
fn a_plan_part_with_a_summary_only_template_is_reported() {
    let (_, r, _) = import("two_part_series.txt", "jiedao-summary");
    assert!(r.findings.iter().any(|f| f.rule == "import-template-kind"));
}

#[test]
fn empty_and_blank_input_give_an_empty_draft() {
    let t = template("jiedao-annual");
    for input in ["", "\n\n  \n", "\u{feff}"] {
        let r = import_text(input, &t);
        assert!(r.draft.chapters.is_empty() && r.draft.opening.is_empty(), "{input:?}");
    }
}

#[test]
#[should_panic(expected = "lost sentences")]
fn the_sentence_check_fails_when_a_sentence_is_missing() {
    import_support::assert_every_sentence_kept("一、甲乙。\n一是丙丁。二是戊己。", "一、甲乙\n一是丙丁。", &[]);
}

#[test]
fn the_sentence_normaliser_ignores_numbering_and_punctuation_width() {
    let a = import_support::sentences_of("（一）甲乙,丙丁.\n1、戊己；二是庚辛。##x##\n— 3 —");
    assert_eq!(a, ["甲乙，丙丁", "戊己", "庚辛"]);
}

#[test]
fn the_best_template_follows_the_reports_parts_and_chapters() {
    let all = zongjie::core::template::builtin_templates();
    let id = |name: &str| all[zongjie::core::import::best_template(&fixture(name), &all).unwrap()].id.clone();
    assert_eq!(id("two_part_series.txt"), "jiedao-annual");
    assert_eq!(id("summary_lead_numbered.txt"), "jiedao-summary");
    assert_eq!(zongjie::core::import::best_template("一、党建", &[]), None);
}

#[test]
fn a_report_without_title_takes_the_unit_from_its_opening() {
    let t = template("jiedao-annual");
    let r = import_text("2025年，北塘街道办事处在区委、区政府的领导下扎实推进各项工作。\n一、2025年工作总结\n（一）党建引领\n新组建党组织3个。\n", &t);
    assert_eq!((r.draft.meta.unit.as_str(), r.draft.meta.year), ("北塘街道办事处", 2025));
    assert_eq!(r.report.title, None);
}

#[test]
fn signature_lines_become_unit_and_date_and_the_closing_is_found_before_them() {
    let t = template("jiedao-annual");
    let input = "河西街道办事处2025年工作总结和2026年工作安排\n\n2025年，河西街道办事处在区委、区政府的领导下，扎实推进各项工作。\n一、2025年工作总结\n（一）党建引领\n新组建党组织3个。\n二、2026年工作安排\n（一）抓党建，强基础。\n新的一年，我们将坚定信心，奋力开创新局面。\n\n河西街道办事处\n2025年12月20日\n";
    let r = import_text(input, &t);
    let d = &r.draft;
    assert_eq!(d.meta.date, "2025年12月20日");
    assert_eq!(d.meta.unit, "河西街道办事处");
    assert!(d.closing.starts_with("新的一年"), "{:?}", d.closing);
    assert_eq!(d.plan.len(), 1);
    assert!(!d.plan[0].body.contains("新的一年"));
    assert_every_sentence_kept(input, &render(d, &t), &["2025年工作总结", "2026年工作安排"]);
}
