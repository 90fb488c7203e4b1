//! Outline: turns a plain-text report into blocks — title, headings with their numbering marker
//! and level, paragraphs (lines broken mid-sentence rejoined) — with line/column positions.
//!
//! Shared by `check::check_text` and `import`. It recognises every numbering style of the genre:
//! 一、 （一） (一) 1. 1、 （1） (1) and inline 一是……二是……, and which part of the report
//! (summary, problems, plan, key tasks, honours, closing) each block belongs to.
//! It does not judge anything: the checker decides what is wrong.

use serde::Serialize;

use super::model::PartKind;

/// How a heading number is written.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum MarkerStyle {
    /// 一、 (level 1)
    ChineseComma,
    /// （一） (level 2)
    ChineseParen,
    /// (一) — half-width brackets, level 2 written wrongly
    ChineseParenHalf,
    /// 1. or 1． (level 3)
    ArabicDot,
    /// 1、 — level 3 written wrongly
    ArabicComma,
    /// （1） (level 4)
    ArabicParen,
    /// (1) — half-width brackets, level 4 written wrongly
    ArabicParenHalf,
}

impl MarkerStyle {
    /// Heading level 1–4 (GB/T 9704-2012 §7.3.3).
    pub fn level(self) -> u8 {
        match self {
            MarkerStyle::ChineseComma => 1,
            MarkerStyle::ChineseParen | MarkerStyle::ChineseParenHalf => 2,
            MarkerStyle::ArabicDot | MarkerStyle::ArabicComma => 3,
            MarkerStyle::ArabicParen | MarkerStyle::ArabicParenHalf => 4,
        }
    }

    /// The standard style of the same level.
    pub fn standard(self) -> MarkerStyle {
        match self {
            MarkerStyle::ChineseParenHalf => MarkerStyle::ChineseParen,
            MarkerStyle::ArabicComma => MarkerStyle::ArabicDot,
            MarkerStyle::ArabicParenHalf => MarkerStyle::ArabicParen,
            s => s,
        }
    }

    pub fn is_standard(self) -> bool {
        self.standard() == self
    }

    /// The standard marker of a level (1–4) for a number: 一、 （一） 1. （1）.
    pub fn standard_for_level(level: u8) -> MarkerStyle {
        match level {
            0 | 1 => MarkerStyle::ChineseComma,
            2 => MarkerStyle::ChineseParen,
            3 => MarkerStyle::ArabicDot,
            _ => MarkerStyle::ArabicParen,
        }
    }

    /// Writes the marker for `n` in this style.
    pub fn format(self, n: u32) -> String {
        let (open, close) = match self {
            MarkerStyle::ChineseComma | MarkerStyle::ArabicComma => ("", "、"),
            MarkerStyle::ChineseParen | MarkerStyle::ArabicParen => ("（", "）"),
            MarkerStyle::ChineseParenHalf | MarkerStyle::ArabicParenHalf => ("(", ")"),
            MarkerStyle::ArabicDot => ("", "."),
        };
        let number = match self {
            MarkerStyle::ChineseComma | MarkerStyle::ChineseParen | MarkerStyle::ChineseParenHalf => chinese_numeral(n),
            _ => n.to_string(),
        };
        let mut out = String::with_capacity(open.len() + number.len() + close.len());
        out.push_str(open);
        out.push_str(&number);
        out.push_str(close);
        out
    }
}

/// A numbered heading (the marker and the heading sentence; a body may run on after it).
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Heading {
    pub level: u8,
    /// The marker exactly as written, e.g. `（一）` or `1、`.
    pub marker: String,
    pub style: MarkerStyle,
    /// The number the marker stands for (（三） → 3).
    pub number: u32,
    /// The heading phrase without marker and without its closing 。.
    pub text: String,
    /// Char index in the block text where the heading phrase starts (after the marker).
    pub text_start: usize,
    /// Text running on after the heading sentence in the same paragraph ("" if none).
    pub body: String,
    /// Char index in the block text where `body` starts (block length if there is no body).
    pub body_start: usize,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum BlockKind {
    Title,
    Heading(Heading),
    Paragraph,
}

/// A run of block text that comes from one original line.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Segment {
    /// Char index in the block text.
    text: usize,
    /// Char offset in the original input.
    orig: usize,
}

/// One block of the report: its joined text and where it came from.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Block {
    #[serde(flatten)]
    pub kind: BlockKind,
    /// The block's text: its lines joined, indentation and trailing blanks dropped.
    pub text: String,
    /// 1-based line and column of the block's first char in the original input.
    pub line: usize,
    pub column: usize,
    /// Char span [start, end) in the original input (from first to last char of the block).
    pub start: usize,
    pub end: usize,
    /// The part of the report this block belongs to.
    pub part: PartKind,
    /// The year a title or part heading names (2025年工作总结 → 2025).
    pub year: Option<i32>,
    /// True for a short line without punctuation or marker that stands alone (an unnumbered
    /// heading such as `存在问题`).
    pub label: bool,
    #[serde(skip)]
    segments: Vec<Segment>,
    #[serde(skip)]
    chars: usize,
}

impl Block {
    /// Number of chars in `text`.
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// The original char offset of char `i` of the block text (`i == len` maps past the last char).
    pub fn orig(&self, i: usize) -> usize {
        if i >= self.chars {
            return self.end;
        }
        let k = self.segments.partition_point(|s| s.text <= i).saturating_sub(1);
        match self.segments.get(k) {
            Some(s) => s.orig + (i - s.text),
            None => self.start + i,
        }
    }

    /// The original char span of the block-text span [a, b).
    pub fn orig_span(&self, a: usize, b: usize) -> (usize, usize) {
        let start = self.orig(a);
        let end = if b > a { self.orig(b - 1) + 1 } else { start };
        (start, end)
    }

    pub fn heading(&self) -> Option<&Heading> {
        match &self.kind {
            BlockKind::Heading(h) => Some(h),
            _ => None,
        }
    }

    pub fn is_title(&self) -> bool {
        matches!(self.kind, BlockKind::Title)
    }

    pub fn is_paragraph(&self) -> bool {
        matches!(self.kind, BlockKind::Paragraph)
    }
}

/// A parsed report.
#[derive(Serialize, Clone, Debug, PartialEq, Default)]
pub struct Outline {
    pub blocks: Vec<Block>,
    /// Char offset where each original line starts.
    #[serde(skip)]
    line_starts: Vec<usize>,
}

impl Outline {
    /// 1-based (line, column) of an original char offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let k = self.line_starts.partition_point(|&s| s <= offset).max(1) - 1;
        let start = self.line_starts.get(k).copied().unwrap_or(0);
        (k + 1, offset - start + 1)
    }

    pub fn title(&self) -> Option<&Block> {
        self.blocks.first().filter(|b| b.is_title())
    }

    /// The year summarised, as the title states it.
    pub fn title_year(&self) -> Option<i32> {
        self.title().and_then(|b| b.year)
    }

    pub fn headings(&self) -> impl Iterator<Item = (&Block, &Heading)> {
        self.blocks.iter().filter_map(|b| b.heading().map(|h| (b, h)))
    }

    /// The first block of a part (usually its heading), if the report has that part.
    pub fn part_start(&self, part: PartKind) -> Option<&Block> {
        self.blocks.iter().find(|b| b.part == part)
    }
}

/// One original line: its first char offset and its content (indentation and trailing blanks
/// dropped), with the char offset of the content's first char.
struct Line<'a> {
    content: &'a str,
    content_start: usize,
}

fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

fn split_lines(text: &str) -> (Vec<Line<'_>>, Vec<usize>) {
    let mut lines = Vec::new();
    let mut starts = Vec::new();
    let mut offset = 0usize;
    for raw in text.split('\n') {
        starts.push(offset);
        let n = raw.chars().count();
        let lead = raw.chars().take_while(|&c| is_blank(c)).count();
        let lead_bytes: usize = raw.chars().take(lead).map(char::len_utf8).sum();
        let content = raw.get(lead_bytes..).unwrap_or("").trim_end_matches(is_blank);
        lines.push(Line { content, content_start: offset + lead });
        offset += n + 1;
    }
    (lines, starts)
}

/// Chars that end a sentence.
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '…')
}

/// Closing quotes and brackets that may follow a sentence end.
fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '）' | ')' | '》' | '】' | '」' | '』' | '"' | '\'')
}

/// The last char of `s` that is not a closing quote or bracket.
fn last_meaningful(s: &str) -> Option<char> {
    s.chars().rev().find(|&c| !is_closer(c))
}

/// Whether a line ends where a paragraph may end (sentence end, ；, ：).
fn ends_complete(s: &str) -> bool {
    match last_meaningful(s) {
        Some(c) => is_sentence_end(c) || matches!(c, '；' | ';' | '：' | ':'),
        None => true,
    }
}

const CHINESE_DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (1–99; larger numbers in digits).
pub fn chinese_numeral(n: u32) -> String {
    let digit = |d: u32| CHINESE_DIGITS.get(d as usize).copied().unwrap_or('〇');
    let mut out = String::with_capacity(9);
    match n {
        0..=9 => out.push(digit(n)),
        10..=99 => {
            if n >= 20 {
                out.push(digit(n / 10));
            }
            out.push('十');
            if n % 10 != 0 {
                out.push(digit(n % 10));
            }
        }
        _ => return n.to_string(),
    }
    out
}

fn chinese_digit(c: char) -> Option<u32> {
    match c {
        '一' => Some(1),
        '二' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    }
}

/// Reads a Chinese numeral 一…九十九 at the start of `chars`; returns (value, chars used).
pub fn parse_chinese_numeral(chars: &[char]) -> Option<(u32, usize)> {
    let first = *chars.first()?;
    if first == '十' {
        return match chars.get(1).and_then(|&c| chinese_digit(c)) {
            Some(d) => Some((10 + d, 2)),
            None => Some((10, 1)),
        };
    }
    let d = chinese_digit(first)?;
    if chars.get(1) == Some(&'十') {
        return match chars.get(2).and_then(|&c| chinese_digit(c)) {
            Some(e) => Some((d * 10 + e, 3)),
            None => Some((d * 10, 2)),
        };
    }
    Some((d, 1))
}

fn parse_arabic(chars: &[char]) -> Option<(u32, usize)> {
    let n = chars.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    if n == 0 {
        return None;
    }
    let v = chars[..n].iter().fold(0u32, |acc, c| acc * 10 + c.to_digit(10).unwrap_or(0));
    Some((v, n))
}

/// Recognises a heading marker at the start of a line: (style, number, marker length in chars).
pub fn parse_marker(chars: &[char]) -> Option<(MarkerStyle, u32, usize)> {
    let first = *chars.first()?;
    // （一） （1） (一) (1)
    if first == '（' || first == '(' {
        let rest = chars.get(1..)?;
        let (num, chinese, n) = match parse_chinese_numeral(rest) {
            Some((v, n)) => (v, true, n),
            None => {
                let (v, n) = parse_arabic(rest)?;
                (v, false, n)
            }
        };
        let close = *rest.get(n)?;
        if close != '）' && close != ')' {
            return None;
        }
        let half = first == '(' || close == ')';
        let style = match (chinese, half) {
            (true, false) => MarkerStyle::ChineseParen,
            (true, true) => MarkerStyle::ChineseParenHalf,
            (false, false) => MarkerStyle::ArabicParen,
            (false, true) => MarkerStyle::ArabicParenHalf,
        };
        // Something must follow: a bare "(1)" line is not a heading.
        chars.get(n + 2)?;
        return Some((style, num, n + 2));
    }
    if let Some((num, n)) = parse_chinese_numeral(chars) {
        if chars.get(n) == Some(&'、') && chars.get(n + 1).is_some() {
            return Some((MarkerStyle::ChineseComma, num, n + 1));
        }
        return None;
    }
    let (num, n) = parse_arabic(chars)?;
    if num == 0 {
        return None;
    }
    let next = *chars.get(n)?;
    let after = *chars.get(n + 1)?;
    match next {
        '、' => Some((MarkerStyle::ArabicComma, num, n + 1)),
        // 1.25亿元 or 1.5 is a number, not a heading; "1. 加强" and "1.加强" are headings.
        '.' | '．' if !after.is_ascii_digit() && !after.is_ascii_alphabetic() && after != '%' => {
            Some((MarkerStyle::ArabicDot, num, n + 1))
        }
        _ => None,
    }
}

/// Finds the first year (1900–2099) followed by 年 in `text`.
pub fn year_in(text: &str) -> Option<i32> {
    let chars: Vec<char> = text.chars().collect();
    years_in(&chars).first().map(|&(y, _)| y)
}

/// Every year (1900–2099, four digits followed by 年, not part of a longer number) with its char
/// index in `chars`.
pub fn years_in(chars: &[char]) -> Vec<(i32, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 4 <= chars.len() {
        if chars[i].is_ascii_digit() && (i == 0 || !is_digitish(chars[i - 1])) {
            let run = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            if run == 4 && chars.get(i + 4) == Some(&'年') {
                let y = chars[i..i + 4].iter().fold(0i32, |a, c| a * 10 + c.to_digit(10).unwrap_or(0) as i32);
                if (1900..=2099).contains(&y) {
                    out.push((y, i));
                }
            }
            i += run.max(1);
        } else {
            i += 1;
        }
    }
    out
}

fn is_digitish(c: char) -> bool {
    c.is_ascii_digit() || c == '.' || c == '．'
}

fn contains_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// Which part of a report a part heading (or unnumbered label) opens, from its wording.
/// `title_year` lets `2026年重点工作` count as the plan in a 2025 report.
pub fn classify_part(text: &str, title_year: Option<i32>) -> Option<PartKind> {
    if text.contains("完成情况") && contains_any(text, &["重点工作", "政府工作报告", "重点任务", "重点项目", "为民办实事"]) {
        return Some(PartKind::KeyTasks);
    }
    if contains_any(text, &["荣誉", "表彰", "获奖情况"]) {
        return Some(PartKind::Honours);
    }
    if contains_any(
        text,
        &["存在问题", "存在的问题", "问题和不足", "问题与不足", "问题及不足", "不足之处", "短板", "困难和问题", "存在不足", "差距和不足", "问题及原因"],
    ) {
        return Some(PartKind::Problems);
    }
    if contains_any(
        text,
        &["工作打算", "工作安排", "工作计划", "工作思路", "工作设想", "下一步", "工作谋划", "工作措施", "明年", "工作要点"],
    ) {
        return Some(PartKind::Plan);
    }
    let year = year_in(text);
    if let (Some(y), Some(t)) = (year, title_year) {
        if y == t + 1 && contains_any(text, &["工作", "重点", "目标", "任务"]) {
            return Some(PartKind::Plan);
        }
    }
    if contains_any(
        text,
        &["工作总结", "主要工作", "工作开展情况", "工作完成情况", "工作成效", "亮点工作", "工作回顾", "取得的成效", "主要成效", "主要做法", "工作情况"],
    ) {
        return Some(PartKind::Summary);
    }
    None
}

fn looks_like_title(line: &str) -> bool {
    let n = line.chars().count();
    if n > 60 || line.contains('。') || parse_marker(&line.chars().take(6).collect::<Vec<_>>()).is_some() {
        return false;
    }
    line.contains("工作总结")
        || (line.contains('年')
            && contains_any(line, &["总结", "工作安排", "工作打算", "工作计划", "工作思路", "工作报告", "工作要点", "重点工作"]))
}

/// A short line with no punctuation that stands on its own, like an unnumbered heading.
fn is_label(line: &str) -> bool {
    line.chars().count() <= 20
        && !line.chars().any(|c| {
            matches!(c, '，' | '。' | '；' | '：' | '！' | '？' | ',' | ';' | ':' | '!' | '?' | '、' | '…' | '“' | '”')
        })
}

/// Whether a line opens an inline series item (一是 / 二是 …).
fn starts_series(chars: &[char]) -> bool {
    matches!(parse_chinese_numeral(chars), Some((_, n)) if chars.get(n) == Some(&'是'))
}

struct Builder {
    text: String,
    segments: Vec<Segment>,
    chars: usize,
    start: usize,
    last_end: usize,
}

impl Builder {
    fn new(line: &Line) -> Self {
        let mut b = Builder { text: String::new(), segments: Vec::new(), chars: 0, start: line.content_start, last_end: 0 };
        b.push(line);
        b
    }

    fn push(&mut self, line: &Line) {
        let n = line.content.chars().count();
        self.segments.push(Segment { text: self.chars, orig: line.content_start });
        self.text.push_str(line.content);
        self.chars += n;
        self.last_end = line.content_start + n;
    }
}

/// Parses a plain-text report into its outline.
pub fn parse_outline(text: &str) -> Outline {
    let (lines, line_starts) = split_lines(text);
    let mut outline = Outline { blocks: Vec::new(), line_starts };
    // (block, its marker, still open for continuation)
    let mut current: Option<(Builder, Option<(MarkerStyle, u32, usize)>, bool)> = None;
    let mut kinds: Vec<(Builder, Option<(MarkerStyle, u32, usize)>, bool, bool)> = Vec::new();
    let mut seen_content = false;

    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        i += 1;
        if line.content.is_empty() {
            if let Some((b, m, _)) = current.take() {
                kinds.push(finish_kind(b, m));
            }
            continue;
        }
        let head: Vec<char> = line.content.chars().take(8).collect();
        let marker = parse_marker(&head);
        let series = starts_series(&head);

        if !seen_content {
            seen_content = true;
            if looks_like_title(line.content) {
                let mut b = Builder::new(line);
                // A title wrapped onto a second line: "…2025年工作总结" / "和2026年工作安排".
                if let Some(next) = lines.get(i) {
                    let first = next.content.chars().next();
                    if matches!(first, Some('和' | '及' | '暨' | '与'))
                        && next.content.chars().count() <= 30
                        && !next.content.contains('。')
                    {
                        b.push(next);
                        i += 1;
                    }
                }
                kinds.push((b, None, true, false));
                continue;
            }
        }

        if let Some((b, _, open)) = current.as_mut() {
            if *open && marker.is_none() && !series {
                b.push(line);
                *open = !ends_complete(line.content);
                continue;
            }
        }
        if let Some((b, m, _)) = current.take() {
            kinds.push(finish_kind(b, m));
        }
        let b = Builder::new(line);
        let open = match marker {
            Some((_, _, mlen)) => {
                // A heading without a sentence end stands alone; one whose body runs on may wrap.
                line.content.chars().skip(mlen).any(is_sentence_end) && !ends_complete(line.content)
            }
            None => !ends_complete(line.content) && !is_label(line.content),
        };
        current = Some((b, marker, open));
    }
    if let Some((b, m, _)) = current.take() {
        kinds.push(finish_kind(b, m));
    }

    // Build blocks and assign parts.
    let mut title_year = None;
    let mut part = PartKind::Opening;
    let mut seen_part_heading = false;
    for (b, marker, is_title, label) in kinds {
        let (line_no, col) = outline.line_col(b.start);
        let mut block = Block {
            kind: BlockKind::Paragraph,
            text: String::new(),
            line: line_no,
            column: col,
            start: b.start,
            end: b.last_end,
            part,
            year: None,
            label,
            segments: b.segments,
            chars: b.chars,
        };
        if is_title {
            block.kind = BlockKind::Title;
            block.part = PartKind::Title;
            block.year = year_in(&b.text);
            title_year = block.year;
        } else if let Some((style, number, mlen)) = marker {
            let chars_vec: Vec<char> = b.text.chars().collect();
            let (htext, body, body_start) = split_heading(&chars_vec, mlen);
            let level = style.level();
            if level == 1 {
                let kind = classify_part(&htext, title_year);
                part = match kind {
                    Some(k) => {
                        seen_part_heading = true;
                        k
                    }
                    None if matches!(part, PartKind::Opening) || !seen_part_heading => PartKind::Summary,
                    None => part,
                };
                if kind.is_some() {
                    block.year = year_in(&htext);
                }
            }
            block.part = part;
            block.kind = BlockKind::Heading(Heading {
                level,
                marker: chars_vec[..mlen].iter().collect(),
                style,
                number,
                text: htext,
                text_start: mlen,
                body,
                body_start,
            });
        } else if label {
            if let Some(k) = classify_part(&b.text, title_year) {
                part = k;
                seen_part_heading = true;
                block.year = year_in(&b.text);
                block.part = part;
            }
        }
        block.text = b.text;
        outline.blocks.push(block);
    }
    mark_closing(&mut outline.blocks);
    outline
}

fn finish_kind(
    b: Builder,
    marker: Option<(MarkerStyle, u32, usize)>,
) -> (Builder, Option<(MarkerStyle, u32, usize)>, bool, bool) {
    let label = marker.is_none() && is_label(&b.text);
    (b, marker, false, label)
}

/// Splits a heading line after its marker into (heading phrase, body, body start).
fn split_heading(chars: &[char], mlen: usize) -> (String, String, usize) {
    let rest = chars.get(mlen..).unwrap_or(&[]);
    let skip = rest.iter().take_while(|&&c| is_blank(c)).count();
    let rest = &rest[skip..];
    let end = rest.iter().position(|&c| matches!(c, '。' | '！' | '？'));
    match end {
        Some(e) => {
            let mut body_from = e + 1;
            while rest.get(body_from).is_some_and(|&c| is_closer(c) || is_blank(c)) {
                body_from += 1;
            }
            let body: String = rest.get(body_from..).unwrap_or(&[]).iter().collect();
            let text: String = rest[..e].iter().collect();
            let body_start = mlen + skip + body_from;
            (text, body, body_start.min(chars.len()))
        }
        None => (rest.iter().collect(), String::new(), chars.len()),
    }
}

/// The closing paragraph: a last top-level paragraph with a resolve for the new year.
fn mark_closing(blocks: &mut [Block]) {
    let Some(last) = blocks.last_mut() else { return };
    if !last.is_paragraph() || matches!(last.part, PartKind::Opening | PartKind::Title) {
        return;
    }
    if contains_any(&last.text, &["新的一年", "新征程", "展望", "站在新的起点", "新起点", "新的更大贡献", "新的历史起点"]) {
        last.part = PartKind::Closing;
    }
}

/// Inline series within a paragraph: 一是……二是…… as (ordinal, char span in `text`).
/// An item runs from its marker to the next item's marker (or the end of the text).
pub fn series_items(text: &str) -> Vec<(u32, std::ops::Range<usize>)> {
    let chars: Vec<char> = text.chars().collect();
    series_items_in(&chars)
}

/// `series_items` over a text already split into chars.
pub fn series_items_in(chars: &[char]) -> Vec<(u32, std::ops::Range<usize>)> {
    let mut starts: Vec<(u32, usize)> = Vec::new();
    for (n, at, _) in series_markers(chars) {
        // 一是 must open the series; later ordinals only count once it is open.
        if n == 1 || !starts.is_empty() {
            starts.push((n, at));
        }
    }
    let mut out = Vec::with_capacity(starts.len());
    for (k, &(n, s)) in starts.iter().enumerate() {
        let e = starts.get(k + 1).map(|&(_, e)| e).unwrap_or(chars.len());
        out.push((n, s..e));
    }
    out
}

/// Every series marker 一是 / 二是 … at a clause boundary, as (ordinal, start, end) char indices,
/// whether or not the series opens with 一是 (for checking a series that runs over paragraphs).
pub fn series_markers(chars: &[char]) -> Vec<(u32, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let boundary = i == 0
            || matches!(chars[i - 1], '。' | '；' | '：' | '，' | '！' | '？' | ';' | ':' | ',' | '”' | '）')
            || is_blank(chars[i - 1]);
        if boundary {
            if let Some((n, len)) = parse_chinese_numeral(&chars[i..]) {
                if chars.get(i + len) == Some(&'是') && chars.get(i + len + 1).is_some() {
                    out.push((n, i, i + len + 1));
                    i += len + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = "示范街道2025年工作总结和2026年工作安排\n\
\n\
\u{3000}\u{3000}2025年，示范街道在区委、区政府的坚强领导下，扎实推进各项工作。现将有关情况汇报如下：\n\
一、2025年工作总结\n\
（一）党建引领持续加强\n\
一是组织建设更加有力。新建党支部3个。二是教育培训扎实开展，举办培训12场次。\n\
（二）民生保障更加有力。全年发放补贴86.5万元，惠及困难群众\n\
412人次，实现应保尽保。\n\
1.社会救助\n\
1、就业服务\n\
(三)平安建设\n\
二、存在问题\n\
部分社区服务能力还有差距。\n\
三、2026年工作打算\n\
（一）抓党建，强基础\n\
新的一年，街道将坚定信心，奋力开创新局面。\n";

    fn outline() -> Outline {
        parse_outline(REPORT)
    }

    #[test]
    fn finds_title_and_year() {
        let o = outline();
        let t = o.title().expect("title");
        assert_eq!(t.text, "示范街道2025年工作总结和2026年工作安排");
        assert_eq!(o.title_year(), Some(2025));
        assert_eq!((t.line, t.column), (1, 1));
    }

    #[test]
    fn no_title_when_first_line_is_prose() {
        let o = parse_outline("今年以来，街道扎实推进各项工作。\n一、党建工作\n");
        assert!(o.title().is_none());
        assert!(o.blocks[0].is_paragraph());
        assert_eq!(o.blocks[0].part, PartKind::Opening);
    }

    #[test]
    fn opening_keeps_indent_positions() {
        let o = outline();
        let p = &o.blocks[1];
        assert!(p.is_paragraph());
        assert_eq!(p.part, PartKind::Opening);
        assert_eq!((p.line, p.column), (3, 3));
        assert!(p.text.starts_with("2025年，"));
    }

    #[test]
    fn headings_levels_markers_numbers() {
        let o = outline();
        let hs: Vec<(u8, &str, MarkerStyle, u32)> =
            o.headings().map(|(_, h)| (h.level, h.marker.as_str(), h.style, h.number)).collect();
        assert_eq!(
            hs,
            vec![
                (1, "一、", MarkerStyle::ChineseComma, 1),
                (2, "（一）", MarkerStyle::ChineseParen, 1),
                (2, "（二）", MarkerStyle::ChineseParen, 2),
                (3, "1.", MarkerStyle::ArabicDot, 1),
                (3, "1、", MarkerStyle::ArabicComma, 1),
                (2, "(三)", MarkerStyle::ChineseParenHalf, 3),
                (1, "二、", MarkerStyle::ChineseComma, 2),
                (1, "三、", MarkerStyle::ChineseComma, 3),
                (2, "（一）", MarkerStyle::ChineseParen, 1),
            ]
        );
    }

    #[test]
    fn heading_body_runs_on_and_wrapped_line_is_joined() {
        let o = outline();
        let (b, h) = o.headings().nth(2).expect("（二）");
        assert_eq!(h.text, "民生保障更加有力");
        assert_eq!(h.body, "全年发放补贴86.5万元，惠及困难群众412人次，实现应保尽保。");
        assert!(b.text.ends_with("412人次，实现应保尽保。"));
        // "412" comes from the next line: its original position is line 9, column 1.
        let i = b.text.chars().position(|c| c == '4').expect("4");
        let (l, c) = o.line_col(b.orig(i));
        assert_eq!((l, c), (8, 1));
        let chars: Vec<char> = b.text.chars().collect();
        assert_eq!(chars[h.body_start], '全');
    }

    #[test]
    fn heading_without_punctuation_does_not_swallow_next_line() {
        let o = outline();
        let (b, h) = o.headings().nth(1).expect("（一）");
        assert_eq!(h.text, "党建引领持续加强");
        assert_eq!(h.body, "");
        assert_eq!(b.text, "（一）党建引领持续加强");
        let next = o.blocks.iter().find(|b| b.text.starts_with("一是")).expect("series paragraph");
        assert!(next.is_paragraph());
    }

    #[test]
    fn parts_follow_part_headings() {
        let o = outline();
        let part_of = |prefix: &str| o.blocks.iter().find(|b| b.text.starts_with(prefix)).map(|b| b.part);
        assert_eq!(part_of("一、2025"), Some(PartKind::Summary));
        assert_eq!(part_of("一是"), Some(PartKind::Summary));
        assert_eq!(part_of("二、存在"), Some(PartKind::Problems));
        assert_eq!(part_of("部分社区"), Some(PartKind::Problems));
        assert_eq!(part_of("三、2026"), Some(PartKind::Plan));
        assert_eq!(part_of("（一）抓党建"), Some(PartKind::Plan));
        assert_eq!(part_of("新的一年"), Some(PartKind::Closing));
        assert_eq!(o.part_start(PartKind::Plan).and_then(|b| b.year), Some(2026));
    }

    #[test]
    fn summary_only_report_domain_chapters_are_summary() {
        let o = parse_outline("东城街道2024年工作总结\n一、党建工作\n全年新建党支部2个。\n二、经济发展\n税收稳步增长。\n三、下一步工作打算\n继续努力。\n");
        let parts: Vec<PartKind> = o.blocks.iter().map(|b| b.part).collect();
        assert_eq!(
            parts,
            vec![
                PartKind::Title,
                PartKind::Summary,
                PartKind::Summary,
                PartKind::Summary,
                PartKind::Summary,
                PartKind::Plan,
                PartKind::Plan
            ]
        );
    }

    #[test]
    fn unnumbered_labels_stand_alone_and_open_parts() {
        let o = parse_outline("存在问题\n一是服务能力不足。\n2026年工作打算\n抓好落实。");
        assert_eq!(o.blocks.len(), 4);
        assert!(o.blocks[0].label);
        assert_eq!(o.blocks[0].part, PartKind::Problems);
        assert_eq!(o.blocks[3].part, PartKind::Plan);
        assert_eq!(o.blocks[2].year, Some(2026));
    }

    #[test]
    fn year_plus_one_heading_is_plan() {
        assert_eq!(classify_part("2026年重点工作", Some(2025)), Some(PartKind::Plan));
        assert_eq!(classify_part("2025年重点工作完成情况", Some(2025)), Some(PartKind::KeyTasks));
        assert_eq!(classify_part("获得市级以上荣誉称号及表彰情况", None), Some(PartKind::Honours));
        assert_eq!(classify_part("党建引领", None), None);
    }

    #[test]
    fn numbers_are_not_markers() {
        for s in ["1.25亿元", "2025年", "3.5%", "12:30", "1.", "(1)", "3.x"] {
            let chars: Vec<char> = s.chars().collect();
            assert_eq!(parse_marker(&chars), None, "{s}");
        }
        let chars: Vec<char> = "十二、安全生产".chars().collect();
        assert_eq!(parse_marker(&chars), Some((MarkerStyle::ChineseComma, 12, 3)));
        let chars: Vec<char> = "（10）台账".chars().collect();
        assert_eq!(parse_marker(&chars), Some((MarkerStyle::ArabicParen, 10, 4)));
        let chars: Vec<char> = "2．推进".chars().collect();
        assert_eq!(parse_marker(&chars), Some((MarkerStyle::ArabicDot, 2, 2)));
    }

    #[test]
    fn numerals_round_trip() {
        for n in 1..=99 {
            let s: Vec<char> = chinese_numeral(n).chars().collect();
            assert_eq!(parse_chinese_numeral(&s), Some((n, s.len())), "{n}");
        }
        assert_eq!(MarkerStyle::ChineseParen.format(4), "（四）");
        assert_eq!(MarkerStyle::ArabicDot.format(12), "12.");
    }

    #[test]
    fn series_items_split_paragraph() {
        let t = "一是组织有力。二是培训扎实，举办12场。三是制度完善。";
        let items = series_items(t);
        let ords: Vec<u32> = items.iter().map(|(n, _)| *n).collect();
        assert_eq!(ords, vec![1, 2, 3]);
        let chars: Vec<char> = t.chars().collect();
        let second: String = chars[items[1].1.clone()].iter().collect();
        assert_eq!(second, "二是培训扎实，举办12场。");
        assert!(series_items("统一是必要的，这一是关键。").is_empty());
        assert!(series_items("二是没有开头。").is_empty());
    }

    #[test]
    fn crlf_and_blank_lines() {
        let o = parse_outline("\r\n\r\n某街道2025年工作总结\r\n\r\n正文第一句。\r\n");
        assert_eq!(o.blocks.len(), 2);
        assert_eq!(o.blocks[0].text, "某街道2025年工作总结");
        assert_eq!((o.blocks[0].line, o.blocks[0].column), (3, 1));
        assert_eq!(o.blocks[1].text, "正文第一句。");
        assert_eq!(o.blocks[1].line, 5);
    }

    #[test]
    fn orig_span_maps_across_lines() {
        // A long line broken mid-sentence (22 chars) continues on the next line.
        let text = "街道全年组织开展各类志愿服务活动并持续深入推进\n文明创建工作。";
        let o = parse_outline(text);
        assert_eq!(o.blocks.len(), 1);
        let b = &o.blocks[0];
        assert_eq!(b.text, "街道全年组织开展各类志愿服务活动并持续深入推进文明创建工作。");
        assert_eq!(b.orig_span(20, 24), (20, 25));
        assert_eq!(o.line_col(24), (2, 1));
        assert_eq!((b.start, b.end), (0, 31));
    }

    #[test]
    fn empty_and_odd_input() {
        assert!(parse_outline("").blocks.is_empty());
        assert!(parse_outline("\n\n \u{3000}\n").blocks.is_empty());
        let o = parse_outline("（\n(一\n一、\n1.");
        assert!(o.blocks.iter().all(|b| b.heading().is_none()));
    }
}

#[cfg(test)]
mod seed_probe {
    #[test]
    #[ignore]
    fn print_seed_outline() {
        let path = std::env::var("SEED").unwrap_or_default();
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let o = super::parse_outline(&text);
        for b in &o.blocks {
            let head: String = b.text.chars().take(30).collect();
            let h = b.heading().map(|h| format!("L{} {}", h.level, h.marker)).unwrap_or_default();
            println!("{:>4}:{:<3} {:?} {:<10} {:?} {}", b.line, b.column, b.part, h, b.year, head);
        }
    }
}
