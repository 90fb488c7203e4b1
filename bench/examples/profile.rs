//! Where `check_text` spends its time on the 50,000-character report: each stage timed alone.
//! `LOOP_ALL=n`, `LOOP_TEXT_ONLY=n`, `LOOP_AUTOCORRECT=n` just loop one call, for `perf stat`;
//! `LOOP_DRAFT=n` loops `check(draft, …)` on a 50,000-character draft (what the wizard runs);
//! `LOOP_KEYSTROKE=n` loops the full check of the keystroke bench's draft and
//! `LOOP_INCREMENTAL=n` one character typed into it and checked by a warm `check::Incremental`
//! (what the wizard runs per keystroke).

use std::time::Instant;

use zongjie::core::check::figures::prose;
use zongjie::core::check::{check_text, CheckOptions};
use zongjie::core::figures::find_figures;
use zongjie::core::outline::parse_outline;

fn time<T>(name: &str, f: impl Fn() -> T) -> T {
    let mut best = f64::MAX;
    let mut r = f();
    for _ in 0..7 {
        let t = Instant::now();
        r = f();
        best = best.min(t.elapsed().as_secs_f64() * 1e3);
    }
    println!("{name:<40} {best:>8.3} ms (best of 7)");
    r
}

fn main() {
    let text = zongjie_bench::long_report(50_000);
    if let Ok(n) = std::env::var("LOOP_AUTOCORRECT") {
        let n: usize = n.parse().unwrap_or(10);
        let t = Instant::now();
        let total: usize = (0..n).map(|_| autocorrect::lint_for(&text, "text.md").lines.len()).sum();
        println!("{total} lines; {:.3} ms per autocorrect lint", t.elapsed().as_secs_f64() * 1e3 / n as f64);
        return;
    }
    if let Ok(n) = std::env::var("LOOP_DRAFT") {
        let n: usize = n.parse().unwrap_or(10);
        let draft = zongjie_bench::draft_of(50_000);
        let template = zongjie::core::template::builtin("jiedao-annual").expect("built-in template");
        let o = CheckOptions::default();
        let t = Instant::now();
        let total: usize = (0..n).map(|_| zongjie::core::check::check(&draft, &template, &o).len()).sum();
        println!("{total} findings; {:.3} ms per draft check", t.elapsed().as_secs_f64() * 1e3 / n as f64);
        return;
    }
    if let Ok(n) = std::env::var("LOOP_KEYSTROKE") {
        let n: usize = n.parse().unwrap_or(10);
        let draft = zongjie_bench::keystroke_draft();
        let template = zongjie::core::template::builtin("jiedao-annual").expect("built-in template");
        let o = template.check_options();
        let t = Instant::now();
        let total: usize = (0..n).map(|_| zongjie::core::check::check(&draft, &template, &o).len()).sum();
        println!("{total} findings; {:.3} ms per full check of the keystroke draft", t.elapsed().as_secs_f64() * 1e3 / n as f64);
        return;
    }
    if let Ok(n) = std::env::var("LOOP_INCREMENTAL") {
        let n: usize = n.parse().unwrap_or(100);
        let mut draft = zongjie_bench::keystroke_draft();
        let template = zongjie::core::template::builtin("jiedao-annual").expect("built-in template");
        let o = template.check_options();
        let mut checker = zongjie::core::check::Incremental::new();
        checker.check(&draft, &template, &o);
        let t = Instant::now();
        let mut total = 0;
        for i in 0..n {
            draft.chapters[0].points[0].body.push(if i % 2 == 0 { '年' } else { '度' });
            total += checker.check(&draft, &template, &o).len();
        }
        println!("{total} findings; {:.3} ms per keystroke checked incrementally", t.elapsed().as_secs_f64() * 1e3 / n as f64);
        return;
    }
    if let Ok(n) = std::env::var("LOOP_ALL") {
        let n: usize = n.parse().unwrap_or(10);
        let o = CheckOptions::default();
        let t = Instant::now();
        let total: usize = (0..n).map(|_| check_text(&text, &o).len()).sum();
        println!("{total} findings; {:.3} ms per full check", t.elapsed().as_secs_f64() * 1e3 / n as f64);
        return;
    }
    if let Ok(n) = std::env::var("LOOP_TEXT_ONLY") {
        let mut o = CheckOptions::default();
        o.disabled = zongjie::core::check::rules::RULES
            .iter()
            .filter(|r| r.family == zongjie::core::check::rules::Family::Figures)
            .map(|r| r.id.to_string())
            .collect();
        let n: usize = n.parse().unwrap_or(50);
        let t = Instant::now();
        let total: usize = (0..n).map(|_| check_text(&text, &o).len()).sum();
        println!("{total} findings; {:.3} ms per text-only check", t.elapsed().as_secs_f64() * 1e3 / n as f64);
        return;
    }
    let outline = time("parse_outline", || parse_outline(&text));
    time("find_figures per block", || outline.blocks.iter().map(|b| find_figures(&b.text).len()).sum::<usize>());
    time("prose::check per block", || outline.blocks.iter().map(|b| prose::check(&b.text, None).len()).sum::<usize>());
    let st = time("prose::statements per block", || {
        outline.blocks.iter().enumerate().flat_map(|(i, b)| prose::statements(&b.text).into_iter().map(move |s| (i, s))).collect::<Vec<_>>()
    });
    println!("statements: {}", st.len());
    time("prose::conflicts", || prose::conflicts(&st).len());
    let all = CheckOptions::default();
    let found = time("check_text (all rules)", || check_text(&text, &all));
    let mut counts = std::collections::BTreeMap::new();
    for f in &found {
        *counts.entry(f.rule.clone()).or_insert(0) += 1;
    }
    println!("{counts:?}");
    let mut text_only = CheckOptions::default();
    text_only.disabled = zongjie::core::check::rules::RULES
        .iter()
        .filter(|r| r.family == zongjie::core::check::rules::Family::Figures)
        .map(|r| r.id.to_string())
        .collect();
    time("check_text (text rules only)", || check_text(&text, &text_only).len());
    if std::env::var("ALL").is_err() {
        return;
    }
    let ids: Vec<&str> = zongjie::core::check::rules::RULES.iter().map(|r| r.id).collect();
    for id in ids.iter().filter(|i| zongjie::core::check::rules::find(i).is_some_and(|r| r.family == zongjie::core::check::rules::Family::Text)) {
        let mut only = CheckOptions::default();
        only.disabled = ids.iter().filter(|i| *i != id).map(|s| s.to_string()).collect();
        time(&format!("check_text only {id}"), || check_text(&text, &only).len());
    }
}
