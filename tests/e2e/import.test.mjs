// 检查文本 and 导入已有总结, end to end in headless Chromium against the release build: paste a
// report, see the findings highlighted and listed, jump to one, apply a suggestion, start the
// wizard from the text; import a pasted report and a GBK file and open them as drafts.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';

import { ROOT, action, assertNoErrors, assertNoNetwork, closeAll, openFile, openHosted, screenshot } from './lib.mjs';
import { openTask } from './wizard-helpers.mjs';

after(closeAll);

// Our own text: a half-width comma, 截止 for 截至 and a placeholder left in.
const REPORT = [
  '江畔街道2025年工作总结',
  '',
  '2025年，江畔街道在区委、区政府的坚强领导下，扎实推进各项工作。',
  '一、筑牢平安防线，群众安全感持续提升',
  '一是化解矛盾纠纷。全年排查受理矛盾纠纷120起,调解成功矛盾纠纷114起。二是深化平安创建。截止12月底，建成平安示范小区XX个。',
  '二、压实安全责任，安全形势持续稳定',
  '全年开展安全检查48次，排查安全隐患130处，整改安全隐患130处。',
  '新的一年，江畔街道将继续努力，奋力开创平安建设新局面。',
].join('\n');

test('检查文本: findings are highlighted and listed, a suggestion applies, the wizard starts from the text', async () => {
  const page = await openHosted();
  await action(page, '检查一篇总结').first().click();
  await page.locator('#zj-check-input').fill(REPORT);
  await page.locator('#zj-check-run').click();

  const marks = page.locator('.zj-check-text-view mark.zj-mark');
  await marks.first().waitFor();
  assert.ok((await marks.count()) >= 3, 'comma, 截止 and XX are marked');
  assert.equal(await page.locator('mark.zj-mark-error', { hasText: 'XX' }).count(), 1, 'the placeholder is an error');
  assert.ok((await page.locator('mark[data-rules~="halfwidth-punctuation"]').count()) >= 1);
  const items = page.locator('.zj-check-list > li');
  assert.ok((await items.count()) >= 3);
  // The text is rendered as text, not markup.
  assert.equal(await page.locator('.zj-check-text-view script, .zj-check-text-view b').count(), 0);

  // A finding's link focuses its place in the text.
  await items.filter({ hasText: '截至' }).locator('a.zj-check-locate').click();
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'MARK');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '截止');
  await screenshot(page, 'check-text');

  // Apply one suggestion: the text is corrected and checked again.
  await items.filter({ hasText: '半角' }).first().locator('button.zj-check-apply').click();
  await page.locator('p[role=status]', { hasText: '已采用这条建议' }).waitFor();
  const corrected = await page.locator('#zj-check-input').inputValue();
  assert.match(corrected, /矛盾纠纷120起，调解成功/);
  assert.equal(await page.locator('mark[data-rules~="halfwidth-punctuation"]').count(), 0);
  assert.equal(await page.locator('mark', { hasText: '截止' }).count(), 1, 'the others are still there');

  // Start writing from the corrected text: the wizard opens with the imported draft.
  await page.locator('#zj-check-start').click();
  await page.locator('#zj-page-heading', { hasText: '江畔街道2025年工作总结' }).waitFor();
  await screenshot(page, 'check-text-started');
  assertNoNetwork(page);
  assertNoErrors(page);
});

test('检查文本: 全部采用建议 settles units written two ways on their standard spelling', async () => {
  const page = await openHosted();
  await action(page, '检查一篇总结').first().click();
  const text = '江畔街道2025年工作总结\n\n全年修缮屋面1200㎡，新增绿地800平方米。新建道路5km，整修道路3公里，铺设管网2千米。';
  await page.locator('#zj-check-input').fill(text);
  await page.locator('#zj-check-run').click();
  const unitMarks = page.locator('mark[data-rules~="nonstandard-unit"], mark[data-rules~="unit-notation-mix"]');
  await unitMarks.first().waitFor();
  assert.ok((await unitMarks.count()) >= 3, '㎡, km and 千米 are marked');
  await page.locator('#zj-check-apply-all').click();
  await page.locator('p[role=status]', { hasText: '已采用' }).waitFor();
  const fixed = await page.locator('#zj-check-input').inputValue();
  assert.match(fixed, /1200平方米，新增绿地800平方米。新建道路5公里，整修道路3公里，铺设管网2公里。/);
  assert.equal(await unitMarks.count(), 0, 'no unit finding is left after the re-check');
  assertNoErrors(page);
});

test('导入已有总结: a pasted report is recognised, previewed and opened as next year\'s base', async () => {
  const page = await openFile();
  await action(page, '导入已有总结').first().click();
  await page.locator('#zj-import-text').fill(REPORT);
  await page.locator('#zj-import-recognise').click();
  const preview = page.locator('.zj-import-preview');
  await preview.waitFor();
  assert.match(await preview.innerText(), /江畔街道/);
  assert.match(await preview.innerText(), /平安建设/);
  assert.match(await preview.innerText(), /安全生产/);
  assert.match(await preview.innerText(), /排查受理矛盾纠纷：120起/);
  // The two ways to open it are told apart before the choice (most people want next year's base).
  assert.match(await page.locator('main').innerText(), /“作为草稿打开”：接着修改这篇2025年的稿子。“作为2026年底稿”：写2026年的总结/);
  await screenshot(page, 'import-preview');
  await page.locator('#zj-import-base').click();
  await page.locator('#zj-page-heading', { hasText: '江畔街道2026年工作总结' }).waitFor();
  // Each chapter shows last year's text unfolded, where the new points are written.
  await openTask(page, '平安建设');
  const reference = page.locator('details', { hasText: '上年同一章' });
  assert.equal(await reference.evaluate((d) => d.open), true, "last year's chapter is unfolded");
  assert.ok(await reference.locator('.zj-reference').isVisible());
  assert.match(await reference.locator('.zj-reference').innerText(), /矛盾纠纷/);
  assertNoNetwork(page);
  assertNoErrors(page);
});

test('导入已有总结: a GBK file is decoded by the browser and a bad file leaves a clear message', async () => {
  const page = await openHosted();
  await action(page, '导入已有总结').first().click();
  // Our GBK fixture (tests/fixtures/import/gbk_report.txt): not UTF-8, so the page falls back to gb18030.
  await page.locator('#zj-import-file').setInputFiles({ name: 'gbk.txt', mimeType: 'text/plain', buffer: fs.readFileSync(path.join(ROOT, 'tests/fixtures/import/gbk_report.txt')) });
  const preview = page.locator('.zj-import-preview');
  await preview.waitFor();
  assert.match(await preview.innerText(), /西园街道/);
  assert.match(await preview.innerText(), /民生保障/);

  await page.locator('#zj-import-file').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 xx') });
  const alert = page.locator('.zj-error-summary[role=alert]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /不是文本或 Word 文档/);
  assertNoNetwork(page);
  assertNoErrors(page);
});
