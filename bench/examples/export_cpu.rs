//! CPU time (not wall time) of assembly and export, for a machine shared with other work where
//! criterion's wall-clock figures are inflated by waiting for a core. Reads the thread's on-CPU
//! nanoseconds from /proc/thread-self/schedstat (Linux). Prints a Markdown table of medians.
//!
//! `cargo run --release -p zongjie-bench --example export_cpu`

use std::hint::black_box;

use zongjie::core::assemble::assemble;
use zongjie::core::export::{docx::to_docx, text::to_text};
use zongjie::core::template::builtin;
use zongjie_bench::draft_of;

fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|n| n.parse().ok()))
        .unwrap_or(0)
}

/// Median CPU microseconds of one call of `f`, over `samples` windows of at least 50 ms of CPU
/// each (the kernel updates the counter at scheduler ticks, so short windows read as zero).
fn median_us(samples: usize, mut f: impl FnMut()) -> f64 {
    f();
    let mut times: Vec<f64> = (0..samples)
        .map(|_| {
            let start = cpu_ns();
            let mut calls = 0u64;
            while cpu_ns() - start < 50_000_000 {
                f();
                calls += 1;
            }
            (cpu_ns() - start) as f64 / calls as f64 / 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    if cpu_ns() == 0 {
        eprintln!("export_cpu: /proc/thread-self/schedstat is not readable here (Linux only)");
        return;
    }
    let Some(template) = builtin("jiedao-annual") else {
        eprintln!("export_cpu: built-in template missing");
        return;
    };
    println!("| size | characters | .docx bytes | assemble µs | text µs | docx µs | all three µs | all three µs per 1,000 chars |");
    println!("|---|---|---|---|---|---|---|---|");
    for size in [10_000usize, 25_000, 50_000] {
        let draft = draft_of(size);
        let doc = assemble(&draft, &template);
        let chars = to_text(&doc).chars().count();
        let docx_len = to_docx(&doc).map(|b| b.len()).unwrap_or(0);
        let a = median_us(11, || {
            black_box(assemble(black_box(&draft), &template));
        });
        let t = median_us(11, || {
            black_box(to_text(black_box(&doc)));
        });
        let d = median_us(11, || {
            let _ = black_box(to_docx(black_box(&doc)));
        });
        let all = median_us(11, || {
            let doc = assemble(black_box(&draft), &template);
            let _ = black_box((to_text(&doc), to_docx(&doc)));
        });
        println!(
            "| {size} | {chars} | {docx_len} | {a:.0} | {t:.0} | {d:.0} | {all:.0} | {:.1} |",
            all / chars as f64 * 1000.0
        );
    }
}
