//! Templates written as JSON by hand ([`ToJson`]), byte for byte what the `Serialize` derives
//! write (fields in declaration order, relations tagged by `kind`); the derives stay, natively,
//! as the tests' reference.

use crate::core::json::write::{name, string, Object, ToJson};

use super::{ChapterSpec, IndicatorKind, IndicatorSpec, PartSpec, PointStyle, Range, Relation, ReportKind, Template};

impl ToJson for Template {
    fn write_json(&self, out: &mut String) {
        let mut o = Object::new(out);
        o.field("format_version", &self.format_version)
            .field("id", &self.id)
            .field("name", &self.name)
            .field("description", &self.description)
            .field("kind", &self.kind)
            .field("title_pattern", &self.title_pattern)
            .field("higher_bodies", &self.higher_bodies)
            .field("summary_heading", &self.summary_heading)
            .field("problems_heading", &self.problems_heading)
            .field("plan_heading", &self.plan_heading)
            .field("key_tasks_heading", &self.key_tasks_heading)
            .field("honours_heading", &self.honours_heading)
            .field("parts", &self.parts)
            .field("point_style", &self.point_style)
            .field("chapters", &self.chapters)
            .field("opening_examples", &self.opening_examples)
            .field("problems_examples", &self.problems_examples)
            .field("plan_intro_examples", &self.plan_intro_examples)
            .field("plan_examples", &self.plan_examples)
            .field("closing_examples", &self.closing_examples)
            .field("rule_severities", &Severities(self))
            .end();
    }
}

/// `rule_severities` as an object in key order.
struct Severities<'a>(&'a Template);

impl ToJson for Severities<'_> {
    fn write_json(&self, out: &mut String) {
        let mut o = Object::new(out);
        for (rule, severity) in self.0.rule_severities.iter() {
            o.field(rule, severity);
        }
        o.end();
    }
}

impl ToJson for PartSpec {
    fn write_json(&self, out: &mut String) {
        Object::new(out).field("kind", &self.kind).field("required", &self.required).end();
    }
}

impl ToJson for ChapterSpec {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("id", &self.id)
            .field("name", &self.name)
            .field("heading", &self.heading)
            .field("alternatives", &self.alternatives)
            .field("guidance", &self.guidance)
            .field("examples", &self.examples)
            .field("default", &self.default)
            .field("indicators", &self.indicators)
            .end();
    }
}

impl ToJson for IndicatorSpec {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .field("id", &self.id)
            .field("name", &self.name)
            .field("unit", &self.unit)
            .field("units", &self.units)
            .field("kind", &self.kind)
            .field("whole", &self.whole)
            .field("range", &self.range)
            .field("relations", &self.relations)
            .end();
    }
}

impl ToJson for Range {
    fn write_json(&self, out: &mut String) {
        Object::new(out).field("min", &self.min).field("max", &self.max).end();
    }
}

impl ToJson for Relation {
    fn write_json(&self, out: &mut String) {
        let (kind, a, b): (&str, (&str, &dyn ToJson), Option<(&str, &dyn ToJson)>) = match self {
            Relation::Rate { part, whole } => ("rate", ("part", part), Some(("whole", whole))),
            Relation::Completion { actual, target } => ("completion", ("actual", actual), Some(("target", target))),
            Relation::Growth { of } => ("growth", ("of", of), None),
            Relation::PartOf { whole } => ("part-of", ("whole", whole), None),
            Relation::SumOf { parts } => ("sum-of", ("parts", parts), None),
        };
        let mut o = Object::new(out);
        o.field("kind", &kind).field(a.0, a.1);
        if let Some((key, value)) = b {
            o.field(key, value);
        }
        o.end();
    }
}

impl ToJson for ReportKind {
    fn write_json(&self, out: &mut String) {
        string(out, name(self, Self::NAMES, Self::VALUES));
    }
}

impl ToJson for PointStyle {
    fn write_json(&self, out: &mut String) {
        string(out, name(self, Self::NAMES, Self::VALUES));
    }
}

impl ToJson for IndicatorKind {
    fn write_json(&self, out: &mut String) {
        string(out, name(self, Self::NAMES, Self::VALUES));
    }
}
