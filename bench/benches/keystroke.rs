//! One keystroke's checks on the 50,000-character, 500-figure draft of the browser bench
//! (`zongjie_bench::keystroke_draft`, the same draft bench/keystroke.bench.mjs builds): the full
//! `check` (what a cold checker costs), `check::Incremental` with a warm cache after one
//! character typed into a point (what the wizard runs per keystroke), and assembly + preview
//! HTML. Results: bench/RESULTS-keystroke.md.

use criterion::Criterion;
use std::hint::black_box;

use zongjie::core::assemble::assemble;
use zongjie::core::check::{check, Incremental};
use zongjie::core::export::html::to_html;
use zongjie::core::template::builtin;
use zongjie_bench::keystroke_draft;

fn main() {
    let template = builtin("jiedao-annual").expect("built-in template");
    let options = template.check_options();
    let draft = keystroke_draft();
    let findings = check(&draft, &template, &options);
    let chars: usize = draft.chapters.iter().flat_map(|c| &c.points).map(|p| p.lead.chars().count() + p.body.chars().count()).sum();
    eprintln!("keystroke draft: {chars} chars of points, {} findings", findings.len());

    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("keystroke_50k");
    group.bench_function("check (full)", |b| b.iter(|| check(black_box(&draft), &template, &options)));
    let mut typed = draft.clone();
    let mut incremental = Incremental::new();
    incremental.check(&typed, &template, &options);
    let mut k = 0usize;
    group.bench_function("check (incremental, one point typed into)", |b| {
        b.iter(|| {
            // Type a character, then take it back: each call sees one changed field.
            let body = &mut typed.chapters[0].points[0].body;
            if k % 2 == 0 {
                body.push('年');
            } else {
                body.pop();
            }
            k += 1;
            incremental.check(black_box(&typed), &template, &options)
        })
    });
    group.bench_function("assemble + to_html", |b| b.iter(|| to_html(&assemble(black_box(&draft), &template))));
    group.finish();
    c.final_summary();
    assert_eq!(incremental.check(&typed, &template, &options), check(&typed, &template, &options));
}
