//! Assembly and export of reports of 10,000, 25,000 and 50,000 characters: `assemble`, plain
//! text, .docx, and the three in a row (what 导出 does). Throughput is set in characters so the
//! per-character cost, and its growth with size, can be read off. Results: bench/RESULTS-export.md.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

use zongjie::core::assemble::assemble;
use zongjie::core::export::{docx::to_docx, text::to_text};
use zongjie::core::template::builtin;
use zongjie_bench::draft_of;

fn export(c: &mut Criterion) {
    let template = builtin("jiedao-annual").expect("built-in template");
    let mut group = c.benchmark_group("export");
    group.sample_size(30);
    for size in [10_000usize, 25_000, 50_000] {
        let draft = draft_of(size);
        let document = assemble(&draft, &template);
        let chars = to_text(&document).chars().count() as u64;
        let docx_bytes = to_docx(&document).map(|b| b.len()).unwrap_or(0);
        eprintln!("export/{size}: {chars} characters of text, .docx {docx_bytes} bytes");
        group.throughput(Throughput::Elements(chars));
        group.bench_with_input(BenchmarkId::new("assemble", size), &draft, |b, d| b.iter(|| assemble(black_box(d), &template)));
        group.bench_with_input(BenchmarkId::new("text", size), &document, |b, doc| b.iter(|| to_text(black_box(doc))));
        group.bench_with_input(BenchmarkId::new("docx", size), &document, |b, doc| b.iter(|| to_docx(black_box(doc))));
        group.bench_with_input(BenchmarkId::new("assemble+text+docx", size), &draft, |b, d| {
            b.iter(|| {
                let doc = assemble(black_box(d), &template);
                (to_text(&doc), to_docx(&doc))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, export);
criterion_main!(benches);
