#!/usr/bin/env python3
"""Add the embedding files to Trunk's hosted output (dist/), see docs/EMBEDDING.md:

  dist/zongjie-embed.js       the loader a host page includes: src/web/browser-check.js, then
                              src/web/embed/loader.js with the hashed names of Trunk's glue, wasm
                              and stylesheets filled in
  dist/zongjie-embed-boot.js  the module it starts (from src/web/embed/boot.js)
  dist/zongjie-embed.css      styles for the wizard inside a shadow root (src/web/embed/embed.css)
  dist/embed.html             the iframe page (embed.html)
  dist/examples/              the sample host pages (examples/)

Run after `trunk build --release`, scripts/finish-dist.py and scripts/pack-wasm.py. Idempotent.

Usage: scripts/build-embed.py [DIST_DIR]
"""
import json
import pathlib
import re
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "web" / "embed"
# The "browser too old" check shared with the hosted page and the single file; the loader
# starts with it (it defines window.ZongjieBrowserCheck, which the loader reads).
CHECK = SRC.parent / "browser-check.js"


def fail(message: str) -> int:
    print(f"build-embed: {message}", file=sys.stderr)
    return 1


def main() -> int:
    dist = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
    html = (dist / "index.html").read_text(encoding="utf-8")
    glue = re.search(r'href="\./(zongjie-[0-9a-f]+\.js)"', html)
    if glue is None:
        glue_files = sorted(p.name for p in dist.glob("zongjie-*.js") if not p.name.startswith("zongjie-embed"))
        if len(glue_files) != 1:
            return fail(f"cannot tell which file is the wasm-bindgen glue in {dist}: {glue_files}")
        glue_name = glue_files[0]
    else:
        glue_name = glue.group(1)
    # The wasm as scripts/pack-wasm.py left it: LZMA-packed, unpacked by unpack-<hash>.js.
    wasm_name = glue_name[:-3] + "_bg.bin"
    if not (dist / glue_name).is_file() or not (dist / wasm_name).is_file():
        return fail(f"missing {glue_name} or {wasm_name} in {dist} (run scripts/pack-wasm.py first)")
    unpack = sorted(p.name for p in dist.glob("unpack-*.js"))
    if len(unpack) != 1:
        return fail(f"expected one unpack-*.js in {dist} (scripts/pack-wasm.py), found {unpack}")
    css = re.findall(r'<link rel="stylesheet" href="\./([^"]+\.css)"', html)
    if not css:
        return fail("no stylesheet linked from index.html")
    css.append("zongjie-embed.css")

    loader = (SRC / "loader.js").read_text(encoding="utf-8")
    for key, value in {
        "__ZJ_GLUE__": glue_name,
        "__ZJ_WASM__": wasm_name,
        "__ZJ_BOOT__": "zongjie-embed-boot.js",
        "__ZJ_CSS__": json.dumps(css),
    }.items():
        if key not in loader:
            return fail(f"{key} not found in loader.js")
        loader = loader.replace(key, value)
    check = CHECK.read_text(encoding="utf-8")
    (dist / "zongjie-embed.js").write_text(check + "\n" + loader, encoding="utf-8")
    boot = (SRC / "boot.js").read_text(encoding="utf-8")
    for key, value in {"__ZJ_GLUE__": glue_name, "__ZJ_WASM__": wasm_name, "__ZJ_UNPACK__": unpack[0]}.items():
        if key not in boot:
            return fail(f"{key} not found in boot.js")
        boot = boot.replace(key, value)
    (dist / "zongjie-embed-boot.js").write_text(boot, encoding="utf-8")
    shutil.copyfile(SRC / "embed.css", dist / "zongjie-embed.css")
    shutil.copyfile(ROOT / "embed.html", dist / "embed.html")
    examples = dist / "examples"
    if examples.exists():
        shutil.rmtree(examples)
    shutil.copytree(ROOT / "examples", examples)
    print(f"build-embed: zongjie-embed.js (glue {glue_name}), embed.html, examples/ in {dist}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
