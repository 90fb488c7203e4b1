#!/usr/bin/env bash
# Size of the release build: every file of the hosted app (dist/ minus the single file) raw and
# gzip -9, their gzip total (budget: 300 KB), and the raw size of dist/zongjie.html.
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
single=$(stat -c %s "$dist/zongjie.html"); single_gz=$(gzip -9 -c "$dist/zongjie.html" | wc -c)
printf '%-44s %12s %12s\n' "dist/zongjie.html (offline single file)" "$(kb "$single")" "$(kb "$single_gz")"
budget=$((300 * 1024))
verdict=$([ "$total_gz" -le "$budget" ] && echo "within" || echo "OVER")
echo "size: hosted gzip total ${total_gz} bytes ($(kb "$total_gz")), ${verdict} the 300 KB budget; single file raw ${single} bytes ($(kb "$single"))"
