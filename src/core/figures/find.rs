//! Finding every figure in running prose in one pass over the chars (no regex): its char span,
//! value, unit as written, approximation words with their spans, and a kind, so that checkers can
//! skip years, dates, times, ordinals and codes (2025年, 12月31日, 第3, （1）, PM2.5, 5G).
//! Not for a single typed field (see `parse`).

use super::scan::{
    approx_at, approx_ending_at, is_digit, is_minus, is_point, is_range_sep, magnitude_at, scan_number,
    starts_with, Number,
};
use super::units::{normalise_unit, split_magnitude, COUNT_WORDS};
use super::{Approx, ApproxPlace, Figure};

/// What a number in prose is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FigureKind {
    /// A count or measure (25起, 1.25亿元, 3个百分点, 500米, 3年 as a span, or no unit).
    Quantity,
    /// A percentage (48.88%, 15%～30%).
    Percent,
    /// A calendar year (2025年, 2024—2025年度).
    Year,
    /// A month, day or quarter (12月, 31日, 1—9月, 3季度, 2025-12-31).
    Date,
    /// A clock time (8:30, 9时).
    Time,
    /// A rank or list number (第3, （1）, 1. at the start of a line, 3号).
    Ordinal,
    /// Part of a code or name (PM2.5, G20, 5G, 0371-1234567, 1.2.3, 1+8+3+1, 12345热线).
    Code,
}

/// An approximation word next to a figure, with its char span.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ApproxWord {
    pub word: String,
    pub approx: Approx,
    pub start: usize,
    pub end: usize,
}

/// A figure found in prose. Spans are in chars, `start` inclusive, `end` exclusive.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FoundFigure {
    /// Span of the whole figure: approximation words, sign, number(s), magnitude, unit.
    pub start: usize,
    pub end: usize,
    /// Span of the first number's digits alone.
    pub number_start: usize,
    pub number_end: usize,
    pub kind: FigureKind,
    pub value: f64,
    pub decimals: u8,
    pub range_to: Option<f64>,
    pub range_decimals: u8,
    /// The unit exactly as written, magnitude word included (万元, ㎡, 平米, %); empty if none.
    pub unit: String,
    pub approx: Vec<ApproxWord>,
    /// Written with thousands commas (1,095).
    pub grouped: bool,
    /// Written with full-width digits or point (１０９５).
    pub full_width: bool,
    /// The text of the span.
    pub text: String,
}

impl FoundFigure {
    /// The figure as a [`Figure`] (unit in standard spelling; the first approximation word).
    pub fn figure(&self) -> Figure {
        let first = self.approx.first();
        Figure {
            value: self.value,
            unit: normalise_unit(&self.unit),
            decimals: self.decimals,
            approx: first.map(|a| a.approx),
            approx_word: first.map(|a| a.word.clone()).unwrap_or_default(),
            range_to: self.range_to,
            range_decimals: self.range_decimals,
        }
    }

    /// Whether checkers of amounts should look at it (not a year, date, time, ordinal or code).
    pub fn is_amount(&self) -> bool {
        matches!(self.kind, FigureKind::Quantity | FigureKind::Percent)
    }
}

/// Unit words recognised after a number in prose (longest match wins).
const PROSE_UNITS: &[&str] = &[
    "元", "千元", "平方米", "平米", "㎡", "m²", "平方公里", "平方千米", "km²", "公顷", "亩", "米", "延米",
    "m", "公里", "千米", "km", "厘米", "cm", "千克", "公斤", "kg", "吨", "克", "斤", "立方米", "m³", "升",
    "%", "％", "‰", "个百分点", "百分点", "天", "个工作日", "工作日", "小时", "分钟", "个月", "年",
    "年度", "月", "日", "号", "季度", "时", "周", "周年", "周岁", "岁", "倍", "℃",
];

/// The longest unit word at `at`; Latin units must not run on into more Latin letters.
fn unit_at(chars: &[char], at: usize) -> Option<&'static str> {
    let first = *chars.get(at)?;
    if first.is_ascii_digit() || first.is_whitespace() {
        return None;
    }
    // Only the unit words that start with this char are tried (most chars start none).
    let index = units_by_first_char();
    let from = index.partition_point(|(c, _)| *c < first);
    // The longest match; the last of equally long ones (as `max_by_key` picks).
    let mut best: Option<(&'static str, usize)> = None;
    for &(c, u) in index.get(from..).unwrap_or_default() {
        if c != first {
            break;
        }
        let n = u.chars().count();
        if !starts_with(chars, at, u) || (u.is_ascii() && chars.get(at + n).is_some_and(|c| c.is_ascii_alphabetic())) {
            continue;
        }
        if best.map_or(true, |(_, longest)| n >= longest) {
            best = Some((u, n));
        }
    }
    best.map(|(u, _)| u)
}

/// `PROSE_UNITS` and `COUNT_WORDS` as (first char, word), sorted by the char (built once).
fn units_by_first_char() -> &'static [(char, &'static str)] {
    static INDEX: std::sync::OnceLock<Vec<(char, &'static str)>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: Vec<(char, &'static str)> = Vec::new();
        for words in [PROSE_UNITS, COUNT_WORDS] {
            for &u in words {
                if let Some(c) = u.chars().next() {
                    index.push((c, u));
                }
            }
        }
        crate::core::order::sort_by_key(&mut index, |(c, _)| [u64::from(*c), 0, 0, 0]);
        index
    })
}

/// Every figure in `text`, in order, without overlaps.
pub fn find_figures(text: &str) -> Vec<FoundFigure> {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<FoundFigure> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_digit(chars[i]) {
            i += 1;
            continue;
        }
        let after_date = out.last().is_some_and(|f| f.kind == FigureKind::Date && f.end == i);
        let mut f = Reader { chars: &chars, after_date }.read(i);
        f.text = chars.get(f.start..f.end).unwrap_or_default().iter().collect();
        i = f.end.max(i + 1);
        out.push(f);
    }
    out
}

struct Reader<'a> {
    chars: &'a [char],
    after_date: bool,
}

/// What follows a number: inner approximation, magnitude, unit.
struct Tail {
    end: usize,
    unit: String,
    approx: Vec<ApproxWord>,
}

impl Reader<'_> {
    fn at(&self, k: usize) -> Option<char> {
        self.chars.get(k).copied()
    }

    fn digit_at(&self, k: usize) -> bool {
        self.at(k).is_some_and(is_digit)
    }

    fn read(&self, i: usize) -> FoundFigure {
        let Some(num) = scan_number(self.chars, i) else {
            return self.code(blank(i, i + 1), i + 1);
        };
        let mut f = blank(i, num.end);
        f.value = num.value;
        f.decimals = num.decimals;
        f.grouped = num.grouped;
        f.full_width = num.full_width;
        if !num.value.is_finite() {
            return self.code(f, num.end);
        }
        let prev = i.checked_sub(1).and_then(|k| self.at(k));
        if prev.is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '_' | '.' | '+')) {
            return self.code(f, num.end);
        }
        if prev.is_some_and(is_minus) && !i.checked_sub(2).and_then(|k| self.at(k)).is_some_and(|c| c.is_ascii_alphanumeric() || is_digit(c)) {
            f.start = i - 1;
            f.value = -f.value;
        }
        if f.value == 0.0 {
            f.value = 0.0;
        }
        let next = self.at(num.end);
        if let Some(c) = next {
            let joined = self.at(num.end + 1).is_some_and(|n| is_digit(n) || (c == '+' && n.is_ascii_alphabetic()));
            if (is_point(c) || c == '/' || c == '+') && joined {
                return self.code(f, num.end);
            }
            if (c == ':' || c == '：') && num.decimals == 0 && num.value <= 24.0 && self.digit_at(num.end + 1) {
                if let Some(m) = scan_number(self.chars, num.end + 1) {
                    f.end = m.end;
                    f.kind = FigureKind::Time;
                    return f;
                }
            }
            if c == '-' && self.digit_at(num.end + 1) {
                if let Some(done) = self.dashed(&num, f.clone()) {
                    return done;
                }
            }
        }
        if prev == Some('第') {
            let tail = self.tail(num.end, false);
            f.start = i - 1;
            f.end = tail.end;
            f.unit = tail.unit;
            f.kind = FigureKind::Ordinal;
            return f;
        }
        if let Some(done) = self.list_number(&num, f.clone(), prev) {
            return done;
        }
        let before = self.approx_before(f.start);
        let mut tail = self.tail(num.end, true);
        if let Some(done) = self.range(&mut f, &mut tail) {
            f = done;
        }
        f.end = tail.end;
        f.unit = tail.unit;
        f.approx = tail.approx;
        for word in ["以上", "左右"] {
            if starts_with(self.chars, f.end, word) {
                let a = Approx::from_word(word).map(|(a, _)| a).unwrap_or(Approx::About);
                f.approx.push(ApproxWord { word: word.into(), approx: a, start: f.end, end: f.end + 2 });
                f.end += 2;
                break;
            }
        }
        if f.unit.is_empty() && self.at(f.end).is_some_and(|c| c.is_ascii_alphabetic()) {
            let end = f.end;
            return self.code(f, end);
        }
        if f.unit.is_empty() && starts_with(self.chars, f.end, "热线") {
            f.kind = FigureKind::Code;
            return f;
        }
        if let Some(b) = before {
            let recent = b.word == "近" && matches!(f.unit.as_str(), "年" | "个月" | "天" | "日" | "周" | "季度");
            if !recent {
                f.start = b.start;
                f.approx.insert(0, b);
            }
        }
        f.kind = self.kind(&f);
        f
    }

    /// A figure that is part of a code: swallow the rest of the code.
    fn code(&self, mut f: FoundFigure, from: usize) -> FoundFigure {
        let mut k = from;
        while let Some(c) = self.at(k) {
            let joins = (is_point(c) || matches!(c, '/' | '-' | '_' | '+')) && self.at(k + 1).is_some_and(|n| n.is_ascii_alphanumeric() || is_digit(n));
            if c.is_ascii_alphanumeric() || is_digit(c) || joins {
                k += 1;
            } else {
                break;
            }
        }
        f.end = k;
        f.approx.clear();
        f.kind = FigureKind::Code;
        f
    }

    /// 2025-12-31 (a date) or 0371-1234567 (a code) — `-` right after the first number.
    fn dashed(&self, num: &Number, mut f: FoundFigure) -> Option<FoundFigure> {
        let digits = (num.start..num.end).take_while(|&k| self.digit_at(k)).count();
        if self.at(num.start) == Some('0') && digits >= 2 && num.decimals == 0 {
            return Some(self.code(f, num.end));
        }
        let second = scan_number(self.chars, num.end + 1)?;
        if digits == 4 && num.decimals == 0 && self.at(second.end) == Some('-') && self.digit_at(second.end + 1) {
            let third = scan_number(self.chars, second.end + 1)?;
            f.end = third.end;
            f.kind = FigureKind::Date;
            return Some(f);
        }
        None
    }

    /// （1） (1) or a list number at the start of a line: 1. 1、 1）.
    fn list_number(&self, num: &Number, mut f: FoundFigure, prev: Option<char>) -> Option<FoundFigure> {
        let next = self.at(num.end);
        if num.decimals > 0 || num.grouped {
            return None;
        }
        if matches!(prev, Some('（' | '(')) && matches!(next, Some('）' | ')')) {
            f.start -= 1;
            f.end = num.end + 1;
            f.kind = FigureKind::Ordinal;
            return Some(f);
        }
        let mut k = f.start;
        while k > 0 && matches!(self.at(k - 1), Some(' ' | '\t' | '\u{3000}')) {
            k -= 1;
        }
        let line_start = k == 0 || matches!(self.at(k - 1), Some('\n' | '\r'));
        if line_start && matches!(next, Some('.' | '．' | '、' | '）' | ')')) && !self.digit_at(num.end + 1) {
            f.end = num.end + 1;
            f.kind = FigureKind::Ordinal;
            return Some(f);
        }
        None
    }

    /// An approximation word written before the number (约、近、超过 …), not the end of another
/// word (最近、附近、节约、签约、预约、赶超 …).
    fn approx_before(&self, start: usize) -> Option<ApproxWord> {
        let (word, approx) = approx_ending_at(self.chars, start)?;
        let len = word.chars().count();
        let word_start = start - len;
        let before = word_start.checked_sub(1).and_then(|k| self.at(k));
        let part_of_word = match word {
            "近" => matches!(before, Some('最' | '附' | '邻' | '就' | '靠' | '临' | '亲' | '贴' | '将' | '接')),
            "约" => matches!(before, Some('节' | '签' | '预' | '制' | '特' | '履' | '集' | '合' | '邀' | '相' | '公' | '契' | '违' | '续' | '践' | '守' | '简')),
            "超" => matches!(before, Some('赶' | '高')),
            _ => false,
        };
        if part_of_word {
            return None;
        }
        Some(ApproxWord { word: word.into(), approx, start: word_start, end: start })
    }

    /// 余/多, magnitude, 余/多, unit after a number ending at `from`.
    fn tail(&self, from: usize, with_approx: bool) -> Tail {
        let mut k = from;
        let mut approx = Vec::new();
        let inner = |k: &mut usize, approx: &mut Vec<ApproxWord>| {
            if let Some((w, a)) = approx_at(self.chars, *k, ApproxPlace::After).filter(|(w, _)| matches!(*w, "余" | "多")) {
                if with_approx {
                    approx.push(ApproxWord { word: w.into(), approx: a, start: *k, end: *k + 1 });
                }
                *k += 1;
            }
        };
        inner(&mut k, &mut approx);
        let magnitude = magnitude_at(self.chars, k).unwrap_or("");
        k += magnitude.chars().count();
        if !magnitude.is_empty() && approx.is_empty() {
            inner(&mut k, &mut approx);
        }
        let unit = unit_at(self.chars, k).unwrap_or("");
        if !with_approx && !approx.is_empty() {
            approx.clear();
        }
        k += unit.chars().count();
        Tail { end: k, unit: format!("{magnitude}{unit}"), approx }
    }

    /// Joins `1—9月`, `15%～30%`, `1至9月`, `9亿～16亿元` into one figure when the units agree.
    fn range(&self, f: &mut FoundFigure, tail: &mut Tail) -> Option<FoundFigure> {
        let sep = self.at(tail.end)?;
        if !is_range_sep(sep) {
            return None;
        }
        let mut k = tail.end + 1;
        while self.at(k) == Some('—') && sep == '—' {
            k += 1;
        }
        let negative = self.at(k).is_some_and(is_minus) && !matches!(sep, '-' | '－');
        if negative {
            k += 1;
        }
        let second = scan_number(self.chars, k)?;
        if !second.value.is_finite() || self.at(second.end).is_some_and(|c| is_point(c) || c.is_ascii_alphabetic()) {
            return None;
        }
        let second_tail = self.tail(second.end, true);
        let (a, b) = (tail.unit.as_str(), second_tail.unit.as_str());
        let unit = if a.is_empty() || a == b {
            b.to_string()
        } else if b.is_empty() || (split_magnitude(a).1.is_empty() && b.starts_with(a)) {
            if b.is_empty() { a.to_string() } else { b.to_string() }
        } else {
            return None;
        };
        let mut joined = f.clone();
        joined.range_to = Some(if negative { -second.value } else { second.value });
        joined.range_decimals = second.decimals;
        joined.grouped |= second.grouped;
        joined.full_width |= second.full_width;
        tail.end = second_tail.end;
        tail.unit = unit;
        tail.approx.extend(second_tail.approx);
        *f = joined.clone();
        Some(joined)
    }

    fn kind(&self, f: &FoundFigure) -> FigureKind {
        let whole = f.decimals == 0 && !f.grouped && f.range_decimals == 0;
        let ints = |lo: f64, hi: f64| whole && f.value >= lo && f.value <= hi && f.range_to.is_none_or(|t| t >= lo && t <= hi);
        let digits = f.number_end - f.number_start;
        match f.unit.as_str() {
            "%" | "％" | "‰" => FigureKind::Percent,
            "年" | "年度" if digits == 4 && ints(1900.0, 2100.0) => FigureKind::Year,
            "月" if ints(1.0, 12.0) => FigureKind::Date,
            "日" if ints(1.0, 31.0) => FigureKind::Date,
            "季度" if ints(1.0, 4.0) => FigureKind::Date,
            "号" if self.after_date && ints(1.0, 31.0) => FigureKind::Date,
            "号" => FigureKind::Ordinal,
            "时" if ints(0.0, 24.0) => FigureKind::Time,
            _ => FigureKind::Quantity,
        }
    }
}

fn blank(start: usize, end: usize) -> FoundFigure {
    FoundFigure {
        start,
        end,
        number_start: start,
        number_end: end,
        kind: FigureKind::Quantity,
        value: 0.0,
        decimals: 0,
        range_to: None,
        range_decimals: 0,
        unit: String::new(),
        approx: Vec::new(),
        grouped: false,
        full_width: false,
        text: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str) -> Vec<(String, FigureKind, f64, String)> {
        find_figures(text).into_iter().map(|f| (f.text, f.kind, f.value, f.unit)).collect()
    }

    fn one(text: &str) -> FoundFigure {
        let all = find_figures(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all.into_iter().next().unwrap()
    }

    #[test]
    fn quantities_with_units_and_spans() {
        let text = "全年受理信访事项94件，办结97件，调解纠纷25起，成功率98%。";
        let got = find(text);
        assert_eq!(got.len(), 4);
        assert_eq!(got[0], ("94件".into(), FigureKind::Quantity, 94.0, "件".into()));
        assert_eq!(got[3], ("98%".into(), FigureKind::Percent, 98.0, "%".into()));
        let f = &find_figures(text)[0];
        let span: String = text.chars().skip(f.start).take(f.end - f.start).collect();
        assert_eq!(span, "94件");
    }

    #[test]
    fn magnitudes_units_and_precision() {
        let f = one("完成固定资产投资1.25亿元");
        assert_eq!((f.value, f.decimals, f.unit.as_str()), (1.25, 2, "亿元"));
        assert_eq!(one("税收2400万，").unit, "万");
        assert_eq!(one("服务3万人次。").unit, "万人次");
        assert_eq!(one("提高3个百分点").unit, "个百分点");
        assert_eq!(one("拆除1200平米").unit, "平米");
        assert_eq!(one("拆除1200㎡").unit, "㎡");
        assert_eq!(one("修路5km。").unit, "km");
        let f = one("共1,095户");
        assert!(f.grouped);
        assert_eq!(f.value, 1095.0);
        assert!(one("共１０９５户").full_width);
        assert_eq!(one("增长-2.5%").value, -2.5);
    }

    #[test]
    fn approximation_words_before_and_after() {
        let f = one("清运垃圾近500多米");
        let words: Vec<_> = f.approx.iter().map(|a| a.word.as_str()).collect();
        assert_eq!(words, ["近", "多"]);
        assert_eq!(f.text, "近500多米");
        assert_eq!(one("约500米").approx[0].approx, Approx::About);
        assert_eq!(one("超过300人").approx[0].word, "超过");
        let f = one("惠及2万余人");
        assert_eq!((f.unit.as_str(), f.approx[0].word.as_str()), ("万人", "余"));
        assert_eq!(one("300余万元").unit, "万元");
        assert_eq!(one("满意率95%以上").approx[0].approx, Approx::AtLeast);
        assert_eq!(one("1764多吨").approx[0].word, "多");
        assert!(one("最近3天").approx.is_empty());
        assert!(one("近3年来").approx.is_empty());
        assert!(one("签约3家").approx.is_empty());
        assert!(one("节约3万元").approx.is_empty());
        assert_eq!(one("节约约3万元").approx.len(), 1);
    }

    #[test]
    fn dates_years_and_ordinals_are_marked() {
        let got = find("截至2025年12月31日，第3季度（1）");
        let kinds: Vec<_> = got.iter().map(|g| g.1).collect();
        assert_eq!(kinds, [FigureKind::Year, FigureKind::Date, FigureKind::Date, FigureKind::Ordinal, FigureKind::Ordinal]);
        let f = one("1—9月");
        assert_eq!((f.kind, f.value, f.range_to), (FigureKind::Date, 1.0, Some(9.0)));
        assert_eq!(one("1-9月").range_to, Some(9.0));
        assert_eq!(one("1至9月").range_to, Some(9.0));
        assert_eq!(one("2024—2025年").kind, FigureKind::Year);
        assert_eq!(one("用时3年").kind, FigureKind::Quantity);
        assert_eq!(one("用时3个月").unit, "个月");
        assert_eq!(one("2025-12-31").kind, FigureKind::Date);
        assert_eq!(one("上午9:30").kind, FigureKind::Time);
        assert_eq!(find("1.强化队伍\n2、完善机制")[1].1, FigureKind::Ordinal);
        assert_eq!(one("3号楼").kind, FigureKind::Ordinal);
        assert_eq!(find("12月5号")[1].1, FigureKind::Date);
    }

    #[test]
    fn ranges_of_percent_and_magnitudes() {
        let f = one("占比15%～30%之间");
        assert_eq!((f.kind, f.value, f.range_to, f.unit.as_str()), (FigureKind::Percent, 15.0, Some(30.0), "%"));
        assert_eq!(one("9亿～16亿元").unit, "亿元");
        assert_eq!(find("3月至5日").len(), 2);
        assert_eq!(find("由3家增至5家").len(), 2);
        assert_eq!(one("0.5-1.0公里").range_to, Some(1.0));
        assert_eq!(one("50%-60%").range_to, Some(60.0));
    }

    #[test]
    fn codes_are_marked() {
        for t in ["PM2.5", "“1+8+3+1”工作法", "1+4+N模式", "G20峰会", "5G基站", "0371-1234567", "版本1.2.3", "12345热线"] {
            let all = find_figures(t);
            assert!(all.iter().all(|f| f.kind == FigureKind::Code), "{t}: {all:?}");
        }
        assert_eq!(find_figures("PM2.5浓度").len(), 1);
    }

    #[test]
    fn spans_count_chars_not_bytes() {
        let text = "“一是”共计25起";
        let f = one(text);
        assert_eq!((f.start, f.end), (6, 9));
    }
}
