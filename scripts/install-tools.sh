#!/usr/bin/env bash
# Installs, idempotently, every tool `make run` / `make test` / `make bench` need.
# Only package registries are used (crates.io, Debian, npm). A warm machine skips every step.
# Usage: scripts/install-tools.sh [build|test|all]
set -euo pipefail
what="${1:-all}"
here="$(cd "$(dirname "$0")/.." && pwd)"
tools="$here/.tools"
export PATH="$HOME/.cargo/bin:$tools/node_modules/.bin:$PATH"
WB_VERSION="$(grep -A1 '^name = "wasm-bindgen"$' "$here/Cargo.lock" 2>/dev/null | sed -n 's/^version = "\(.*\)"/\1/p' | head -1 || true)"
WB_VERSION="${WB_VERSION:-0.2.130}"

log() { printf '[install] %s\n' "$*" >&2; }

apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  if [ ! -f /tmp/.zongjie-apt-updated ]; then apt-get update -q >/dev/null && touch /tmp/.zongjie-apt-updated; fi
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

build_tools() {
  rustup target list --installed | grep -q wasm32-unknown-unknown || { log "rustup target add wasm32"; rustup target add wasm32-unknown-unknown; }
  if ! trunk --version 2>/dev/null | grep -q '0.21.14'; then
    log "cargo install trunk 0.21.14 (about 15 minutes on 2 cores)"
    cargo install --locked trunk --version 0.21.14 -q
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -q "$WB_VERSION"; then
    log "cargo install wasm-bindgen-cli $WB_VERSION (about 7 minutes)"
    cargo install wasm-bindgen-cli --version "$WB_VERSION" --force -q
  fi
  if [ ! -x "$tools/node_modules/.bin/wasm-opt" ] || [ ! -d "$tools/node_modules/playwright-core" ]; then
    log "npm install binaryen@132 playwright-core"
    mkdir -p "$tools"
    (cd "$tools" && [ -f package.json ] || echo '{"name":"zongjie-tools","private":true}' > "$tools/package.json"
     cd "$tools" && npm install --no-audit --no-fund --silent binaryen@132.0.0 playwright-core@1 >/dev/null)
  fi
}

test_tools() {
  apt_install chromium chromium-driver fonts-noto-cjk libreoffice-writer poppler-utils
}

case "$what" in
  build) build_tools ;;
  test) build_tools; test_tools ;;
  all) build_tools; test_tools ;;
esac
log "tools ready"
