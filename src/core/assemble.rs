//! Assembly: draft + template → [`Document`], with automatic numbering (一、（一）1. and the
//! 一是/二是 series), the title built from meta, the summary-only and two-part layouts, and figure
//! tokens rendered from indicator entries.
//!
//! Layout, part by part in the template's order (a part appears only when the template lists it
//! and the draft has something for it):
//! - two-part report: `一、{Y}年工作总结` with the domain chapters as `（一）（二）…` headings, then
//!   `二、` problems, `三、` plan (aim sentence, then `（一）lead。body` points), key tasks and
//!   honours as `1.` items; summary-only report: the domain chapters are the top level `一、二、…`
//!   and the parts after them continue that numbering;
//! - chapter points by `template.point_style`: Series → one paragraph per point `一是lead。body`;
//!   Numbered → `1.lead。body` paragraphs (in a summary-only report `（一）lead。body`, the level
//!   below 一、); Lead → `lead。body` paragraphs;
//! - problems: Series → `一是…` paragraphs, otherwise `（一）lead。body`;
//! - a lead phrase gets a closing 。 when the author gave none; headings are kept as written;
//! - a series of one is not numbered (a lone 一是, 1., （一） or 一、 is a mistake): a single point,
//!   problem, plan item, key task or honour prints as a paragraph, a single chapter's heading and
//!   a document's only level-1 heading without their number;
//! - a chapter without any written point is left out (a new draft starts with every default
//!   chapter, and an empty heading must not reach the document);
//! - the opening and closing are paragraphs; the unit and the date close the document.
//!
//! Not for checking (see `check`) nor for rendering to a format (see `export`).

use super::document::{Block, Document};
use super::figures;
use super::model::{tokens, Draft, KeyTask, Meta, PartKind, Point};
use super::outline::{chinese_numeral, is_sentence_end, MarkerStyle};
use super::template::{PointStyle, ReportKind, Template};

/// The document for a draft laid out by its template. Never panics, whatever the draft holds.
pub fn assemble(draft: &Draft, template: &Template) -> Document {
    let meta = safe_meta(&draft.meta);
    let mut a = Assembler { draft, template, meta, blocks: Vec::new(), top: 0 };
    let mut seen: Vec<PartKind> = Vec::new();
    for kind in template.part_kinds() {
        if !seen.contains(&kind) {
            seen.push(kind);
            a.part(kind);
        }
    }
    a.lone_top_unnumbered();
    for line in [&draft.meta.unit, &draft.meta.date] {
        if !line.trim().is_empty() {
            a.blocks.push(Block::Signature { text: line.trim().to_string() });
        }
    }
    Document { title: title(draft, template), blocks: a.blocks }
}

/// The report title for the draft's meta (also the UI's live title preview), e.g.
/// 新华街道办事处2025年工作总结和2026年工作安排.
pub fn title(draft: &Draft, template: &Template) -> String {
    template.render_title(&safe_meta(&draft.meta)).trim().to_string()
}

/// Meta with a year the template can add one to without overflow.
fn safe_meta(meta: &Meta) -> Meta {
    let mut m = meta.clone();
    m.year = m.year.clamp(-9999, 9999);
    m
}

/// A lead phrase as a sentence: 强化队伍建设 → 强化队伍建设。 (a trailing ，、；: becomes 。).
pub fn lead_sentence(lead: &str) -> String {
    let lead = lead.trim();
    let Some(last) = lead.chars().last() else { return String::new() };
    if is_sentence_end(last) || matches!(last, '”' | '’' | '）' | '：') && lead.chars().rev().nth(1).is_some_and(is_sentence_end) {
        lead.to_string()
    } else if matches!(last, '，' | '、' | '；' | ',' | ';' | '.' | ':' | '：') {
        format!("{}。", &lead[..lead.len() - last.len_utf8()])
    } else {
        format!("{lead}。")
    }
}

struct Assembler<'a> {
    draft: &'a Draft,
    template: &'a Template,
    meta: Meta,
    blocks: Vec<Block>,
    /// Level-1 headings written so far.
    top: u32,
}

impl Assembler<'_> {
    fn two_part(&self) -> bool {
        self.template.kind == ReportKind::SummaryAndPlan
    }

    fn part(&mut self, kind: PartKind) {
        // The draft is borrowed for 'a, not through `self`: its text needs no copy while blocks are added.
        let draft = self.draft;
        match kind {
            PartKind::Title => {}
            PartKind::Opening => self.paragraph(&draft.opening),
            PartKind::Summary => self.summary(),
            PartKind::Problems => self.problems(),
            PartKind::Plan => self.plan(),
            PartKind::KeyTasks => self.key_tasks(),
            PartKind::Honours => self.honours(),
            PartKind::Closing => self.paragraph(&draft.closing),
        }
    }

    fn heading_text(&self, kind: PartKind, fallback: &str) -> String {
        self.template.part_heading(kind, &self.meta).unwrap_or_else(|| self.template.fill(fallback, &self.meta))
    }

    fn top_heading(&mut self, text: &str) {
        self.top += 1;
        let number = MarkerStyle::ChineseComma.format(self.top);
        self.blocks.push(Block::Heading { level: 1, number, text: text.trim().to_string(), body: String::new() });
    }

    /// A document with a single level-1 heading prints it without 一、 (no 二、 follows).
    fn lone_top_unnumbered(&mut self) {
        if self.top != 1 {
            return;
        }
        for block in &mut self.blocks {
            if let Block::Heading { level: 1, number, .. } = block {
                number.clear();
            }
        }
    }

    fn paragraph(&mut self, text: &str) {
        let text = self.prose(text);
        if !text.is_empty() {
            self.blocks.push(Block::Paragraph { number: String::new(), lead: String::new(), text });
        }
    }

    fn summary(&mut self) {
        let mut chapters = Vec::new();
        for c in &self.draft.chapters {
            if c.points.iter().any(|p| !p.is_empty()) {
                chapters.push(c);
            }
        }
        if chapters.is_empty() {
            return;
        }
        let two_part = self.two_part();
        if two_part {
            let text = self.heading_text(PartKind::Summary, "{year}年工作总结");
            self.top_heading(&text);
        }
        let count = chapters.len();
        for (k, chapter) in chapters.into_iter().enumerate() {
            let mut heading = chapter.heading.trim().to_string();
            if heading.is_empty() {
                let spec = chapter.template_chapter.as_deref().and_then(|id| self.template.chapter(id));
                heading = spec.map(|s| s.heading.clone()).unwrap_or_default();
            }
            if two_part {
                let number = series_number(count, || MarkerStyle::ChineseParen.format(k as u32 + 1));
                self.blocks.push(Block::Heading { level: 2, number, text: heading, body: String::new() });
            } else {
                self.top_heading(&heading);
            }
            self.points(&chapter.points, self.template.point_style);
        }
    }

    /// Points under a chapter heading, in the given style. A single point is not numbered (a
    /// lone 一是, 1. or （一） is a mistake of its own): it prints as its lead and body.
    fn points(&mut self, points: &[Point], style: PointStyle) {
        let count = written(points);
        let mut n = 0;
        for point in points {
            if point.is_empty() {
                continue;
            }
            n += 1;
            let lead = lead_sentence(&self.prose(&point.lead));
            let text = self.prose(&point.body);
            match style {
                _ if count == 1 => self.blocks.push(Block::Paragraph { number: String::new(), lead, text }),
                PointStyle::Series => {
                    self.blocks.push(Block::Paragraph { number: format!("{}是", chinese_numeral(n)), lead, text })
                }
                PointStyle::Lead => self.blocks.push(Block::Paragraph { number: String::new(), lead, text }),
                PointStyle::Numbered if self.two_part() => {
                    self.blocks.push(Block::Paragraph { number: MarkerStyle::ArabicDot.format(n), lead, text })
                }
                PointStyle::Numbered => self.sub_heading(n, lead, text),
            }
        }
    }

    /// A level-2 heading `（n）lead。` with its body running on.
    fn sub_heading(&mut self, n: u32, lead: String, body: String) {
        let number = MarkerStyle::ChineseParen.format(n);
        let (text, body) = if lead.is_empty() { (body, String::new()) } else { (lead, body) };
        self.blocks.push(Block::Heading { level: 2, number, text, body });
    }

    fn problems(&mut self) {
        if self.draft.problems.iter().all(Point::is_empty) {
            return;
        }
        let text = self.heading_text(PartKind::Problems, "存在的问题和不足");
        self.top_heading(&text);
        let style = match self.template.point_style {
            PointStyle::Series => PointStyle::Series,
            _ => PointStyle::Numbered,
        };
        let draft = self.draft;
        let points = &draft.problems;
        if style == PointStyle::Series {
            self.points(points, style);
        } else {
            self.run_on_points(points);
        }
    }

    /// Points as `（n）lead。body` headings; a single point as a paragraph without number.
    fn run_on_points(&mut self, points: &[Point]) {
        let count = written(points);
        let mut n = 0;
        for point in points {
            if point.is_empty() {
                continue;
            }
            n += 1;
            let lead = lead_sentence(&self.prose(&point.lead));
            let body = self.prose(&point.body);
            if count == 1 {
                self.blocks.push(Block::Paragraph { number: String::new(), lead, text: body });
            } else {
                self.sub_heading(n, lead, body);
            }
        }
    }

    fn plan(&mut self) {
        let intro = self.draft.plan_intro.trim();
        if intro.is_empty() && self.draft.plan.iter().all(Point::is_empty) {
            return;
        }
        let text = self.heading_text(PartKind::Plan, "{next_year}年{plan_word}");
        self.top_heading(&text);
        let draft = self.draft;
        self.paragraph(&draft.plan_intro);
        self.run_on_points(&draft.plan);
    }

    fn key_tasks(&mut self) {
        let mut tasks: Vec<&KeyTask> = Vec::new();
        for t in &self.draft.key_tasks {
            if !(t.task.trim().is_empty() && t.target.trim().is_empty() && t.actual.trim().is_empty() && t.note.trim().is_empty()) {
                tasks.push(t);
            }
        }
        if tasks.is_empty() {
            return;
        }
        let text = self.heading_text(PartKind::KeyTasks, "重点工作完成情况");
        self.top_heading(&text);
        let count = tasks.len();
        for (k, task) in tasks.into_iter().enumerate() {
            let lead = lead_sentence(&self.prose(&task.task));
            let mut facts = Vec::new();
            if !task.target.trim().is_empty() {
                facts.push(labelled("目标", &task.target));
            }
            if !task.actual.trim().is_empty() {
                facts.push(labelled("完成", &task.actual));
            }
            let mut text = if facts.is_empty() { String::new() } else { format!("{}。", facts.join("，")) };
            text.push_str(&self.prose(&task.note));
            let number = series_number(count, || MarkerStyle::ArabicDot.format(k as u32 + 1));
            self.blocks.push(Block::Paragraph { number, lead, text });
        }
    }

    fn honours(&mut self) {
        if self.draft.honours.iter().all(|h| h.trim().is_empty()) {
            return;
        }
        let text = self.heading_text(PartKind::Honours, "荣誉表彰情况");
        self.top_heading(&text);
        let count = self.draft.honours.iter().filter(|h| !h.trim().is_empty()).count();
        let mut n = 0;
        for honour in &self.draft.honours {
            let honour = honour.trim();
            if honour.is_empty() {
                continue;
            }
            n += 1;
            let number = series_number(count, || MarkerStyle::ArabicDot.format(n));
            self.blocks.push(Block::Paragraph { number, lead: String::new(), text: honour.to_string() });
        }
    }

    /// Prose with its figure tokens rendered, trimmed.
    fn prose(&self, text: &str) -> String {
        render_tokens(text.trim(), |id| self.token_figure(id))
    }

    /// The printed figure of an indicator entry: the typed text normalised (value + unit), or
    /// the text as typed when it is not a figure. `None` for an unknown or empty entry.
    fn token_figure(&self, id: &str) -> Option<String> {
        let entry = self.draft.indicator_entry(id)?;
        let default_unit = self.template.indicator(id).map(|(_, spec)| spec.unit.as_str()).unwrap_or("");
        figures::printed::entry_figure(entry, default_unit)

    }
}

/// How many points have something written.
fn written(points: &[Point]) -> usize {
    points.iter().filter(|p| !p.is_empty()).count()
}

/// The marker of an item in a series of `count` items: none for a series of one.
fn series_number(count: usize, number: impl FnOnce() -> String) -> String {
    if count == 1 {
        String::new()
    } else {
        number()
    }
}

/// A key task's target or result after its word (目标…, 完成…), unless the author already began
/// with it (or with 实际…): “完成改造13个小区” must not print as “完成完成改造13个小区”.
fn labelled(word: &str, typed: &str) -> String {
    let text = normalise_figure(typed);
    if text.starts_with(word) || text.starts_with("实际") {
        text
    } else {
        format!("{word}{text}")
    }
}

/// A figure typed in a field, normalised when it is one (１，０９５件 → 1095件), else as typed.
fn normalise_figure(typed: &str) -> String {
    figures::parse(typed).map(|f| figures::format_figure(&f)).unwrap_or_else(|_| typed.trim().to_string())
}

/// Replaces `{{id}}` tokens by `figure(id)`; when the prose already writes the figure's unit
/// right after the token (`{{disputes}}起`), the unit is not printed twice. Unknown tokens stay.
fn render_tokens(text: &str, mut figure: impl FnMut(&str) -> Option<String>) -> String {
    let found = tokens::find(text);
    if found.is_empty() {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let slice = |a: usize, b: usize| chars.get(a..b).unwrap_or_default().iter().collect::<String>();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for token in found {
        out.push_str(&slice(at, token.start));
        match figure(&token.id) {
            Some(printed) => {
                let after = slice(token.end, chars.len());
                out.push_str(&figures::printed::without_repeated_unit(printed, &after));
            }
            None => out.push_str(&slice(token.start, token.end)),
        }
        at = token.end;
    }
    out.push_str(&slice(at, chars.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leads_end_with_a_full_stop() {
        assert_eq!(lead_sentence("强化队伍建设"), "强化队伍建设。");
        assert_eq!(lead_sentence("强化队伍建设。"), "强化队伍建设。");
        assert_eq!(lead_sentence("强化队伍建设，"), "强化队伍建设。");
        assert_eq!(lead_sentence("是否到位？"), "是否到位？");
        assert_eq!(lead_sentence("  "), "");
    }

    #[test]
    fn key_task_words_are_not_doubled() {
        assert_eq!(labelled("目标", "改造12个小区"), "目标改造12个小区");
        assert_eq!(labelled("完成", "完成改造13个小区"), "完成改造13个小区");
        assert_eq!(labelled("完成", "实际完成13个"), "实际完成13个");
        assert_eq!(labelled("目标", "目标3000万元"), "目标3000万元");
        assert_eq!(labelled("完成", "3200万元"), "完成3200万元");
    }

    #[test]
    fn tokens_print_figures_without_doubling_units() {
        let figure = |id: &str| match id {
            "disputes" => Some("25起".to_string()),
            "money" => Some("1.25亿元".to_string()),
            "people" => Some("2万余人".to_string()),
            "rate" => Some("96%".to_string()),
            _ => None,
        };
        let out = render_tokens("调解{{disputes}}起，投资{{money}}，惠及{{people}}人，成功率{{rate}}，{{x}}。", figure);
        assert_eq!(out, "调解25起，投资1.25亿元，惠及2万余人，成功率96%，{{x}}。");
        assert_eq!(render_tokens("{{disputes}}", figure), "25起");
        assert_eq!(render_tokens("共{{money}}亿元", figure), "共1.25亿元");
    }

    fn numbers(doc: &Document) -> Vec<String> {
        doc.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { number, text, .. } => Some(format!("{number}|{text}")),
                Block::Paragraph { number, lead, text } => Some(format!("{number}|{}", if lead.is_empty() { text } else { lead })),
                Block::Signature { .. } => None,
            })
            .collect()
    }

    fn point(lead: &str) -> Point {
        Point { lead: lead.into(), body: "正文。".into() }
    }

    /// A series of one is not numbered: no lone 一是, 1., （一） or 一、 in the document.
    #[test]
    fn a_series_of_one_prints_without_its_number() {
        let template = crate::core::template::builtin("jiedao-annual").expect("built-in template");
        let mut draft = template.new_draft("d", "青禾街道办事处", 2025);
        draft.chapters.truncate(2);
        draft.chapters[0].points = vec![point("抓组织")];
        draft.problems = vec![point("短板一"), Point::default()];
        draft.plan = vec![point("抓党建")];
        draft.key_tasks = vec![KeyTask { task: "老旧小区改造".into(), ..KeyTask::default() }];
        draft.honours = vec!["省级文明单位".into(), " ".into()];
        let doc = assemble(&draft, &template);
        let got = numbers(&doc);
        for lone in ["|抓组织。", "|短板一。", "|抓党建。", "|老旧小区改造。", "|省级文明单位"] {
            assert!(got.iter().any(|n| n == lone), "{lone} in {got:?}");
        }
        // The single chapter's heading has no （一）; the parts are still 一、二、…
        assert!(got.iter().any(|n| n.starts_with('|') && n.ends_with(draft.chapters[0].heading.as_str())), "{got:?}");
        assert!(got.iter().any(|n| n.starts_with("二、|")), "{got:?}");

        // Two of each are numbered as before.
        draft.chapters[1].points = vec![point("促发展")];
        draft.chapters[0].points.push(point("抓学习"));
        draft.problems[1] = point("短板二");
        draft.plan.push(point("抓民生"));
        draft.key_tasks.push(KeyTask { task: "新增就业".into(), ..KeyTask::default() });
        draft.honours[1] = "市级先进集体".into();
        let got = numbers(&assemble(&draft, &template));
        for numbered in ["一是|抓组织。", "二是|抓学习。", "二是|短板二。", "（二）|抓民生。", "2.|新增就业。", "2.|市级先进集体"] {
            assert!(got.iter().any(|n| n == numbered), "{numbered} in {got:?}");
        }
        assert!(got.iter().any(|n| n.starts_with("（二）|")), "{got:?}");
    }

    /// A report whose only numbered heading is one chapter prints it without 一、.
    #[test]
    fn a_lone_top_heading_has_no_number() {
        let template = crate::core::template::builtin("jiedao-summary").expect("built-in template");
        let mut draft = template.new_draft("d", "青禾街道办事处", 2025);
        draft.chapters.truncate(1);
        draft.chapters[0].points = vec![point("抓组织"), point("抓学习")];
        let got = numbers(&assemble(&draft, &template));
        assert!(got.first().is_some_and(|n| n.starts_with('|')), "{got:?}");
        assert!(got.iter().any(|n| n == "一是|抓组织。"), "{got:?}");
        draft.problems = vec![point("短板一")];
        let got = numbers(&assemble(&draft, &template));
        assert!(got.first().is_some_and(|n| n.starts_with("一、|")), "{got:?}");
        assert!(got.iter().any(|n| n.starts_with("二、|")), "{got:?}");
    }
}
