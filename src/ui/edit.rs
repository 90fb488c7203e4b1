//! Edits to a draft: one enum value per thing an author can change, applied by [`Edit::apply`].
//!
//! The reducer records each edit for undo; embedding hosts can replay them. Indices out of range
//! are ignored (never panic on a stale click). This module knows nothing of pages or storage.

use crate::core::model::{Acknowledgement, Chapter, Draft, KeyTask, Point};

use super::engine;

/// Which list of points an edit addresses.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum PointList {
    Chapter(String),
    Problems,
    Plan,
}

impl PointList {
    /// A short key used in DOM ids and undo grouping.
    pub fn key(&self) -> String {
        match self {
            PointList::Chapter(id) => format!("ch-{id}"),
            PointList::Problems => "problems".into(),
            PointList::Plan => "plan".into(),
        }
    }

    fn points_mut<'a>(&self, draft: &'a mut Draft) -> Option<&'a mut Vec<Point>> {
        match self {
            PointList::Chapter(id) => draft.chapters.iter_mut().find(|c| &c.id == id).map(|c| &mut c.points),
            PointList::Problems => Some(&mut draft.problems),
            PointList::Plan => Some(&mut draft.plan),
        }
    }

    pub fn points<'a>(&self, draft: &'a Draft) -> &'a [Point] {
        match self {
            PointList::Chapter(id) => draft.chapter(id).map(|c| c.points.as_slice()).unwrap_or(&[]),
            PointList::Problems => &draft.problems,
            PointList::Plan => &draft.plan,
        }
    }
}

/// A field of the report's meta.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetaField {
    Unit,
    HigherBodies,
    Connector,
    PlanWord,
    Date,
}

/// A field of an indicator entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IndicatorField {
    Text,
    Unit,
    LastYear,
    Target,
}

impl IndicatorField {
    pub fn key(self) -> &'static str {
        match self {
            IndicatorField::Text => "text",
            IndicatorField::Unit => "unit",
            IndicatorField::LastYear => "last_year",
            IndicatorField::Target => "target",
        }
    }
}

/// A field of a key task row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskField {
    Task,
    Target,
    Actual,
    Note,
}

impl TaskField {
    pub fn key(self) -> &'static str {
        match self {
            TaskField::Task => "task",
            TaskField::Target => "target",
            TaskField::Actual => "actual",
            TaskField::Note => "note",
        }
    }
}

/// One change to a draft.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    Meta(MetaField, String),
    Year(i32),
    Opening(String),
    Closing(String),
    PlanIntro(String),
    Heading { chapter: String, text: String },
    Indicator { chapter: String, indicator: String, field: IndicatorField, text: String },
    PointLead { list: PointList, index: usize, text: String },
    PointBody { list: PointList, index: usize, text: String },
    AddPoint(PointList),
    RemovePoint(PointList, usize),
    MovePoint { list: PointList, index: usize, up: bool },
    AddChapter(Chapter),
    RemoveChapter(String),
    MoveChapter { chapter: String, up: bool },
    KeyTask { index: usize, field: TaskField, text: String },
    AddKeyTask,
    RemoveKeyTask(usize),
    Honour { index: usize, text: String },
    AddHonour,
    RemoveHonour(usize),
    /// Marks parts (task keys, see `derived::Task::key`) complete or not, as one undo step.
    Completed { parts: Vec<String>, done: bool },
    Acknowledge(Vec<Acknowledgement>),
}

impl Edit {
    /// Edits with the same group key that follow each other form one undo step (typing a word).
    pub fn group(&self) -> Option<String> {
        Some(match self {
            Edit::Meta(f, _) => format!("meta-{}", *f as u8),
            Edit::Opening(_) => "opening".into(),
            Edit::Closing(_) => "closing".into(),
            Edit::PlanIntro(_) => "plan-intro".into(),
            Edit::Heading { chapter, .. } => format!("heading-{chapter}"),
            Edit::Indicator { chapter, indicator, field, .. } => format!("ind-{chapter}-{indicator}-{}", field.key()),
            Edit::PointLead { list, index, .. } => format!("lead-{}-{index}", list.key()),
            Edit::PointBody { list, index, .. } => format!("body-{}-{index}", list.key()),
            Edit::KeyTask { index, field, .. } => format!("kt-{index}-{}", field.key()),
            Edit::Honour { index, .. } => format!("hon-{index}"),
            _ => return None,
        })
    }

    /// The same edit with `text` as its text (edits without one are returned unchanged): the
    /// inputs keep an edit as data and fill in what was typed.
    pub fn with_text(&self, text: String) -> Edit {
        match self {
            Edit::Meta(f, _) => Edit::Meta(*f, text),
            Edit::Opening(_) => Edit::Opening(text),
            Edit::Closing(_) => Edit::Closing(text),
            Edit::PlanIntro(_) => Edit::PlanIntro(text),
            Edit::Heading { chapter, .. } => Edit::Heading { chapter: chapter.clone(), text },
            Edit::Indicator { chapter, indicator, field, .. } => {
                Edit::Indicator { chapter: chapter.clone(), indicator: indicator.clone(), field: *field, text }
            }
            Edit::PointLead { list, index, .. } => Edit::PointLead { list: list.clone(), index: *index, text },
            Edit::PointBody { list, index, .. } => Edit::PointBody { list: list.clone(), index: *index, text },
            Edit::KeyTask { index, field, .. } => Edit::KeyTask { index: *index, field: *field, text },
            Edit::Honour { index, .. } => Edit::Honour { index: *index, text },
            other => other.clone(),
        }
    }

    /// Applies the edit. Returns false when it addressed nothing (a stale index or id).
    pub fn apply(&self, d: &mut Draft) -> bool {
        match self {
            Edit::Meta(field, text) => {
                let m = &mut d.meta;
                let slot = match field {
                    MetaField::Unit => &mut m.unit,
                    MetaField::HigherBodies => &mut m.higher_bodies,
                    MetaField::Connector => &mut m.title_style.connector,
                    MetaField::PlanWord => &mut m.title_style.plan_word,
                    MetaField::Date => &mut m.date,
                };
                *slot = text.clone();
            }
            Edit::Year(y) => d.meta.year = *y,
            Edit::Opening(t) => d.opening = t.clone(),
            Edit::Closing(t) => d.closing = t.clone(),
            Edit::PlanIntro(t) => d.plan_intro = t.clone(),
            Edit::Heading { chapter, text } => match d.chapters.iter_mut().find(|c| &c.id == chapter) {
                Some(c) => c.heading = text.clone(),
                None => return false,
            },
            Edit::Indicator { chapter, indicator, field, text } => {
                let Some(c) = d.chapters.iter_mut().find(|c| &c.id == chapter) else { return false };
                let Some(e) = c.indicators.iter_mut().find(|e| &e.indicator == indicator) else { return false };
                match field {
                    IndicatorField::Text => {
                        e.text = text.clone();
                        match engine::parse_figure(text) {
                            Some((value, unit)) => {
                                e.value = Some(value);
                                if !unit.is_empty() {
                                    e.unit = unit;
                                }
                            }
                            None => e.value = None,
                        }
                    }
                    IndicatorField::Unit => e.unit = text.clone(),
                    IndicatorField::LastYear => e.last_year = text.clone(),
                    IndicatorField::Target => e.target = text.clone(),
                }
            }
            Edit::PointLead { list, index, text } => match list.points_mut(d).and_then(|p| p.get_mut(*index)) {
                Some(p) => p.lead = text.clone(),
                None => return false,
            },
            Edit::PointBody { list, index, text } => match list.points_mut(d).and_then(|p| p.get_mut(*index)) {
                Some(p) => p.body = text.clone(),
                None => return false,
            },
            Edit::AddPoint(list) => match list.points_mut(d) {
                Some(p) => p.push(Point::default()),
                None => return false,
            },
            Edit::RemovePoint(list, index) => match list.points_mut(d) {
                Some(p) if *index < p.len() => {
                    p.remove(*index);
                }
                _ => return false,
            },
            Edit::MovePoint { list, index, up } => match list.points_mut(d) {
                Some(p) => return swap_neighbour(p, *index, *up),
                None => return false,
            },
            Edit::AddChapter(ch) => {
                let mut ch = ch.clone();
                ch.id = unique_chapter_id(d, &ch.id);
                d.chapters.push(ch);
            }
            Edit::RemoveChapter(id) => {
                let before = d.chapters.len();
                d.chapters.retain(|c| &c.id != id);
                if d.chapters.len() == before {
                    return false;
                }
            }
            Edit::MoveChapter { chapter, up } => {
                let Some(i) = d.chapters.iter().position(|c| &c.id == chapter) else { return false };
                return swap_neighbour(&mut d.chapters, i, *up);
            }
            Edit::KeyTask { index, field, text } => {
                let Some(t) = d.key_tasks.get_mut(*index) else { return false };
                let slot = match field {
                    TaskField::Task => &mut t.task,
                    TaskField::Target => &mut t.target,
                    TaskField::Actual => &mut t.actual,
                    TaskField::Note => &mut t.note,
                };
                *slot = text.clone();
            }
            Edit::AddKeyTask => d.key_tasks.push(KeyTask::default()),
            Edit::RemoveKeyTask(i) => {
                if *i >= d.key_tasks.len() {
                    return false;
                }
                d.key_tasks.remove(*i);
            }
            Edit::Honour { index, text } => match d.honours.get_mut(*index) {
                Some(h) => *h = text.clone(),
                None => return false,
            },
            Edit::AddHonour => d.honours.push(String::new()),
            Edit::RemoveHonour(i) => {
                if *i >= d.honours.len() {
                    return false;
                }
                d.honours.remove(*i);
            }
            Edit::Completed { parts, done } => {
                d.completed.retain(|p| !parts.contains(p));
                if *done {
                    d.completed.extend(parts.iter().cloned());
                }
            }
            Edit::Acknowledge(acks) => {
                for a in acks {
                    if !d.is_acknowledged(&a.key) {
                        d.acknowledged.push(a.clone());
                    }
                }
            }
        }
        true
    }
}

fn swap_neighbour<T>(items: &mut [T], index: usize, up: bool) -> bool {
    let other = if up { index.checked_sub(1) } else { Some(index + 1) };
    match other {
        Some(o) if o < items.len() && index < items.len() => {
            items.swap(index, o);
            true
        }
        _ => false,
    }
}

/// `base`, or `base-2`, `base-3`… so chapter ids stay unique.
fn unique_chapter_id(d: &Draft, base: &str) -> String {
    let base = if base.is_empty() { "custom" } else { base };
    if d.chapter(base).is_none() {
        return base.to_string();
    }
    (2..).map(|n| format!("{base}-{n}")).find(|id| d.chapter(id).is_none()).unwrap_or_default()
}
