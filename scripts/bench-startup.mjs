// Start-up time of the release build in headless Chromium: from navigation start to the app's
// `zongjie-ready` performance mark (first screen rendered), for dist/zongjie.html via file://
// (budget: 200 ms) and for the hosted dist/ on 127.0.0.1 (which fetches the LZMA-packed wasm and
// unpacks it while the browser compiles it: scripts/pack-wasm.py). Each run is a fresh browser context
// (no cache, empty storage); one warm-up run per mode is discarded. Prints the median.
// Usage: node scripts/bench-startup.mjs [RUNS=9]   (after make build)

import { READY_MARK, closeAll, newPage, openFile, openHosted } from '../tests/e2e/lib.mjs';

const runs = Math.max(7, Number(process.argv[2] ?? 9));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// Milliseconds from navigation start to each mark (the single file also sets zongjie-boot and
// zongjie-decoded; absent marks are NaN).
async function measure(open) {
  const page = await newPage();
  await open('', { page });
  const marks = await page.evaluate((names) => names.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN),
    ['zongjie-boot', 'zongjie-decoded', READY_MARK]);
  await page.context().close();
  return marks;
}

try {
  for (const [label, open, budget] of [['file://  dist/zongjie.html', openFile, 200], ['hosted   /apps/zongjie/', openHosted, null]]) {
    await measure(open); // warm-up: browser process, disk cache of the OS
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await measure(open));
    const times = samples.map((s) => s[2]);
    const med = median(times);
    const verdict = budget == null ? '' : med <= budget ? `, within the ${budget} ms budget` : `, OVER the ${budget} ms budget`;
    console.log(`startup ${label}: median ${med.toFixed(1)} ms over ${runs} runs (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})${verdict}`);
    if (samples.every((s) => !Number.isNaN(s[0]))) {
      const parse = median(samples.map((s) => s[0]));
      const decode = median(samples.map((s) => s[1] - s[0]));
      const rest = median(samples.map((s) => s[2] - s[1]));
      console.log(`  medians: page parse → script ${parse.toFixed(1)} ms, base64 decode ${decode.toFixed(1)} ms, inflate + compile + start + first render ${rest.toFixed(1)} ms`);
    }
  }
} finally {
  await closeAll();
}
