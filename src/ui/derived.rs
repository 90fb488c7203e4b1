//! Values derived from a draft for display: the task list with statuses and progress, where a
//! finding belongs (page and form field), character counts. Pure functions; nothing is stored.

use crate::core::check::{Finding, Severity};
use crate::core::model::{Draft, PartKind};
use crate::core::template::Template;

use super::edit::PointList;
use super::engine;
use super::state::Page;

/// One entry of the task list.
#[derive(Clone, Debug, PartialEq)]
pub struct Task {
    /// Key kept in `draft.completed`: `meta`, `opening`, `ch:{id}`, `problems`, …
    pub key: String,
    pub label: String,
    pub page: Page,
    pub optional: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    InProgress,
    Done,
    Problem,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::NotStarted => "未开始",
            Status::InProgress => "进行中",
            Status::Done => "已完成",
            Status::Problem => "有问题",
        }
    }
    pub fn class(self) -> &'static str {
        match self {
            Status::NotStarted => "zj-tag zj-tag-grey",
            Status::InProgress => "zj-tag zj-tag-blue",
            Status::Done => "zj-tag zj-tag-green",
            Status::Problem => "zj-tag zj-tag-red",
        }
    }
}

/// The report's parts in order, as tasks (each domain chapter its own task).
pub fn tasks(draft: &Draft, template: &Template) -> Vec<Task> {
    let mut out = Vec::new();
    let mut push = |key: &str, label: String, page: Page, optional: bool| {
        out.push(Task { key: key.into(), label, page, optional })
    };
    for part in &template.parts {
        let optional = !part.required;
        match part.kind {
            PartKind::Title => push("meta", "基本信息".into(), Page::Meta, optional),
            PartKind::Opening => push("opening", "导语".into(), Page::Opening, optional),
            PartKind::Summary => {
                for c in &draft.chapters {
                    push(&chapter_key(&c.id), chapter_label(draft, template, &c.id), Page::Chapter(c.id.clone()), false)
                }
            }
            PartKind::Problems => push("problems", "存在问题".into(), Page::Problems, optional),
            PartKind::Plan => push("plan", plan_title(draft), Page::Plan, optional),
            PartKind::KeyTasks => push("key-tasks", "重点工作完成情况".into(), Page::KeyTasks, optional),
            PartKind::Honours => push("honours", "荣誉表彰".into(), Page::Honours, optional),
            PartKind::Closing => push("closing", "结束语".into(), Page::Closing, optional),
        }
    }
    out
}

/// The plan part's name as the title and the document print it: 2026年工作安排, following the
/// 第二部分名称 chosen on 基本信息.
pub fn plan_title(draft: &Draft) -> String {
    draft.meta.plan_title()
}

pub fn chapter_key(id: &str) -> String {
    format!("ch:{id}")
}

/// The chapter's name in the task list: its catalogue name, else its heading.
pub fn chapter_label(draft: &Draft, template: &Template, id: &str) -> String {
    let Some(c) = draft.chapter(id) else { return "章节".into() };
    let catalogue = c.template_chapter.as_deref().and_then(|t| template.chapters.iter().find(|s| s.id == t));
    match catalogue {
        Some(spec) => spec.name.clone(),
        None if !c.heading.trim().is_empty() => c.heading.chars().take(16).collect(),
        None => "自定义章节".into(),
    }
}

/// The task key a finding belongs to (`None`: the report as a whole).
pub fn finding_task(f: &Finding) -> Option<String> {
    let l = &f.location;
    Some(match l.part? {
        PartKind::Title => "meta".into(),
        PartKind::Opening => "opening".into(),
        PartKind::Summary => chapter_key(l.chapter.as_deref()?),
        PartKind::Problems => "problems".into(),
        PartKind::Plan => "plan".into(),
        PartKind::KeyTasks => "key-tasks".into(),
        PartKind::Honours => "honours".into(),
        PartKind::Closing => "closing".into(),
    })
}

/// The page that shows a task.
pub fn task_page(key: &str) -> Page {
    match key {
        "meta" => Page::Meta,
        "opening" => Page::Opening,
        "problems" => Page::Problems,
        "plan" => Page::Plan,
        "key-tasks" => Page::KeyTasks,
        "honours" => Page::Honours,
        "closing" => Page::Closing,
        k => match k.strip_prefix("ch:") {
            Some(id) => Page::Chapter(id.to_string()),
            None => Page::Tasks,
        },
    }
}

/// The task key of a part page.
pub fn page_task(page: &Page) -> Option<String> {
    Some(match page {
        Page::Meta => "meta".into(),
        Page::Opening => "opening".into(),
        Page::Chapter(id) => chapter_key(id),
        Page::Problems => "problems".into(),
        Page::Plan => "plan".into(),
        Page::KeyTasks => "key-tasks".into(),
        Page::Honours => "honours".into(),
        Page::Closing => "closing".into(),
        _ => return None,
    })
}

/// A reminder that a part is not written yet (or holds only empty entries): shown where the
/// author reviews the whole report (task list, 核对内容, export), not beside another part's page.
pub fn is_reminder(f: &Finding) -> bool {
    matches!(f.rule.as_str(), "missing-part" | "empty-part")
}

/// Findings that belong to a task.
pub fn task_findings<'a>(findings: &'a [Finding], key: &str) -> Vec<&'a Finding> {
    findings.iter().filter(|f| finding_task(f).as_deref() == Some(key)).collect()
}

pub fn has_content(draft: &Draft, key: &str) -> bool {
    let filled = |s: &str| !s.trim().is_empty();
    match key {
        "meta" => filled(&draft.meta.unit) || draft.meta.year > 0,
        "opening" => filled(&draft.opening),
        "problems" => draft.problems.iter().any(|p| !p.is_empty()),
        "plan" => filled(&draft.plan_intro) || draft.plan.iter().any(|p| !p.is_empty()),
        "key-tasks" => draft.key_tasks.iter().any(|t| filled(&t.task) || filled(&t.actual) || filled(&t.note)),
        "honours" => draft.honours.iter().any(|h| filled(h)),
        "closing" => filled(&draft.closing),
        k => k
            .strip_prefix("ch:")
            .and_then(|id| draft.chapter(id))
            .map(|c| c.points.iter().any(|p| !p.is_empty()) || c.indicators.iter().any(|e| filled(&e.text)))
            .unwrap_or(false),
    }
}

/// Whether the author marked the task 已完成.
pub fn marked(draft: &Draft, key: &str) -> bool {
    draft.completed.iter().any(|c| c == key)
}

/// A task's status, following what is written and what the checks find: 有问题 while it has an
/// error not acknowledged; 已完成 once the author says so (我已完成这一部分, or from 核对内容);
/// 进行中 once anything is written; 未开始 while empty — also when marked: an empty part is never
/// 已完成 (its content deleted after the tick, the tick stops counting).
pub fn status(draft: &Draft, findings: &[Finding], key: &str) -> Status {
    let errors = task_findings(findings, key).iter().any(|f| f.severity == Severity::Error && !f.acknowledged);
    if errors {
        Status::Problem
    } else if !has_content(draft, key) {
        Status::NotStarted
    } else if marked(draft, key) {
        Status::Done
    } else {
        Status::InProgress
    }
}

/// Whether a task counts towards progress: every required part, and an optional one once it is
/// written (an optional part left empty is not needed, not unfinished).
fn counted(draft: &Draft, task: &Task) -> bool {
    !task.optional || has_content(draft, &task.key)
}

/// (done, total) over the tasks that count (see `counted`).
pub fn progress(draft: &Draft, template: &Template, findings: &[Finding]) -> (usize, usize) {
    let tasks: Vec<Task> = tasks(draft, template).into_iter().filter(|t| counted(draft, t)).collect();
    let done = tasks.iter().filter(|t| status(draft, findings, &t.key) == Status::Done).count();
    (done, tasks.len())
}

/// Tasks written and free of errors but not yet marked 已完成: what 核对内容 offers to mark.
pub fn ready_to_mark(draft: &Draft, template: &Template, findings: &[Finding]) -> Vec<String> {
    tasks(draft, template).into_iter().filter(|t| status(draft, findings, &t.key) == Status::InProgress).map(|t| t.key).collect()
}

/// Characters a reader counts: everything but whitespace.
pub fn char_count(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// Characters a reader counts in a prose field: its figure tokens count as the figures the
/// document prints, not as the `{{…}}` typed.
pub fn printed_chars(draft: &Draft, template: &Template, text: &str) -> usize {
    char_count(&engine::printed(text, draft, template))
}

/// Characters of a chapter's points (leads and bodies, tokens printed).
pub fn points_chars(draft: &Draft, template: &Template, id: &str) -> usize {
    draft
        .chapter(id)
        .map(|c| c.points.iter().map(|p| char_count(&p.lead) + printed_chars(draft, template, &p.body)).sum::<usize>())
        .unwrap_or(0)
}

/// Characters of a chapter: its heading and points, tokens printed.
pub fn chapter_chars(draft: &Draft, template: &Template, id: &str) -> usize {
    draft.chapter(id).map(|c| char_count(&c.heading)).unwrap_or(0) + points_chars(draft, template, id)
}

/// DOM ids of form fields, unique per mounted app (`prefix`).
/// A class attribute from static class names, skipping empty ones (instead of Yew's `classes!`,
/// whose set of names costs more code than this join).
#[inline(never)]
pub fn classes(names: &[&'static str]) -> yew::AttrValue {
    let mut out = String::new();
    for n in names.iter().filter(|n| !n.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(n);
    }
    out.into()
}

pub mod ids {
    use super::*;

    /// `base` then `suffix`, e.g. the prefix and `-new` (one shared copy instead of a `format!`
    /// per id).
    #[inline(never)]
    pub fn join(base: &str, suffix: &str) -> String {
        [base, suffix].concat()
    }

    pub fn meta(p: &str, field: &str) -> String {
        format!("{p}-meta-{field}")
    }
    pub fn opening(p: &str) -> String {
        join(p, "-opening")
    }
    pub fn closing(p: &str) -> String {
        join(p, "-closing")
    }
    pub fn plan_intro(p: &str) -> String {
        join(p, "-plan-intro")
    }
    pub fn heading(p: &str, chapter: &str) -> String {
        format!("{p}-ch-{chapter}-heading")
    }
    pub fn indicator(p: &str, chapter: &str, indicator: &str, field: &str) -> String {
        format!("{p}-ch-{chapter}-ind-{indicator}-{field}")
    }
    pub fn point(p: &str, list: &PointList, index: usize, field: &str) -> String {
        format!("{p}-{}-{index}-{field}", list.key())
    }
    pub fn key_task(p: &str, index: usize, field: &str) -> String {
        format!("{p}-kt-{index}-{field}")
    }
    pub fn honour(p: &str, index: usize) -> String {
        format!("{p}-hon-{index}")
    }
    pub fn page_heading(p: &str) -> String {
        join(p, "-page-heading")
    }

    /// The form field a finding points at, or the page heading when it names no field.
    pub fn of_finding(p: &str, f: &Finding) -> String {
        let l = &f.location;
        let field = l.field.as_deref();
        let by_part = match l.part {
            Some(PartKind::Title) => Some(meta(
                p,
                match field {
                    Some("year") => "year",
                    Some("higher_bodies") => "higher_bodies",
                    Some("date") => "date",
                    Some("connector") => "connector",
                    Some("plan_word") => "plan_word",
                    _ => "unit",
                },
            )),
            Some(PartKind::Opening) => Some(opening(p)),
            Some(PartKind::Closing) => Some(closing(p)),
            Some(PartKind::Summary) => l.chapter.as_deref().map(|ch| match (&l.indicator, l.point) {
                (Some(ind), _) => indicator(p, ch, ind, field.unwrap_or("text")),
                (None, Some(i)) => point(p, &PointList::Chapter(ch.into()), i, if field == Some("lead") { "lead" } else { "body" }),
                (None, None) => heading(p, ch),
            }),
            Some(PartKind::Problems) => l.point.map(|i| point(p, &PointList::Problems, i, if field == Some("lead") { "lead" } else { "body" })),
            Some(PartKind::Plan) => Some(match l.point {
                Some(i) => point(p, &PointList::Plan, i, if field == Some("lead") { "lead" } else { "body" }),
                None => plan_intro(p),
            }),
            Some(PartKind::KeyTasks) => l.point.map(|i| key_task(p, i, field.unwrap_or("task"))),
            Some(PartKind::Honours) => l.point.map(|i| honour(p, i)),
            None => None,
        };
        by_part.unwrap_or_else(|| page_heading(p))
    }
}
