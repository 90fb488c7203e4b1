//! Reading a template file: JSON text → [`Template`], with every error naming the JSON path of
//! the bad field (`chapters[2].indicators[0].unit`) and its line and column, in Chinese.
//!
//! The text is parsed once by `core::json` and typed here field by field, with the rules of the
//! serde derive this replaced (kept natively as the reference `tests/templates.rs` compares
//! against): unknown fields are refused, `#[serde(default)]` fields may be left out, a relation
//! takes only the fields of its kind. The semantic rules (unique ids, relations that resolve, …)
//! live in `validate`.

use super::{ChapterSpec, IndicatorKind, IndicatorSpec, PartSpec, PointStyle, Range, Relation, ReportKind, Template, TemplateError, FORMAT_VERSION};
use crate::core::json::read::{self, fields, Unknown};
use crate::core::json::{self, Node, ReadError};
use crate::core::model::PartKind;

/// Checks the JSON syntax, then the format version, then types the JSON. No semantic validation.
pub(crate) fn parse(json: &str) -> Result<Template, TemplateError> {
    let text = json.trim_start_matches('\u{feff}');
    let root = json::parse(text).map_err(|e| err("", &format!("不是正确的 JSON 格式{}：{}。", json::position(text, e.at), e.what)))?;
    check_version(&root)?;
    template(&root).map_err(|e| err(&e.path, &e.message(&json::position(text, e.at))))
}

/// Checks `format_version` before typing, so a newer file gets "please upgrade" rather than a
/// confusing complaint about a field this build does not know.
fn check_version(root: &Node) -> Result<(), TemplateError> {
    if root.members().is_none() {
        return Err(err("", "模板文件的最外层应是一个对象（以 { 开头、以 } 结尾）。"));
    }
    let version = match root.member("format_version").map(|n| &n.value) {
        None => return Err(err("format_version", &format!("缺少必填字段“format_version”，请填写 {FORMAT_VERSION}。"))),
        Some(json::Value::Number(n)) => n.parse::<u64>().ok(),
        Some(_) => None,
    };
    match version {
        Some(n) if n >= 1 && n <= u64::from(FORMAT_VERSION) => Ok(()),
        Some(n) if n > u64::from(FORMAT_VERSION) => Err(err(
            "format_version",
            &format!("模板格式版本为 {n}，本工具只支持到 {FORMAT_VERSION}。请升级工具，或按 docs/TEMPLATES.md 改为版本 {FORMAT_VERSION} 的格式。"),
        )),
        _ => Err(err("format_version", &format!("格式版本应为正整数，当前支持的版本是 {FORMAT_VERSION}。"))),
    }
}

fn err(field: &str, message: &str) -> TemplateError {
    TemplateError { field: field.to_string(), message: message.to_string() }
}

/// The fields of [`Template`], in declaration order.
const TEMPLATE_FIELDS: &[&str] = &[
    "format_version",
    "id",
    "name",
    "description",
    "kind",
    "title_pattern",
    "higher_bodies",
    "summary_heading",
    "problems_heading",
    "plan_heading",
    "key_tasks_heading",
    "honours_heading",
    "parts",
    "point_style",
    "chapters",
    "opening_examples",
    "problems_examples",
    "plan_intro_examples",
    "plan_examples",
    "closing_examples",
    "rule_severities",
];

/// Required fields (by index) of [`TEMPLATE_FIELDS`]; the others have serde defaults.
const TEMPLATE_REQUIRED: &[usize] = &[0, 1, 2, 4, 5, 12, 14];

// Each reader starts from `Default` and sets the fields written, then asks for the required ones,
// so a missing field is reported after the type errors of the fields present, as serde does.
fn template(node: &Node) -> Result<Template, ReadError> {
    let f = fields(node, TEMPLATE_FIELDS, Unknown::Refuse)?;
    let mut t = Template::default();
    f.set(0, &mut t.format_version, read::u32_value)?;
    f.set(1, &mut t.id, read::string)?;
    f.set(2, &mut t.name, read::string)?;
    f.set(3, &mut t.description, read::string)?;
    f.set(4, &mut t.kind, report_kind)?;
    f.set(5, &mut t.title_pattern, read::string)?;
    f.set(6, &mut t.higher_bodies, read::string)?;
    f.set(7, &mut t.summary_heading, read::string)?;
    f.set(8, &mut t.problems_heading, read::string)?;
    f.set(9, &mut t.plan_heading, read::string)?;
    f.set(10, &mut t.key_tasks_heading, read::string)?;
    f.set(11, &mut t.honours_heading, read::string)?;
    f.set(12, &mut t.parts, |n| read::list(n, part))?;
    f.set(13, &mut t.point_style, point_style)?;
    f.set(14, &mut t.chapters, |n| read::list(n, chapter))?;
    f.set(15, &mut t.opening_examples, read::strings)?;
    f.set(16, &mut t.problems_examples, read::strings)?;
    f.set(17, &mut t.plan_intro_examples, read::strings)?;
    f.set(18, &mut t.plan_examples, read::strings)?;
    f.set(19, &mut t.closing_examples, read::strings)?;
    f.set(20, &mut t.rule_severities, read::string_map)?;
    f.require(TEMPLATE_REQUIRED)?;
    Ok(t)
}

fn report_kind(node: &Node) -> Result<ReportKind, ReadError> {
    read::one_of(node, ReportKind::NAMES, ReportKind::VALUES)
}

fn point_style(node: &Node) -> Result<PointStyle, ReadError> {
    read::one_of(node, PointStyle::NAMES, PointStyle::VALUES)
}

fn indicator_kind(node: &Node) -> Result<IndicatorKind, ReadError> {
    read::one_of(node, IndicatorKind::NAMES, IndicatorKind::VALUES)
}

fn part_kind(node: &Node) -> Result<PartKind, ReadError> {
    read::one_of(node, PartKind::NAMES, PartKind::VALUES)
}

fn part(node: &Node) -> Result<PartSpec, ReadError> {
    let f = fields(node, &["kind", "required"], Unknown::Refuse)?;
    let mut p = PartSpec::default();
    f.set(0, &mut p.kind, part_kind)?;
    f.set(1, &mut p.required, read::boolean)?;
    f.require(&[0])?;
    Ok(p)
}

fn chapter(node: &Node) -> Result<ChapterSpec, ReadError> {
    let f = fields(node, &["id", "name", "heading", "alternatives", "guidance", "examples", "default", "indicators"], Unknown::Refuse)?;
    let mut c = ChapterSpec::default();
    f.set(0, &mut c.id, read::string)?;
    f.set(1, &mut c.name, read::string)?;
    f.set(2, &mut c.heading, read::string)?;
    f.set(3, &mut c.alternatives, read::strings)?;
    f.set(4, &mut c.guidance, read::string)?;
    f.set(5, &mut c.examples, read::strings)?;
    f.set(6, &mut c.default, read::boolean)?;
    f.set(7, &mut c.indicators, |n| read::list(n, indicator))?;
    f.require(&[0, 1, 2])?;
    Ok(c)
}

fn indicator(node: &Node) -> Result<IndicatorSpec, ReadError> {
    let f = fields(node, &["id", "name", "unit", "units", "kind", "whole", "range", "relations"], Unknown::Refuse)?;
    let mut i = IndicatorSpec::default();
    f.set(0, &mut i.id, read::string)?;
    f.set(1, &mut i.name, read::string)?;
    f.set(2, &mut i.unit, read::string)?;
    f.set(3, &mut i.units, read::strings)?;
    f.set(4, &mut i.kind, indicator_kind)?;
    f.set(5, &mut i.whole, read::boolean)?;
    f.set(6, &mut i.range, optional_range)?;
    f.set(7, &mut i.relations, |n| read::list(n, relation))?;
    f.require(&[0, 1, 2, 4])?;
    Ok(i)
}

fn optional_range(node: &Node) -> Result<Option<Range>, ReadError> {
    if matches!(node.value, json::Value::Null) {
        return Ok(None);
    }
    let f = fields(node, &["min", "max"], Unknown::Refuse)?;
    let mut r = Range::default();
    f.set(0, &mut r.min, read::number)?;
    f.set(1, &mut r.max, read::number)?;
    f.require(&[0, 1])?;
    Ok(Some(r))
}

/// The relation kinds by name, and the fields each takes besides `kind`.
const RELATION_KINDS: [(&str, &[&str]); 5] = [
    ("rate", &["part", "whole"]),
    ("completion", &["actual", "target"]),
    ("growth", &["of"]),
    ("part-of", &["whole"]),
    ("sum-of", &["parts"]),
];

/// Every field any relation takes: `kind`, the ids, then `parts`.
const RELATION_FIELDS: &[&str] = &["kind", "part", "whole", "actual", "target", "of", "parts"];

fn relation_kind(node: &Node) -> Result<usize, ReadError> {
    read::choice(node, &RELATION_KINDS.map(|(name, _)| name))
}

/// A relation object (`{"kind": "rate", "part": …, "whole": …}`): every field's type is checked
/// first, then that `kind` is given, then that no field of another kind (or an unknown one) is
/// present, then the fields this kind needs. `target` of a completion may be left out or null.
fn relation(node: &Node) -> Result<Relation, ReadError> {
    let Some(members) = node.members() else { return Err(read::wrong_type(node, read::OBJECT)) };
    let f = fields(node, RELATION_FIELDS, Unknown::Skip)?;
    let kind = f.get(0, relation_kind)?;
    let part = f.get(1, read::string)?;
    let whole = f.get(2, read::string)?;
    let actual = f.get(3, read::string)?;
    let target = f.get(4, read::optional_string)?.flatten();
    let of = f.get(5, read::string)?;
    let parts = f.get(6, read::strings)?;
    let Some((name, allowed)) = kind.and_then(|k| RELATION_KINDS.get(k).copied()) else { return Err(f.missing(0)) };
    if let Some((key, value)) = members.iter().find(|(k, _)| k != "kind" && !allowed.contains(&k.as_str())) {
        return Err(read::unknown_field(value, key, allowed));
    }
    let need = |value: Option<String>, i: usize| value.ok_or_else(|| f.missing(i));
    Ok(match name {
        "rate" => Relation::Rate { part: need(part, 1)?, whole: need(whole, 2)? },
        "completion" => Relation::Completion { actual: need(actual, 3)?, target },
        "growth" => Relation::Growth { of: need(of, 5)? },
        "part-of" => Relation::PartOf { whole: need(whole, 2)? },
        _ => Relation::SumOf { parts: parts.ok_or_else(|| f.missing(6))? },
    })
}
