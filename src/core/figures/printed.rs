//! How an indicator entry prints where prose references it with a `{{id}}` token: the typed
//! figure normalised (１，０９５件 → 1095件), and without its unit when the prose already writes
//! that unit right after the token (`受理{{received}}件`). Shared by assembly and the checker so
//! that what is checked is exactly what is printed.

use super::{format_figure, normalise_unit, parse, split_magnitude, Figure};
use crate::core::model::IndicatorEntry;

/// The printed figure of an entry; `default_unit` applies when neither the entry nor the typed
/// text names one. `None` when the entry holds nothing yet. Text that is not a figure prints as typed.
pub fn entry_figure(entry: &IndicatorEntry, default_unit: &str) -> Option<String> {
    let unit = if entry.unit.trim().is_empty() { default_unit.trim() } else { entry.unit.trim() };
    let typed = entry.text.trim();
    if typed.is_empty() {
        return entry.value.map(|v| format_figure(&Figure::new(v, unit)));
    }
    Some(match parse(typed) {
        Ok(mut fig) => {
            if fig.unit.is_empty() {
                fig.unit = normalise_unit(unit);
            }
            format_figure(&fig)
        }
        Err(_) => typed.to_string(),
    })
}

/// `printed` without its trailing unit when `after` (the prose following the token) starts with
/// that unit or its base unit (2万人次 before 人次 → 2万).
pub fn without_repeated_unit(mut printed: String, after: &str) -> String {
    if let Ok(fig) = parse(&printed) {
        let base = split_magnitude(&fig.unit).1.to_string();
        for candidate in [fig.unit.clone(), base] {
            if !candidate.is_empty() && after.starts_with(&candidate) && printed.ends_with(&candidate) {
                printed.truncate(printed.len() - candidate.len());
                break;
            }
        }
    }
    printed
}
