//! Units of figures: which family a unit belongs to (money, area, length, …, or a count with its
//! measure word), conversion within a family (元/万元/亿元, 平方米/亩/公顷, 万人次 → 人次), the
//! standard spelling of a unit (平米 → 平方米) and whether a unit counts whole things.
//!
//! A unit may carry a magnitude word in front (万、亿、万亿、千万、百万): 万元 is 元 × 10⁴,
//! 万人次 is 人次 × 10⁴, a bare 万 is a plain number × 10⁴. Not for parsing or formatting (see
//! `parse` and `format`).

/// The kind of quantity a unit measures. Units convert only within one family (and a count only
/// into the same measure word).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UnitFamily {
    /// A bare number, possibly with a magnitude word only (2400万).
    Number,
    Money,
    Area,
    Length,
    Weight,
    Volume,
    Percent,
    PercentPoint,
    /// Time spans (天、小时、个月、年 as a span).
    Duration,
    /// A count of things with its measure word (件、人、户、人次 …), as standardly spelt.
    Count(String),
}

/// Magnitude words a unit may start with, longest first, with their factor.
const MAGNITUDES: [(&str, f64); 5] = [("万亿", 1e12), ("千万", 1e7), ("百万", 1e6), ("亿", 1e8), ("万", 1e4)];

/// Base units that are not counts: (spelling, family, factor to the family's base unit).
/// Money is in 元, area in 平方米, length in 米, weight in 千克, volume in 立方米, time in 天.
const MEASURES: &[(&str, Fam, f64)] = &[
    ("元", Fam::Money, 1.0),
    ("千元", Fam::Money, 1e3),
    ("平方米", Fam::Area, 1.0),
    ("平米", Fam::Area, 1.0),
    ("㎡", Fam::Area, 1.0),
    ("m²", Fam::Area, 1.0),
    ("m2", Fam::Area, 1.0),
    ("平方公里", Fam::Area, 1e6),
    ("平方千米", Fam::Area, 1e6),
    ("km²", Fam::Area, 1e6),
    ("公顷", Fam::Area, 1e4),
    ("亩", Fam::Area, 10000.0 / 15.0),
    ("米", Fam::Length, 1.0),
    ("延米", Fam::Length, 1.0),
    ("m", Fam::Length, 1.0),
    ("公里", Fam::Length, 1e3),
    ("千米", Fam::Length, 1e3),
    ("km", Fam::Length, 1e3),
    ("厘米", Fam::Length, 0.01),
    ("cm", Fam::Length, 0.01),
    ("千克", Fam::Weight, 1.0),
    ("公斤", Fam::Weight, 1.0),
    ("kg", Fam::Weight, 1.0),
    ("吨", Fam::Weight, 1e3),
    ("t", Fam::Weight, 1e3),
    ("克", Fam::Weight, 1e-3),
    ("斤", Fam::Weight, 0.5),
    ("立方米", Fam::Volume, 1.0),
    ("m³", Fam::Volume, 1.0),
    ("方", Fam::Volume, 1.0),
    ("升", Fam::Volume, 1e-3),
    ("%", Fam::Percent, 1.0),
    ("个百分点", Fam::PercentPoint, 1.0),
    ("百分点", Fam::PercentPoint, 1.0),
    ("天", Fam::Duration, 1.0),
    ("日", Fam::Duration, 1.0),
    ("个工作日", Fam::Duration, 1.0),
    ("工作日", Fam::Duration, 1.0),
    ("小时", Fam::Duration, 1.0 / 24.0),
    ("分钟", Fam::Duration, 1.0 / 1440.0),
    ("周", Fam::Duration, 7.0),
    ("个月", Fam::Duration, 30.4375),
    ("年", Fam::Duration, 365.25),
];

/// Measure words of counted things (whole numbers).
pub(super) const COUNT_WORDS: &[&str] = &[
    "件", "人", "户", "人次", "户次", "个", "场", "场次", "次", "家", "家次", "起", "批", "批次", "处",
    "条", "份", "块", "套", "盏", "项", "名", "位", "辆", "车次", "台", "所", "座", "栋", "幢", "间",
    "张", "本", "册", "期", "轮", "篇", "类", "种", "株", "棵", "只", "宗", "笔", "支", "组", "队",
    "面", "幅", "部", "封", "单", "例", "岗", "岗位", "箱", "袋",
];

/// Measure words that count the same thing (`名`, `位` and `人`; `场次` and `场`; `批次` and
/// `批`): 配备网格员168名 is the indicator's 168人. 人次 stays apart from 人 (visits, not people).
const SAME_COUNTS: &[(&str, &str)] = &[("名", "人"), ("位", "人"), ("场次", "场"), ("批次", "批")];

/// Non-standard spellings and their standard form in Chinese official text.
const SPELLINGS: &[(&str, &str)] = &[
    ("平米", "平方米"),
    ("㎡", "平方米"),
    ("m²", "平方米"),
    ("m2", "平方米"),
    ("km²", "平方公里"),
    ("平方千米", "平方公里"),
    ("km", "公里"),
    ("m", "米"),
    ("cm", "厘米"),
    ("kg", "千克"),
    ("t", "吨"),
    ("m³", "立方米"),
    ("方", "立方米"),
    ("百分点", "个百分点"),
    ("％", "%"),
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Fam {
    Money,
    Area,
    Length,
    Weight,
    Volume,
    Percent,
    PercentPoint,
    Duration,
}

impl Fam {
    fn family(self) -> UnitFamily {
        match self {
            Fam::Money => UnitFamily::Money,
            Fam::Area => UnitFamily::Area,
            Fam::Length => UnitFamily::Length,
            Fam::Weight => UnitFamily::Weight,
            Fam::Volume => UnitFamily::Volume,
            Fam::Percent => UnitFamily::Percent,
            Fam::PercentPoint => UnitFamily::PercentPoint,
            Fam::Duration => UnitFamily::Duration,
        }
    }
}

/// Splits a leading magnitude word off a unit: 万元 → (10⁴, 元), 万 → (10⁴, ""), 件 → (1, 件).
/// Percent-like units never take a magnitude.
pub fn split_magnitude(unit: &str) -> (f64, &str) {
    let unit = unit.trim();
    for (word, factor) in MAGNITUDES {
        if let Some(rest) = unit.strip_prefix(word) {
            return (factor, rest);
        }
    }
    (1.0, unit)
}

/// The magnitude word a unit starts with (万、亿 …), if any.
pub fn magnitude_word(unit: &str) -> Option<&'static str> {
    let unit = unit.trim();
    MAGNITUDES.iter().map(|(w, _)| *w).find(|w| unit.starts_with(w))
}

/// The family of a unit and its factor to the family's base unit (magnitude included).
fn lookup(unit: &str) -> Option<(UnitFamily, f64)> {
    let unit = unit.trim().replace('％', "%");
    if let Some(&(_, fam, f)) = MEASURES.iter().find(|(s, _, _)| *s == unit) {
        return Some((fam.family(), f));
    }
    let (mag, base) = split_magnitude(&unit);
    if base.is_empty() {
        return Some((UnitFamily::Number, mag));
    }
    if let Some(&(_, fam, f)) = MEASURES.iter().find(|(s, _, _)| *s == base) {
        return match fam {
            Fam::Percent | Fam::PercentPoint | Fam::Duration if mag != 1.0 => None,
            _ => Some((fam.family(), mag * f)),
        };
    }
    if COUNT_WORDS.contains(&base) {
        let word = SAME_COUNTS.iter().find(|(w, _)| *w == base).map_or(base, |(_, same)| same);
        return Some((UnitFamily::Count(word.to_string()), mag));
    }
    None
}

/// The family of a unit; `None` for a unit this module does not know. An empty unit and a bare
/// magnitude (万、亿) are [`UnitFamily::Number`].
pub fn unit_family(unit: &str) -> Option<UnitFamily> {
    lookup(unit).map(|(fam, _)| fam)
}

/// Converts `value` from one unit to another of the same family (2400 万元 → 0.24 亿元; 3 万人次
/// → 30000 人次; 15 亩 → 10000 平方米). `None` when the units are unknown or of different
/// families.
pub fn convert(value: f64, from: &str, to: &str) -> Option<f64> {
    let (fa, ka) = lookup(from)?;
    let (fb, kb) = lookup(to)?;
    if fa != fb || kb == 0.0 {
        return None;
    }
    let out = value * ka / kb;
    out.is_finite().then_some(out)
}

/// The standard spelling of a unit when it is written another way (平米 → 平方米, ㎡ → 平方米,
/// km → 公里, 万平米 → 万平方米, 百分点 → 个百分点); `None` when it is already standard or unknown.
pub fn standard_unit_spelling(unit: &str) -> Option<String> {
    let unit = unit.trim();
    let mag = magnitude_word(unit).unwrap_or("");
    let base = &unit[mag.len()..];
    SPELLINGS.iter().find(|(from, _)| *from == base).map(|(_, to)| format!("{mag}{to}"))
}

/// The unit in its standard spelling (the unit itself when it is already standard or unknown).
pub fn normalise_unit(unit: &str) -> String {
    standard_unit_spelling(unit).unwrap_or_else(|| unit.trim().to_string())
}

/// Whether a figure in this unit must be a whole number: counts of people, households, items
/// (人、户、件、人次 …) without a magnitude word. 1.2万人 is fine; 3.5人 is not.
pub fn is_whole_number_unit(unit: &str) -> bool {
    let unit = unit.trim();
    magnitude_word(unit).is_none() && COUNT_WORDS.contains(&unit)
}

/// Whether the unit is a time word used for dates and spans (年、月、日 …); ranges of these are
/// written with 一字线 (1—9月), other ranges with 浪纹线 (15%～30%).
pub fn is_time_unit(unit: &str) -> bool {
    matches!(unit.trim(), "年" | "月" | "日" | "号" | "年度" | "季度" | "个月" | "天" | "小时" | "时" | "周" | "周年")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families() {
        assert_eq!(unit_family("万元"), Some(UnitFamily::Money));
        assert_eq!(unit_family("亿元"), Some(UnitFamily::Money));
        assert_eq!(unit_family("㎡"), Some(UnitFamily::Area));
        assert_eq!(unit_family("km"), Some(UnitFamily::Length));
        assert_eq!(unit_family("%"), Some(UnitFamily::Percent));
        assert_eq!(unit_family("个百分点"), Some(UnitFamily::PercentPoint));
        assert_eq!(unit_family("万人次"), Some(UnitFamily::Count("人次".into())));
        // Words for the same count are one family; 人次 is not 人.
        assert_eq!(convert(168.0, "名", "人"), Some(168.0));
        assert_eq!(convert(36.0, "场", "场次"), Some(36.0));
        assert_eq!(convert(12.0, "批次", "批"), Some(12.0));
        assert_eq!(convert(3.0, "人次", "人"), None);
        assert_eq!(unit_family("万"), Some(UnitFamily::Number));
        assert_eq!(unit_family(""), Some(UnitFamily::Number));
        assert_eq!(unit_family("万%"), None);
        assert_eq!(unit_family("斗"), None);
    }

    #[test]
    fn conversions() {
        assert_eq!(convert(2400.0, "万元", "亿元"), Some(0.24));
        assert_eq!(convert(1.25, "亿元", "万元"), Some(12500.0));
        assert_eq!(convert(3.0, "万人次", "人次"), Some(30000.0));
        assert_eq!(convert(2.0, "公里", "km"), Some(2.0));
        assert_eq!(convert(1500.0, "米", "公里"), Some(1.5));
        assert_eq!(convert(3.0, "吨", "公斤"), Some(3000.0));
        assert!((convert(15.0, "亩", "平方米").unwrap() - 10000.0).abs() < 1e-9);
        assert_eq!(convert(1.0, "平方公里", "公顷"), Some(100.0));
        assert_eq!(convert(2400.0, "万", ""), Some(24_000_000.0));
        assert_eq!(convert(1.0, "年", "个月"), Some(12.0));
        assert_eq!(convert(1.0, "万元", "平方米"), None);
        assert_eq!(convert(1.0, "人", "户"), None);
    }

    #[test]
    fn spellings() {
        assert_eq!(standard_unit_spelling("平米").as_deref(), Some("平方米"));
        assert_eq!(standard_unit_spelling("万平米").as_deref(), Some("万平方米"));
        assert_eq!(standard_unit_spelling("㎡").as_deref(), Some("平方米"));
        assert_eq!(standard_unit_spelling("km").as_deref(), Some("公里"));
        assert_eq!(standard_unit_spelling("平方米"), None);
        assert_eq!(standard_unit_spelling("件"), None);
        assert_eq!(normalise_unit("百分点"), "个百分点");
    }

    #[test]
    fn whole_numbers() {
        assert!(is_whole_number_unit("人"));
        assert!(is_whole_number_unit("人次"));
        assert!(!is_whole_number_unit("万人次"));
        assert!(!is_whole_number_unit("万元"));
        assert!(!is_whole_number_unit("%"));
    }
}
