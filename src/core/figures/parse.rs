//! Parsing one figure typed into a field: half- or full-width digits, thousands commas, spaces,
//! a magnitude word (万/亿), a unit word, one approximation word before or after, or a range
//! (1—9月, 15%～30%, 1至9月). Not for finding figures in prose (see `find`).

use super::scan::{approx_at, is_digit, is_minus, is_point, is_range_sep, magnitude_at, scan_number, starts_with};
use super::units::{normalise_unit, split_magnitude};
use super::{Approx, ApproxPlace, Figure, FigureError};

const EXAMPLE: &str = "请只填写一个数字，如 1095 或 1.25亿元";
const EXAMPLE_WITH_UNIT: &str = "请只填写一个数字及其单位，如 1095件 或 1.25亿元";
const MAX_UNIT_CHARS: usize = 12;

/// Parses one figure typed into a field.
///
/// `1,095` → 1095; `１０９５` → 1095; `1.25亿元` → 1.25 亿元; `2400万` → 2400 万; `48.88％` →
/// 48.88 %; `3个百分点`; `约500米`, `500余米`, `2万余人` (→ 2 万人, 余); `95%以上`; `1—9月` →
/// 1 to 9 月. The unit is returned in its standard spelling (平米 → 平方米).
pub fn parse(input: &str) -> Result<Figure, FigureError> {
    let shown = shown(input);
    let s = normalise(input);
    if s.is_empty() {
        return Err(FigureError("请填写数字，如 1095 或 1.25亿元。".into()));
    }
    if !s.iter().any(|c| is_digit(*c)) {
        return Err(FigureError(format!("未能在“{shown}”中找到阿拉伯数字，{EXAMPLE}。")));
    }
    let mut p = Parser { s: &s, pos: 0, shown: &shown, approx: None };
    if let Some((w, a)) = approx_at(&s, 0, ApproxPlace::Before) {
        p.set_approx(w, a)?;
        p.pos += w.chars().count();
    }
    let first = p.term()?;
    let mut fig = Figure {
        value: first.value,
        unit: first.unit.clone(),
        decimals: first.decimals,
        ..Figure::default()
    };
    if p.peek().is_some_and(is_range_sep) {
        p.pos += 1;
        while p.peek() == Some('—') {
            p.pos += 1;
        }
        let second = p.term()?;
        fig.unit = range_unit(&first.unit, &second.unit)?;
        fig.range_to = Some(second.value);
        fig.range_decimals = second.decimals;
    }
    for word in ["以上", "左右"] {
        if starts_with(&s, p.pos, word) {
            let (a, _) = Approx::from_word(word).unwrap_or((Approx::About, ApproxPlace::After));
            p.set_approx(word, a)?;
            p.pos += 2;
            break;
        }
    }
    if p.pos < s.len() {
        return Err(p.not_understood());
    }
    if let Some((word, a)) = p.approx {
        fig.approx = Some(a);
        fig.approx_word = word.to_string();
    }
    Ok(fig)
}

/// The input as echoed in a message: trimmed, at most 30 chars.
fn shown(input: &str) -> String {
    let t = input.trim();
    if t.chars().count() > 30 {
        format!("{}…", t.chars().take(30).collect::<String>())
    } else {
        t.to_string()
    }
}

/// Full-width ASCII to half-width, 〜/~ to ～, whitespace removed.
fn normalise(input: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(input.len());
    for c in input.chars() {
        if c.is_whitespace() {
            continue;
        }
        out.push(match c {
            '\u{ff01}'..='\u{ff5e}' if c != '～' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '~' | '〜' => '～',
            _ => c,
        });
    }
    out
}

/// One number with its magnitude, inner approximation and unit.
struct Term {
    value: f64,
    decimals: u8,
    unit: String,
}

struct Parser<'a> {
    s: &'a [char],
    pos: usize,
    shown: &'a str,
    approx: Option<(&'static str, Approx)>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.s.get(self.pos).copied()
    }

    fn set_approx(&mut self, word: &'static str, a: Approx) -> Result<(), FigureError> {
        if let Some((first, _)) = self.approx {
            return Err(FigureError(format!(
                "“{first}”和“{word}”不宜同时使用，请只保留一个，如“约500米”或“500余米”。"
            )));
        }
        self.approx = Some((word, a));
        Ok(())
    }

    fn not_understood(&self) -> FigureError {
        let rest: String = self.s.get(self.pos..).unwrap_or_default().iter().collect();
        if self.pos == 0 {
            FigureError(format!("未能识别“{}”，{EXAMPLE_WITH_UNIT}。", self.shown))
        } else if rest.chars().any(is_digit) {
            FigureError(format!("未能识别“{}”中的数字，{EXAMPLE}。", self.shown))
        } else {
            FigureError(format!("未能识别“{}”中的“{rest}”，{EXAMPLE_WITH_UNIT}。", self.shown))
        }
    }

    fn term(&mut self) -> Result<Term, FigureError> {
        let negative = match self.peek() {
            Some(c) if is_minus(c) || c == '+' => {
                self.pos += 1;
                is_minus(c)
            }
            _ => false,
        };
        let Some(num) = scan_number(self.s, self.pos) else { return Err(self.not_understood()) };
        if !num.value.is_finite() {
            return Err(FigureError(format!("“{}”中的数字太大，请核对后重新填写。", self.shown)));
        }
        self.pos = num.end;
        match self.peek() {
            Some(c) if is_point(c) && self.s.get(self.pos + 1).is_some_and(|c| is_digit(*c)) => {
                return Err(FigureError(format!("未能识别“{}”中的数字，{EXAMPLE}。", self.shown)));
            }
            Some(',') => {
                return Err(FigureError(format!(
                    "未能识别“{}”中的数字：千分位逗号应每三位一个，也可以不写逗号，如 1095。",
                    self.shown
                )));
            }
            _ => {}
        }
        self.inner_approx()?;
        let magnitude = magnitude_at(self.s, self.pos).unwrap_or("");
        self.pos += magnitude.chars().count();
        if !magnitude.is_empty() {
            self.inner_approx()?;
        }
        let start = self.pos;
        while let Some(c) = self.peek() {
            let unit_char = c.is_alphabetic() || matches!(c, '%' | '㎡' | '²' | '³' | '℃' | '‰' | '°');
            if !unit_char || is_range_sep(c) || starts_with(self.s, self.pos, "以上") || starts_with(self.s, self.pos, "左右") {
                break;
            }
            self.pos += 1;
        }
        if self.pos - start > MAX_UNIT_CHARS {
            self.pos = start;
            return Err(self.not_understood());
        }
        let written: String = self.s[start..self.pos].iter().collect();
        let value = if negative { -num.value } else { num.value };
        let value = if value == 0.0 { 0.0 } else { value };
        Ok(Term { value, decimals: num.decimals, unit: normalise_unit(&format!("{magnitude}{written}")) })
    }

    /// 余 or 多 right after the number or its magnitude word.
    fn inner_approx(&mut self) -> Result<(), FigureError> {
        for word in ["余", "多"] {
            if starts_with(self.s, self.pos, word) {
                self.set_approx(word, Approx::Over)?;
                self.pos += 1;
            }
        }
        Ok(())
    }
}

/// The unit of a range: the one written, or the same on both ends (9亿～16亿元 → 亿元).
fn range_unit(a: &str, b: &str) -> Result<String, FigureError> {
    if a.is_empty() || a == b {
        return Ok(b.to_string());
    }
    if b.is_empty() || (split_magnitude(a).1.is_empty() && b.starts_with(a)) {
        return Ok(if b.is_empty() { a.to_string() } else { b.to_string() });
    }
    Err(FigureError(format!("范围两端的单位不一致（“{a}”和“{b}”），请统一单位，如 15%～30%。")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> Figure {
        parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn plain_numbers() {
        assert_eq!(ok("1,095"), Figure { value: 1095.0, ..Figure::default() });
        assert_eq!(ok("１０９５").value, 1095.0);
        assert_eq!(ok("1，095").value, 1095.0);
        assert_eq!(ok(" 1 095 ").value, 1095.0);
        assert_eq!(ok("3,500,000元").value, 3_500_000.0);
        assert_eq!(ok("-2.5%").value, -2.5);
        assert_eq!(ok("0").value, 0.0);
    }

    #[test]
    fn magnitudes_stay_in_the_unit() {
        let f = ok("1.25亿元");
        assert_eq!((f.value, f.unit.as_str(), f.decimals), (1.25, "亿元", 2));
        assert_eq!(ok("2400万元").unit, "万元");
        assert_eq!(ok("2400万").unit, "万");
        assert_eq!(ok("3万人次").unit, "万人次");
    }

    #[test]
    fn percents_and_units() {
        let f = ok("48.88%");
        assert_eq!((f.value, f.unit.as_str(), f.decimals), (48.88, "%", 2));
        assert_eq!(ok("48.88％").unit, "%");
        assert_eq!(ok("3个百分点").unit, "个百分点");
        assert_eq!(ok("3百分点").unit, "个百分点");
        assert_eq!(ok("1200平米").unit, "平方米");
        assert_eq!(ok("1200㎡").unit, "平方米");
        assert_eq!(ok("5km").unit, "公里");
        assert_eq!(ok("256人次").unit, "人次");
        assert_eq!(ok("6.5公里").decimals, 1);
    }

    #[test]
    fn approximations() {
        let f = ok("约500米");
        assert_eq!((f.approx, f.approx_word.as_str()), (Some(Approx::About), "约"));
        assert_eq!(ok("近500米").approx, Some(Approx::Near));
        assert_eq!(ok("超过300人").approx, Some(Approx::Exceeding));
        assert_eq!(ok("逾300人").approx, Some(Approx::Exceeding));
        assert_eq!(ok("500余米").approx, Some(Approx::Over));
        assert_eq!(ok("500多米").approx_word, "多");
        let f = ok("2万余人");
        assert_eq!((f.value, f.unit.as_str(), f.approx), (2.0, "万人", Some(Approx::Over)));
        assert_eq!(ok("300余万元").unit, "万元");
        assert_eq!(ok("95%以上").approx, Some(Approx::AtLeast));
        assert_eq!(ok("500人左右").approx_word, "左右");
    }

    #[test]
    fn ranges() {
        for s in ["1—9月", "1-9月", "1至9月", "1～9月", "1~9月", "1——9月"] {
            let f = ok(s);
            assert_eq!((f.value, f.range_to, f.unit.as_str()), (1.0, Some(9.0), "月"), "{s}");
        }
        let f = ok("15%～30%");
        assert_eq!((f.value, f.range_to, f.unit.as_str()), (15.0, Some(30.0), "%"));
        assert_eq!(ok("15～30%").unit, "%");
        assert_eq!(ok("9亿～16亿元").unit, "亿元");
        let f = ok("-36～-8℃");
        assert_eq!((f.value, f.range_to), (-36.0, Some(-8.0)));
    }

    #[test]
    fn errors_say_what_was_not_understood() {
        assert_eq!(
            parse("12.3.4").unwrap_err().to_string(),
            "未能识别“12.3.4”中的数字，请只填写一个数字，如 1095 或 1.25亿元。"
        );
        assert!(parse("").unwrap_err().to_string().contains("请填写数字"));
        assert!(parse("三百").unwrap_err().to_string().contains("找到阿拉伯数字"));
        assert!(parse("约500多米").unwrap_err().to_string().contains("“约”和“多”不宜同时使用"));
        assert!(parse("500元，另有3元").unwrap_err().to_string().contains("中的数字"));
        assert!(parse("500元(含)").unwrap_err().to_string().contains("中的“(含)”"));
        assert!(parse("1,09").unwrap_err().to_string().contains("千分位"));
        assert!(parse("15%～30元").unwrap_err().to_string().contains("单位不一致"));
        assert!(parse("第3名").unwrap_err().to_string().contains("未能识别“第3名”"));
        assert!(parse(&"9".repeat(400)).unwrap_err().to_string().contains("太大"));
        for e in [parse("x"), parse("1..2"), parse("%%")] {
            let m = e.unwrap_err().to_string();
            assert!(!m.contains("非法") && !m.contains("无效"), "{m}");
        }
    }
}
