// Start-up time of the release build in headless Chromium: from navigation start to the app's
// `zongjie-ready` performance mark (first screen rendered), for dist/zongjie.html via file://
// (budget: 200 ms) and for the hosted dist/ on 127.0.0.1. Each run is a fresh browser context
// (no cache, empty storage); one warm-up run per mode is discarded. Prints the median.
// Usage: node scripts/bench-startup.mjs [RUNS=9]   (after make build)

import { READY_MARK, closeAll, newPage, openFile, openHosted } from '../tests/e2e/lib.mjs';

const runs = Math.max(7, Number(process.argv[2] ?? 9));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function measure(open) {
  const page = await newPage();
  await open('', { page });
  const ms = await page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, READY_MARK);
  await page.context().close();
  return ms;
}

try {
  for (const [label, open, budget] of [['file://  dist/zongjie.html', openFile, 200], ['hosted   /apps/zongjie/', openHosted, null]]) {
    await measure(open); // warm-up: browser process, disk cache of the OS
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await measure(open));
    const med = median(times);
    const verdict = budget == null ? '' : med <= budget ? `, within the ${budget} ms budget` : `, OVER the ${budget} ms budget`;
    console.log(`startup ${label}: median ${med.toFixed(1)} ms over ${runs} runs (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})${verdict}`);
  }
} finally {
  await closeAll();
}
