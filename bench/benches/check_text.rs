//! zongjie's `check_text` against autocorrect's `lint_for` on the same 50,000-character report.
//! Criterion measures both (and zongjie with the figure rules switched off, i.e. the wording and
//! structure rules that are comparable to autocorrect's); then a plain timing loop prints the
//! medians and their ratios (the goal: zongjie at least twice as fast).

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::Criterion;
use zongjie::core::check::{check_text, CheckOptions};
use zongjie_bench::long_report;

const CHARS: usize = 50_000;

fn zongjie(text: &str, options: &CheckOptions) -> usize {
    check_text(text, options).len()
}

fn autocorrect(text: &str) -> usize {
    autocorrect::lint_for(text, "text.md").lines.len()
}

fn median(mut f: impl FnMut(), runs: usize) -> Duration {
    f();
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let text = long_report(CHARS);
    let options = CheckOptions::default();
    let mut text_only = CheckOptions::default();
    text_only.disabled = zongjie::core::check::rules::RULES
        .iter()
        .filter(|r| r.family == zongjie::core::check::rules::Family::Figures)
        .map(|r| r.id.to_string())
        .collect();

    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("check_text_50k");
    group.bench_function("zongjie::check_text", |b| b.iter(|| zongjie(black_box(&text), &options)));
    group.bench_function("zongjie::check_text (text rules only)", |b| b.iter(|| zongjie(black_box(&text), &text_only)));
    group.bench_function("autocorrect::lint_for", |b| b.iter(|| autocorrect(black_box(&text))));
    group.finish();
    c.final_summary();

    let runs = 31;
    let z = median(|| { black_box(zongjie(black_box(&text), &options)); }, runs);
    let t = median(|| { black_box(zongjie(black_box(&text), &text_only)); }, runs);
    let a = median(|| { black_box(autocorrect(black_box(&text))); }, runs);
    println!();
    println!("input: {} chars, {} bytes", text.chars().count(), text.len());
    println!("findings: zongjie {} / autocorrect lint lines {}", zongjie(&text, &options), autocorrect(&text));
    println!(
        "median over {runs} runs: zongjie::check_text {:.3} ms (text rules only {:.3} ms), autocorrect::lint_for {:.3} ms",
        ms(z),
        ms(t),
        ms(a)
    );
    println!("ratio autocorrect / zongjie: {:.2}× all rules, {:.2}× text rules only", ratio(a, z), ratio(a, t));
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64().max(1e-12)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
