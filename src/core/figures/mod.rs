//! Figures: parse what people type (1,095 / １０９５ / 1.25亿元 / 2400万 / 48.88% / 3个百分点 /
//! 约、余、多、近 / 1—9月), find every figure in running prose, convert among units of a family,
//! and format per GB/T 15835.
//!
//! Pure functions over strings; errors say in Chinese what was not understood. Checking whether
//! figures agree with each other is the checker's job (`check`), not this module's.

pub mod decimal;
mod find;
mod format;
mod parse;
pub mod printed;
mod scan;
mod units;

#[cfg(test)]
mod props;

pub use find::{find_figures, ApproxWord, FigureKind, FoundFigure};
pub use format::{format_figure, format_large, format_number, format_value};
pub use parse::parse;
pub use units::{
    convert, is_time_unit, is_whole_number_unit, magnitude_word, normalise_unit, split_magnitude,
    standard_unit_spelling, unit_family, UnitFamily,
};

/// Approximation word attached to a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Approx {
    /// 近 / 将近 / 接近 (just under), before the number
    Near,
    /// 约 / 大约 before the number, 左右 after it (about)
    About,
    /// 余 / 多 (more than, after the number)
    Over,
    /// 超 / 超过 / 逾 (exceeding, before the number)
    Exceeding,
    /// 以上, after the number and unit
    AtLeast,
}

/// Where an approximation word is written relative to the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ApproxPlace {
    Before,
    After,
}

impl Approx {
    /// The word written when the author gave none: 近、约、余、超、以上.
    pub fn canonical_word(self) -> &'static str {
        match self {
            Approx::Near => "近",
            Approx::About => "约",
            Approx::Over => "余",
            Approx::Exceeding => "超",
            Approx::AtLeast => "以上",
        }
    }

    /// Reads an approximation word (约、近、将近、接近、超、超过、逾、余、多、以上、左右).
    pub fn from_word(word: &str) -> Option<(Approx, ApproxPlace)> {
        scan::APPROX_WORDS.iter().find(|(w, _, _)| *w == word).map(|(_, a, p)| (*a, *p))
    }
}

/// A parsed figure.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Figure {
    /// The number as written; the magnitude word stays in the unit (2400万元 → 2400, 万元).
    pub value: f64,
    /// Unit in its standard spelling with any magnitude word, e.g. 万元, 件, %, 个百分点, 万;
    /// empty if none.
    pub unit: String,
    /// Digits written after the decimal point (1.25 → 2).
    pub decimals: u8,
    pub approx: Option<Approx>,
    /// The approximation word as written (余 or 多, 约 or 左右 …); empty → the canonical word.
    #[serde(default)]
    pub approx_word: String,
    /// Upper end of a range (1—9月 → value 1, range_to 9).
    pub range_to: Option<f64>,
    /// Digits after the point of the range's upper end.
    #[serde(default)]
    pub range_decimals: u8,
}

impl Figure {
    /// A plain figure: value and unit, no approximation, no range; decimals as needed to show
    /// `value` (up to 4).
    pub fn new(value: f64, unit: impl Into<String>) -> Figure {
        Figure { value, unit: unit.into(), decimals: format::natural_decimals(value), ..Figure::default() }
    }

    /// The approximation word to print (the one written, or the canonical one).
    pub fn approx_word(&self) -> Option<&str> {
        let a = self.approx?;
        match Approx::from_word(&self.approx_word) {
            Some((b, _)) if b == a => Some(self.approx_word.as_str()),
            _ => Some(a.canonical_word()),
        }
    }

    /// `value` converted to `unit` (e.g. a figure in 亿元 as 万元); `None` across families.
    pub fn value_in(&self, unit: &str) -> Option<f64> {
        convert(self.value, &self.unit, unit)
    }

    pub fn is_exact(&self) -> bool {
        self.approx.is_none() && self.range_to.is_none()
    }
}

/// Why a figure could not be read; Display is a Chinese sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureError(pub String);

impl std::fmt::Display for FigureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for FigureError {}
