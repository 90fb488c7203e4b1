//! Units of figures in prose: counts of people, households and items written with decimals
//! (`not-whole-number`: 帮扶困难群众12.5人), and units not written the standard way
//! (`nonstandard-unit`: 7900平米 → 7900平方米; an amount in 万 without 元 → 3520万元).

use super::super::ids;
use super::{Item, Prose, Spot};
use crate::core::figures;

/// Labels that make a count an average, which may have decimals (人均2.5次).
const AVERAGES: &[&str] = &["平均", "人均", "户均", "均", "每"];

/// Labels of amounts of money.
const MONEY: &[&str] = &[
    "税收", "收入", "资金", "投资", "补贴", "补助", "金额", "经费", "营收", "产值", "销售额", "零售额", "增加值", "款",
    "费", "奖金", "救助金", "低保金", "预算", "财政",
];

pub(super) fn check(prose: &Prose, out: &mut Vec<Spot>) {
    for item in &prose.items {
        not_whole(prose, item, out);
        spelling(prose, item, out);
    }
}

fn not_whole(prose: &Prose, item: &Item, out: &mut Vec<Spot>) {
    if item.figure.decimals == 0 || !figures::is_whole_number_unit(&item.found.unit) {
        return;
    }
    if AVERAGES.iter().any(|w| item.label_has(w)) || prose.chars.get(item.end()).is_some_and(|c| *c == '倍') {
        return;
    }
    out.push(Spot {
        rule: ids::NOT_WHOLE_NUMBER,
        message: format!("“{}”是人数、户数或件数，应为整数。请改为整数，或改用“万{}”等单位。", item.found.text, item.found.unit),
        start: item.start(),
        end: item.end(),
        excerpt: prose.excerpt(&[item]),
        suggestion: None,
    });
}

fn spelling(prose: &Prose, item: &Item, out: &mut Vec<Spot>) {
    let written = item.found.unit.as_str();
    if written.is_empty() {
        return;
    }
    let number_end = item.found.number_end;
    let unit_start = item.end() - written.chars().count();
    // Only a unit that follows the number (not one after 以上/左右).
    if unit_start < number_end || prose.slice(unit_start, item.end()) != written {
        return;
    }
    let glued_to_latin = prose.chars.get(item.end()).is_some_and(|c| c.is_ascii_alphanumeric());
    if let Some(standard) = figures::standard_unit_spelling(written).filter(|_| is_cjk_unit(written) || !glued_to_latin) {
        let fixed = format!("{}{standard}", prose.slice(item.start(), unit_start));
        out.push(Spot {
            rule: ids::NONSTANDARD_UNIT,
            message: format!("计量单位“{written}”不规范，应写作“{standard}”。"),
            start: item.start(),
            end: item.end(),
            excerpt: prose.excerpt(&[item]),
            suggestion: Some(fixed),
        });
        return;
    }
    let bare = matches!(written, "万" | "亿");
    let next = prose.chars.get(item.end()).copied();
    let ends_clause = next.is_none_or(|c| !c.is_alphanumeric());
    if bare && ends_clause && MONEY.iter().any(|w| item.label_has(w)) {
        let fixed = format!("{}元", item.found.text);
        out.push(Spot {
            rule: ids::NONSTANDARD_UNIT,
            message: format!("金额“{}”缺少“元”，应写作“{fixed}”。", item.found.text),
            start: item.start(),
            end: item.end(),
            excerpt: prose.excerpt(&[item]),
            suggestion: Some(fixed),
        });
    }
}

fn is_cjk_unit(unit: &str) -> bool {
    unit.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}
