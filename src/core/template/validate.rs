//! The semantic rules a typed [`Template`] must satisfy before a draft can be built on it:
//! ids present and unique, relations that name existing indicators, units and ranges that make
//! sense, a title pattern with its placeholders, the parts the report kind needs.
//!
//! Each problem names its JSON path. Typing errors (wrong JSON, wrong types) are `parse`'s job.

use super::{IndicatorKind, IndicatorSpec, Relation, ReportKind, Template, TemplateError, FORMAT_VERSION};
use crate::core::check::rules;
use crate::core::figures::decimal::shortest;
use crate::core::figures::{convert, unit_family};
use crate::core::model::{tokens, PartKind};

/// Placeholders a title pattern or part heading may use.
pub const PLACEHOLDERS: [&str; 6] = ["unit", "year", "next_year", "connector", "plan_word", "higher_bodies"];

/// Severity words accepted in `rule_severities`.
pub const SEVERITY_WORDS: [&str; 4] = ["error", "warning", "hint", "off"];

/// Every problem of the template, in file order (empty when it is usable).
pub(super) fn problems(t: &Template) -> Vec<TemplateError> {
    let mut out = Problems::default();
    header(t, &mut out);
    parts(t, &mut out);
    chapters(t, &mut out);
    severities(t, &mut out);
    examples(t, &mut out);
    out.0
}

#[derive(Default)]
struct Problems(Vec<TemplateError>);

impl Problems {
    fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(TemplateError { field: field.into(), message: message.into() });
    }
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

fn header(t: &Template, out: &mut Problems) {
    if t.format_version == 0 || t.format_version > FORMAT_VERSION {
        out.add("format_version", format!("本工具支持的模板格式版本是 {FORMAT_VERSION}，这里是 {}。", t.format_version));
    }
    if blank(&t.id) {
        out.add("id", "模板标识不能为空，请填写如“my-jiedao”的英文标识。");
    } else if t.id.chars().any(|c| c.is_whitespace()) {
        out.add("id", format!("模板标识“{}”中不能有空格。", t.id));
    }
    if blank(&t.name) {
        out.add("name", "模板名称不能为空。");
    }
    pattern(&t.title_pattern, "title_pattern", out);
    if blank(&t.title_pattern) {
        out.add("title_pattern", "标题格式不能为空，例如“{unit}{year}年工作总结”。");
    } else {
        for needed in ["{unit}", "{year}"] {
            if !t.title_pattern.contains(needed) {
                out.add("title_pattern", format!("标题格式“{}”缺少占位符 {needed}。", t.title_pattern));
            }
        }
        if t.kind == ReportKind::SummaryAndPlan && !t.title_pattern.contains("{next_year}") {
            out.add("title_pattern", format!("总结和安排两部分的模板，标题格式“{}”应包含 {{next_year}}。", t.title_pattern));
        }
    }
    for (field, value) in [
        ("summary_heading", &t.summary_heading),
        ("problems_heading", &t.problems_heading),
        ("plan_heading", &t.plan_heading),
        ("key_tasks_heading", &t.key_tasks_heading),
        ("honours_heading", &t.honours_heading),
    ] {
        pattern(value, field, out);
    }
}

/// Placeholders in `{…}` must be known ones and braces balanced.
fn pattern(text: &str, field: &str, out: &mut Problems) {
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                if !PLACEHOLDERS.contains(&name) {
                    out.add(
                        field,
                        format!("“{text}”中的占位符 {{{name}}} 不认识，可用的有：{}。", PLACEHOLDERS.map(|p| format!("{{{p}}}")).join("、")),
                    );
                }
                rest = &after[close + 1..];
            }
            None => {
                out.add(field, format!("“{text}”中的花括号未闭合。"));
                return;
            }
        }
    }
}

fn parts(t: &Template, out: &mut Problems) {
    if t.parts.is_empty() {
        out.add("parts", "至少要列出标题、导语、工作总结和结束语四个部分。");
        return;
    }
    for (i, p) in t.parts.iter().enumerate() {
        if t.parts[..i].iter().any(|q| q.kind == p.kind) {
            out.add(format!("parts[{i}].kind"), format!("部分“{}”重复列出，请只保留一个。", p.kind.label()));
        }
    }
    for kind in [PartKind::Title, PartKind::Opening, PartKind::Summary, PartKind::Closing] {
        match t.parts.iter().position(|p| p.kind == kind) {
            None => out.add("parts", format!("缺少必备部分“{}”（{}）。", kind.label(), kind.key())),
            Some(i) if !t.parts[i].required => {
                out.add(format!("parts[{i}].required"), format!("“{}”是必备部分，required 应为 true。", kind.label()))
            }
            Some(_) => {}
        }
    }
    if t.parts.first().map(|p| p.kind) != Some(PartKind::Title) {
        out.add("parts[0].kind", "第一个部分应是标题（title）。");
    }
    let last = t.parts.len() - 1;
    if t.parts.last().map(|p| p.kind) != Some(PartKind::Closing) {
        out.add(format!("parts[{last}].kind"), "最后一个部分应是结束语（closing）。");
    }
    let position = |k: PartKind| t.parts.iter().position(|p| p.kind == k);
    match t.kind {
        ReportKind::SummaryAndPlan => {
            match position(PartKind::Plan) {
                None => out.add("parts", "“总结和安排”类模板必须包含下年工作打算部分（plan）。"),
                Some(i) => {
                    if position(PartKind::Summary).is_some_and(|s| s > i) {
                        out.add(format!("parts[{i}].kind"), "下年工作打算（plan）应排在工作总结（summary）之后。");
                    }
                }
            }
            if blank(&t.summary_heading) {
                out.add("summary_heading", "“总结和安排”类模板需要总结部分的标题，例如“{year}年工作总结”。");
            }
            if blank(&t.plan_heading) {
                out.add("plan_heading", "“总结和安排”类模板需要安排部分的标题，例如“{next_year}年{plan_word}”。");
            }
        }
        ReportKind::Summary => {
            if let Some(i) = position(PartKind::Plan) {
                out.add(
                    format!("parts[{i}].kind"),
                    "仅总结类模板（kind 为 summary）不应包含下年工作打算部分；请删去此部分，或把 kind 改为 summary-and-plan。",
                );
            }
        }
    }
    for (kind, field, value) in [
        (PartKind::Problems, "problems_heading", &t.problems_heading),
        (PartKind::KeyTasks, "key_tasks_heading", &t.key_tasks_heading),
        (PartKind::Honours, "honours_heading", &t.honours_heading),
    ] {
        if position(kind).is_some() && blank(value) {
            out.add(field, format!("模板包含“{}”部分，需要填写它的标题。", kind.label()));
        }
    }
}

fn chapters(t: &Template, out: &mut Problems) {
    if t.chapters.is_empty() {
        out.add("chapters", "章节目录不能为空，至少列出一个工作章节。");
        return;
    }
    if !t.chapters.iter().any(|c| c.default) {
        out.add("chapters", "至少要有一个章节设为 default: true，新建草稿时才有内容可填。");
    }
    // Small lists searched in order: a template has tens of chapters and indicators, and a
    // BTreeMap per key type would cost more code than the searches cost time.
    let mut chapter_ids: Vec<&str> = Vec::new();
    let mut indicators: Vec<Known> = Vec::new();
    for (ci, c) in t.chapters.iter().enumerate() {
        let at = format!("chapters[{ci}]");
        id_field(&c.id, &format!("{at}.id"), "章节", out);
        if !blank(&c.id) {
            if chapter_ids.contains(&c.id.as_str()) {
                out.add(format!("{at}.id"), format!("章节标识“{}”与前面的章节重复，请改用不同的标识。", c.id));
            } else {
                chapter_ids.push(&c.id);
            }
        }
        if blank(&c.name) {
            out.add(format!("{at}.name"), "章节名称不能为空。");
        }
        if blank(&c.heading) {
            out.add(format!("{at}.heading"), "章节默认标题不能为空。");
        }
        for (ai, alt) in c.alternatives.iter().enumerate() {
            if blank(alt) {
                out.add(format!("{at}.alternatives[{ai}]"), "备选标题不能为空文本。");
            }
        }
        for (ii, ind) in c.indicators.iter().enumerate() {
            let path = format!("{at}.indicators[{ii}]");
            indicator(ind, &path, out);
            if !blank(&ind.id) {
                if let Some((_, first)) = known(&indicators, &ind.id) {
                    out.add(format!("{path}.id"), format!("指标标识“{}”与 {first} 重复，模板内指标标识必须唯一。", ind.id));
                } else {
                    indicators.push((ind, path));
                }
            }
        }
    }
    for (ci, c) in t.chapters.iter().enumerate() {
        for (ii, ind) in c.indicators.iter().enumerate() {
            for (ri, rel) in ind.relations.iter().enumerate() {
                relation(ind, rel, &format!("chapters[{ci}].indicators[{ii}].relations[{ri}]"), &indicators, out);
            }
        }
    }
}

/// An indicator met so far, with its JSON path.
type Known<'a> = (&'a IndicatorSpec, String);

fn known<'k, 'a>(all: &'k [Known<'a>], id: &str) -> Option<&'k Known<'a>> {
    all.iter().find(|(spec, _)| spec.id == id)
}

fn id_field(id: &str, field: &str, what: &str, out: &mut Problems) {
    if blank(id) {
        out.add(field, format!("{what}标识不能为空，请用英文小写字母、数字和下划线，例如“party_building”。"));
    } else if !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
        out.add(field, format!("{what}标识“{id}”只能由英文字母、数字、下划线或连字符组成。"));
    }
}

fn indicator(ind: &IndicatorSpec, path: &str, out: &mut Problems) {
    id_field(&ind.id, &format!("{path}.id"), "指标", out);
    if blank(&ind.name) {
        out.add(format!("{path}.name"), format!("指标“{}”缺少中文名称。", ind.id));
    }
    if blank(&ind.unit) {
        out.add(format!("{path}.unit"), format!("指标“{}”缺少计量单位，例如“件”“万元”“%”。", ind.id));
    }
    let known = !blank(&ind.unit) && unit_family(&ind.unit).is_some();
    if !blank(&ind.unit) && !known {
        out.add(
            format!("{path}.unit"),
            format!("指标“{}”的计量单位“{}”本工具无法识别和换算，请改用常见单位，如件、人、户、人次、万元、平方米、公里、吨、%。", ind.id, ind.unit),
        );
    }
    for (ui, u) in ind.units.iter().enumerate() {
        if blank(u) {
            out.add(format!("{path}.units[{ui}]"), "可选单位不能为空文本。");
        } else if known && convert(1.0, u, &ind.unit).is_none() {
            out.add(
                format!("{path}.units[{ui}]"),
                format!("可选单位“{u}”不能换算为指标“{}”的单位“{}”，units 只列可以互相换算的单位（如 元、万元、亿元）。", ind.id, ind.unit),
            );
        }
    }
    if !ind.units.is_empty() && !blank(&ind.unit) && !ind.units.contains(&ind.unit) {
        out.add(
            format!("{path}.unit"),
            format!("指标“{}”的单位“{}”不在可选单位 {} 之中，请把它加入 units。", ind.id, ind.unit, ind.units.join("、")),
        );
    }
    let percent_kind = matches!(ind.kind, IndicatorKind::Rate | IndicatorKind::Growth | IndicatorKind::Completion);
    if percent_kind && ind.unit != "%" && !blank(&ind.unit) {
        out.add(format!("{path}.unit"), format!("比率类指标“{}”的单位应为“%”，这里是“{}”。", ind.id, ind.unit));
    }
    if let Some(r) = ind.range {
        if !r.min.is_finite() || !r.max.is_finite() || r.min > r.max {
            out.add(format!("{path}.range"), format!("指标“{}”的合理范围下限 {} 大于上限 {}，请对调。", ind.id, shortest(r.min), shortest(r.max)));
        }
    }
}

fn relation(
    ind: &IndicatorSpec,
    rel: &Relation,
    path: &str,
    all: &[Known],
    out: &mut Problems,
) {
    let target = |field: &str, id: &str, out: &mut Problems| resolve(ind, id, &format!("{path}.{field}"), all, out);
    match rel {
        Relation::Rate { part, whole } => {
            let p = target("part", part, out);
            let w = target("whole", whole, out);
            if part == whole {
                out.add(format!("{path}.whole"), "比率的分子（part）和分母（whole）不能是同一个指标。");
            }
            if let (Some(p), Some(w)) = (p, w) {
                if !same_family(p, w) {
                    out.add(format!("{path}.whole"), format!("比率的分子“{}”（{}）和分母“{}”（{}）单位不一致。", p.id, p.unit, w.id, w.unit));
                }
            }
            if ind.kind != IndicatorKind::Rate {
                out.add(format!("{path}.kind"), format!("带比率关系（rate）的指标“{}”，其 kind 应为 rate。", ind.id));
            }
        }
        Relation::Completion { actual, target: goal } => {
            let a = target("actual", actual, out);
            let g = goal.as_deref().and_then(|g| target("target", g, out));
            if let (Some(a), Some(g)) = (a, g) {
                if !same_family(a, g) {
                    out.add(format!("{path}.target"), format!("完成数“{}”（{}）和目标“{}”（{}）单位不一致。", a.id, a.unit, g.id, g.unit));
                }
            }
            if ind.kind != IndicatorKind::Completion {
                out.add(format!("{path}.kind"), format!("带完成率关系（completion）的指标“{}”，其 kind 应为 completion。", ind.id));
            }
        }
        Relation::Growth { of } => {
            target("of", of, out);
            if ind.kind != IndicatorKind::Growth {
                out.add(format!("{path}.kind"), format!("带增长关系（growth）的指标“{}”，其 kind 应为 growth。", ind.id));
            }
        }
        Relation::PartOf { whole } => {
            if let Some(w) = target("whole", whole, out) {
                if !same_family(ind, w) {
                    out.add(format!("{path}.whole"), format!("“{}”（{}）与其总数“{}”（{}）单位不一致。", ind.id, ind.unit, w.id, w.unit));
                }
            }
        }
        Relation::SumOf { parts } => {
            if parts.len() < 2 {
                out.add(format!("{path}.parts"), "求和关系（sum-of）至少要列出两个组成指标。");
            }
            for (pi, p) in parts.iter().enumerate() {
                if parts[..pi].contains(p) {
                    out.add(format!("{path}.parts[{pi}]"), format!("组成指标“{p}”重复列出。"));
                    continue;
                }
                if let Some(spec) = target(&format!("parts[{pi}]"), p, out) {
                    if !same_family(ind, spec) {
                        out.add(format!("{path}.parts[{pi}]"), format!("组成指标“{}”（{}）与合计“{}”（{}）单位不一致。", spec.id, spec.unit, ind.id, ind.unit));
                    }
                }
            }
        }
    }
}

/// The indicator a relation names, reporting a self-reference or an unknown id.
fn resolve<'a>(
    ind: &IndicatorSpec,
    id: &str,
    field: &str,
    all: &[Known<'a>],
    out: &mut Problems,
) -> Option<&'a IndicatorSpec> {
    if id == ind.id {
        out.add(field, format!("指标“{}”的关系不能指向它自己。", ind.id));
        return None;
    }
    match known(all, id) {
        Some((spec, _)) => Some(*spec),
        None => {
            out.add(field, format!("关系指向的指标“{id}”在模板中不存在，请检查拼写或先在某个章节的 indicators 中加上它。"));
            None
        }
    }
}

/// Two indicators can be compared when their units convert into each other (万元 and 亿元, 件
/// and 件; not 处 and 条). Unknown units are reported on the indicator itself, not here.
fn same_family(a: &IndicatorSpec, b: &IndicatorSpec) -> bool {
    match (unit_family(&a.unit), unit_family(&b.unit)) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

fn severities(t: &Template, out: &mut Problems) {
    for (rule, word) in t.rule_severities.iter() {
        if blank(rule) {
            out.add("rule_severities", "规则标识不能为空。");
        } else if rules::find(rule).is_none() {
            out.add(
                format!("rule_severities.{rule}"),
                format!("没有标识为“{rule}”的校核规则，请按 docs/RULES.md 填写规则标识，如“placeholder”“rate-mismatch”。"),
            );
        }
        if !SEVERITY_WORDS.contains(&word.as_str()) {
            out.add(
                format!("rule_severities.{rule}"),
                format!("规则“{rule}”的级别“{word}”不认识，可选：error（错误）、warning（提醒）、hint（建议）、off（关闭）。"),
            );
        }
    }
}

/// Example texts may use the placeholders and `{{indicator_id}}` figure tokens that name an
/// indicator of this template.
fn examples(t: &Template, out: &mut Problems) {
    let lists = [
        ("opening_examples", &t.opening_examples),
        ("problems_examples", &t.problems_examples),
        ("plan_intro_examples", &t.plan_intro_examples),
        ("plan_examples", &t.plan_examples),
        ("closing_examples", &t.closing_examples),
    ];
    let mut texts: Vec<(String, &str)> = Vec::new();
    for (field, list) in lists {
        texts.extend(list.iter().enumerate().map(|(i, text)| (format!("{field}[{i}]"), text.as_str())));
    }
    for (ci, c) in t.chapters.iter().enumerate() {
        texts.extend(c.examples.iter().enumerate().map(|(i, text)| (format!("chapters[{ci}].examples[{i}]"), text.as_str())));
    }
    for (field, text) in texts {
        for token in tokens::find(text) {
            if t.indicator(&token.id).is_none() {
                out.add(&field, format!("示例中的数字占位“{{{{{}}}}}”没有对应的指标，请改为模板中已有的指标标识。", token.id));
            }
        }
        let without_tokens = tokens::render(text, |_| Some(String::new()));
        pattern(&without_tokens, &field, out);
    }
}
