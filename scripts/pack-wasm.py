#!/usr/bin/env python3
"""Ship the hosted app's wasm LZMA-packed: about a fifth smaller than the same file under gzip.

A web server can only gzip the .wasm; LZMA (the .xz/.7z method) packs wasm code about 18 %
tighter. This step, run after scripts/build-single-file.py (the offline file keeps its own gzip
copy, which the browser inflates natively) and before scripts/build-embed.py:
  - builds the decoder, crates/unlzma, for wasm32 → dist/unlzma-<hash>.wasm (a few KB);
  - packs dist/<name>-<hash>_bg.wasm → dist/<name>-<hash>_bg.bin (LZMA "alone" format, the
    header giving the real size) and checks that Python's own LZMA decoder gives the bytes back;
  - writes src/web/unpack.js, with the decoder's name filled in, to dist/unpack-<hash>.js;
  - makes the hosted boot (dist/boot-*.js, from scripts/finish-dist.py) pass
    `fetchWasm('./<name>-<hash>_bg.bin')` to the glue's init() instead of the .wasm's URL, and
    index.html preload the packed file and the unpack module instead of the .wasm;
  - removes dist/<name>-<hash>_bg.wasm, which nothing loads any more.
The extension is .bin so that no server labels the file with a Content-Encoding the browser would
try to undo. Idempotent: a dist/ already packed is left as it is.

Usage: scripts/pack-wasm.py [DIST_DIR]
"""
import hashlib
import lzma
import os
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
CRATE = ROOT / "crates" / "unlzma"
UNPACK_SOURCE = ROOT / "src" / "web" / "unpack.js"
WASM_NAME = re.compile(r"^(?P<stem>.+-[0-9a-f]{1,16})_bg\.wasm$")
# lc=4 (literal context from the previous byte's top four bits), no position bits: the best of
# every setting on this app's wasm (bench/RESULTS-size.md, session 5).
FILTERS = [{"id": lzma.FILTER_LZMA1, "preset": 9 | lzma.PRESET_EXTREME, "lc": 4, "lp": 0, "pb": 0,
            "dict_size": 1 << 22}]


def fail(message: str) -> int:
    print(f"pack-wasm: {message}", file=sys.stderr)
    return 1


def pack(data: bytes) -> bytes:
    """LZMA "alone" with the real size in the header (the encoder writes "unknown")."""
    packed = bytearray(lzma.compress(data, format=lzma.FORMAT_ALONE, filters=FILTERS))
    packed[5:13] = len(data).to_bytes(8, "little")
    if lzma.decompress(bytes(packed), format=lzma.FORMAT_ALONE) != data:
        raise RuntimeError("the packed wasm does not unpack to the same bytes")
    return bytes(packed)


def hashed_name(stem: str, suffix: str, data: bytes) -> str:
    return f"{stem}-{hashlib.sha256(data).hexdigest()[:16]}{suffix}"


def build_decoder() -> bytes:
    """crates/unlzma for wasm32, optimised for speed, without names or producers."""
    target = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", CRATE / "target")) / "unlzma"
    env = dict(os.environ, CARGO_TARGET_DIR=str(target))
    subprocess.run(["cargo", "build", "--quiet", "--release", "--target", "wasm32-unknown-unknown",
                    "--manifest-path", str(CRATE / "Cargo.toml")], check=True, env=env)
    built = target / "wasm32-unknown-unknown" / "release" / "unlzma.wasm"
    optimised = target / "unlzma.opt.wasm"
    subprocess.run(["wasm-opt", "-O3", "--strip-debug", "--strip-producers", str(built), "-o", str(optimised)],
                   check=True)
    return optimised.read_bytes()


def main() -> int:
    dist = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
    found = [p for p in dist.glob("*_bg.wasm") if WASM_NAME.match(p.name)]
    if not found and list(dist.glob("*_bg.bin")):
        print(f"pack-wasm: {dist} is already packed; left as it is")
        return 0
    if len(found) != 1:
        return fail(f"expected one <name>-<hash>_bg.wasm in {dist}, found {len(found)}")
    wasm = found[0]
    stem = WASM_NAME.match(wasm.name).group("stem")
    boots = [p for p in dist.glob("boot-*.js") if wasm.name in p.read_text(encoding="utf-8")]
    if len(boots) != 1:
        return fail(f"expected one boot-*.js loading {wasm.name} (scripts/finish-dist.py), found {len(boots)}")

    try:
        decoder = build_decoder()
    except (subprocess.CalledProcessError, OSError) as error:
        return fail(f"could not build the decoder crates/unlzma: {error}")
    decoder_name = hashed_name("unlzma", ".wasm", decoder)
    (dist / decoder_name).write_bytes(decoder)

    unpack_source = UNPACK_SOURCE.read_text(encoding="utf-8")
    if "__ZJ_UNLZMA__" not in unpack_source:
        return fail(f"__ZJ_UNLZMA__ not found in {UNPACK_SOURCE}")
    unpack = unpack_source.replace("__ZJ_UNLZMA__", decoder_name)
    unpack_name = hashed_name("unpack", ".js", unpack.encode())
    (dist / unpack_name).write_text(unpack, encoding="utf-8")

    data = wasm.read_bytes()
    packed_name = f"{stem}_bg.bin"
    (dist / packed_name).write_bytes(pack(data))

    boot = boots[0]
    text = boot.read_text(encoding="utf-8")
    call = re.compile(r"""(['"])\./""" + re.escape(wasm.name) + r"\1")
    if len(call.findall(text)) != 1:
        return fail(f"{boot.name} does not pass './{wasm.name}' to init() exactly once")
    text = call.sub(f"fetchWasm('./{packed_name}')", text)
    boot.write_text(f"import {{ fetchWasm }} from './{unpack_name}';\n" + text, encoding="utf-8")

    index = dist / "index.html"
    html = index.read_text(encoding="utf-8")
    preload = re.compile(r'<link rel="preload" href="\./' + re.escape(wasm.name) + r'"[^>]*>')
    if len(preload.findall(html)) != 1:
        return fail(f"index.html does not preload {wasm.name} exactly once")
    # No integrity=: Chromium ignores it on a fetch preload and says so in the console.
    html = preload.sub(
        f'<link rel="preload" href="./{packed_name}" crossorigin="anonymous" as="fetch">'
        f'<link rel="modulepreload" href="./{unpack_name}">', html)
    index.write_text(html, encoding="utf-8")
    wasm.unlink()
    print(f"pack-wasm: {wasm.name} {len(data)} B → {packed_name} {(dist / packed_name).stat().st_size} B; "
          f"decoder {decoder_name} {len(decoder)} B; {boot.name} and index.html load it through {unpack_name}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except RuntimeError as error:
        sys.exit(fail(str(error)))
