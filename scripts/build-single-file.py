#!/usr/bin/env python3
"""Write dist/zongjie.html: the whole app in one file that works from file:// with no network.

Browsers refuse ES-module imports and .wasm fetches from file://, so Trunk's dist/ does not run
there. This takes Trunk's release output (already through wasm-opt) and inlines it into a copy
of dist/index.html:
  - each <link rel="stylesheet"> becomes a <style> with the file's text;
  - preload/modulepreload links are dropped;
  - the loader becomes one inline <script type="module"> holding wasm-bindgen's JS glue and the
    .wasm gzip-compressed as base64 (less than half the file to parse than plain base64), which
    it inflates with the browser's DecompressionStream straight into a streaming compile
    (`WebAssembly.instantiateStreaming` through wasm-bindgen's init; no fetch), run only when
    the browser check passed;
  - the "browser too old" check (src/web/browser-check.js) becomes an inline classic <script>
    before it, replacing the hosted page's <script src="./browser-check-….js"> if there is one.
Fails (exit 1) when the glue imports other files (wasm-bindgen JS snippets), since those could
not be inlined. Run after `trunk build --release` (and scripts/finish-dist.py, or not).

Usage: scripts/build-single-file.py [DIST_DIR] [OUTPUT]
"""
import base64
import gzip
import pathlib
import re
import sys

STYLESHEET = re.compile(r'<link\b[^>]*\brel="stylesheet"[^>]*>', re.I)
PRELOAD = re.compile(r'<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>\s*', re.I)
LOADER = re.compile(r'<script type="module"[^>]*>.*?</script>', re.S)
CHECK_TAG = re.compile(r'<script src="\./browser-check-[0-9a-f]+\.js"[^>]*></script>\s*')
CHECK_SOURCE = pathlib.Path(__file__).resolve().parent.parent / "src" / "web" / "browser-check.js"
HREF = re.compile(r'\bhref="([^"]+)"')
GLUE_IMPORT = re.compile(r"""\bimport\s+(?:init\b[^'"]*)?(?:\*\s+as\s+\w+\s+)?from\s+['"]\./([^'"]+\.js)['"]""")

# Decodes with Uint8Array.fromBase64 where the browser has it, else with atob; inflating overlaps
# with compiling. The marks `zongjie-boot` and `zongjie-decoded` let `make bench` split the
# start-up time into page parsing, base64 decoding, and inflate + compile + first render (up to
# `zongjie-ready`).
# Only where src/web/browser-check.js found the browser able to run the wasm.
START = """
if (!window.ZongjieBrowserCheck || window.ZongjieBrowserCheck.supported) {
performance.mark("zongjie-boot");
const zjWasmData = document.getElementById("zongjie-wasm");
const zjWasmBase64 = zjWasmData.textContent.trim();
zjWasmData.remove();
const zjWasmGzip = typeof Uint8Array.fromBase64 === "function"
  ? Uint8Array.fromBase64(zjWasmBase64)
  : Uint8Array.from(atob(zjWasmBase64), (c) => c.charCodeAt(0));
performance.mark("zongjie-decoded");
await __wbg_init({ module_or_path: new Response(new Blob([zjWasmGzip]).stream().pipeThrough(new DecompressionStream("gzip")),
  { headers: { "Content-Type": "application/wasm" } }) });
}
"""

def fail(message: str) -> int:
    print(f"build-single-file: {message}", file=sys.stderr)
    return 1


def escape_for_script(js: str) -> str:
    """Keep the HTML parser inside the <script>: no `</script` and no `<!--` may appear."""
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.I)
    return js.replace("<!--", "<\\!--")


def find_glue(dist: pathlib.Path, html: str) -> pathlib.Path | None:
    """The wasm-bindgen JS that the loader (inline or boot-*.js) imports."""
    loader = LOADER.search(html)
    if loader is None:
        return None
    text = loader.group(0)
    src = re.search(r'\bsrc="\./([^"]+)"', text)
    if src:
        text = (dist / src.group(1)).read_text(encoding="utf-8")
    imported = GLUE_IMPORT.search(text)
    return dist / imported.group(1) if imported else None


def main() -> int:
    dist = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
    output = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else dist / "zongjie.html"
    html = (dist / "index.html").read_text(encoding="utf-8")

    glue_path = find_glue(dist, html)
    if glue_path is None or not glue_path.is_file():
        return fail(f"could not find the wasm-bindgen JS glue loaded by {dist / 'index.html'}")
    wasm_path = glue_path.with_name(glue_path.stem + "_bg.wasm")
    if not wasm_path.is_file():
        return fail(f"missing {wasm_path}")
    glue = glue_path.read_text(encoding="utf-8")
    if re.search(r"^\s*import\b", glue, re.M) or (dist / "snippets").exists():
        return fail("the JS glue imports other files (wasm-bindgen snippets); they cannot be inlined")
    if not re.search(r"\basync function __wbg_init\b", glue):
        return fail("the JS glue has no __wbg_init (expected wasm-bindgen --target web output)")

    def inline_css(match: re.Match) -> str:
        href = HREF.search(match.group(0))
        if href is None:
            return match.group(0)
        css = (dist / href.group(1).removeprefix("./")).read_text(encoding="utf-8")
        return "<style>\n" + re.sub(r"</(style)", r"<\\/\1", css, flags=re.I) + "\n</style>"

    html = STYLESHEET.sub(inline_css, html)
    html = PRELOAD.sub("", html)
    html = CHECK_TAG.sub("", html)
    check = ('<script data-zongjie="page">\n' +
             escape_for_script(CHECK_SOURCE.read_text(encoding="utf-8")) + "</script>\n")
    b64 = base64.b64encode(gzip.compress(wasm_path.read_bytes(), 9, mtime=0)).decode("ascii")
    # The bytes sit in a data block (a <script> of a non-JS type: never run, never parsed as JS),
    # so the JS engine parses 60 KB of glue instead of megabytes of string literal.
    script = (check + '<script type="application/octet-stream" id="zongjie-wasm">' + b64 + "</script>\n"
              '<script type="module">\n' + escape_for_script(glue) + START + "</script>")
    html, count = LOADER.subn(lambda _: script, html, count=1)
    if count != 1:
        return fail("no loader script found in index.html")
    if re.search(r'\b(?:src|href)="\./', html):
        return fail("a relative file reference is left in the single file: " +
                    ", ".join(re.findall(r'\b(?:src|href)="(\./[^"]+)"', html)))
    output.write_text(html, encoding="utf-8")
    print(f"build-single-file: wrote {output} ({output.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
