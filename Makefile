# zongjie — build, run, test and measure. Every target installs what it needs first
# (scripts/install-tools.sh, idempotent: a warm machine skips it). Nothing is downloaded except
# through the package registries (crates.io, Debian, npm).
#
#   make run    release build, then serve dist/ on http://127.0.0.1:8080
#   make build  dist/ (hosted app, relative URLs) and dist/zongjie.html (offline single file)
#   make test   native cargo test → wasm-bindgen-test in headless Chromium → release build →
#               end-to-end tests (hosted under /apps/zongjie/ and file://); fails if a layer ran 0
#   make bench  sizes, start-up time from file://, criterion benches in bench/ (when present)
#   make fuzz   the ignored million-case property tests (`fuzz_*`), optimised (profile `fuzz`)

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
ROOT := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
# npm's binaryen 132 must come before any /usr/bin/wasm-opt (Debian's 108 breaks the build).
export PATH := $(ROOT)/.tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER ?= /usr/bin/chromedriver
PORT ?= 8080

.PHONY: all run build test bench fuzz tools tools-test clean-dist

all: build

tools:
	scripts/install-tools.sh build

tools-test:
	scripts/install-tools.sh test

build: tools
	scripts/build.sh

run: build
	@echo "zongjie: http://127.0.0.1:$(PORT)/  (offline single file: dist/zongjie.html; Ctrl+C to stop)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory dist

test: tools-test
	scripts/test-all.sh

bench: tools-test
	scripts/build.sh
	scripts/bench.sh

fuzz:
	cargo test --profile fuzz -- --ignored fuzz_

clean-dist:
	rm -rf dist
