#!/usr/bin/env python3
"""Make Trunk's hosted output (dist/) work under a strict Content-Security-Policy.

Trunk writes its loader as an inline <script type="module"> in dist/index.html, which
`script-src 'self' 'wasm-unsafe-eval'` forbids. This moves it into dist/boot-<hash>.js and
loads it with <script type="module" src=…>. Relative URLs keep working: the loader sits in the
same folder as index.html. Idempotent: a dist/ without an inline loader is left as it is.

Usage: scripts/finish-dist.py [DIST_DIR]
"""
import hashlib
import pathlib
import re
import sys

INLINE_MODULE = re.compile(r'<script type="module"(?P<attrs>[^>]*)>(?P<body>.*?)</script>', re.S)


def main() -> int:
    dist = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
    index = dist / "index.html"
    html = index.read_text(encoding="utf-8")
    match = INLINE_MODULE.search(html)
    if match is None or "src=" in match.group("attrs"):
        print(f"finish-dist: {index} has no inline loader; nothing to do")
        return 0
    body = match.group("body").strip() + "\n"
    digest = hashlib.sha256(body.encode()).hexdigest()[:16]
    boot = dist / f"boot-{digest}.js"
    boot.write_text(body, encoding="utf-8")
    tag = f'<script type="module" src="./{boot.name}"></script>'
    index.write_text(html[: match.start()] + tag + html[match.end():], encoding="utf-8")
    if INLINE_MODULE.search(index.read_text(encoding="utf-8").replace(tag, "")):
        print("finish-dist: more than one inline script in index.html", file=sys.stderr)
        return 1
    print(f"finish-dist: loader moved to {boot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
