//! The rule registry: every rule id the checker can report, with its default severity, a short
//! Chinese title and a one-line description. Docs (docs/RULES.md), the UI's settings and the
//! checkers read it; it holds no checking logic.

use super::{CheckOptions, Severity};

/// What a rule looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// Figures and their relations (structured drafts and plain text).
    Figures,
    /// Wording, punctuation, numbering and structure of the text.
    Text,
    /// What only a structured draft has (its meta, such as 成文日期): never raised on plain text.
    Draft,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    pub family: Family,
    pub title: &'static str,
    pub description: &'static str,
}

const fn rule(id: &'static str, severity: Severity, family: Family, title: &'static str, description: &'static str) -> Rule {
    Rule { id, severity, family, title, description }
}

use Family::{Draft as D, Figures as F, Text as T};
use Severity::{Error as E, Hint as H, Warning as W};

/// Every rule: figure rules, text rules, then the draft's own.
pub const RULES: &[Rule] = &[
    rule("rate-mismatch", E, F, "比率与数量不符", "写明的比率与其分子、分母算出的比率不一致。"),
    rule("rate-unreachable", E, F, "比率无法达到", "对件数、人数等整数而言，写明的比率不可能由整数算出。"),
    rule("rate-over-100", E, F, "比率超过100%", "完成率、化解率等办结类比率超过100%。"),
    rule("completion-mismatch", E, F, "完成率与目标不符", "完成率不等于实际完成数除以目标数。"),
    rule("growth-mismatch", E, F, "增幅与两年数据不符", "同比增长率与今年、去年两个数值算出的不一致。"),
    rule("part-exceeds-whole", E, F, "部分大于整体", "办结数大于受理数、整改数大于发现数等。"),
    rule("sum-mismatch", W, F, "分项之和与总数不符", "列出的各分项相加不等于写明的合计数。"),
    rule("not-whole-number", E, F, "数量不是整数", "人数、户数、件数等应为整数。"),
    rule("implausible-value", W, F, "数值明显超出常理", "数值远超街道一级的常见范围，请核实单位和数字。"),
    rule("figure-conflict", E, F, "同一指标数值不一", "同一指标在文中出现两次且数值不同。"),
    rule("unit-mismatch", E, F, "单位与指标不符", "指标的单位与模板规定的单位不属同类。"),
    rule("unknown-token", E, F, "引用了不存在的指标", "正文中的“{{…}}”没有对应的指标，导出时会原样出现。"),
    rule("nonstandard-unit", H, F, "单位写法不规范", "单位写法不合规范，如“平米”应写作“平方米”。"),
    rule("placeholder", E, T, "残留占位符", "文中留有 *、XX、××、某某、**.**% 等待填写的占位符。"),
    rule("boilerplate", E, T, "网络范文痕迹", "文中留有“小编”“仅供参考”“免费下载”等网络范文用语。"),
    rule("year-mismatch", E, T, "年份不符", "标题、工作打算或总结中的年份与总结年度不一致。"),
    rule("numbering", W, T, "标题序号不规范", "标题序号跳号、重号、顺序颠倒、层级错用或写法不规范。"),
    rule("halfwidth-punctuation", W, T, "半角标点", "中文语句中使用了半角标点，应改为全角。"),
    rule("unbalanced-quotes", E, T, "引号不成对", "引号缺少另一半，或前后引号方向颠倒。"),
    rule("unbalanced-brackets", E, T, "括号不成对", "（）《》【】缺少另一半或嵌套错乱。"),
    rule("approximation-conflict", W, T, "约数词重复", "一个数字同时带两个约数词，如“近500多米”。"),
    rule("approximate-exact", W, T, "精确数带约数词", "非整数位的精确数字后加“多”“余”，如“1764多吨”。"),
    rule("large-number-format", H, T, "大数未用万、亿", "较大的数值宜以“万”“亿”为单位书写，如“115.2万元”。"),
    rule("range-dash", H, T, "数值范围连接号", "数值范围应使用“—”或“～”连接，不用短横线。"),
    rule("unit-notation-mix", H, T, "单位写法不统一", "同一单位在文中有两种写法，如“平方米”与“㎡”。"),
    rule("repeated-sentence", W, T, "句子重复", "同一句话在文中出现两次。"),
    rule("missing-end-punctuation", W, T, "段末缺少标点", "正文段落末尾缺少句号等结束标点。"),
    rule("confusable-word", W, T, "易错词", "常见错别字或误用词，如“截止目前”应为“截至目前”。"),
    rule("missing-part", W, T, "缺少部分", "标题写明的部分（如下一年工作安排）在正文中没有。"),
    rule("empty-part", W, T, "标题下无内容", "某个标题下面没有任何内容。"),
    rule("date-format", W, D, "成文日期写法不规范", "成文日期应写作“2025年12月20日”：阿拉伯数字，年、月、日齐全，月、日不加“0”。"),
];

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// The severity a rule reports with under these options: the override if any, else its default;
/// `None` if the rule is switched off. Unknown ids report as warnings.
pub fn severity(id: &str, options: &CheckOptions) -> Option<Severity> {
    if options.disabled.contains(id) {
        return None;
    }
    if let Some(s) = options.severities.get(id) {
        return Some(*s);
    }
    Some(find(id).map(|r| r.severity).unwrap_or(Severity::Warning))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_kebab_case() {
        let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        for id in &ids {
            assert!(id.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit()), "{id}");
        }
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }

    #[test]
    fn options_override_and_disable() {
        let mut o = CheckOptions::default();
        assert_eq!(severity("placeholder", &o), Some(Severity::Error));
        o.severities.insert("placeholder".into(), Severity::Hint);
        assert_eq!(severity("placeholder", &o), Some(Severity::Hint));
        o.disabled.insert("placeholder".into());
        assert_eq!(severity("placeholder", &o), None);
    }
}
