//! The draft: everything an author has written for one report, as saved and exported as JSON.
//!
//! A draft is plain data, written by [`write`] and read by [`read`] (every field may be left out and
//! takes its default; unknown fields are skipped). It names its template by id and keeps the
//! author's own order of chapters. Figures in prose may be written once as an indicator entry and referenced from text
//! with a token `{{indicator_id}}`; see [`tokens`]. `schema_version` lets old drafts be migrated
//! by [`Draft::from_json`]. What this module does not do: checking (see `check`) or layout (see
//! `assemble`).

use serde::Serialize;

use super::json::{self, Node, Value};
use super::json_text;

mod read;
mod write;

/// The schema version written by this build. Bump it, and extend [`migrate`], on any breaking change.
pub const SCHEMA_VERSION: u32 = 1;

/// One report being written.
#[derive(Serialize, Clone, Debug, PartialEq, Default)]
pub struct Draft {
    pub schema_version: u32,
    /// Stable id of the draft (used as its storage key).
    pub id: String,
    /// Id of the template the draft was started from (e.g. `jiedao-annual`).
    pub template_id: String,
    pub meta: Meta,
    /// 导语.
    pub opening: String,
    /// Domain chapters of the summary part, in the author's order.
    pub chapters: Vec<Chapter>,
    /// 存在问题.
    pub problems: Vec<Point>,
    /// The aim sentence that opens the plan part.
    pub plan_intro: String,
    /// 下年打算 points.
    pub plan: Vec<Point>,
    /// 重点工作完成情况.
    pub key_tasks: Vec<KeyTask>,
    /// 荣誉表彰, one per line.
    pub honours: Vec<String>,
    /// 结束语.
    pub closing: String,
    /// Findings the author has acknowledged (仍要导出 / 已确认) with a reason.
    pub acknowledged: Vec<Acknowledgement>,
    /// Parts the author marked complete (see [`PartKey`]).
    pub completed: Vec<String>,
    /// RFC 3339 time of the last edit, set by the UI/CLI.
    pub updated_at: String,
}

/// Facts about the report as a whole.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Meta {
    /// 单位名称, e.g. 某某区新华街道办事处.
    pub unit: String,
    /// Y, the year summarised.
    pub year: i32,
    /// 上级机关 named in the opening, e.g. 区委、区政府.
    pub higher_bodies: String,
    pub title_style: TitleStyle,
    /// 成文日期 as written, e.g. 2026年12月20日.
    pub date: String,
}

impl Default for Meta {
    fn default() -> Self {
        Meta {
            unit: String::new(),
            year: 0,
            higher_bodies: "区委、区政府".into(),
            title_style: TitleStyle::default(),
            date: String::new(),
        }
    }
}

impl Meta {
    /// The plan part's name as the task list and the title print it: 2026年工作安排 (下年工作安排
    /// before the year is filled in), following the 第二部分名称 in `title_style`.
    pub fn plan_title(&self) -> String {
        let mut out = if self.year > 0 { self.year.saturating_add(1).to_string() } else { "下".to_string() };
        out.push('年');
        let word = self.title_style.plan_word.trim();
        out.push_str(if word.is_empty() { "工作打算" } else { word });
        out
    }
}

/// How the title joins the two parts: `{unit}{Y}年工作总结{connector}{Y+1}年{plan_word}`.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct TitleStyle {
    /// 和 or 及.
    pub connector: String,
    /// 工作安排 / 工作打算 / 工作思路 / 重点工作.
    pub plan_word: String,
}

impl Default for TitleStyle {
    fn default() -> Self {
        TitleStyle { connector: "和".into(), plan_word: "工作安排".into() }
    }
}

/// One domain chapter of the summary part.
#[derive(Serialize, Clone, Debug, PartialEq, Default)]
pub struct Chapter {
    /// Unique within the draft (template chapter id, or `custom-N`).
    pub id: String,
    /// The template chapter it comes from; `None` for a custom chapter.
    pub template_chapter: Option<String>,
    /// Heading phrase without its number, e.g. 保障民生、增进福祉，幸福指数稳步上升.
    pub heading: String,
    pub points: Vec<Point>,
    pub indicators: Vec<IndicatorEntry>,
    /// Last year's text of this chapter, shown beside the fields as reference (reuse mode); never
    /// part of the new document.
    pub reference: String,
}

/// A point of a chapter, a problem or a plan item: an optional lead phrase and its body.
#[derive(Serialize, Clone, Debug, PartialEq, Default)]
pub struct Point {
    /// e.g. 民生政策落实到位 (rendered as 一是民生政策落实到位。 or 1.民生政策落实到位。).
    pub lead: String,
    /// The text; may hold `{{indicator_id}}` tokens.
    pub body: String,
}

impl Point {
    pub fn new(lead: impl Into<String>, body: impl Into<String>) -> Self {
        Point { lead: lead.into(), body: body.into() }
    }
    pub fn is_empty(&self) -> bool {
        self.lead.trim().is_empty() && self.body.trim().is_empty()
    }
}

/// The author's value for one indicator of a chapter.
#[derive(Serialize, Clone, Debug, PartialEq, Default)]
pub struct IndicatorEntry {
    /// Id of the indicator in the template.
    pub indicator: String,
    /// The value as typed, e.g. `1,095` or `1.25亿元`.
    pub text: String,
    /// Parsed value of `text` in `unit` (kept in step by the caller via `figures`).
    pub value: Option<f64>,
    /// Unit of `value`, e.g. 万元, 件, %.
    pub unit: String,
    /// Last year's value as typed (for growth).
    pub last_year: String,
    /// Target as typed (for completion).
    pub target: String,
}

/// One row of 重点工作完成情况.
#[derive(Serialize, Clone, Debug, PartialEq, Default)]
pub struct KeyTask {
    pub task: String,
    pub target: String,
    pub actual: String,
    /// Free text on how it was done.
    pub note: String,
}

/// An acknowledged finding: it stops blocking export but stays listed.
#[derive(Serialize, Clone, Debug, PartialEq, Default)]
pub struct Acknowledgement {
    pub rule: String,
    /// The finding's location key (see `check::Finding::key`).
    pub key: String,
    pub reason: String,
}

/// The parts of a report, in document order. Also used as task-list keys.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[serde(rename_all = "kebab-case")]
pub enum PartKind {
    #[default]
    Title,
    Opening,
    Summary,
    Problems,
    Plan,
    KeyTasks,
    Honours,
    Closing,
}

// Read by name (`core::unit_enum`), the same names as [`PartKind::key`] and the derive above.
crate::unit_enum_deserialize!(PartKind, [
    "title" => PartKind::Title,
    "opening" => PartKind::Opening,
    "summary" => PartKind::Summary,
    "problems" => PartKind::Problems,
    "plan" => PartKind::Plan,
    "key-tasks" => PartKind::KeyTasks,
    "honours" => PartKind::Honours,
    "closing" => PartKind::Closing,
]);

impl PartKind {
    pub const ALL: [PartKind; 8] = [
        PartKind::Title,
        PartKind::Opening,
        PartKind::Summary,
        PartKind::Problems,
        PartKind::Plan,
        PartKind::KeyTasks,
        PartKind::Honours,
        PartKind::Closing,
    ];

    /// Chinese name as shown to the author.
    pub fn label(self) -> &'static str {
        match self {
            PartKind::Title => "基本信息",
            PartKind::Opening => "导语",
            PartKind::Summary => "工作总结",
            PartKind::Problems => "存在问题",
            PartKind::Plan => "下年工作打算",
            PartKind::KeyTasks => "重点工作完成情况",
            PartKind::Honours => "荣誉表彰",
            PartKind::Closing => "结束语",
        }
    }

    /// The kebab-case key used in JSON and URLs.
    pub fn key(self) -> &'static str {
        match self {
            PartKind::Title => "title",
            PartKind::Opening => "opening",
            PartKind::Summary => "summary",
            PartKind::Problems => "problems",
            PartKind::Plan => "plan",
            PartKind::KeyTasks => "key-tasks",
            PartKind::Honours => "honours",
            PartKind::Closing => "closing",
        }
    }
}

/// Why a draft file could not be read. `Display` is a Chinese sentence for the author.
#[derive(Debug, Clone, PartialEq)]
pub enum DraftError {
    NotJson(String),
    NotADraft(String),
    TooNew(u32),
}

impl std::fmt::Display for DraftError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DraftError::NotJson(e) => write!(f, "文件不是有效的草稿（JSON 格式有误：{e}）。请选择由本工具导出的草稿文件。"),
            DraftError::NotADraft(e) => write!(f, "文件内容不是总结草稿：{e}。请选择由本工具导出的草稿文件。"),
            DraftError::TooNew(v) => write!(f, "草稿由更新版本的工具保存（格式版本 {v}，本工具支持到 {SCHEMA_VERSION}）。请升级后再打开。"),
        }
    }
}

impl std::error::Error for DraftError {}

impl Draft {
    /// A part's name as the author sees it in the task list: the plan by its title
    /// (2026年工作安排), the other parts by their label.
    pub fn part_name(&self, kind: PartKind) -> String {
        match kind {
            PartKind::Plan => self.meta.plan_title(),
            _ => kind.label().to_string(),
        }
    }

    /// A new empty draft for a unit and year (chapters are added from the template by `template`).
    pub fn new(id: impl Into<String>, template_id: impl Into<String>, unit: impl Into<String>, year: i32) -> Self {
        Draft {
            schema_version: SCHEMA_VERSION,
            id: id.into(),
            template_id: template_id.into(),
            meta: Meta { unit: unit.into(), year, ..Meta::default() },
            ..Draft::default()
        }
    }

    /// Reads a draft from JSON, migrating older schema versions. Never panics. The text is parsed
    /// once (`core::json`) and typed by [`read`], as the browser's stored drafts are.
    pub fn from_json(json: &str) -> Result<Draft, DraftError> {
        let text = json.trim_start_matches('\u{feff}');
        let mut root = json::parse(text).map_err(|e| {
            let (line, column) = json::line_column(text, e.at);
            DraftError::NotJson(format!("第 {line} 行第 {column} 列，{}", e.what))
        })?;
        if root.members().is_none() {
            return Err(DraftError::NotADraft("最外层应是一个对象".into()));
        }
        if root.member("meta").is_none() || root.member("template_id").is_none() {
            return Err(DraftError::NotADraft("缺少 meta 或 template_id 字段".into()));
        }
        // A JSON integer that fits u64 is exactly what `parse` accepts; anything else counts as 0.
        let version = match root.member("schema_version").map(|n| &n.value) {
            Some(Value::Number(n)) => n.parse::<u64>().unwrap_or(0) as u32,
            _ => 0,
        };
        if version > SCHEMA_VERSION {
            return Err(DraftError::TooNew(version));
        }
        migrate(&mut root, version);
        let mut draft = read::draft(&root).map_err(|e| {
            let field = if e.path.is_empty() { String::new() } else { format!("字段 {} ", e.path) };
            DraftError::NotADraft(format!("{field}{}", e.message("").trim_end_matches('。')))
        })?;
        draft.schema_version = SCHEMA_VERSION;
        Ok(draft)
    }

    /// Types an already parsed draft (e.g. one item of the browser's snapshot list), without the
    /// checks and migration of [`Draft::from_json`].
    pub fn from_node(node: &Node) -> Result<Draft, json::ReadError> {
        read::draft(node)
    }

    /// Pretty JSON of the draft, as downloaded by 导出草稿: [`Draft::to_json_compact`] re-indented
    /// (the same text as `serde_json::to_string_pretty`).
    pub fn to_json(&self) -> String {
        json_text::pretty(&self.to_json_compact())
    }

    /// Compact JSON of the draft, as stored by the browser (the same text as `serde_json::to_string`).
    pub fn to_json_compact(&self) -> String {
        json::write::to_string(self)
    }

    pub fn chapter(&self, id: &str) -> Option<&Chapter> {
        self.chapters.iter().find(|c| c.id == id)
    }

    /// All indicator entries of all chapters, with their chapter id.
    pub fn indicator_entries(&self) -> impl Iterator<Item = (&Chapter, &IndicatorEntry)> {
        self.chapters.iter().flat_map(|c| c.indicators.iter().map(move |e| (c, e)))
    }

    pub fn indicator_entry(&self, indicator: &str) -> Option<&IndicatorEntry> {
        for c in &self.chapters {
            for e in &c.indicators {
                if e.indicator == indicator {
                    return Some(e);
                }
            }
        }
        None
    }

    pub fn is_acknowledged(&self, key: &str) -> bool {
        self.acknowledged.iter().any(|a| a.key == key)
    }
}

/// Upgrades a parsed draft from `version` to [`SCHEMA_VERSION`], one step at a time, so that
/// drafts of every version are typed by one reader.
fn migrate(root: &mut Node, version: u32) {
    if version == 0 {
        // Version 0 (pre-release) kept the plan word at the top level as `plan_title`; it moves
        // into `meta.title_style` when `meta` is an object.
        let Value::Object(members) = &mut root.value else { return };
        let meta_is_object = members.iter().rev().find(|(k, _)| k == "meta").is_some_and(|(_, m)| m.members().is_some());
        let Some(at) = members.iter().rposition(|(k, _)| k == "plan_title").filter(|_| meta_is_object) else { return };
        let (_, plan_word) = members.remove(at);
        let Some(at) = members.iter().rposition(|(k, _)| k == "meta") else { return };
        let (_, mut meta) = members.remove(at);
        let connector = Node::new(Value::String("和".into()));
        meta.set_member("title_style", Node::new(Value::Object(vec![("connector".into(), connector), ("plan_word".into(), plan_word)])));
        root.set_member("meta", meta);
    }
}

/// Figure tokens in prose: `{{indicator_id}}`.
pub mod tokens {
    /// One token found in a text, with its char span (start inclusive, end exclusive).
    #[derive(Debug, Clone, PartialEq)]
    pub struct Token {
        pub id: String,
        pub start: usize,
        pub end: usize,
    }

    /// The token text for an indicator id.
    pub fn token_for(id: &str) -> String {
        format!("{{{{{id}}}}}")
    }

    /// Every `{{…}}` token in `text`, in order (spans in chars).
    pub fn find(text: &str) -> Vec<Token> {
        let chars: Vec<char> = text.chars().collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i + 1 < chars.len() {
            if chars[i] == '{' && chars[i + 1] == '{' {
                if let Some(rel) = chars[i + 2..].windows(2).position(|w| w == ['}', '}']) {
                    let id: String = chars[i + 2..i + 2 + rel].iter().collect();
                    let end = i + 2 + rel + 2;
                    out.push(Token { id: id.trim().to_string(), start: i, end });
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
        out
    }

    /// Replaces every token by `render(id)`; a token for which `render` gives `None` is kept as
    /// written (the checker reports it as `unknown-token`).
    pub fn render(text: &str, mut render: impl FnMut(&str) -> Option<String>) -> String {
        let found = find(text);
        if found.is_empty() {
            return text.to_string();
        }
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for t in found {
            out.extend(&chars[at..t.start]);
            match render(&t.id) {
                Some(s) => out.push_str(&s),
                None => out.extend(&chars[t.start..t.end]),
            }
            at = t.end;
        }
        out.extend(&chars[at..]);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draft_round_trips_through_json() {
        let mut d = Draft::new("d1", "jiedao-annual", "新华街道办事处", 2025);
        d.opening = "导语".into();
        d.chapters.push(Chapter { id: "party".into(), heading: "党建引领".into(), ..Chapter::default() });
        let back = Draft::from_json(&d.to_json()).unwrap();
        assert_eq!(back, d);
    }

    #[test]
    fn bad_draft_files_get_chinese_reasons() {
        assert!(matches!(Draft::from_json("not json"), Err(DraftError::NotJson(_))));
        assert!(matches!(Draft::from_json("[1]"), Err(DraftError::NotADraft(_))));
        assert!(matches!(Draft::from_json("{\"a\":1}"), Err(DraftError::NotADraft(_))));
        let too_new = r#"{"schema_version":99,"meta":{},"template_id":"x"}"#;
        assert_eq!(Draft::from_json(too_new), Err(DraftError::TooNew(99)));
        assert!(DraftError::TooNew(99).to_string().contains("升级"));
    }

    #[test]
    fn version_zero_drafts_are_migrated() {
        let old = r#"{"meta":{"unit":"甲街道","year":2024},"template_id":"jiedao-annual","plan_title":"工作打算"}"#;
        let d = Draft::from_json(old).unwrap();
        assert_eq!(d.schema_version, SCHEMA_VERSION);
        assert_eq!(d.meta.title_style.plan_word, "工作打算");
    }

    #[test]
    fn tokens_are_found_and_rendered() {
        let t = "共调解{{disputes}}起，成功率{{ rate }}，{{missing}}。";
        let found = tokens::find(t);
        assert_eq!(found.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), ["disputes", "rate", "missing"]);
        let out = tokens::render(t, |id| match id {
            "disputes" => Some("25".into()),
            "rate" => Some("96%".into()),
            _ => None,
        });
        assert_eq!(out, "共调解25起，成功率96%，{{missing}}。");
        assert_eq!(tokens::find("{{unclosed"), vec![]);
    }
}
