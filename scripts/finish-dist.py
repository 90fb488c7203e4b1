#!/usr/bin/env python3
"""Make Trunk's hosted output (dist/) work under a strict Content-Security-Policy, and add the
"browser too old" check in front of the wasm boot.

Trunk writes its loader as an inline <script type="module"> in dist/index.html, which
`script-src 'self' 'wasm-unsafe-eval'` forbids. This moves it into dist/boot-<hash>.js and
loads it with <script type="module" src=…>; the moved loader starts the wasm only when
window.ZongjieBrowserCheck says the browser can run it. It also copies src/web/browser-check.js
to dist/browser-check-<hash>.js and loads it as a classic script before the boot module (a
classic script in <head> runs while the page is parsed, before any module), so an old browser
gets a Chinese message instead of a blank page. Relative URLs keep working: both files sit in the
same folder as index.html. Idempotent: what is already done is left as it is.

Usage: scripts/finish-dist.py [DIST_DIR]
"""
import hashlib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CHECK_SOURCE = ROOT / "src" / "web" / "browser-check.js"
INLINE_MODULE = re.compile(r'<script type="module"(?P<attrs>[^>]*)>(?P<body>.*?)</script>', re.S)
BOOT_TAG = re.compile(r'<script type="module" src="\./boot-[0-9a-f]+\.js"></script>')
IMPORT_LINE = re.compile(r"^\s*import\b[^;\n]*;\s*$", re.M)
# The boot starts the wasm only where the check passed (or did not run, e.g. an older dist/).
GUARD = "if (!window.ZongjieBrowserCheck || window.ZongjieBrowserCheck.supported) {\n"
# A file that fails to load (or to unpack, or to compile) leaves a Chinese message instead of a blank
# page; a panic has its own overlay (src/web/panic.rs). The error still reaches the console.
CAUGHT = """
} catch (error) {
  if (window.ZongjieBrowserCheck && !document.getElementById('zj-panic')) {
    window.ZongjieBrowserCheck.show(document.getElementById('app') || document.body, 'load');
  }
  throw error;
}
}
"""


def fail(message: str) -> int:
    print(f"finish-dist: {message}", file=sys.stderr)
    return 1


def hashed(dist: pathlib.Path, stem: str, body: str) -> pathlib.Path:
    digest = hashlib.sha256(body.encode()).hexdigest()[:16]
    path = dist / f"{stem}-{digest}.js"
    path.write_text(body, encoding="utf-8")
    return path


def guarded_boot(body: str) -> str | None:
    """Trunk's loader with everything but its import lines inside GUARD; None if it cannot tell."""
    imports = IMPORT_LINE.findall(body)
    rest = IMPORT_LINE.sub("", body).strip()
    if not imports or re.search(r"^\s*import\b", rest, re.M):
        return None
    return "\n".join(line.strip() for line in imports) + "\n" + GUARD + "try {\n" + rest + CAUGHT


def main() -> int:
    dist = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
    index = dist / "index.html"
    html = index.read_text(encoding="utf-8")

    match = INLINE_MODULE.search(html)
    if match is None or "src=" in match.group("attrs"):
        print(f"finish-dist: {index} has no inline loader; left as it is")
    else:
        body = guarded_boot(match.group("body").strip() + "\n")
        if body is None:
            return fail("Trunk's loader does not have the expected import lines; cannot guard it")
        boot = hashed(dist, "boot", body)
        tag = f'<script type="module" src="./{boot.name}"></script>'
        html = html[: match.start()] + tag + html[match.end():]
        if INLINE_MODULE.search(html.replace(tag, "")):
            return fail("more than one inline script in index.html")
        print(f"finish-dist: loader moved to {boot}")

    if "browser-check-" not in html:
        boot_tag = BOOT_TAG.search(html)
        if boot_tag is None:
            return fail("no boot script in index.html to put the browser check before")
        check = hashed(dist, "browser-check", CHECK_SOURCE.read_text(encoding="utf-8"))
        tag = f'<script src="./{check.name}" data-zongjie="page"></script>\n'
        html = html[: boot_tag.start()] + tag + html[boot_tag.start():]
        print(f"finish-dist: browser check {check.name} runs before the boot")
    index.write_text(html, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
