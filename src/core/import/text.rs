//! Text → draft: walks the outline of a cleaned report and fills the draft part by part.
//!
//! Parts come from the outline (`Block::part`). Inside a part, the shallowest headings are its
//! items (chapters of the summary, points of problems and plan, key tasks, honours); deeper
//! headings become points with their phrase as lead; paragraphs are split into points by inline
//! series (一是……二是……) or lead sentences, or kept whole as a free point. Text that has no
//! place of its own (a summary part's intro) joins the nearest field that is rendered before it.

use crate::core::check::{Finding, Location, Severity};
use crate::core::model::{Chapter, Draft, KeyTask, PartKind, Point, TitleStyle, SCHEMA_VERSION};
use crate::core::outline::{self, Block, Outline};
use crate::core::template::Template;

use super::clean;
use super::decode::Encoding;
use super::matching;
use super::{ChapterReport, ImportReport, ImportResult};

/// Rule id of the finding for a title that is not kept word for word.
pub const RULE_TITLE: &str = "import-title-rewritten";
/// Rule id of the finding for a chapter heading with nothing under it.
pub const RULE_EMPTY_CHAPTER: &str = "import-empty-chapter";
/// Rule id of the finding for a part of the report that the chosen template does not render.
pub const RULE_KIND: &str = "import-template-kind";

pub(super) fn import(input: &str, template: &Template, source: &str, encoding: Option<Encoding>) -> ImportResult {
    let cleaned = clean::clean(input);
    let outline = outline::parse_outline(&cleaned.text);
    let mut findings = cleaned.findings;

    let mut draft = Draft {
        schema_version: SCHEMA_VERSION,
        id: format!("import-{:08x}", fnv(input)),
        template_id: template.id.clone(),
        ..Draft::default()
    };
    let mut report = ImportReport {
        source: source.into(),
        encoding,
        paragraphs: outline.blocks.len(),
        ..ImportReport::default()
    };

    let title = outline.title().map(|b| b.text.clone());
    let title_year = outline.title_year();
    if let Some(t) = &title {
        let parsed = parse_title(t);
        draft.meta.unit = parsed.unit.clone();
        if let Some(style) = parsed.plan.clone() {
            draft.meta.title_style = style;
        }
        if let Some(y) = parsed.year {
            draft.meta.year = y;
        }
        if !parsed.standard {
            findings.push(title_finding(t, &rebuilt_title(&draft.meta.unit, parsed.year, parsed.plan.as_ref())));
        }
        report.has_plan = parsed.plan.is_some();
    }
    report.title = title;

    let sections = sections(&outline, title_year);
    for section in &sections {
        if !report.parts.contains(&section.part) {
            report.parts.push(section.part);
        }
        if let Some(y) = section.heading_year {
            if draft.meta.year == 0 && section.part == PartKind::Summary {
                draft.meta.year = y;
            }
        }
        if section.part == PartKind::Plan {
            report.has_plan = true;
            if report.title.is_none() {
                if let Some(word) = section.heading.as_deref().and_then(plan_word_in) {
                    draft.meta.title_style.plan_word = word.into();
                }
            }
        }
        fill_section(&mut draft, section);
    }
    if draft.meta.year == 0 {
        draft.meta.year = most_mentioned_year(&cleaned.text).unwrap_or(0);
    }
    if draft.meta.unit.is_empty() {
        draft.meta.unit = unit_in(&draft.opening).unwrap_or_default();
    }
    if let Some(bodies) = higher_bodies_in(&draft.opening) {
        draft.meta.higher_bodies = bodies;
    }
    let listed = template.part_kinds();
    for (part, has) in parts_with_content(&draft) {
        let has = has || (part == PartKind::Plan && report.has_plan);
        if has && !listed.contains(&part) {
            findings.push(missing_part_finding(part));
        }
    }

    for c in draft.chapters.iter().filter(|c| c.points.iter().all(Point::is_empty)) {
        findings.push(empty_chapter_finding(&c.heading));
    }
    let matched = matching::match_chapters(&mut draft, template);
    report.indicators = matching::match_indicators(&mut draft, template);
    let mut free_points = count_free(&draft.problems) + count_free(&draft.plan);
    for c in &draft.chapters {
        report.chapters.push(ChapterReport {
            id: c.id.clone(),
            heading: c.heading.clone(),
            template_chapter: c.template_chapter.clone(),
            template_name: matched.get(&c.id).cloned(),
            points: c.points.len(),
        });
        free_points += count_free(&c.points);
    }
    report.unit = draft.meta.unit.clone();
    report.year = (draft.meta.year != 0).then_some(draft.meta.year);
    report.free_points = free_points;
    ImportResult { draft, findings, report }
}

/// Points kept as free text: a body without a lead phrase.
fn count_free(points: &[Point]) -> usize {
    let mut n = 0;
    for p in points {
        if p.lead.trim().is_empty() && !p.body.trim().is_empty() {
            n += 1;
        }
    }
    n
}

/// A stable short hash for the draft id (FNV-1a).
fn fnv(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ b as u32).wrapping_mul(0x0100_0193))
}

// ---------------------------------------------------------------------------------------------
// Title

struct ParsedTitle {
    unit: String,
    year: Option<i32>,
    plan: Option<TitleStyle>,
    /// The title is exactly what the draft's meta rebuilds.
    standard: bool,
}

const PLAN_WORDS: [&str; 6] = ["工作安排", "工作打算", "工作思路", "重点工作", "工作计划", "工作要点"];
const CONNECTORS: [&str; 4] = ["和", "及", "暨", "与"];

fn plan_word_in(text: &str) -> Option<&'static str> {
    PLAN_WORDS.iter().copied().find(|w| text.contains(w))
}

fn parse_title(title: &str) -> ParsedTitle {
    let squeezed = clean::without_blanks(title);
    let chars: Vec<char> = squeezed.chars().collect();
    let years = outline::years_in(&chars);
    let Some(&(year, at)) = years.first() else {
        return ParsedTitle { unit: String::new(), year: None, plan: None, standard: false };
    };
    let unit: String = chars[..at].iter().collect();
    let rest: String = chars[at + 5..].iter().collect();
    let mut plan = None;
    let mut standard = false;
    if let Some(after) = rest.strip_prefix("工作总结") {
        if after.is_empty() {
            standard = true;
        } else {
            for c in CONNECTORS {
                let Some(tail) = after.strip_prefix(c) else { continue };
                let next = format!("{}年", year + 1);
                let Some(word) = tail.strip_prefix(next.as_str()) else { continue };
                if PLAN_WORDS.contains(&word) {
                    plan = Some(TitleStyle { connector: c.into(), plan_word: word.into() });
                    standard = true;
                }
            }
            if plan.is_none() {
                if let Some(word) = plan_word_in(after) {
                    let c = CONNECTORS.iter().find(|c| after.starts_with(**c)).copied().unwrap_or("和");
                    plan = Some(TitleStyle { connector: c.into(), plan_word: word.into() });
                }
            }
        }
    } else if let Some(word) = plan_word_in(&rest) {
        let c = CONNECTORS.iter().find(|c| rest.contains(**c)).copied().unwrap_or("和");
        plan = Some(TitleStyle { connector: c.into(), plan_word: word.into() });
    }
    ParsedTitle { unit, year: Some(year), plan, standard }
}

fn rebuilt_title(unit: &str, year: Option<i32>, plan: Option<&TitleStyle>) -> String {
    let y = year.map(|y| y.to_string()).unwrap_or_else(|| "（年份）".into());
    match (plan, year) {
        (Some(p), Some(y0)) => format!("{unit}{y}年工作总结{}{}年{}", p.connector, y0 + 1, p.plan_word),
        _ => format!("{unit}{y}年工作总结"),
    }
}

fn title_finding(original: &str, rebuilt: &str) -> Finding {
    Finding {
        rule: RULE_TITLE.into(),
        severity: Severity::Warning,
        message: format!(
            "标题“{original}”与常用格式不同，草稿中的标题将按单位和年份生成为“{rebuilt}”。请在“基本信息”中核对单位名称和年份。"
        ),
        location: Location { part: Some(PartKind::Title), line: Some(1), column: Some(1), ..Location::default() },
        excerpt: original.to_string(),
        suggestion: None,
        acknowledged: false,
    }
}

/// Which parts of the draft hold text (the parts a template may or may not render).
fn parts_with_content(d: &Draft) -> [(PartKind, bool); 6] {
    let any = |points: &[Point]| points.iter().any(|p| !p.is_empty());
    [
        (PartKind::Opening, !d.opening.trim().is_empty()),
        (PartKind::Problems, any(&d.problems)),
        (PartKind::Plan, any(&d.plan) || !d.plan_intro.trim().is_empty()),
        (PartKind::KeyTasks, !d.key_tasks.is_empty()),
        (PartKind::Honours, !d.honours.is_empty()),
        (PartKind::Closing, !d.closing.trim().is_empty()),
    ]
}

fn missing_part_finding(part: PartKind) -> Finding {
    let label = part.label();
    Finding {
        rule: RULE_KIND.into(),
        severity: Severity::Warning,
        message: format!("原文含有“{label}”部分，但所选模板没有这一部分，导出时不会包含它。请改选含有这一部分的模板后再导入。"),
        location: Location { part: Some(part), ..Location::default() },
        excerpt: String::new(),
        suggestion: None,
        acknowledged: false,
    }
}

fn empty_chapter_finding(heading: &str) -> Finding {
    Finding {
        rule: RULE_EMPTY_CHAPTER.into(),
        severity: Severity::Hint,
        message: format!("章节“{heading}”下没有内容，已保留为待填写的章节；写入要点后才会出现在正文中。"),
        location: Location { part: Some(PartKind::Summary), field: Some("heading".into()), ..Location::default() },
        excerpt: heading.to_string(),
        suggestion: None,
        acknowledged: false,
    }
}

fn most_mentioned_year(text: &str) -> Option<i32> {
    let chars: Vec<char> = text.chars().collect();
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for (y, _) in outline::years_in(&chars) {
        match counts.iter_mut().find(|(k, _)| *k == y) {
            Some((_, n)) => *n += 1,
            None => counts.push((y, 1)),
        }
    }
    // Ties go to the earlier year: a report mentions its own year first and most.
    let mut best: Option<(i32, usize)> = None;
    for &(y, n) in &counts {
        if best.map_or(true, |(by, bn)| n > bn || (n == bn && y < by)) {
            best = Some((y, n));
        }
    }
    best.map(|(y, _)| y)
}

/// The office named in an opening without a title: 青禾街道 in "2025年，青禾街道在……", with
/// 办事处 or 党工委 when they follow. Only a name right after a clause mark counts.
fn unit_in(opening: &str) -> Option<String> {
    let chars: Vec<char> = opening.chars().collect();
    let is_name_char = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c) || c == '*' || c == '＊' || c == 'X' || c == '×';
    for (i, w) in chars.windows(2).enumerate() {
        if w != ['街', '道'] {
            continue;
        }
        let start = (0..i).rev().take_while(|&k| is_name_char(chars[k])).last()?;
        let boundary = start == 0 || matches!(chars[start - 1], '，' | '。' | '、' | '：' | ',' | ' ' | '　');
        let first = chars[start];
        let last = chars[i - 1];
        let not_a_name = matches!(first, '在' | '对' | '为' | '与' | '和' | '向' | '从' | '由' | '按' | '据' | '经')
            || matches!(last, '各' | '该' | '本' | '我' | '全' | '个' | '的');
        if !boundary || not_a_name || !(2..=8).contains(&(i - start)) {
            continue;
        }
        let mut end = i + 2;
        for suffix in ["办事处", "党工委"] {
            let s: Vec<char> = suffix.chars().collect();
            if chars.get(end..end + s.len()) == Some(&s[..]) {
                end += s.len();
                break;
            }
        }
        return Some(chars[start..end].iter().collect());
    }
    None
}

fn higher_bodies_in(opening: &str) -> Option<String> {
    ["区委、区政府", "区委区政府", "县委、县政府", "县委县政府", "市委、市政府", "市委市政府", "区委", "县委"]
        .iter()
        .find(|b| opening.contains(**b))
        .map(|b| b.to_string())
}

// ---------------------------------------------------------------------------------------------
// Sections: runs of blocks of one part

/// One part of the report: its heading (if any) and its content blocks.
struct Section<'a> {
    part: PartKind,
    heading: Option<String>,
    heading_year: Option<i32>,
    blocks: Vec<&'a Block>,
}

/// Whether a block is the heading of a part (a level-1 heading or a label whose wording names
/// a part).
fn part_heading_of(block: &Block, title_year: Option<i32>) -> Option<PartKind> {
    let text = match block.heading() {
        Some(h) if h.level == 1 => h.text.as_str(),
        Some(_) => return None,
        None if block.label => block.text.as_str(),
        None => return None,
    };
    outline::classify_part(text, title_year)
}

fn sections(outline: &Outline, title_year: Option<i32>) -> Vec<Section<'_>> {
    let mut out: Vec<Section> = Vec::new();
    let mut blocks: Vec<&Block> = Vec::with_capacity(outline.blocks.len());
    for b in &outline.blocks {
        if !b.is_title() {
            blocks.push(b);
        }
    }
    let signature_at = signature_start(&blocks);
    let closing_at = closing_start(&blocks[..signature_at], title_year).or((signature_at < blocks.len()).then_some(signature_at));
    for (i, block) in blocks.iter().enumerate() {
        let mut part = block.part;
        // A numbered heading before any part heading starts the summary (the outline only
        // leaves the opening at a level-1 heading).
        if part == PartKind::Opening && (block.heading().is_some() || out.iter().any(|s| s.part != PartKind::Opening)) {
            part = PartKind::Summary;
        }
        if part == PartKind::Title {
            part = PartKind::Opening;
        }
        if closing_at.is_some_and(|c| i >= c) {
            part = PartKind::Closing;
        }
        let heading_kind = part_heading_of(block, title_year).filter(|k| *k == part);
        let starts_new = match out.last() {
            None => true,
            Some(s) => s.part != part || (heading_kind.is_some() && !s.blocks.is_empty()),
        };
        if starts_new {
            out.push(Section { part, heading: None, heading_year: None, blocks: Vec::new() });
        }
        let Some(section) = out.last_mut() else { continue };
        if heading_kind.is_some() && section.heading.is_none() && section.blocks.is_empty() {
            let text = block.heading().map(|h| h.text.clone()).unwrap_or_else(|| block.text.clone());
            section.heading_year = outline::year_in(&text);
            section.heading = Some(text);
            // A part heading's run-on text is content of the part.
            if block.heading().is_some_and(|h| !h.body.trim().is_empty()) {
                section.blocks.push(block);
            }
            continue;
        }
        section.blocks.push(block);
    }
    out
}

/// Where the signature lines start: up to three short lines at the end that are a date or the
/// name of an office (青禾街道办事处 / 2025年12月20日); `blocks.len()` when there are none.
fn signature_start(blocks: &[&Block]) -> usize {
    let mut at = blocks.len();
    while at > 0 && blocks.len() - at < 3 {
        let b = blocks[at - 1];
        let t = b.text.trim();
        if b.label && (is_date(t) || is_office(t)) {
            at -= 1;
        } else {
            break;
        }
    }
    at
}

/// A line that is only an office's name, as signed at the end of a report.
fn is_office(text: &str) -> bool {
    let t = clean::without_blanks(text);
    ["街道办事处", "街道党工委", "工作委员会", "办事处", "人民政府", "街道"].iter().any(|s| t.ends_with(s)) && t.chars().count() <= 30
}

/// Words that open or carry a closing paragraph.
const CLOSING_WORDS: [&str; 7] = ["新的一年", "新征程", "展望", "站在新的起点", "新起点", "新的更大贡献", "新的历史起点"];

/// Where the closing starts: the outline's closing block, a last paragraph with a closing's
/// words, or a last unnumbered paragraph of the summary that speaks of the next year when the
/// report has no plan part.
fn closing_start(blocks: &[&Block], title_year: Option<i32>) -> Option<usize> {
    if let Some(i) = blocks.iter().position(|b| b.part == PartKind::Closing) {
        return Some(i);
    }
    let last = blocks.len().checked_sub(1)?;
    let block = blocks[last];
    let top_level = block.is_paragraph() && !block.label && last > 0;
    if top_level && !matches!(block.part, PartKind::Opening | PartKind::Title) && CLOSING_WORDS.iter().any(|w| block.text.contains(w)) {
        return Some(last);
    }
    let has_plan = blocks.iter().any(|b| b.part == PartKind::Plan);
    if has_plan || !block.is_paragraph() || block.label || block.part != PartKind::Summary || last == 0 {
        return None;
    }
    let next_year = title_year.map(|y| format!("{}年", y + 1));
    let forward = next_year.as_deref().is_some_and(|y| block.text.contains(y))
        || ["新的一年", "明年", "来年", "新征程", "展望"].iter().any(|w| block.text.contains(w));
    let resolve = ["将", "努力", "奋力", "继续", "坚持"].iter().any(|w| block.text.contains(w));
    (forward && resolve).then_some(last)
}

// ---------------------------------------------------------------------------------------------
// Filling the draft

/// An item of a part: its heading (phrase and run-on body) and the blocks under it.
struct Item<'a> {
    lead: Option<(String, String)>,
    blocks: Vec<&'a Block>,
}

/// Splits a part's blocks into items at the shallowest heading level; blocks before the first
/// item heading form an item without heading.
fn items<'a>(blocks: &[&'a Block]) -> Vec<Item<'a>> {
    let level = blocks.iter().filter_map(|b| b.heading().map(|h| h.level)).min();
    let labels_are_items = level.is_none();
    let mut out: Vec<Item> = Vec::new();
    for &b in blocks {
        let opens = match b.heading() {
            Some(h) => Some(h.level) == level,
            None => labels_are_items && b.label && is_heading_like_label(&b.text),
        };
        if opens {
            let lead = match b.heading() {
                Some(h) => (h.text.clone(), h.body.clone()),
                None => (b.text.clone(), String::new()),
            };
            out.push(Item { lead: Some(lead), blocks: Vec::new() });
        } else {
            match out.last_mut() {
                Some(item) => item.blocks.push(b),
                None => out.push(Item { lead: None, blocks: vec![b] }),
            }
        }
    }
    out
}

/// A label that reads like a heading rather than a signature or a date.
fn is_heading_like_label(text: &str) -> bool {
    !is_date(text) && text.chars().count() >= 4
}

fn is_date(text: &str) -> bool {
    let t = clean::without_blanks(text);
    t.ends_with('日') && t.contains('年') && t.contains('月') && t.chars().count() <= 12
}


fn append(field: &mut String, text: &str) {
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    if !field.trim().is_empty() {
        field.push('\n');
    }
    field.push_str(text);
}

fn fill_section(draft: &mut Draft, section: &Section) {
    match section.part {
        PartKind::Title | PartKind::Opening => {
            for b in &section.blocks {
                append(&mut draft.opening, &block_text(b));
            }
        }
        PartKind::Closing => {
            for b in &section.blocks {
                let t = b.text.trim();
                if b.label && is_date(t) && draft.meta.date.is_empty() {
                    draft.meta.date = t.to_string();
                    continue;
                }
                // The signing office: the draft's unit, which the document signs with.
                if b.label && is_office(t) && (draft.meta.unit.is_empty() || draft.meta.unit == t) {
                    draft.meta.unit = t.to_string();
                    continue;
                }
                append(&mut draft.closing, &block_text(b));
            }
        }
        PartKind::Summary => fill_summary(draft, section),
        PartKind::Problems => {
            for item in items(&section.blocks) {
                draft.problems.extend(item_points(&item));
            }
        }
        PartKind::Plan => {
            let mut items = items(&section.blocks).into_iter().peekable();
            // Paragraphs before the first numbered point: the plan's aim sentence.
            if let Some(first) = items.peek() {
                if first.lead.is_none() {
                    let first = items.next();
                    for b in first.iter().flat_map(|i| i.blocks.iter()) {
                        append(&mut draft.plan_intro, &block_text(b));
                    }
                }
            }
            for item in items {
                draft.plan.extend(item_points(&item));
            }
        }
        PartKind::KeyTasks => {
            for item in items(&section.blocks) {
                match &item.lead {
                    Some((task, body)) => {
                        let mut note = body.clone();
                        for b in &item.blocks {
                            append(&mut note, &block_text(b));
                        }
                        draft.key_tasks.push(KeyTask { task: task.clone(), note, ..KeyTask::default() });
                    }
                    None => {
                        for b in &item.blocks {
                            draft.key_tasks.push(KeyTask { note: block_text(b), ..KeyTask::default() });
                        }
                    }
                }
            }
        }
        PartKind::Honours => {
            for b in &section.blocks {
                let text = match b.heading() {
                    Some(h) => {
                        // The phrase (closed with 。 when a body follows) and the body, on one line.
                        let mut text = String::new();
                        if h.body.is_empty() {
                            text.push_str(h.text.trim());
                        } else {
                            text.push_str(h.text.trim_start());
                            text.push('。');
                        }
                        text.push_str(h.body.trim());
                        text.replace('\n', "")
                    }
                    None => b.text.trim().to_string(),
                };
                if !text.is_empty() {
                    draft.honours.push(text);
                }
            }
        }
    }
}

/// The whole text of a block, marker included (for places without structure of their own).
fn block_text(b: &Block) -> String {
    b.text.trim().to_string()
}

fn fill_summary(draft: &mut Draft, section: &Section) {
    for item in items(&section.blocks) {
        match &item.lead {
            None => {
                // Text of the summary part before its first chapter: nothing else is rendered
                // between the opening and the first chapter, so it joins the opening.
                for b in &item.blocks {
                    append(&mut draft.opening, &block_text(b));
                }
            }
            Some((heading, body)) => {
                let n = draft.chapters.len() + 1;
                let mut chapter = Chapter { id: format!("custom-{n}"), heading: heading.clone(), ..Chapter::default() };
                chapter.points = points_under(body, &item.blocks);
                draft.chapters.push(chapter);
            }
        }
    }
}

/// The points of an item with a heading (a problem, a plan point): the heading is the lead and
/// everything under it the body.
fn item_points(item: &Item) -> Vec<Point> {
    match &item.lead {
        Some((lead, body)) => {
            let mut p = Point::new(lead.clone(), body.trim());
            for b in &item.blocks {
                append(&mut p.body, &block_text(b));
            }
            vec![p]
        }
        None => points_under("", &item.blocks),
    }
}

/// Points of a chapter: from a run-on heading body and the blocks under the heading.
fn points_under(body: &str, blocks: &[&Block]) -> Vec<Point> {
    let mut points = split_paragraph(body);
    // A deeper heading opens a point; the paragraphs after it are its body.
    let mut open: Option<Point> = None;
    for b in blocks {
        if let Some(h) = b.heading() {
            if let Some(p) = open.take() {
                points.push(p);
            }
            open = Some(Point::new(h.text.clone(), h.body.trim()));
            continue;
        }
        if b.label && open.is_none() && is_heading_like_label(&b.text) {
            open = Some(Point::new(b.text.trim(), ""));
            continue;
        }
        match open.as_mut() {
            Some(p) => append(&mut p.body, &b.text),
            None => points.extend(split_paragraph(&b.text)),
        }
    }
    points.extend(open);
    points
}

/// Splits a paragraph into points: 一是……二是…… items, else lead sentences, else one free point.
pub(super) fn split_paragraph(text: &str) -> Vec<Point> {
    let text = text.trim();
    if text.is_empty() {
        return Vec::new();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut series = outline::series_items_in(&chars);
    // A paragraph may open with a later item (二是……) of a series begun in an earlier one.
    if series.first().map(|(_, r)| r.start) != Some(0) {
        if let Some((n, len)) = outline::parse_chinese_numeral(&chars) {
            if chars.get(len) == Some(&'是') && chars.len() > len + 1 {
                let end = series.first().map_or(chars.len(), |(_, r)| r.start);
                series.insert(0, (n, 0..end));
            }
        }
    }
    if series.len() >= 2 || series.first().is_some_and(|(_, r)| r.start == 0) {
        let mut out = Vec::new();
        let first = series.first().map(|(_, r)| r.start).unwrap_or(0);
        let before: String = chars[..first].iter().collect();
        if !before.trim().is_empty() {
            out.push(Point::new("", before.trim()));
        }
        for (_, range) in &series {
            let item = &chars[range.clone()];
            let marker = outline::parse_chinese_numeral(item).map(|(_, n)| n + 1).unwrap_or(0);
            let item: String = item.get(marker..).unwrap_or(&[]).iter().collect();
            out.push(lead_and_body(item.trim(), 30));
        }
        return out;
    }
    if let Some(points) = split_lead_sentences(text) {
        return points;
    }
    vec![Point::new("", text)]
}

/// A first sentence (ending in 。, at most `max` chars) as lead when more text follows it.
fn lead_and_body(item: &str, max: usize) -> Point {
    let chars: Vec<char> = item.chars().collect();
    if let Some(end) = chars.iter().position(|&c| c == '。') {
        let rest: String = chars[end + 1..].iter().collect();
        if end > 0 && end <= max && !rest.trim().is_empty() && !chars[..end].contains(&'。') {
            return Point::new(chars[..end].iter().collect::<String>(), rest.trim());
        }
    }
    Point::new("", item)
}

/// Sentences of a paragraph with their closing punctuation (and any closing quotes after it).
fn sentences(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        if matches!(chars[i], '。' | '！' | '？') {
            let mut end = i + 1;
            while chars.get(end).is_some_and(|&c| matches!(c, '”' | '’' | '）' | '」')) {
                end += 1;
            }
            out.push(chars[start..end].iter().collect());
            start = end;
            i = end;
            continue;
        }
        i += 1;
    }
    if start < chars.len() {
        out.push(chars[start..].iter().collect());
    }
    out
}

/// A short sentence that names a point: `强化干部队伍建设。` (4–16 chars, no digits, no
/// clause punctuation).
fn is_lead_sentence(s: &str) -> bool {
    let Some(core) = s.strip_suffix('。') else { return false };
    let n = core.chars().count();
    (4..=16).contains(&n)
        && !core.chars().any(|c| {
            c.is_ascii_digit() || matches!(c, '，' | '；' | '：' | ',' | ';' | ':' | '。' | '*' | '？' | '！')
        })
}

/// Lead-sentence points: the paragraph must open with a lead sentence and hold at least two,
/// each followed by a body.
fn split_lead_sentences(text: &str) -> Option<Vec<Point>> {
    let sentences = sentences(text);
    let mut leads: Vec<usize> = Vec::new();
    for i in 0..sentences.len() {
        if is_lead_sentence(&sentences[i]) && i + 1 < sentences.len() && !is_lead_sentence(&sentences[i + 1]) {
            leads.push(i);
        }
    }
    if leads.len() < 2 || leads.first() != Some(&0) {
        return None;
    }
    let mut out = Vec::new();
    for (k, &i) in leads.iter().enumerate() {
        let end = leads.get(k + 1).copied().unwrap_or(sentences.len());
        let lead = sentences[i].trim_end_matches('。').to_string();
        let body: String = sentences[i + 1..end].concat();
        out.push(Point::new(lead, body.trim()));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_from_an_opening_without_title() {
        assert_eq!(unit_in("2025年，青禾街道在区委领导下").as_deref(), Some("青禾街道"));
        assert_eq!(unit_in("今年以来，**街道党工委、办事处坚持").as_deref(), Some("**街道党工委"));
        assert_eq!(unit_in("东岭街道办事处紧紧围绕").as_deref(), Some("东岭街道办事处"));
        assert_eq!(unit_in("在全市各街道中名列前茅"), None);
    }

    #[test]
    fn titles() {
        let t = parse_title("示范街道2025年工作总结和2026年工作安排");
        assert_eq!((t.unit.as_str(), t.year, t.standard), ("示范街道", Some(2025), true));
        assert_eq!(t.plan.unwrap().plan_word, "工作安排");
        let t = parse_title("示范街道党工委 2025年工作总结");
        assert_eq!((t.unit.as_str(), t.standard, t.plan), ("示范街道党工委", true, None));
        let t = parse_title("示范街道2025年度工作总结及2026年工作思路");
        assert!(!t.standard);
        assert_eq!(t.plan.unwrap().connector, "及");
    }

    #[test]
    fn series_points_take_the_first_sentence_as_lead() {
        let p = split_paragraph("全年成效明显。一是组织建设有力。新建支部3个。二是培训扎实开展，举办培训12场次。");
        assert_eq!(p.len(), 3);
        assert_eq!(p[0], Point::new("", "全年成效明显。"));
        assert_eq!(p[1], Point::new("组织建设有力", "新建支部3个。"));
        assert_eq!(p[2], Point::new("", "培训扎实开展，举办培训12场次。"));
    }

    #[test]
    fn lead_sentences_split_a_paragraph() {
        let p = split_paragraph("强化队伍建设。开展培训，提升能力。夯实基础工作。落实积分制，发展积极分子。");
        assert_eq!(p, vec![Point::new("强化队伍建设", "开展培训，提升能力。"), Point::new("夯实基础工作", "落实积分制，发展积极分子。")]);
        // One short sentence alone does not make a structure.
        let p = split_paragraph("全部整改到位。共排查隐患20处，已整改18处。");
        assert_eq!(p.len(), 1);
    }
}
