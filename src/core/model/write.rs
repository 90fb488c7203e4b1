//! The draft written as JSON by hand ([`ToJson`]), byte for byte what the `Serialize` derives
//! write (fields in declaration order); the derives stay, natively, as the tests' reference.

use crate::core::json::write::{name, string, Object, ToJson};

use super::{Acknowledgement, Chapter, Draft, IndicatorEntry, KeyTask, Meta, PartKind, Point, TitleStyle};

impl ToJson for Draft {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("schema_version", &self.schema_version)
            .field("id", &self.id)
            .field("template_id", &self.template_id)
            .field("meta", &self.meta)
            .field("opening", &self.opening)
            .field("chapters", &self.chapters)
            .field("problems", &self.problems)
            .field("plan_intro", &self.plan_intro)
            .field("plan", &self.plan)
            .field("key_tasks", &self.key_tasks)
            .field("honours", &self.honours)
            .field("closing", &self.closing)
            .field("acknowledged", &self.acknowledged)
            .field("completed", &self.completed)
            .field("updated_at", &self.updated_at)
            .end();
    }
}

impl ToJson for Meta {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("unit", &self.unit)
            .field("year", &self.year)
            .field("higher_bodies", &self.higher_bodies)
            .field("title_style", &self.title_style)
            .field("date", &self.date)
            .end();
    }
}

impl ToJson for TitleStyle {
    fn write_json(&self, out: &mut String) {
        Object::new(out).field("connector", &self.connector).field("plan_word", &self.plan_word).end();
    }
}

impl ToJson for Chapter {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("id", &self.id)
            .field("template_chapter", &self.template_chapter)
            .field("heading", &self.heading)
            .field("points", &self.points)
            .field("indicators", &self.indicators)
            .field("reference", &self.reference)
            .end();
    }
}

impl ToJson for Point {
    fn write_json(&self, out: &mut String) {
        Object::new(out).field("lead", &self.lead).field("body", &self.body).end();
    }
}

impl ToJson for IndicatorEntry {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("indicator", &self.indicator)
            .field("text", &self.text)
            .field("value", &self.value)
            .field("unit", &self.unit)
            .field("last_year", &self.last_year)
            .field("target", &self.target)
            .end();
    }
}

impl ToJson for KeyTask {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("task", &self.task)
            .field("target", &self.target)
            .field("actual", &self.actual)
            .field("note", &self.note)
            .end();
    }
}

impl ToJson for Acknowledgement {
    fn write_json(&self, out: &mut String) {
        Object::new(out).field("rule", &self.rule).field("key", &self.key).field("reason", &self.reason).end();
    }
}

impl ToJson for PartKind {
    fn write_json(&self, out: &mut String) {
        string(out, name(self, Self::NAMES, Self::VALUES));
    }
}
