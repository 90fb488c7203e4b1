//! The UI's single door to the core: templates, checks, assembly and exports.
//!
//! Every page calls these functions instead of naming core modules directly, so that when a core
//! function changes shape only this file changes. Where a core function has not landed yet the
//! body here is a short stand-in marked `stand-in`; it never re-implements core logic.

use std::rc::Rc;

use crate::core::assemble;
use crate::core::check::{self, CheckOptions, Finding, Severity};
use crate::core::document::Document;
use crate::core::figures;
use crate::core::model::{Chapter, Draft, IndicatorEntry};
use crate::core::template::{ChapterSpec, Template};

/// The built-in templates, in the order the start page lists them.
pub fn builtin_templates() -> Vec<Rc<Template>> {
    // stand-in until `template::builtin_templates` lands.
    serde_json::from_str::<Template>(STAND_IN_TEMPLATE).map(Rc::new).into_iter().collect()
}

/// The built-in template with this id.
pub fn builtin_template(id: &str) -> Option<Rc<Template>> {
    builtin_templates().into_iter().find(|t| t.id == id)
}

/// Reads a template file; the error is a Chinese sentence naming the bad field.
pub fn template_from_json(json: &str) -> Result<Template, String> {
    // stand-in until `Template::from_json` lands.
    serde_json::from_str::<Template>(json.trim_start_matches('\u{feff}'))
        .map_err(|e| format!("模板文件无法读取（{e}）。请选择符合模板格式的 JSON 文件。"))
}

/// A new draft from a template: its default chapters with their indicators.
pub fn new_draft(template: &Template, id: &str, unit: &str, year: i32) -> Draft {
    // stand-in until `Template::new_draft` lands.
    let mut draft = Draft::new(id, template.id.clone(), unit, year);
    draft.chapters = template.chapters.iter().filter(|c| c.default).map(chapter_from_spec).collect();
    draft
}

/// A chapter of the catalogue, ready to add to a draft.
pub fn chapter_from_spec(spec: &ChapterSpec) -> Chapter {
    // stand-in until `Template::chapter_from_catalogue` lands.
    Chapter {
        id: spec.id.clone(),
        template_chapter: Some(spec.id.clone()),
        heading: spec.heading.clone(),
        indicators: spec
            .indicators
            .iter()
            .map(|i| IndicatorEntry { indicator: i.id.clone(), unit: i.unit.clone(), ..IndicatorEntry::default() })
            .collect(),
        ..Chapter::default()
    }
}

/// The parsed value of what was typed into an indicator field, and the unit it names (if any).
pub fn parse_figure(text: &str) -> Option<(f64, String)> {
    figures::parse(text).ok().map(|f| (f.value, f.unit))
}

/// Every finding for the draft.
pub fn findings(draft: &Draft, template: &Template) -> Vec<Finding> {
    let mut found = check::check(draft, template, &CheckOptions::default());
    for f in &mut found {
        f.acknowledged = draft.is_acknowledged(&f.key());
    }
    found
}

/// Findings that stop export: errors not acknowledged.
pub fn blocking(findings: &[Finding]) -> Vec<&Finding> {
    findings.iter().filter(|f| f.severity == Severity::Error && !f.acknowledged).collect()
}

/// The assembled document.
pub fn document(draft: &Draft, template: &Template) -> Document {
    assemble::assemble(draft, template)
}

/// The report's title as it will be printed.
pub fn title(draft: &Draft, template: &Template) -> String {
    document(draft, template).title
}

/// Plain text of the document.
pub fn to_text(doc: &Document) -> String {
    // stand-in until `export::text::to_text` lands.
    let mut out = doc.title.clone();
    for b in &doc.blocks {
        out.push('\n');
        out.push_str(&b.plain_text());
    }
    out.push('\n');
    out
}

/// The document as an HTML fragment in the official page layout.
pub fn to_html(doc: &Document) -> String {
    // stand-in until `export::html::to_html` lands.
    let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let mut out = format!("<h1 class=\"gw-title\">{}</h1>", esc(&doc.title));
    for b in &doc.blocks {
        out.push_str(&format!("<p>{}</p>", esc(&b.plain_text())));
    }
    out
}

/// The document as a .docx file.
pub fn to_docx(doc: &Document) -> Result<Vec<u8>, String> {
    // stand-in until `export::docx::to_docx` lands.
    let _ = doc;
    Err("Word 文件导出功能尚未就绪，请先导出文本或打印为 PDF。".into())
}

/// Derived values of an indicator (computed rate, growth, completion) as short display lines.
pub fn indicator_derived(draft: &Draft, template: &Template, indicator: &str) -> Vec<String> {
    // stand-in until `check::indicator_derived` lands.
    let _ = (draft, template, indicator);
    Vec::new()
}

const STAND_IN_TEMPLATE: &str = r#"{
  "format_version": 1, "id": "jiedao-annual", "name": "街道年度工作总结和下年工作安排",
  "description": "两部分：年度工作总结（分领域章节）、存在问题、下年工作安排。",
  "kind": "summary-and-plan",
  "title_pattern": "{unit}{year}年工作总结{connector}{next_year}年{plan_word}",
  "summary_heading": "{year}年工作总结", "problems_heading": "存在的问题和不足",
  "plan_heading": "{next_year}年工作安排", "key_tasks_heading": "重点工作完成情况",
  "honours_heading": "获得市级以上荣誉称号及表彰情况",
  "parts": [{"kind":"title","required":true},{"kind":"opening","required":true},{"kind":"summary","required":true},
            {"kind":"problems","required":false},{"kind":"plan","required":true},{"kind":"key-tasks","required":false},
            {"kind":"honours","required":false},{"kind":"closing","required":true}],
  "chapters": [
    {"id":"party","name":"党建引领","heading":"坚持党建引领，基层组织更加坚强","default":true,
     "alternatives":["强化党建引领，筑牢战斗堡垒"],
     "indicators":[{"id":"party-trainings","name":"开展党员培训","unit":"场次","kind":"count","whole":true}]},
    {"id":"economy","name":"经济发展","heading":"聚力经济发展，发展质效稳步提升","default":true,
     "indicators":[{"id":"revenue","name":"一般公共预算收入","unit":"万元","units":["元","万元","亿元"],"kind":"amount"}]},
    {"id":"governance","name":"社会治理","heading":"深化基层治理，社会大局和谐稳定","default":true,
     "indicators":[{"id":"petitions-received","name":"受理群众诉求","unit":"件","kind":"count","whole":true},
                   {"id":"petitions-resolved","name":"办结群众诉求","unit":"件","kind":"count","whole":true,
                    "relations":[{"kind":"part-of","whole":"petitions-received"}]},
                   {"id":"petitions-rate","name":"办结率","unit":"%","kind":"rate",
                    "relations":[{"kind":"rate","part":"petitions-resolved","whole":"petitions-received"}]}]},
    {"id":"safety","name":"安全生产","heading":"压实安全责任，安全形势总体平稳","default":false,
     "indicators":[{"id":"hazards-found","name":"排查隐患","unit":"处","kind":"count","whole":true}]}
  ],
  "opening_examples": ["{year}年，街道在{higher_bodies}的坚强领导下，坚持以人民为中心的发展思想，统筹推进各项工作，较好完成了全年目标任务。现将有关情况汇报如下："],
  "plan_intro_examples": ["{next_year}年，街道将围绕区委、区政府决策部署，重点抓好以下工作："],
  "closing_examples": ["新的一年，街道将在{higher_bodies}的坚强领导下，凝心聚力、真抓实干，奋力开创各项工作新局面。"]
}"#;
