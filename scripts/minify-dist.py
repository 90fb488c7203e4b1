#!/usr/bin/env python3
"""Minify the hosted app's JS and CSS in dist/ with esbuild (npm, scripts/install-tools.sh), drop
the HTML comments of its pages (notes for us, not for browsers), and keep index.html's
integrity="sha384-…" attributes true to the new bytes.

The last step of scripts/build.sh: dist/zongjie.html (the offline single file) and the
examples/ folder (meant to be read by OA integrators) are left as they are. File names keep
Trunk's content hashes (they still change whenever the source does). Each file is minified for
the oldest browser that may parse it:
  - browser-check-*.js must parse in any browser, to tell an old one that it is too old: ES5;
  - the embed loader (zongjie-embed.js) is a classic script with its own age check: ES2015;
  - modules (the wasm-bindgen glue, the boots) run only where the check passed: Chromium 96;
  - CSS: Chromium 96.
Fails when esbuild fails (e.g. a file uses syntax its target cannot have), so the build stops
instead of shipping a script that old browsers cannot parse.

Usage: scripts/minify-dist.py [DIST_DIR]
"""
import base64
import hashlib
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
ESBUILD = ROOT / ".tools" / "node_modules" / ".bin" / "esbuild"
INTEGRITY = re.compile(r'(\bhref="\./(?P<file>[^"]+)"[^>]*?\bintegrity=")(?P<old>sha384-[^"]+)(")')


def target_of(name: str, text: str) -> str:
    if name.endswith(".css"):
        return "chrome96"
    if name.startswith("browser-check-"):
        return "es5"
    if re.search(r"^\s*(?:import|export)\b", text, re.M):
        return "chrome96"
    return "es2015"


def minify(path: pathlib.Path) -> tuple[int, int]:
    text = path.read_text(encoding="utf-8")
    loader = "css" if path.suffix == ".css" else "js"
    run = subprocess.run(
        [str(ESBUILD), "--minify", f"--loader={loader}", f"--target={target_of(path.name, text)}",
         "--log-level=warning", "--charset=utf8"],
        input=text, capture_output=True, text=True, encoding="utf-8")
    if run.returncode != 0:
        raise RuntimeError(f"esbuild failed on {path.name}:\n{run.stderr}")
    path.write_text(run.stdout, encoding="utf-8")
    return len(text.encode()), len(run.stdout.encode())


def sha384(path: pathlib.Path) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(path.read_bytes()).digest()).decode("ascii")


def main() -> int:
    dist = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
    if not ESBUILD.is_file():
        print(f"minify-dist: {ESBUILD} is missing; run scripts/install-tools.sh build", file=sys.stderr)
        return 1
    before = after = 0
    try:
        for path in sorted(dist.iterdir()):
            if path.is_file() and path.suffix in (".js", ".css"):
                b, a = minify(path)
                before += b
                after += a
    except RuntimeError as error:
        print(f"minify-dist: {error}", file=sys.stderr)
        return 1
    for page in sorted(dist.glob("*.html")):
        if page.name != "zongjie.html":
            text = page.read_text(encoding="utf-8")
            page.write_text(re.sub(r"[ \t]*<!--.*?-->[ \t]*\n?", "", text, flags=re.S), encoding="utf-8")
    index = dist / "index.html"
    html = index.read_text(encoding="utf-8")

    def refresh(m: re.Match) -> str:
        file = dist / m.group("file")
        return m.group(1) + (sha384(file) if file.is_file() else m.group("old")) + m.group(4)

    index.write_text(INTEGRITY.sub(refresh, html), encoding="utf-8")
    print(f"minify-dist: JS and CSS {before} → {after} bytes; HTML comments dropped; integrity in index.html updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
