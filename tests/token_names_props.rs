//! `core::token_names` on any text and any indicator list: the stored text always comes back
//! unchanged from its display (`from_display(to_display(t)) == t`), neither direction panics, and
//! typing ordinary text outside the tokens of a field never changes what the field shows (so the
//! caret stays where the author put it). `make fuzz` runs the ignored million-case version.

use proptest::prelude::*;
use zongjie::core::token_names::TokenNames;

/// Ids and names drawn from one small pool, so that names clash with each other and with ids.
const POOL: &[&str] = &[
    "budget", "rate", "a", "甲", "乙名", "同名", "含{括", "含}括", " 空", "空 ", "", "一般 收入", "\\", "x\\y", "{{", "budget}",
];

fn indicators() -> impl Strategy<Value = Vec<(String, String)>> {
    let one = (0..POOL.len(), 0..POOL.len()).prop_map(|(i, n)| (POOL[i].to_string(), POOL[n].to_string()));
    prop::collection::vec(one, 0..8)
}

/// Text built from what matters to tokens: braces, backslashes, spaces, the pool, prose.
fn tokenish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("{{".to_string()),
        Just("}}".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        Just("\\".to_string()),
        Just(" ".to_string()),
        Just("完成".to_string()),
        Just("，".to_string()),
        (0..POOL.len()).prop_map(|i| POOL[i].to_string()),
        (0..POOL.len()).prop_map(|i| format!("{{{{{}}}}}", POOL[i])),
        (0..POOL.len()).prop_map(|i| format!("{{{{ {} }}}}", POOL[i])),
        "\\PC{0,4}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..16).prop_map(|v| v.concat())
}

/// Char spans of the tokens of `text`, as `model::tokens::find` sees them.
fn spans(text: &str) -> Vec<(usize, usize)> {
    zongjie::core::model::tokens::find(text).iter().map(|t| (t.start, t.end)).collect()
}

fn round_trips(names: &TokenNames, stored: &str) {
    let shown = names.to_display(stored);
    assert_eq!(names.from_display(&shown), stored, "shown as {shown:?}");
}

/// Typing `typed` (no brace, no backslash) at char `at` of the display, when `at` is not inside
/// a token, leaves the display as typed.
fn typing_keeps_display(names: &TokenNames, stored: &str, at: usize, typed: &str) {
    let shown = names.to_display(stored);
    let n = shown.chars().count();
    let at = at % (n + 1);
    if spans(&shown).iter().any(|&(s, e)| s < at && at < e) {
        return;
    }
    let mut edited: String = shown.chars().take(at).collect();
    edited.push_str(typed);
    edited.extend(shown.chars().skip(at));
    assert_eq!(names.to_display(&names.from_display(&edited)), edited, "typed {typed:?} at {at} of {shown:?}");
}

proptest! {
    #[test]
    fn stored_text_comes_back_unchanged(list in indicators(), text in tokenish()) {
        round_trips(&TokenNames::new(&list), &text);
    }

    #[test]
    fn any_string_either_way(list in indicators(), text in any::<String>()) {
        let names = TokenNames::new(&list);
        round_trips(&names, &text);
        let _ = names.to_display(&names.from_display(&text));
    }

    #[test]
    fn typing_outside_tokens_keeps_the_display(list in indicators(), text in tokenish(), at in 0usize..64, typed in "[完成了 ，。0-9a]{1,3}") {
        typing_keeps_display(&TokenNames::new(&list), &text, at, &typed);
    }
}

#[test]
#[ignore = "a million cases: run with `make fuzz`"]
fn fuzz_token_names_million() {
    let config = ProptestConfig { cases: 1_000_000, failure_persistence: None, ..ProptestConfig::default() };
    proptest!(config, |(list in indicators(), text in tokenish(), at in 0usize..64, typed in "[完成 ，a]{1,3}")| {
        let names = TokenNames::new(&list);
        round_trips(&names, &text);
        typing_keeps_display(&names, &text, at, &typed);
    });
}

/// The indicators of a real template: every usable name shows, and names typed come back as ids.
#[test]
fn builtin_template_names_show_and_store() {
    use zongjie::core::model::{Chapter, Draft, IndicatorEntry};
    let template = zongjie::core::template::builtin_templates().into_iter().next().expect("a built-in template");
    let mut draft = Draft::new("d", &template.id, "甲街道办事处", 2025);
    let mut chapter = Chapter { id: "c".into(), ..Chapter::default() };
    for (_, spec) in template.indicators() {
        chapter.indicators.push(IndicatorEntry { indicator: spec.id.clone(), ..IndicatorEntry::default() });
    }
    draft.chapters.push(chapter);
    let names = TokenNames::of_draft(&draft, &template);
    for (_, spec) in template.indicators() {
        let stored = format!("共{{{{{}}}}}。", spec.id);
        let shown = names.to_display(&stored);
        assert_eq!(shown, format!("共{{{{{}}}}}。", spec.name), "{} shows its name", spec.id);
        assert_eq!(names.from_display(&shown), stored);
    }
}
