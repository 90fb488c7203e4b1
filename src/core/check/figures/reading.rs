//! Reading one typed figure (an indicator's value, last year's value, a target) into a
//! [`Measure`] in the indicator's unit, through `core::figures` (parse, units, convert).
//!
//! It decides how exact a written figure is: `356件` is exact, `3520万元` stands for ±0.5万元,
//! `约500人` and `1—9` are not used for relations at all. Not a parser: every number and unit is
//! read by `core::figures`.

use super::measure::Measure;
use crate::core::figures::{self, Figure};

/// A figure read and expressed in a target unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The figure in the target unit.
    pub measure: Measure,
    /// The target unit (as the template names it).
    pub unit: String,
    /// The figure as parsed (its own unit and decimals), for messages.
    pub figure: Figure,
    /// An approximation (约、余、近…) or a range: never used to prove a relation wrong.
    pub approximate: bool,
}

/// What a typed field holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Read {
    /// Nothing typed.
    Empty,
    Value(Reading),
    /// A unit of another family than the indicator's (平方米 for a 万元 indicator).
    WrongUnit { written: String },
    /// Not understood as a figure (the form reports that as the author types).
    Unreadable,
}

impl Read {
    pub fn value(&self) -> Option<&Reading> {
        match self {
            Read::Value(r) => Some(r),
            _ => None,
        }
    }
}

/// Reads `text` (or, when it is empty, the stored `fallback` value in `fallback_unit`) into
/// `target` unit. A figure typed without a unit is taken in `fallback_unit`, else in `target`.
/// A unit listed in `allowed` that does not convert (批 for a 件 indicator) is kept as typed.
pub fn read(text: &str, fallback: Option<f64>, fallback_unit: &str, target: &str, allowed: &[String]) -> Read {
    let text = text.trim();
    let figure = if text.is_empty() {
        match fallback {
            Some(v) if v.is_finite() => Figure::new(v, fallback_unit),
            _ => return Read::Empty,
        }
    } else {
        match figures::parse(text) {
            Ok(f) => f,
            Err(_) => return Read::Unreadable,
        }
    };
    let mut figure = figure;
    if figure.unit.trim().is_empty() {
        figure.unit = if fallback_unit.trim().is_empty() { target.to_string() } else { fallback_unit.trim().to_string() };
    }
    let unit = if target.trim().is_empty() { figure.unit.clone() } else { target.trim().to_string() };
    // A bare 万/亿 typed for an indicator kept in 万元 or 人次 means 万元 / 万人次.
    if figures::unit_family(&figure.unit) == Some(figures::UnitFamily::Number) && figures::magnitude_word(&figure.unit).is_some() {
        let base = figures::split_magnitude(&unit).1;
        if !base.is_empty() && figures::unit_family(base) != Some(figures::UnitFamily::Percent) {
            figure.unit = format!("{}{base}", figure.unit);
        }
    }
    let Some(scale) = figures::convert(1.0, &figure.unit, &unit) else {
        if allowed.iter().any(|u| u.trim() == figure.unit) {
            let own = figure.unit.clone();
            return Read::Value(reading(figure, own, 1.0));
        }
        return Read::WrongUnit { written: figure.unit.clone() };
    };
    Read::Value(reading(figure, unit, scale))
}

/// A figure found in prose, in its own unit.
pub fn of_figure(figure: &Figure) -> Reading {
    reading(figure.clone(), figure.unit.clone(), 1.0)
}

fn reading(figure: Figure, unit: String, scale: f64) -> Reading {
    let approximate = !figure.is_exact();
    let exact_count = figures::is_whole_number_unit(&figure.unit) && figure.decimals == 0 && !approximate;
    let value = figure.value * scale;
    let measure = if exact_count {
        Measure { value, half: 0.0, decimals: 0 }
    } else {
        let m = Measure::rounded(figure.value, figure.decimals, 1.0);
        Measure { value, half: m.half * scale.abs(), decimals: figure.decimals }
    };
    Reading { measure, unit, figure, approximate }
}

impl Reading {
    /// An exact count of whole things (356件), the only kind a rate can be unreachable from.
    pub fn exact_count(&self) -> Option<u64> {
        let m = &self.measure;
        (m.half == 0.0 && !self.approximate && m.is_integer() && m.value >= 0.0 && m.value < 1e12).then(|| m.value.round() as u64)
    }

    /// The number in the target unit, written plainly (349, 3520, 1.25).
    pub fn shown(&self) -> String {
        super::measure::plain(self.measure.value)
    }

    /// The number with the target unit, for messages (97件, 3520万元, 98.0%).
    pub fn with_unit(&self) -> String {
        if self.unit == "%" {
            format!("{}%", super::measure::fixed(self.measure.value, self.measure.decimals))
        } else {
            format!("{}{}", self.shown(), self.unit)
        }
    }
}
