//! Rates in prose: “受理群众诉求356件，办结349件，办结率99.8%”. A percentage whose label ends in
//! 率 is tied to the part counted by the same verb (办结、化解、整改、调解成功…) and to the whole
//! named by a word that goes with that verb (受理、排查、发现、调解…), all within one clause
//! group. Reports `rate-mismatch`, `rate-unreachable` (25起 and 98%), `rate-over-100` and, when
//! the part is larger than the whole, `part-exceeds-whole`.

use super::super::indicators::extreme_misstated;
use super::super::measure;
use super::super::relations::in_unit_of;
use super::super::ids;
use super::{Item, Prose, Spot};

/// Verbs of things done, with the words that name the whole they are done out of.
pub(super) const PAIRS: &[(&str, &[&str])] = &[
    ("办结", &["受理", "接收", "收到", "接到", "收集", "交办", "转办", "登记", "接访", "办理", "诉求", "信访", "投诉", "工单"]),
    ("答复", &["受理", "接收", "收到", "接到", "收集", "交办", "转办", "登记", "诉求", "投诉", "工单"]),
    ("回复", &["受理", "接收", "收到", "接到", "收集", "交办", "转办", "登记", "诉求", "投诉", "工单"]),
    ("处置", &["受理", "接收", "收到", "接到", "交办", "发现", "排查", "上报"]),
    ("化解", &["排查", "积案", "矛盾", "纠纷", "受理", "摸排", "接访", "信访"]),
    ("整改", &["排查", "发现", "检查", "隐患", "问题"]),
    ("销号", &["排查", "发现", "隐患", "问题"]),
    ("成功", &["调解", "纠纷", "矛盾", "受理", "介绍", "推荐", "申报"]),
    ("结案", &["受理", "立案", "调解", "案件"]),
    ("满意", &["回访", "调查", "测评", "走访"]),
    ("参加", &["应参加", "应到"]),
    ("参会", &["应参会", "应到"]),
    ("到会", &["应到"]),
    ("接种", &["应接种", "应种", "目标人群"]),
    ("覆盖", &["社区", "小区", "网格", "村"]),
    ("解决", &["收集", "征集", "梳理", "受理", "接收", "收到", "接到", "交办", "排查", "发现", "诉求", "问题"]),
    ("处理", &["受理", "接收", "收到", "接到", "交办", "发现", "排查", "上报", "投诉"]),
    ("落实", &["收集", "征集", "梳理", "交办", "认领"]),
    ("采纳", &["提出", "提交", "收到", "征集", "收集"]),
    // Last: in 整改完成率 the rate is of 整改 (see `verb_of`).
    ("完成", &["收集", "征集", "梳理", "认领", "受理", "接收", "收到", "接到", "交办", "排查", "发现", "摸排"]),
];

/// Other rates of things done: never above 100%.
const DONE_RATES: &[&str] = &["参保", "合格", "达标", "知晓", "入学", "出勤", "签约", "完好"];

pub(super) fn check(prose: &Prose, out: &mut Vec<Spot>) {
    for (i, rate) in prose.items.iter().enumerate() {
        if !rate.is_percent() || !rate.exact() {
            continue;
        }
        let Some(stem) = rate.label.strip_suffix('率') else { continue };
        let verb = verb_of(stem);
        let over = rate.reading.measure.lo() > 100.0;
        let Some((_, verb, wholes)) = verb else {
            if over && DONE_RATES.iter().any(|w| stem.ends_with(w)) {
                out.push(over_100(prose, rate, stem, None));
            }
            continue;
        };
        let short = short_stem(stem, verb);
        let before = &prose.items[..i];
        // The nearest earlier figure of the clause group that `fits`.
        let nearest = |limit: usize, fits: &dyn Fn(&Item) -> bool| {
            for x in before[..limit].iter().rev() {
                if x.group != rate.group {
                    break;
                }
                if !x.is_percent() && fits(x) {
                    return Some(x);
                }
            }
            None
        };
        let part = nearest(before.len(), &|x| names_part(x, verb));
        let whole_before = |limit: usize| nearest(limit, &|x| (!x.label_has(verb) || x.label_has(&format!("应{verb}"))) && wholes.iter().any(|w| x.label_has(w)));
        let part_index = part.and_then(|p| before.iter().position(|x| std::ptr::eq(x, p)));
        let whole = whole_before(part_index.unwrap_or(before.len()));
        // 完成率 is a completion against a target (`targets`), which may pass 100%, unless the
        // sentence names what the things done are out of (收集…50个，完成45个).
        if verb == "完成" && whole.is_none() {
            continue;
        }
        let whole_word = whole.and_then(|w| wholes.iter().find(|x| w.label_has(x))).copied().unwrap_or("总");
        let names = Names { rate: format!("{short}率"), part: format!("{short}数"), whole: format!("{whole_word}数") };
        if over {
            out.push(over_100(prose, rate, stem, Some(&names)));
            continue;
        }
        match (part, whole) {
            (Some(p), Some(w)) => compare(prose, rate, p, w, &names, out),
            (None, Some(w)) => unreachable(prose, rate, w, &names, out),
            _ => {}
        }
    }
}

/// The verb of a rate's stem with the wholes it goes with: the last verb of `PAIRS` in it, but
/// 完成 only when no other is there (整改完成率 is a rate of 整改).
fn verb_of(stem: &str) -> Option<(usize, &'static str, &'static [&'static str])> {
    let mut best: Option<(usize, &'static str, &'static [&'static str])> = None;
    for &(v, w) in PAIRS {
        let Some(at) = crate::core::find_str::rfind(stem, v) else { continue };
        let better = match best {
            None => true,
            Some((_, "完成", _)) => true,
            Some((b, _, _)) => v != "完成" && at > b,
        };
        if better {
            best = Some((at, v, w));
        }
    }
    best
}

struct Names {
    rate: String,
    part: String,
    whole: String,
}

/// The stem up to four chars ending at the verb: 按期办结, 调解成功, 办结.
pub(super) fn short_stem(stem: &str, verb: &str) -> String {
    let end = crate::core::find_str::rfind(stem, verb).map(|at| at + verb.len()).unwrap_or(stem.len());
    let upto: Vec<char> = stem[..end].chars().collect();
    let from = upto.len().saturating_sub(4);
    upto[from..].iter().collect()
}

/// A count whose label says it is the part done by `verb` (not 未办结).
pub(super) fn names_part(x: &Item, verb: &str) -> bool {
    x.label_has(verb) && !["未", "没有", "尚未", "待", "应"].iter().any(|neg| x.label_has(&format!("{neg}{verb}")))
}

fn over_100(prose: &Prose, rate: &Item, stem: &str, names: Option<&Names>) -> Spot {
    let check = match names {
        Some(n) => format!("请核对{}和{}。", n.part, n.whole),
        None => "请核对参与计算的两个数。".to_string(),
    };
    Spot {
        rule: ids::RATE_OVER_100,
        message: format!("{stem}率写为{}，比例不会超过100%。{check}", rate.found.text),
        start: rate.start(),
        end: rate.end(),
        excerpt: prose.excerpt(&[rate]),
        suggestion: None,
    }
}

fn compare(prose: &Prose, rate: &Item, part: &Item, whole: &Item, names: &Names, out: &mut Vec<Spot>) {
    if !part.exact() || !whole.exact() {
        return;
    }
    let Some(p) = in_unit_of(&part.reading, &whole.reading) else { return };
    let w = &whole.reading;
    if measure::exceeds(&p.measure, &w.measure) {
        if !super::parts::carries_over(prose, part) {
            out.push(super::parts::exceeds(prose, part, whole, &names.part, &names.whole));
        }
        return;
    }
    let Some(span) = measure::percent_of(&p.measure, &w.measure) else { return };
    let written = &rate.reading;
    if span.admits(&written.measure) && !extreme_misstated(written, span.value) {
        return;
    }
    let right = measure::fixed_avoiding(span.value, rate.figure.decimals, written.measure.value);
    out.push(Spot {
        rule: ids::RATE_MISMATCH,
        message: format!(
            "{}写为{}，但{}÷{}={right}%。请改为{right}%，或核对{}和{}。",
            names.rate,
            rate.found.text,
            p.shown(),
            w.shown(),
            names.part,
            names.whole
        ),
        start: rate.start(),
        end: rate.end(),
        excerpt: prose.excerpt(&[whole, part, rate]),
        suggestion: Some(format!("{right}%")),
    });
}

fn unreachable(prose: &Prose, rate: &Item, whole: &Item, names: &Names, out: &mut Vec<Spot>) {
    let Some(n) = whole.reading.exact_count() else { return };
    let Some(((k1, r1), (k2, r2))) = measure::unreachable_neighbours(&rate.reading.measure, n) else { return };
    let d = rate.figure.decimals;
    out.push(Spot {
        rule: ids::RATE_UNREACHABLE,
        message: format!(
            "{}写为{}，但{}只有{}，按整数计算得不到这个比例：{k1}÷{n}={}%，{k2}÷{n}={}%。请核对{}后重新计算。",
            names.rate,
            rate.found.text,
            names.whole,
            whole.found.text,
            measure::fixed(r1, d),
            measure::fixed(r2, d),
            names.part
        ),
        start: rate.start(),
        end: rate.end(),
        excerpt: prose.excerpt(&[whole, rate]),
        suggestion: None,
    });
}
