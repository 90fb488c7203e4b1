//! Reuse mode: last year's imported report as the base of a new year's draft — the same chapters
//! and headings, last year's text of each chapter kept as `reference` (shown beside the empty
//! fields, never part of the new document), and last year's figures as the `last_year` values of
//! the same indicators so growth checks work. Not an import by itself (see `text`).

use crate::core::model::{Chapter, Draft, IndicatorEntry, Meta, SCHEMA_VERSION};
use crate::core::template::Template;

use super::matching::chapter_prose;

/// The base of `new_year`'s draft built from last year's imported draft.
pub fn reuse_as_base(imported: &Draft, template: &Template, new_year: i32) -> Draft {
    let mut chapters = Vec::with_capacity(imported.chapters.len());
    for c in &imported.chapters {
        chapters.push(base_chapter(c, template));
    }
    Draft {
        schema_version: SCHEMA_VERSION,
        id: format!("{}-{new_year}", imported.id),
        template_id: template.id.clone(),
        meta: Meta {
            unit: imported.meta.unit.clone(),
            year: new_year,
            higher_bodies: imported.meta.higher_bodies.clone(),
            title_style: imported.meta.title_style.clone(),
            date: String::new(),
        },
        chapters,
        ..Draft::default()
    }
}

fn base_chapter(old: &Chapter, template: &Template) -> Chapter {
    let spec = old.template_chapter.as_ref().and_then(|id| template.chapters.iter().find(|c| &c.id == id));
    let mut indicators: Vec<IndicatorEntry> = Vec::with_capacity(old.indicators.len());
    for e in &old.indicators {
        indicators.push(IndicatorEntry {
            indicator: e.indicator.clone(),
            unit: e.unit.clone(),
            last_year: e.text.trim().to_string(),
            ..IndicatorEntry::default()
        });
    }
    for ind in spec.map_or(&[][..], |s| &s.indicators[..]) {
        if !indicators.iter().any(|e| e.indicator == ind.id) {
            indicators.push(IndicatorEntry { indicator: ind.id.clone(), unit: ind.unit.clone(), ..IndicatorEntry::default() });
        }
    }
    Chapter {
        id: old.id.clone(),
        template_chapter: old.template_chapter.clone(),
        heading: old.heading.clone(),
        points: Vec::new(),
        indicators,
        reference: chapter_prose(old),
    }
}
