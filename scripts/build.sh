#!/usr/bin/env bash
# Release build: dist/ for hosting (all URLs relative, loader in a file for a strict CSP) and
# dist/zongjie.html, the offline single file; last, the hosted JS and CSS minified (esbuild).
# Expects the tools of scripts/install-tools.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
# Trunk takes the first wasm-opt on PATH: it must be npm's binaryen 132, never Debian's old one.
wasm-opt --version 2>/dev/null | grep -q 'version 132' || {
  echo "build: wasm-opt 132 not first on PATH (found: $(command -v wasm-opt || echo none)); run scripts/install-tools.sh build" >&2
  exit 1
}
# Trunk runs cargo with --offline (Trunk.toml): fetch every crate (all targets) first.
cargo fetch --quiet
rm -rf dist
trunk build --release
# Functions ordered for gzip, names stripped; renames the wasm (before the scripts that read it).
python3 scripts/order-wasm.py dist
python3 scripts/finish-dist.py dist
python3 scripts/build-single-file.py dist
# The hosted .wasm LZMA-packed (dist/*_bg.bin), with its decoder and unpack module.
python3 scripts/pack-wasm.py dist
python3 scripts/build-embed.py dist
python3 scripts/minify-dist.py dist
