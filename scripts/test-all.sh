#!/usr/bin/env bash
# Runs every test layer and fails if one fails or ran no test at all:
#   1. native `cargo test` (the core, the CLI; crates/unlzma), and the benches in bench/ compile
#   2. wasm-bindgen-test in headless Chromium (every tests/web*.rs: tests/web.rs the shell,
#      tests/web_ui.rs the wizard's components)
#   3. release build (scripts/build.sh: dist/ and dist/zongjie.html)
#   4. end to end: node --test tests/e2e/*.test.mjs (Playwright driving Debian's Chromium)
# A failing layer does not stop the later ones (except that e2e needs the build); the summary at
# the end names each layer's result. Logs: target/test-logs/. Screenshots: target/screenshots/.
# Expects the tools of `scripts/install-tools.sh test`.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
logs=target/test-logs
mkdir -p "$logs"
summary=()
failed=0

# Sum of "N passed" over every `test result:` line of a cargo / wasm-bindgen-test log.
cargo_passed() { grep -aE '^test result: ' "$1" | sed -E 's/.* ([0-9]+) passed.*/\1/' | awk '{s+=$1} END {print s+0}'; }

record() {  # record LAYER EXIT_STATUS PASSED_COUNT
  local verdict="ok"
  if [ "$2" -ne 0 ]; then verdict="FAILED (exit $2)"; failed=1
  elif [ "${3:-0}" -eq 0 ]; then verdict="FAILED (ran no test)"; failed=1
  fi
  summary+=("$1: ${3:-0} passed, $verdict")
  echo "test-all: $1: ${3:-0} passed, $verdict"
}

echo "== 1/4 native cargo test"
cargo test --color never 2>&1 | tee "$logs/native.log"
native_status="${PIPESTATUS[0]}"
# crates/unlzma (the decoder that unpacks the hosted wasm in the page) is its own crate.
cargo test --color never --manifest-path crates/unlzma/Cargo.toml 2>&1 | tee -a "$logs/native.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || native_status=1
record native "$native_status" "$(cargo_passed "$logs/native.log")"

# The criterion benches (bench/, run by `make bench`) must keep compiling against the core.
echo "== 1/4 (cont.) the benches in bench/ compile"
if cargo check --color never --manifest-path bench/Cargo.toml --benches 2>&1 | tee "$logs/benches.log"; then
  summary+=("benches compile: ok"); echo "test-all: benches compile: ok"
else
  summary+=("benches compile: FAILED"); echo "test-all: benches compile: FAILED"; failed=1
fi

echo "== 2/4 wasm-bindgen-test in headless Chromium"
# Every tests/web*.rs (browser tests; other integration tests are native-only).
web_tests=()
for f in tests/web*.rs; do [ -f "$f" ] && web_tests+=(--test "$(basename "$f" .rs)"); done
cargo test --color never --target wasm32-unknown-unknown --no-default-features "${web_tests[@]}" 2>&1 | tee "$logs/wasm.log"
record wasm "${PIPESTATUS[0]}" "$(cargo_passed "$logs/wasm.log")"

echo "== 3/4 release build"
scripts/build.sh 2>&1 | tee "$logs/build.log"
build_status="${PIPESTATUS[0]}"
if [ "$build_status" -eq 0 ] && [ -s dist/index.html ] && [ -s dist/zongjie.html ]; then
  summary+=("build: ok"); echo "test-all: build: ok"
else
  summary+=("build: FAILED"); echo "test-all: build: FAILED"; failed=1
fi

echo "== 4/4 end-to-end (Playwright + Chromium)"
shopt -s nullglob
e2e=(tests/e2e/*.test.mjs)
if [ "$build_status" -ne 0 ]; then
  record e2e 1 0
elif [ ${#e2e[@]} -eq 0 ]; then
  record e2e 0 0
else
  rm -f "$logs/e2e.tap"
  node --test --test-concurrency=1 \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$logs/e2e.tap" \
    "${e2e[@]}" 2>&1 | tee "$logs/e2e.log"
  e2e_status="${PIPESTATUS[0]}"
  e2e_pass="$(sed -nE 's/^# pass ([0-9]+)$/\1/p' "$logs/e2e.tap" 2>/dev/null | tail -1)"
  record e2e "$e2e_status" "${e2e_pass:-0}"
fi

echo "== summary"
printf '  %s\n' "${summary[@]}"
if [ "$failed" -ne 0 ]; then echo "test-all: FAILED (logs in $logs/)"; exit 1; fi
echo "test-all: all layers passed"
