#!/usr/bin/env bash
# Runs every test layer and fails if one fails or ran no test at all:
#   1. native `cargo test` (the core, the CLI)
#   2. wasm-bindgen-test in headless Chromium (tests/web.rs: components in a real DOM)
#   3. release build (scripts/build.sh: dist/ and dist/zongjie.html)
#   4. end to end: node --test tests/e2e/*.test.mjs (Playwright driving Debian's Chromium)
# Logs: target/test-logs/. Screenshots: target/screenshots/. Expects scripts/install-tools.sh test.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
logs=target/test-logs
mkdir -p "$logs"
summary=()

# Sum of "N passed" over every `test result:` line of a cargo / wasm-bindgen-test log.
cargo_passed() { grep -aE '^test result: ' "$1" | sed -E 's/.* ([0-9]+) passed.*/\1/' | awk '{s+=$1} END {print s+0}'; }

require_tests() {  # require_tests LAYER COUNT
  if [ "$2" -eq 0 ]; then echo "test-all: layer '$1' ran no test" >&2; exit 1; fi
  summary+=("$1: $2 passed")
  echo "test-all: layer '$1': $2 passed"
}

echo "== 1/4 native cargo test"
cargo test --color never 2>&1 | tee "$logs/native.log"
require_tests native "$(cargo_passed "$logs/native.log")"

echo "== 2/4 wasm-bindgen-test in headless Chromium"
cargo test --color never --target wasm32-unknown-unknown --no-default-features --test web 2>&1 | tee "$logs/wasm.log"
require_tests wasm "$(cargo_passed "$logs/wasm.log")"

echo "== 3/4 release build"
scripts/build.sh 2>&1 | tee "$logs/build.log"
test -s dist/index.html && test -s dist/zongjie.html

echo "== 4/4 end-to-end (Playwright + Chromium)"
shopt -s nullglob
e2e=(tests/e2e/*.test.mjs)
[ ${#e2e[@]} -gt 0 ] || { echo "test-all: no tests/e2e/*.test.mjs" >&2; exit 1; }
node --test --test-concurrency=1 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$logs/e2e.tap" \
  "${e2e[@]}" 2>&1 | tee "$logs/e2e.log"
e2e_pass="$(sed -nE 's/^# pass ([0-9]+)$/\1/p' "$logs/e2e.tap" | tail -1)"
e2e_fail="$(sed -nE 's/^# fail ([0-9]+)$/\1/p' "$logs/e2e.tap" | tail -1)"
[ "${e2e_fail:-1}" -eq 0 ] || { echo "test-all: e2e failures: ${e2e_fail:-unknown}" >&2; exit 1; }
require_tests e2e "${e2e_pass:-0}"

echo "== all layers passed: ${summary[*]}"
