#!/usr/bin/env bash
# Release build: dist/ for hosting (all URLs relative, loader in a file for a strict CSP) and
# dist/zongjie.html, the offline single file. Expects the tools of scripts/install-tools.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
# Trunk runs cargo with --offline (Trunk.toml): fetch every crate (all targets) first.
cargo fetch --quiet
rm -rf dist
trunk build --release
python3 scripts/finish-dist.py dist
python3 scripts/build-single-file.py dist
