#!/usr/bin/env bash
# Installs, idempotently, every tool `make run` / `make test` / `make bench` need.
# Only package registries are used (crates.io, Debian, npm). A warm machine skips every step.
#   build: wasm32 target, Trunk, wasm-bindgen-cli (= Cargo.lock), wasm-opt (npm binaryen 132),
#          esbuild (npm; minifies the hosted JS and CSS)
#   test:  build + playwright-core (npm) + Debian chromium, chromium-driver, fonts-noto-cjk,
#          libreoffice-writer, poppler-utils (to check exported .docx files)
# npm packages go into <repo>/.tools (git-ignored); put .tools/node_modules/.bin first on PATH
# (the Makefile does) so Trunk finds binaryen 132 and never Debian's old /usr/bin/wasm-opt.
# Usage: scripts/install-tools.sh [build|test|all]
set -euo pipefail
what="${1:-all}"
here="$(cd "$(dirname "$0")/.." && pwd)"
tools="$here/.tools"
export PATH="$tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
ESBUILD_VERSION=0.28.2   # minifies the hosted JS and CSS (scripts/minify-dist.py)
PLAYWRIGHT_VERSION=1.65.1
WB_VERSION="$(grep -A1 '^name = "wasm-bindgen"$' "$here/Cargo.lock" 2>/dev/null | sed -n 's/^version = "\(.*\)"/\1/p' | head -1 || true)"
WB_VERSION="${WB_VERSION:-0.2.130}"

log() { printf '[install] %s\n' "$*" >&2; }

apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ ! -f /tmp/.zongjie-apt-updated ]; then $sudo apt-get update -q >/dev/null && touch /tmp/.zongjie-apt-updated; fi
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null >/dev/null
}

npm_install() {  # npm_install PACKAGE@VERSION...
  mkdir -p "$tools"
  [ -f "$tools/package.json" ] || echo '{"name":"zongjie-tools","private":true}' > "$tools/package.json"
  log "npm install $*"
  (cd "$tools" && npm install --no-audit --no-fund --silent "$@" </dev/null >/dev/null)
}

has_npm_package() {  # has_npm_package NAME VERSION
  local pj="$tools/node_modules/$1/package.json"
  [ -f "$pj" ] && grep -q "\"version\": \"$2\"" "$pj"
}

node_tools() {
  command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
}

build_tools() {
  rustup target list --installed | grep -q wasm32-unknown-unknown || { log "rustup target add wasm32"; rustup target add wasm32-unknown-unknown; }
  if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
    log "cargo install trunk $TRUNK_VERSION (about 15 minutes on 2 cores)"
    cargo install --locked trunk --version "$TRUNK_VERSION" -q
  fi
  # wasm-bindgen-cli's own lockfile wants a crate release the registry lacks: no --locked.
  if ! wasm-bindgen --version 2>/dev/null | grep -q "$WB_VERSION" \
     || ! wasm-bindgen-test-runner --version 2>/dev/null | grep -q "$WB_VERSION"; then
    log "cargo install wasm-bindgen-cli $WB_VERSION (about 7 minutes)"
    cargo install wasm-bindgen-cli --version "$WB_VERSION" --force -q
  fi
  node_tools
  has_npm_package binaryen "$BINARYEN_VERSION" || npm_install "binaryen@$BINARYEN_VERSION"
  has_npm_package esbuild "$ESBUILD_VERSION" || npm_install "esbuild@$ESBUILD_VERSION"
}

test_tools() {
  # xz-utils: the reference LZMA encoder that crates/unlzma's tests decode against.
  apt_install chromium chromium-driver fonts-noto-cjk libreoffice-writer poppler-utils xz-utils
  has_npm_package playwright-core "$PLAYWRIGHT_VERSION" || npm_install "playwright-core@$PLAYWRIGHT_VERSION"
}

case "$what" in
  build) build_tools ;;
  test|all) build_tools; test_tools ;;
  *) echo "usage: $0 [build|test|all]" >&2; exit 2 ;;
esac
log "tools ready"
