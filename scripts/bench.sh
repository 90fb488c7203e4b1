#!/usr/bin/env bash
# `make bench`: the figures kept in BENCHMARKS.md. Run after scripts/build.sh.
#   1. sizes (scripts/bench-size.sh)
#   2. start-up time from file:// and hosted (scripts/bench-startup.mjs, headless Chromium)
#   3. in-browser benches bench/*.bench.mjs, when present (node, may use tests/e2e/lib.mjs), on
#      target/bench-dist: the same release build with the Cargo feature `bench` (the keystroke
#      bench's wasm export, src/web/bench.rs, which the shipped dist/ leaves out)
#   4. criterion benches, when present: bench/Cargo.toml (own crate) or [[bench]] in Cargo.toml
# Everything printed is also written to target/bench/latest.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
mkdir -p target/bench
out=target/bench/latest.txt
{
  echo "# zongjie bench — $(date -u '+%Y-%m-%d %H:%M UTC') — $(nproc) cores, $(uname -m), $(/usr/bin/chromium --version 2>/dev/null | grep -o 'Chromium [0-9.]*' || echo chromium)"
  echo "== size"
  scripts/bench-size.sh dist
  echo "== start-up (headless Chromium, navigation start → performance mark zongjie-ready)"
  node scripts/bench-startup.mjs "${BENCH_RUNS:-9}"
  shopt -s nullglob
  echo "== building target/bench-dist (feature bench; own cargo target dir, so dist/'s cache stays warm)"
  rm -rf target/bench-dist
  # Trunk takes cargo features from index.html's attributes over its command line: build a copy
  # (next to index.html, so its relative asset paths hold) that adds the feature.
  sed 's/data-cargo-no-default-features/data-cargo-no-default-features data-cargo-features="bench"/' \
    index.html > .bench-index.html
  trap 'rm -f .bench-index.html' EXIT
  CARGO_TARGET_DIR=target/bench-cargo TRUNK_SKIP_VERSION_CHECK=true \
    trunk build --release --dist target/bench-dist .bench-index.html >/dev/null
  python3 scripts/finish-dist.py target/bench-dist >/dev/null
  for b in bench/*.bench.mjs; do
    echo "== $b"
    ZJ_DIST=target/bench-dist node "$b"
  done
  if [ -f bench/Cargo.toml ]; then
    echo "== criterion: bench/"
    cargo bench --manifest-path bench/Cargo.toml
  elif grep -q '^\[\[bench\]\]' Cargo.toml; then
    echo "== criterion: cargo bench"
    cargo bench
  else
    echo "== criterion: no benches yet (bench/ absent)"
  fi
} 2>&1 | tee "$out"
echo "bench: written to $out"
