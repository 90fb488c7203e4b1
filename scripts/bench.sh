#!/usr/bin/env bash
# `make bench`: the figures kept in BENCHMARKS.md. Run after scripts/build.sh.
#   1. sizes (scripts/bench-size.sh)
#   2. start-up time from file:// and hosted (scripts/bench-startup.mjs, headless Chromium)
#   3. in-browser benches bench/*.bench.mjs, when present (node, may use tests/e2e/lib.mjs)
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
  for b in bench/*.bench.mjs; do
    echo "== $b"
    node "$b"
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
