//! The checks on a draft's meta (基本信息): the year summarised (`year-mismatch`), marks left in
//! the texts that print in the title and signature (`placeholder` on 单位名称, 上级机关, the title
//! words, 成文日期), and the 成文日期 in the GB/T 9704-2012 form `2025年12月20日` (`date-format`,
//! with the standard form as suggestion; `year-mismatch` for a date before the year summarised).
//! Not for prose fields (see `field`) nor for the parts of the report (see `draft`).

use super::figures::finding;
use super::{CheckOptions, Finding, Location};
use crate::core::model::{Draft, PartKind};
use crate::core::outline::parse_chinese_numeral;

pub const DATE_FORMAT: &str = "date-format";
const YEAR_MISMATCH: &str = "year-mismatch";

/// Years a report can plausibly summarise.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

fn at(field: &str) -> Location {
    Location { part: Some(PartKind::Title), field: Some(field.to_string()), ..Location::default() }
}

/// Every meta finding of `draft`, severities not yet settled.
pub fn check(draft: &Draft, options: &CheckOptions, out: &mut Vec<Finding>) {
    year(draft, out);
    let m = &draft.meta;
    let mut date_marked = false;
    for (name, text) in [
        ("unit", &m.unit),
        ("higher_bodies", &m.higher_bodies),
        ("connector", &m.title_style.connector),
        ("plan_word", &m.title_style.plan_word),
        ("date", &m.date),
    ] {
        if text.trim().is_empty() {
            continue;
        }
        for f in super::text::check_field(text, PartKind::Title, options) {
            if f.rule == "placeholder" {
                date_marked |= name == "date";
                out.push(Finding { location: Location { start: f.location.start, end: f.location.end, ..at(name) }, ..f });
            }
        }
    }
    if !date_marked {
        date(draft, out);
    }
}

/// `year-mismatch` on meta: no year, or one no report can have.
fn year(draft: &Draft, out: &mut Vec<Finding>) {
    let year = draft.meta.year;
    let message = if year == 0 {
        "还没有填写总结的年度。请在“基本信息”中填写，例如2025。".to_string()
    } else if !YEARS.contains(&year) {
        format!("总结年度写为{year}年，不像是工作总结的年份。请核对后填写四位年份，例如2025。")
    } else {
        return;
    };
    out.push(finding(YEAR_MISMATCH, message, at("year"), year.to_string(), None));
}

/// `date-format` on 成文日期, and `year-mismatch` for a date before the year summarised.
fn date(draft: &Draft, out: &mut Vec<Finding>) {
    let typed = draft.meta.date.as_str();
    if typed.trim().is_empty() {
        return;
    }
    let whole = Location { start: Some(0), end: Some(typed.chars().count()), ..at("date") };
    let excerpt = typed.trim().to_string();
    let year = draft.meta.year;
    let example_year = if YEARS.contains(&year) { year } else { 2025 };
    let example = [example_year.to_string().as_str(), "年12月20日"].concat();
    let parsed = match read_date(typed) {
        Ok(d) => d,
        Err(problem) => {
            let problem = match problem {
                DateProblem::Unreadable => "”不是规范的日期写法。",
                DateProblem::NoDay => "”没有写明日。",
                DateProblem::NoSuchDay => "”中的月或日不存在，请核对。",
            };
            let message = ["成文日期“", excerpt.as_str(), problem, "请按“", example.as_str(), "”的格式填写年、月、日。"].concat();
            out.push(finding(DATE_FORMAT, message, whole, excerpt, None));
            return;
        }
    };
    let standard = parsed.standard();
    if standard != typed.trim() {
        let message = ["成文日期应写作“", standard.as_str(), "”：用阿拉伯数字写明年、月、日，月、日不加“0”（GB/T 9704—2012）。"].concat();
        out.push(finding(DATE_FORMAT, message, whole.clone(), excerpt.clone(), Some(standard.clone())));
    }
    if YEARS.contains(&year) && parsed.year < year {
        let year = year.to_string();
        let message = ["成文日期", standard.as_str(), "早于总结年度", year.as_str(), "年。总结一般在当年年底或次年年初成文，请核对日期或总结年度。"].concat();
        out.push(finding(YEAR_MISMATCH, message, whole, excerpt, None));
    }
}

/// A calendar date read from what was typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// The GB/T 9704-2012 form: 2025年12月20日.
    pub fn standard(self) -> String {
        let (y, m, d) = (self.year.to_string(), self.month.to_string(), self.day.to_string());
        [y.as_str(), "年", m.as_str(), "月", d.as_str(), "日"].concat()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    Unreadable,
    /// Year and month only.
    NoDay,
    /// A month or day that does not exist (13月, 2月30日).
    NoSuchDay,
}

/// A number in a date as typed: ASCII or full-width digits, or Chinese numerals (二〇二五, 十二).
fn number_at(chars: &[char], i: usize) -> Option<(u32, usize, usize)> {
    let digit = |c: char| match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        '〇' | '○' | '零' => Some(0),
        _ => None,
    };
    let rest = chars.get(i..)?;
    let mut value: u32 = 0;
    let mut n = 0;
    while let Some(d) = rest.get(n).and_then(|&c| digit(c).or_else(|| parse_chinese_numeral(&[c]).filter(|_| c != '十').map(|(v, _)| v))) {
        if n >= 4 {
            return None;
        }
        value = value * 10 + d;
        n += 1;
    }
    if n > 1 || rest.get(n) != Some(&'十') {
        // Digit by digit: 2025, 二〇二五, 09.
        return (n > 0).then_some((value, n, n));
    }
    // 十二, 二十, 二十一.
    let (v, used) = parse_chinese_numeral(rest)?;
    Some((v, used, 2))
}

/// Reads 2025年12月20日 and the forms people type for it: 2025.12.20, 2025-12-20, 2025/12/20,
/// 2025年12月20号, leading zeros, full-width digits, blanks, 二〇二五年十二月二十日.
pub fn read_date(typed: &str) -> Result<Date, DateProblem> {
    let chars: Vec<char> = typed.chars().filter(|c| !c.is_whitespace()).collect();
    let mut numbers: Vec<(u32, usize)> = Vec::with_capacity(3);
    let mut marks: Vec<char> = Vec::with_capacity(3);
    let mut i = 0;
    while i < chars.len() {
        let Some((value, used, digits)) = number_at(&chars, i) else { return Err(DateProblem::Unreadable) };
        numbers.push((value, digits));
        i += used;
        match chars.get(i) {
            Some(&c) if matches!(c, '年' | '月' | '日' | '号' | '.' | '．' | '-' | '－' | '/' | '／' | '、') => {
                marks.push(c);
                i += 1;
            }
            Some(_) => return Err(DateProblem::Unreadable),
            None => {}
        }
        if numbers.len() > 3 {
            return Err(DateProblem::Unreadable);
        }
    }
    let separators_ok = match marks.as_slice() {
        ['年', '月'] | ['年', '月', '日' | '号'] => true,
        [a, b] | [a, b, '日' | '号'] => a == b && !matches!(a, '年' | '月' | '日' | '号'),
        ['年'] => true,
        _ => false,
    };
    let (Some(&(year, year_digits)), Some(&(month, _))) = (numbers.first(), numbers.get(1)) else {
        return Err(DateProblem::Unreadable);
    };
    if !separators_ok || year_digits != 4 || (!(1..=12).contains(&month) && numbers.len() == 2) {
        return Err(DateProblem::Unreadable);
    }
    let Some(&(day, _)) = numbers.get(2) else {
        return Err(if marks.first() == Some(&'年') && (1..=12).contains(&month) { DateProblem::NoDay } else { DateProblem::Unreadable });
    };
    let year = year as i32;
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return Err(DateProblem::NoSuchDay);
    }
    Ok(Date { year, month, day })
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn standard(typed: &str) -> Result<String, DateProblem> {
        read_date(typed).map(Date::standard)
    }

    #[test]
    fn common_forms_read_as_the_standard_date() {
        for typed in [
            "2025年12月20日",
            "2025.12.20",
            "2025-12-20",
            "2025/12/20",
            "2025．12．20",
            "2025年12月20号",
            " 2025 年 12 月 20 日 ",
            "２０２５年１２月２０日",
            "二〇二五年十二月二十日",
            "2025.12.20日",
        ] {
            assert_eq!(standard(typed), Ok("2025年12月20日".to_string()), "{typed}");
        }
        for typed in ["2026年01月05日", "2026.01.05", "2026-1-5", "2026/01/5", "二〇二六年一月五日"] {
            assert_eq!(standard(typed), Ok("2026年1月5日".to_string()), "{typed}");
        }
        assert_eq!(standard("2024年2月29日"), Ok("2024年2月29日".to_string()));
        assert_eq!(standard("二〇二五年十二月三十一日"), Ok("2025年12月31日".to_string()));
    }

    #[test]
    fn other_texts_say_what_is_wrong() {
        for typed in ["年底", "2025", "25.12.20", "2025.12-20", "12/20/2025", "2025年12月20日上午", "2025年12月20日2", "**", "20251220"] {
            assert_eq!(standard(typed), Err(DateProblem::Unreadable), "{typed}");
        }
        assert_eq!(standard("2025年12月"), Err(DateProblem::NoDay));
        for typed in ["2025.13.20", "2025年2月29日", "2025-04-31", "2025年12月0日", "2025年12月32日"] {
            assert_eq!(standard(typed), Err(DateProblem::NoSuchDay), "{typed}");
        }
    }

    proptest::proptest! {
        /// Any text: no panic; a date read prints in the standard form, which reads back as itself.
        #[test]
        fn a_date_read_prints_in_a_form_that_reads_back(text in "[ 0-9０-９二〇十一年月日号.\\-/]{0,16}") {
            if let Ok(d) = read_date(&text) {
                let standard = d.standard();
                proptest::prop_assert_eq!(read_date(&standard), Ok(d));
                proptest::prop_assert_eq!(read_date(&standard).map(Date::standard), Ok(standard));
            }
        }
    }
}
