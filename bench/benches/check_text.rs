//! zongjie's `check_text` against autocorrect's `lint_for` on the same 50,000-character report.
//! Criterion measures both; then a plain timing loop prints both medians and their ratio
//! (the goal: zongjie at least twice as fast).

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

    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("check_text_50k");
    group.bench_function("zongjie::check_text", |b| b.iter(|| zongjie(black_box(&text), &options)));
    group.bench_function("autocorrect::lint_for", |b| b.iter(|| autocorrect(black_box(&text))));
    group.finish();
    c.final_summary();

    let runs = 31;
    let z = median(|| { black_box(zongjie(black_box(&text), &options)); }, runs);
    let a = median(|| { black_box(autocorrect(black_box(&text))); }, runs);
    println!();
    println!("input: {} chars, {} bytes", text.chars().count(), text.len());
    println!("findings: zongjie {} / autocorrect lint lines {}", zongjie(&text, &options), autocorrect(&text));
    println!("median over {runs} runs: zongjie::check_text {:.3} ms, autocorrect::lint_for {:.3} ms", ms(z), ms(a));
    println!("ratio autocorrect / zongjie: {:.2}×", a.as_secs_f64() / z.as_secs_f64().max(1e-12));
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
