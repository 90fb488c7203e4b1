//! Golden tests: our fixture drafts assembled with the built-in templates and exported as plain
//! text must equal `tests/fixtures/drafts/*.txt` exactly. Run with `UPDATE_GOLDEN=1` to rewrite
//! the expected files after an intended layout change (then read the diff).

use std::path::PathBuf;

use zongjie::core::assemble::{assemble, title};
use zongjie::core::export::{html, text};
use zongjie::core::model::Draft;
use zongjie::core::template::{builtin, Template};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/drafts").join(name)
}

fn load(name: &str) -> (Draft, Template) {
    let json = std::fs::read_to_string(fixture(&format!("{name}.json"))).expect("fixture draft");
    let draft = Draft::from_json(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
    let template = builtin(&draft.template_id).expect("built-in template");
    (draft, template)
}

fn golden(name: &str) {
    let (draft, template) = load(name);
    let got = text::to_text(&assemble(&draft, &template));
    compare(name, "txt", &got);
}

fn compare(name: &str, extension: &str, got: &str) {
    let path = fixture(&format!("{name}.{extension}"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, got).expect("write golden");
    }
    let want = std::fs::read_to_string(&path).expect("golden file");
    assert_eq!(got, want, "{name}: export differs from {}", path.display());
}

#[test]
fn two_part_report_with_series_points() {
    golden("jiedao-annual");
}

#[test]
fn summary_only_report() {
    golden("jiedao-summary");
}

#[test]
fn party_committee_report_with_lead_points_and_custom_title_words() {
    golden("dangongwei-annual");
}

/// A full two-part report with every part filled, as an office would write it: the plain text
/// (title, blank line, one unindented paragraph a line, blank line, unit and date) and the HTML
/// of the preview and print (the long title broken after the unit, the date two characters
/// right of the unit's start).
#[test]
fn full_report_as_text_and_html() {
    golden("jiedao-full");
    let (draft, template) = load("jiedao-full");
    let html = html::to_html(&assemble(&draft, &template));
    compare("jiedao-full", "html", &html);
    assert!(html.contains("<h1 class=\"zj-title\">青禾区柳岸街道办事处<br>2025年工作总结和2026年工作安排</h1>"));
    assert!(html.ends_with(
        "<p class=\"zj-sign zj-sign-first\" style=\"padding-right:2em\">青禾区柳岸街道办事处</p>\n<p class=\"zj-sign\" style=\"padding-right:3em\">2025年12月22日</p>\n</article>\n"
    ));
    // The text export: no half-width punctuation after Chinese, no indentation, no spaces.
    let text = std::fs::read_to_string(fixture("jiedao-full.txt")).unwrap();
    for line in text.lines() {
        assert!(!line.starts_with([' ', '\u{3000}', '\t']) && !line.ends_with(' '), "{line}");
        assert!(!line.contains([',', ';', '(', ')', '"']), "half-width punctuation in {line}");
    }
}

#[test]
fn title_preview_follows_meta() {
    let (mut draft, template) = load("dangongwei-annual");
    assert_eq!(title(&draft, &template), "中共青禾区南湖街道工作委员会2025年工作总结及2026年工作打算");
    draft.meta.year = 2026;
    assert_eq!(title(&draft, &template), "中共青禾区南湖街道工作委员会2026年工作总结及2027年工作打算");
}

#[test]
fn html_escapes_user_text() {
    let (mut draft, template) = load("jiedao-annual");
    draft.opening = "<script>alert('导语')</script>".into();
    draft.chapters[0].heading = "党建<b>引领</b>".into();
    draft.meta.unit = "甲&乙街道".into();
    let out = html::to_html(&assemble(&draft, &template));
    assert!(!out.contains("<script>"), "{out}");
    assert!(!out.contains("<b>"), "{out}");
    assert!(out.contains("&lt;script&gt;alert(&#39;导语&#39;)&lt;/script&gt;"));
    assert!(out.contains("甲&amp;乙街道"));
    assert!(out.starts_with("<article class=\"zj-doc\">"));
}

#[test]
fn empty_and_odd_drafts_never_panic() {
    for id in ["jiedao-annual", "jiedao-summary", "dangongwei-annual"] {
        let template = builtin(id).expect("built-in");
        let mut draft = Draft::default();
        let doc = assemble(&draft, &template);
        assert!(doc.blocks.is_empty(), "{id}: {doc:?}");
        draft.meta.year = i32::MAX;
        draft.opening = "{{".into();
        draft.closing = "{{}}{{ }}}}{{x".into();
        let _ = text::to_text(&assemble(&draft, &template));
        draft.meta.year = i32::MIN;
        let _ = html::to_html(&assemble(&draft, &template));
    }
}
