#!/usr/bin/env bash
# Size of the release build: every file of the hosted app (dist/ minus the single file) raw and
# gzip -9, their gzip total (budget: 300 KB), the packed wasm's size unpacked, and the raw size
# of dist/zongjie.html.
# Run after scripts/build.sh. Usage: scripts/bench-size.sh [DIST_DIR]
set -euo pipefail
dist="${1:-dist}"
[ -f "$dist/index.html" ] && [ -f "$dist/zongjie.html" ] || { echo "bench-size: build first (make build)" >&2; exit 1; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }
total_raw=0; total_gz=0
printf '%-44s %12s %12s\n' "hosted file" "raw" "gzip -9"
while IFS= read -r f; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-44s %12s %12s\n' "${f#"$dist"/}" "$(kb "$raw")" "$(kb "$gz")"
done < <(find "$dist" -type f ! -name zongjie.html | sort)
printf '%-44s %12s %12s\n' "TOTAL hosted (html+js+wasm+css)" "$(kb "$total_raw")" "$(kb "$total_gz")"
# The wasm travels LZMA-packed (scripts/pack-wasm.py); its unpacked size under gzip is what the
# code itself weighs, kept in view so that code growth shows even where the packing hides it.
for f in "$dist"/*_bg.bin; do
  [ -f "$f" ] || continue
  python3 -c 'import lzma, sys; sys.stdout.buffer.write(lzma.decompress(open(sys.argv[1], "rb").read(), format=lzma.FORMAT_ALONE))' "$f" > "$dist.unpacked.tmp"
  printf '%-44s %12s %12s\n' "(${f#"$dist"/} unpacked, not served)" "$(kb "$(stat -c %s "$dist.unpacked.tmp")")" "$(kb "$(gzip -9 -c "$dist.unpacked.tmp" | wc -c)")"
  rm -f "$dist.unpacked.tmp"
done
single=$(stat -c %s "$dist/zongjie.html"); single_gz=$(gzip -9 -c "$dist/zongjie.html" | wc -c)
printf '%-44s %12s %12s\n' "dist/zongjie.html (offline single file)" "$(kb "$single")" "$(kb "$single_gz")"
budget=$((300 * 1024))
verdict=$([ "$total_gz" -le "$budget" ] && echo "within" || echo "OVER")
echo "size: hosted gzip total ${total_gz} bytes ($(kb "$total_gz")), ${verdict} the 300 KB budget; single file raw ${single} bytes ($(kb "$single"))"
