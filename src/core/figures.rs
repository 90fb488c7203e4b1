//! Figures: parse what people type (1,095 / １０９５ / 1.25亿元 / 2400万 / 48.88% / 3个百分点 /
//! 约、余、多、近 / 1—9月), convert among units of a family, and format per GB/T 15835.
//!
//! Pure functions over strings; errors say in Chinese what was not understood.

/// Approximation word attached to a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Approx {
    /// 近 (just under)
    Near,
    /// 约 (about)
    About,
    /// 余 / 多 (more than, after the number)
    Over,
    /// 超 / 逾 (exceeding, before the number)
    Exceeding,
    /// 以上
    AtLeast,
}

/// A parsed figure.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Figure {
    pub value: f64,
    /// Unit as written (normalised to its standard spelling), e.g. 万元, 件, %, 个百分点; empty if none.
    pub unit: String,
    /// Digits written after the decimal point (1.25 → 2).
    pub decimals: u8,
    pub approx: Option<Approx>,
    /// Upper end of a range (1—9月 → value 1, range_to 9).
    pub range_to: Option<f64>,
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

/// Parses one figure typed into a field.
pub fn parse(input: &str) -> Result<Figure, FigureError> {
    Err(FigureError(format!("未能识别数字“{input}”")))
}
