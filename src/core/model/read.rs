//! Typing a parsed draft (`core::json`): every field may be left out and keeps the value of
//! `Default` (so a draft without `meta.higher_bodies` gets 区委、区政府), unknown fields are
//! skipped (a newer build's additions survive in older ones only as far as they are known), a
//! known field written twice is refused, and `null` clears an optional value. These are the rules
//! of the serde derive this replaced, so every draft saved before reads the same.

use super::{Acknowledgement, Chapter, Draft, IndicatorEntry, KeyTask, Meta, Point, TitleStyle};
use crate::core::json::read::{self, fields, Unknown};
use crate::core::json::{Node, ReadError};

const DRAFT_FIELDS: &[&str] = &[
    "schema_version",
    "id",
    "template_id",
    "meta",
    "opening",
    "chapters",
    "problems",
    "plan_intro",
    "plan",
    "key_tasks",
    "honours",
    "closing",
    "acknowledged",
    "completed",
    "updated_at",
];

pub(super) fn draft(node: &Node) -> Result<Draft, ReadError> {
    let f = fields(node, DRAFT_FIELDS, Unknown::Skip)?;
    let mut d = Draft::default();
    f.set(0, &mut d.schema_version, read::u32_value)?;
    f.set(1, &mut d.id, read::string)?;
    f.set(2, &mut d.template_id, read::string)?;
    f.set(3, &mut d.meta, meta)?;
    f.set(4, &mut d.opening, read::string)?;
    f.set(5, &mut d.chapters, |n| read::list(n, chapter))?;
    f.set(6, &mut d.problems, |n| read::list(n, point))?;
    f.set(7, &mut d.plan_intro, read::string)?;
    f.set(8, &mut d.plan, |n| read::list(n, point))?;
    f.set(9, &mut d.key_tasks, |n| read::list(n, key_task))?;
    f.set(10, &mut d.honours, read::strings)?;
    f.set(11, &mut d.closing, read::string)?;
    f.set(12, &mut d.acknowledged, |n| read::list(n, acknowledgement))?;
    f.set(13, &mut d.completed, read::strings)?;
    f.set(14, &mut d.updated_at, read::string)?;
    Ok(d)
}

fn meta(node: &Node) -> Result<Meta, ReadError> {
    let f = fields(node, &["unit", "year", "higher_bodies", "title_style", "date"], Unknown::Skip)?;
    let mut m = Meta::default();
    f.set(0, &mut m.unit, read::string)?;
    f.set(1, &mut m.year, read::i32_value)?;
    f.set(2, &mut m.higher_bodies, read::string)?;
    f.set(3, &mut m.title_style, title_style)?;
    f.set(4, &mut m.date, read::string)?;
    Ok(m)
}

fn title_style(node: &Node) -> Result<TitleStyle, ReadError> {
    let f = fields(node, &["connector", "plan_word"], Unknown::Skip)?;
    let mut t = TitleStyle::default();
    f.set(0, &mut t.connector, read::string)?;
    f.set(1, &mut t.plan_word, read::string)?;
    Ok(t)
}

fn chapter(node: &Node) -> Result<Chapter, ReadError> {
    let f = fields(node, &["id", "template_chapter", "heading", "points", "indicators", "reference"], Unknown::Skip)?;
    let mut c = Chapter::default();
    f.set(0, &mut c.id, read::string)?;
    f.set(1, &mut c.template_chapter, read::optional_string)?;
    f.set(2, &mut c.heading, read::string)?;
    f.set(3, &mut c.points, |n| read::list(n, point))?;
    f.set(4, &mut c.indicators, |n| read::list(n, indicator_entry))?;
    f.set(5, &mut c.reference, read::string)?;
    Ok(c)
}

fn point(node: &Node) -> Result<Point, ReadError> {
    let f = fields(node, &["lead", "body"], Unknown::Skip)?;
    let mut p = Point::default();
    f.set(0, &mut p.lead, read::string)?;
    f.set(1, &mut p.body, read::string)?;
    Ok(p)
}

fn indicator_entry(node: &Node) -> Result<IndicatorEntry, ReadError> {
    let f = fields(node, &["indicator", "text", "value", "unit", "last_year", "target"], Unknown::Skip)?;
    let mut e = IndicatorEntry::default();
    f.set(0, &mut e.indicator, read::string)?;
    f.set(1, &mut e.text, read::string)?;
    f.set(2, &mut e.value, read::optional_number)?;
    f.set(3, &mut e.unit, read::string)?;
    f.set(4, &mut e.last_year, read::string)?;
    f.set(5, &mut e.target, read::string)?;
    Ok(e)
}

fn key_task(node: &Node) -> Result<KeyTask, ReadError> {
    let f = fields(node, &["task", "target", "actual", "note"], Unknown::Skip)?;
    let mut k = KeyTask::default();
    f.set(0, &mut k.task, read::string)?;
    f.set(1, &mut k.target, read::string)?;
    f.set(2, &mut k.actual, read::string)?;
    f.set(3, &mut k.note, read::string)?;
    Ok(k)
}

fn acknowledgement(node: &Node) -> Result<Acknowledgement, ReadError> {
    let f = fields(node, &["rule", "key", "reason"], Unknown::Skip)?;
    let mut a = Acknowledgement::default();
    f.set(0, &mut a.rule, read::string)?;
    f.set(1, &mut a.key, read::string)?;
    f.set(2, &mut a.reason, read::string)?;
    Ok(a)
}
