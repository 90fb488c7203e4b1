//! `check::Incremental` gives exactly the findings of the full `check` after every edit: random
//! sequences of edits (typing, points and chapters inserted, removed and moved, indicator
//! values, the report year, acknowledgements, severities and switches, the template) on the
//! test draft (tests/fixtures/figures/clean_draft.json), each step compared with a full check of
//! the same draft. Also: after typing into one point only that field is read again.

use proptest::prelude::*;
use zongjie::core::check::acknowledge::{acknowledge, withdraw};
use zongjie::core::check::{check, CheckOptions, Finding, Incremental, Severity};
use zongjie::core::model::{Chapter, Draft, IndicatorEntry, KeyTask, Point};
use zongjie::core::template::{builtin, Template};

fn clean() -> Draft {
    Draft::from_json(include_str!("fixtures/figures/clean_draft.json")).expect("fixture draft reads")
}

fn template(id: &str) -> Template {
    builtin(id).expect("built-in template")
}

/// Our own sentences, each raising something (or nothing) alone or with the others.
const TEXTS: &[&str] = &[
    "",
    "全年受理群众诉求356件，办结349件，办结率99.8%。",
    "受理群众诉求360件，群众满意度明显提升。",
    "收集企业诉求90件，已解决93件。",
    "新增就业岗位XX个，完成投资1.5亿元。",
    "2023年完成投资1.5亿元,同比增长12%.",
    "城镇新增就业{{new_urban_jobs}}人，城镇登记失业率控制在{{unemployment_rate}}以内。",
    "全年受理信访事项{{petitions_received}}件，办结{{nobody}}件。",
    "截止目前，已完成整改任务。",
    "持续开展巡查。持续开展巡查。",
    "城镇新增就业480人，较上年有所增加。",
    "限额以上社会消费品零售额同比增长15%，增幅居全区前列。",
    "限额以上社会消费品零售额5.2亿元，同比增长12.5%。",
    "排查安全隐患158处，已整改156处，隐患整改率98.7%",
    "（一）强化基层组织建设，“两新”组织覆盖面持续扩大。",
    "划分网格42个，配备专兼职网格员96人；网格员共计100人。",
    "全年发放救助补贴资金126.5万元，惠及困难群众312户。",
    "2026年，街道将继续抓好基层建设",
    "以上内容仅供参考。",
];

const TYPED: &[char] = &['年', '5', '。', '，', '%', 'X', '件', ' ', '"', '、', '2', '0'];

const VALUES: &[&str] = &["", "460", "480", "3.2%", "356", "1.25亿元", "约500", "abc", "4.32亿元", "12.5%"];

const RULES: &[&str] = &["figure-conflict", "rate-mismatch", "placeholder", "halfwidth-punctuation", "missing-end-punctuation", "year-mismatch", "repeated-sentence", "unknown-token", "empty-part"];

const TEMPLATES: &[&str] = &["jiedao-annual", "jiedao-summary", "dangongwei-annual"];

#[derive(Debug, Clone)]
enum Op {
    SetBody(usize, usize, usize),
    Type(usize, usize, usize),
    Backspace(usize, usize),
    SetLead(usize, usize, usize),
    InsertPoint(usize, usize, usize),
    RemovePoint(usize, usize),
    SetHeading(usize, usize),
    AddChapter(usize),
    RemoveChapter(usize),
    SwapChapters(usize, usize),
    SetIndicator(usize, usize),
    SetLastYear(usize, usize),
    AddIndicator(usize, usize),
    RemoveIndicator(usize),
    SetYear(usize),
    Acknowledge(usize),
    Withdraw(usize),
    SetOther(usize, usize),
    Severity(usize, usize),
    Disable(usize),
    Enable(usize),
    Template(usize),
}

fn op() -> impl Strategy<Value = Op> {
    let n = 0usize..64;
    prop_oneof![
        4 => (n.clone(), n.clone(), n.clone()).prop_map(|(a, b, c)| Op::SetBody(a, b, c)),
        6 => (n.clone(), n.clone(), n.clone()).prop_map(|(a, b, c)| Op::Type(a, b, c)),
        2 => (n.clone(), n.clone()).prop_map(|(a, b)| Op::Backspace(a, b)),
        2 => (n.clone(), n.clone(), n.clone()).prop_map(|(a, b, c)| Op::SetLead(a, b, c)),
        3 => (n.clone(), n.clone(), n.clone()).prop_map(|(a, b, c)| Op::InsertPoint(a, b, c)),
        2 => (n.clone(), n.clone()).prop_map(|(a, b)| Op::RemovePoint(a, b)),
        1 => (n.clone(), n.clone()).prop_map(|(a, b)| Op::SetHeading(a, b)),
        1 => n.clone().prop_map(Op::AddChapter),
        1 => n.clone().prop_map(Op::RemoveChapter),
        1 => (n.clone(), n.clone()).prop_map(|(a, b)| Op::SwapChapters(a, b)),
        3 => (n.clone(), n.clone()).prop_map(|(a, b)| Op::SetIndicator(a, b)),
        1 => (n.clone(), n.clone()).prop_map(|(a, b)| Op::SetLastYear(a, b)),
        1 => (n.clone(), n.clone()).prop_map(|(a, b)| Op::AddIndicator(a, b)),
        1 => n.clone().prop_map(Op::RemoveIndicator),
        1 => n.clone().prop_map(Op::SetYear),
        2 => n.clone().prop_map(Op::Acknowledge),
        1 => n.clone().prop_map(Op::Withdraw),
        2 => (n.clone(), n.clone()).prop_map(|(a, b)| Op::SetOther(a, b)),
        1 => (n.clone(), n.clone()).prop_map(|(a, b)| Op::Severity(a, b)),
        1 => n.clone().prop_map(Op::Disable),
        1 => n.clone().prop_map(Op::Enable),
        1 => n.clone().prop_map(Op::Template),
    ]
}

/// The state the edits act on: the draft, the caller's options and the template.
struct World {
    draft: Draft,
    options: CheckOptions,
    template: Template,
}

fn pick<T>(items: &[T], k: usize) -> Option<&T> {
    (!items.is_empty()).then(|| &items[k % items.len()])
}

fn point(draft: &mut Draft, c: usize, p: usize) -> Option<&mut Point> {
    let n = draft.chapters.len();
    let chapter = draft.chapters.get_mut(c % n.max(1))?;
    let m = chapter.points.len();
    chapter.points.get_mut(p % m.max(1))
}

fn entries(draft: &mut Draft) -> Vec<&mut IndicatorEntry> {
    draft.chapters.iter_mut().flat_map(|c| c.indicators.iter_mut()).collect()
}

fn apply(w: &mut World, op: &Op, findings: &[Finding]) {
    let text = |k: usize| TEXTS[k % TEXTS.len()].to_string();
    let d = &mut w.draft;
    match *op {
        Op::SetBody(c, p, t) => {
            if let Some(pt) = point(d, c, p) {
                pt.body = text(t);
            }
        }
        Op::Type(c, p, k) => {
            if let Some(pt) = point(d, c, p) {
                pt.body.push(TYPED[k % TYPED.len()]);
            }
        }
        Op::Backspace(c, p) => {
            if let Some(pt) = point(d, c, p) {
                pt.body.pop();
            }
        }
        Op::SetLead(c, p, t) => {
            if let Some(pt) = point(d, c, p) {
                pt.lead = text(t).chars().take(12).collect();
            }
        }
        Op::InsertPoint(c, at, t) => {
            let n = d.chapters.len();
            if let Some(chapter) = d.chapters.get_mut(c % n.max(1)) {
                let at = at % (chapter.points.len() + 1);
                chapter.points.insert(at, Point::new("", text(t)));
            }
        }
        Op::RemovePoint(c, at) => {
            let n = d.chapters.len();
            if let Some(chapter) = d.chapters.get_mut(c % n.max(1)) {
                if !chapter.points.is_empty() {
                    let at = at % chapter.points.len();
                    chapter.points.remove(at);
                }
            }
        }
        Op::SetHeading(c, t) => {
            let n = d.chapters.len();
            if let Some(chapter) = d.chapters.get_mut(c % n.max(1)) {
                chapter.heading = text(t).chars().take(16).collect();
            }
        }
        Op::AddChapter(t) => {
            let id = format!("custom-{}", d.chapters.len() + t);
            d.chapters.push(Chapter { id, heading: "其他工作扎实推进".into(), points: vec![Point::new("", text(t))], ..Chapter::default() });
        }
        Op::RemoveChapter(c) => {
            if !d.chapters.is_empty() {
                let n = d.chapters.len();
                d.chapters.remove(c % n);
            }
        }
        Op::SwapChapters(a, b) => {
            let n = d.chapters.len();
            if n > 0 {
                d.chapters.swap(a % n, b % n);
            }
        }
        Op::SetIndicator(e, v) => {
            let mut all = entries(d);
            let n = all.len();
            if let Some(entry) = all.get_mut(e % n.max(1)) {
                entry.text = VALUES[v % VALUES.len()].into();
            }
        }
        Op::SetLastYear(e, v) => {
            let mut all = entries(d);
            let n = all.len();
            if let Some(entry) = all.get_mut(e % n.max(1)) {
                entry.last_year = VALUES[v % VALUES.len()].into();
            }
        }
        Op::AddIndicator(c, v) => {
            let n = d.chapters.len();
            let ids = ["new_urban_jobs", "enterprise_requests", "retail_sales", "petitions_received", "unknown_one"];
            if let Some(chapter) = d.chapters.get_mut(c % n.max(1)) {
                let indicator = ids[v % ids.len()].to_string();
                chapter.indicators.push(IndicatorEntry { indicator, text: VALUES[v % VALUES.len()].into(), ..IndicatorEntry::default() });
            }
        }
        Op::RemoveIndicator(c) => {
            let n = d.chapters.len();
            if let Some(chapter) = d.chapters.get_mut(c % n.max(1)) {
                chapter.indicators.pop();
            }
        }
        Op::SetYear(k) => d.meta.year = [2025, 2024, 0, 1999, 2026][k % 5],
        Op::Acknowledge(k) => {
            if let Some(f) = pick(findings, k) {
                acknowledge(d, f, "已核实");
            }
        }
        Op::Withdraw(k) => {
            if let Some(key) = pick(&d.acknowledged, k).map(|a| a.key.clone()) {
                withdraw(d, &key);
            }
        }
        Op::SetOther(which, t) => match which % 8 {
            0 => d.opening = text(t),
            1 => d.closing = text(t),
            2 => d.plan_intro = text(t),
            3 => d.problems.push(Point::new("", text(t))),
            4 => d.plan.insert(0, Point::new("抓发展", text(t))),
            5 => d.key_tasks.push(KeyTask { task: "老旧小区改造".into(), target: text(t), actual: text(t + 1), note: text(t + 2) }),
            6 => d.honours.push(text(t)),
            _ => {
                d.problems.clear();
                d.honours.clear();
            }
        },
        Op::Severity(r, s) => {
            let severity = [Severity::Hint, Severity::Warning, Severity::Error][s % 3];
            w.options.severities.insert(RULES[r % RULES.len()].into(), severity);
        }
        Op::Disable(r) => {
            w.options.disabled.insert(RULES[r % RULES.len()].into());
        }
        Op::Enable(r) => {
            let rule = RULES[r % RULES.len()];
            w.options.disabled.remove(rule);
            w.options.severities.remove(rule);
        }
        Op::Template(k) => w.template = template(TEMPLATES[k % TEMPLATES.len()]),
    }
}

fn describe(findings: &[Finding]) -> String {
    findings.iter().map(|f| format!("\n  {} {:?} {:?} {:?} {:?}-{:?} {}", f.rule, f.severity, f.location.chapter, f.location.point, f.location.start, f.location.end, f.excerpt)).collect()
}

/// Runs the edits, comparing the incremental checker with a full check after each one.
fn same_after_every_edit(ops: &[Op]) -> Result<(), TestCaseError> {
    let mut w = World { draft: clean(), options: CheckOptions::default(), template: template("jiedao-annual") };
    let mut incremental = Incremental::new();
    let mut findings = check(&w.draft, &w.template, &w.options);
    prop_assert_eq!(&incremental.check(&w.draft, &w.template, &w.options), &findings);
    for (step, op) in ops.iter().enumerate() {
        apply(&mut w, op, &findings);
        findings = check(&w.draft, &w.template, &w.options);
        let got = incremental.check(&w.draft, &w.template, &w.options);
        prop_assert!(got == findings, "step {step} ({op:?}): incremental{}\nfull{}", describe(&got), describe(&findings));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn incremental_equals_full_after_every_edit(ops in prop::collection::vec(op(), 1..30)) {
        same_after_every_edit(&ops)?;
    }
}

#[test]
fn incremental_equals_full_on_planted_findings() {
    // A fixed sequence touching every kind of edit, with findings at each step.
    let ops: Vec<Op> = (0..TEXTS.len())
        .flat_map(|t| [Op::SetBody(t, t, t), Op::Type(t, t, t), Op::InsertPoint(t + 1, 0, t + 3), Op::SetIndicator(t, t), Op::Acknowledge(t)])
        .chain([Op::SetYear(1), Op::Severity(0, 0), Op::Disable(3), Op::Template(1), Op::RemoveChapter(0), Op::Withdraw(0), Op::Enable(3)])
        .collect();
    same_after_every_edit(&ops).expect("incremental equals full");
}

#[test]
fn typing_into_one_point_reads_only_that_field_again() {
    let t = template("jiedao-annual");
    let o = CheckOptions::default();
    let mut draft = clean();
    let mut incremental = Incremental::new();
    let first = incremental.check(&draft, &t, &o);
    let fields = incremental.fields_read();
    assert!(fields > 10, "the first check reads every field ({fields})");
    assert_eq!(incremental.check(&draft, &t, &o), first);
    assert_eq!(incremental.fields_read(), 0, "nothing changed, nothing read");
    draft.chapters[1].points[0].body.push_str("新增就业岗位XX个。");
    let after = incremental.check(&draft, &t, &o);
    assert_eq!(incremental.fields_read(), 1);
    assert_eq!(after, check(&draft, &t, &o));
    assert!(after.iter().any(|f| f.rule == "placeholder"));
    // A point inserted before others moves them; their results are found again by text.
    draft.chapters[1].points.insert(0, Point::new("新的要点", "新的内容。"));
    assert_eq!(incremental.check(&draft, &t, &o), check(&draft, &t, &o));
    assert_eq!(incremental.fields_read(), 2);
    // The report year changes what the text rules say: everything is read again.
    draft.meta.year = 2024;
    assert_eq!(incremental.check(&draft, &t, &o), check(&draft, &t, &o));
    assert_eq!(incremental.fields_read(), fields + 2);
    // An indicator entry edited: only the fields that read the entries (tokens, a growth against
    // an entry's last year) are read again; the others' figures are compared with it again.
    draft.chapters[1].points[0].body = "限额以上社会消费品零售额5.2亿元，同比增长12.5%。".into();
    draft.chapters[1].points[1].body = "收集企业诉求90件，群众满意度明显提升。".into();
    let growth = |found: &[Finding]| found.iter().any(|f| f.rule == "growth-mismatch" && f.location.point == Some(0));
    assert!(growth(&incremental.check(&draft, &t, &o)), "(5.2−4.32)÷4.32 is not 12.5%");
    let retail = draft.chapters[1].indicators.iter_mut().find(|e| e.indicator == "retail_sales").expect("fixture has retail_sales");
    retail.last_year = "4.62亿元".into();
    let found = incremental.check(&draft, &t, &o);
    assert_eq!(found, check(&draft, &t, &o));
    let read = incremental.fields_read();
    assert!(read > 0 && read < fields, "{read} of {fields} fields read again");
    assert!(!growth(&found), "(5.2−4.62)÷4.62 is 12.5%");
    let conflict = |found: &[Finding]| found.iter().any(|f| f.rule == "figure-conflict" && f.location.point == Some(1));
    assert!(conflict(&found), "90 requests in prose, 96 in the entry");
    let requests = draft.chapters[1].indicators.iter_mut().find(|e| e.indicator == "enterprise_requests").expect("fixture has enterprise_requests");
    requests.text = "90".into();
    let found = incremental.check(&draft, &t, &o);
    assert_eq!(found, check(&draft, &t, &o));
    assert!(!conflict(&found));
}
