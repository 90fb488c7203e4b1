// Keystroke → checks + preview, in headless Chromium on the release build (issue 5; goal: median
// ≤ 8 ms for a 50,000-character report with 500 figures). Opens the hosted target/bench-dist/ (the
// release build with the Cargo feature `bench`; scripts/bench.sh builds it), then calls the wasm
// export `zongjie_bench_keystroke` (src/web/bench.rs), which replays one keystroke through
// the wizard's reducer and runs the same checks (the app's incremental checker, warm as a
// mounted app has it), assembly and preview HTML the UI runs — the side panel's 400 ms debounce
// is a pause, not work, so it is left out. The draft is generated here, deterministically, from
// our own phrases (bench/src/lib.rs `keystroke_draft` builds the same one for the native bench).
// Prints the median and p90 of the whole keystroke and its split: the reducer's edit, the
// checks, assembly + HTML; and, for comparison, a full check of the draft without cache.
// Usage: ZJ_DIST=target/bench-dist node bench/keystroke.bench.mjs [ITERATIONS=60]   (make bench does this)

import { closeAll, newPage, openHosted } from '../tests/e2e/lib.mjs';

const iterations = Math.max(20, Number(process.argv[2] ?? 60));
const TARGET_CHARS = 50_000;
const TARGET_FIGURES = 500;
const CHAPTERS = ['party_building', 'economy', 'livelihood', 'social_governance', 'public_safety', 'work_safety',
  'urban_management', 'environment', 'civilisation', 'rule_of_law'];
const LEADS = ['基层组织建设扎实推进', '营商环境持续优化', '民生保障更加有力', '社区治理提质增效', '平安建设成效明显',
  '安全生产形势平稳', '市容环境明显改善', '生态环境持续向好', '文明创建深入开展', '法治宣传广泛覆盖'];
const PHRASES = ['围绕年度目标任务', '坚持问题导向', '统筹各方力量', '聚焦群众急难愁盼', '健全工作机制',
  '压实各级责任', '加强督促检查', '推动工作落地见效', '深化部门协同', '强化日常监管'];
const FIGURES = [
  (n) => `全年走访辖区单位${n}家`, (n) => `新增就业岗位${n}个`, (n) => `完成投资${n}.5万元`,
  (n) => `开展专题培训${n}场次`, (n) => `整治背街小巷${n}条`, (n) => `服务居民群众${n}人次`,
  (n) => `排查隐患${n}处，整改率达到98.${n % 10}%`, (n) => `同比增长${(n % 40) + 1}.${n % 10}%`,
];

// Deterministic: a small linear congruential generator, so every run measures the same draft.
let seed = 20261124;
const rand = (k) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k; };

function sentence(withFigure) {
  const parts = [PHRASES[rand(PHRASES.length)], PHRASES[rand(PHRASES.length)]];
  if (withFigure) parts.push(FIGURES[rand(FIGURES.length)](rand(900) + 100));
  return parts.join('，') + '。';
}

function makeDraft() {
  const chapters = CHAPTERS.map((id, i) => ({ id, template_chapter: id, heading: `${LEADS[i]}，各项工作稳步推进`, points: [], indicators: [] }));
  let chars = 0, figures = 0, p = 0;
  while (chars < TARGET_CHARS) {
    const ch = chapters[p % chapters.length];
    let body = '';
    while (body.length < 240) {
      const fig = figures < TARGET_FIGURES && rand(3) === 0;
      if (fig) figures += 1;
      body += sentence(fig);
    }
    const lead = LEADS[rand(LEADS.length)];
    ch.points.push({ lead, body });
    chars += lead.length + body.length;
    p += 1;
  }
  return {
    draft: {
      schema_version: 1, id: 'bench-keystroke', template_id: 'jiedao-annual',
      meta: { unit: '示例区新华街道办事处', year: 2025, higher_bodies: '区委、区政府', date: '2025年12月20日' },
      opening: '今年以来，街道在区委、区政府的坚强领导下，统筹推进各项工作，现将有关情况总结如下。',
      chapters, problems: [{ lead: '', body: '部分工作的精细化水平仍需提高。' }],
      plan_intro: '明年，街道将继续围绕中心、服务大局。', plan: [{ lead: '持续抓好基层建设', body: '进一步夯实工作基础。' }],
      closing: '新的一年，我们将以更加饱满的热情做好各项工作。',
    },
    chars, figures,
  };
}

const { draft, chars, figures } = makeDraft();
try {
  const page = await newPage();
  await openHosted('', { page });
  const result = await page.evaluate(async ({ json, iterations }) => {
    // The app's wasm-bindgen glue is already initialised; importing it again gives the same module.
    const urls = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => /\.js(\?|$)/.test(u));
    for (const url of urls) {
      const m = await import(url);
      if (typeof m.zongjie_bench_keystroke === 'function') return m.zongjie_bench_keystroke(json, iterations);
    }
    return JSON.stringify({ error: `no zongjie_bench_keystroke export in ${urls.join(', ')}` });
  }, { json: JSON.stringify(draft), iterations });
  const r = JSON.parse(result);
  if (r.error) throw new Error(r.error);
  const f = (s) => `median ${s.median.toFixed(2)} ms, p90 ${s.p90.toFixed(2)} ms`;
  const verdict = r.total.median <= 8 ? 'within the 8 ms goal' : 'OVER the 8 ms goal';
  console.log(`keystroke → checks + preview (${chars} chars, ${figures} figures, ${r.iterations} keystrokes): ${f(r.total)}, ${verdict}`);
  console.log(`  edit (reducer): ${f(r.edit)}; checks (incremental): ${f(r.check)}; assemble + to_html: ${f(r.html)} (preview HTML ${r.html_chars} chars)`);
  console.log(`  for comparison, full check without cache: ${f(r.full_check)} (${r.findings} findings, the same from both)`);
} finally {
  await closeAll();
}
