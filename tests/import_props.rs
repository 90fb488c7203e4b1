//! Property tests: any text survives import → assemble → text without losing a sentence (modulo
//! numbering and punctuation) and without a panic. `fuzz_import_million` runs a million cases
//! (`cargo test --release --test import_props -- --ignored`).

mod import_support;

use import_support::{assert_every_fragment_kept, empty_chapter_headings, render, sentences_of, template};
use proptest::prelude::*;
use zongjie::core::import::{import_bytes, import_text};

/// Characters of our generated prose: common words, no digits-as-numerals, no 年 or 是 (those
/// come from the structured generators below).
const POOL: &str = "街道社区党建民生安全治理服务群众企业项目环境文明法治宣传培训活动推进落实完成开展提升加强建设巡查整改隐患志愿网格信访调解救助就业补贴资金道路改造绿化垃圾分类宣讲走访帮扶";

fn word() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(POOL.chars().collect::<Vec<_>>()), 2..8).prop_map(|v| v.into_iter().collect())
}

/// A sentence: words joined by commas (full- or half-width), maybe a figure, then an end mark.
fn sentence() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(word(), 1..4),
        prop::sample::select(vec!["，", ",", "、"]),
        prop::option::of((1u32..5000, prop::sample::select(vec!["个", "人次", "万元", "%", "处", "件"]))),
        prop::sample::select(vec!["。", "。", "。", "！", "；", "."]),
    )
        .prop_map(|(words, comma, fig, end)| {
            let mut s = words.join(comma);
            if let Some((n, u)) = fig {
                s.push_str(&format!("{n}{u}"));
            }
            s + end
        })
}

fn chinese(n: usize) -> &'static str {
    ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][n % 10]
}

/// Part headings the template replaces with its own (exempt from the sentence check).
const PART_HEADINGS: [&str; 5] = ["2025年工作总结", "存在的问题和不足", "2026年工作安排", "重点工作完成情况", "获得荣誉及表彰情况"];

/// One line (or a few lines) of a report in any of the genre's styles.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::collection::vec(sentence(), 1..4).prop_map(|v| v.concat()),
        // A paragraph broken mid-sentence into lines of ~12 chars.
        2 => prop::collection::vec(sentence(), 2..4).prop_map(|v| {
            let chars: Vec<char> = v.concat().chars().collect();
            chars.chunks(12).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("\n")
        }),
        2 => (0usize..9, word(), word()).prop_map(|(n, a, b)| format!("{}、{a}，{b}", chinese(n))),
        2 => (0usize..9, word(), prop::option::of(sentence()), any::<bool>()).prop_map(|(n, a, body, half)| {
            let (o, c) = if half { ("(", ")") } else { ("（", "）") };
            match body {
                Some(b) => format!("{o}{}{c}{a}。{b}", chinese(n)),
                None => format!("{o}{}{c}{a}", chinese(n)),
            }
        }),
        2 => (1u32..12, prop::sample::select(vec![".", "、", "．"]), sentence(), sentence()).prop_map(|(n, m, a, b)| format!("{n}{m}{a}{b}")),
        1 => (1u32..9, any::<bool>(), sentence()).prop_map(|(n, half, s)| if half { format!("({n}){s}") } else { format!("（{n}）{s}") }),
        2 => prop::collection::vec((word(), sentence()), 1..4).prop_map(|items| {
            items.iter().enumerate().map(|(i, (lead, body))| format!("{}是{lead}。{body}", chinese(i))).collect()
        }),
        1 => prop::collection::vec((word(), sentence()), 2..4).prop_map(|items| {
            items.iter().map(|(lead, body)| format!("{}。{body}", lead.chars().take(8).collect::<String>())).collect()
        }),
        1 => (0usize..9, prop::sample::select(PART_HEADINGS.to_vec())).prop_map(|(n, h)| format!("{}、{h}", chinese(n))),
        1 => prop::sample::select(PART_HEADINGS.to_vec()).prop_map(String::from),
        1 => word().prop_map(|w| format!("##{w}##")),
        1 => Just(String::new()),
        1 => word(),
    ]
}

fn report() -> impl Strategy<Value = String> {
    (any::<bool>(), prop::collection::vec(line(), 0..25)).prop_map(|(title, lines)| {
        let mut out = String::new();
        if title {
            out.push_str("试点街道2025年工作总结和2026年工作安排\n");
        }
        out.push_str(&lines.join("\n"));
        out
    })
}

/// Imports with one template and checks the round trip; with a summary-only template a plan part
/// is reported (`import-template-kind`) instead of rendered, so only no-panic is checked then.
fn check_with(text: &str, id: &str) {
    let t = template(id);
    let r = import_text(text, &t);
    let out = render(&r.draft, &t);
    if r.findings.iter().any(|f| f.rule == "import-template-kind") {
        return;
    }
    let empty: Vec<String> = empty_chapter_headings(&r.draft).iter().flat_map(|h| sentences_of(h)).collect();
    let exempt: Vec<&str> = PART_HEADINGS.iter().copied().chain(empty.iter().map(String::as_str)).collect();
    assert_every_fragment_kept(text, &out, &exempt);
}

const TEMPLATES: [&str; 3] = ["jiedao-annual", "jiedao-summary", "dangongwei-annual"];

fn check(text: &str) {
    for id in TEMPLATES {
        check_with(text, id);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_report_keeps_every_sentence(text in report()) {
        check(&text);
    }

    #[test]
    fn any_text_or_bytes_never_panics(text in ".{0,400}", bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let t = template("jiedao-annual");
        let r = import_text(&text, &t);
        let _ = render(&r.draft, &t);
        let _ = import_bytes(&bytes, "x.txt", &t);
        let mut zip = b"PK\x03\x04".to_vec();
        zip.extend(&bytes);
        let _ = import_bytes(&zip, "x.docx", &t);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000_000, ..ProptestConfig::default() })]

    #[test]
    #[ignore]
    fn fuzz_import_million(text in report(), which in 0usize..3) {
        check_with(&text, TEMPLATES[which]);
    }
}
