// The browser's Back and Forward buttons move between the wizard's pages (each page is an entry
// `#tasks`, `#opening`, …) on the hosted app and on the single file: 任务列表 → 导语, Back shows
// 任务列表, Forward 导语 again; a reload opens the stored draft on the task list, as always (Back
// returns to the page reloaded), and Back from the first page of a visit leaves the app as a
// browser normally would. Embedded wizards add
// nothing to the host page's history: in script mode (the OA example page) and in iframe mode
// (embed.html framed by another origin), their page changes leave the host's address and history
// alone.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';

import { DIST, MODES, ROOT, assertNoErrors, assertNoNetwork, closeAll, hostedServer, newPage, startServer, waitForReady } from './lib.mjs';
import { expectHeading, nav, newReport, openTask, saved, secondTab } from './wizard-helpers.mjs';

after(closeAll);

const hash = (page) => page.evaluate(() => location.hash);
const FIXTURE = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/drafts/jiedao-annual.json'), 'utf8'));

/** Goes from the task list to 导语 and back to 任务列表 inside `wizard` (a locator or a frame). */
async function walk(wizard) {
  await wizard.locator('a, button').filter({ hasText: /^导语$/ }).first().click();
  await wizard.locator('textarea').first().waitFor();
  await wizard.locator('.zj-nav-link').filter({ hasText: '任务列表' }).click();
  await wizard.locator('.zj-task-link').first().waitFor();
}

for (const [mode, open] of MODES) {
  test(`${mode}: Back and Forward move between pages; Back from the first page leaves the app`, async () => {
    const page = await newPage();
    await page.goto('about:blank');
    await open('', { page });
    await newReport(page, '青石街道办事处');
    assert.equal(await hash(page), '#meta');
    await nav(page, '任务列表');
    await expectHeading(page, '青石街道办事处2025年');
    assert.equal(await hash(page), '#tasks');
    await openTask(page, '导语');
    await expectHeading(page, '导语');
    assert.equal(await hash(page), '#opening');

    await page.goBack();
    await expectHeading(page, '青石街道办事处2025年');
    assert.equal(await hash(page), '#tasks');
    await page.goForward();
    await expectHeading(page, '导语');
    assert.equal(await hash(page), '#opening');
    // Back twice: 基本信息, then the start page, still in the app with the draft open.
    await page.goBack();
    await page.goBack();
    await expectHeading(page, '基本信息');
    await page.goBack();
    await page.locator('main h2').filter({ hasText: '继续编辑草稿' }).waitFor({ timeout: 10000 });
    assert.equal(await hash(page), '');
    await page.goForward();
    await expectHeading(page, '基本信息');
    await saved(page);

    // Reload on a page: the stored draft opens on the task list (as on every reopen); Back
    // returns to the page that was reloaded.
    await openTask(page, '结束语');
    await expectHeading(page, '结束语');
    await saved(page);
    await page.reload();
    await waitForReady(page);
    await page.locator('.zj-banner').filter({ hasText: '已恢复上次编辑的草稿' }).waitFor();
    await expectHeading(page, '青石街道办事处2025年');
    assert.equal(await hash(page), '#tasks');
    await page.goBack();
    await expectHeading(page, '结束语');
    assert.equal(await hash(page), '#closing');
    await page.goForward();
    await expectHeading(page, '青石街道办事处2025年');

    // A fresh visit: the task list is the first page, and Back leaves the app.
    const again = await secondTab(page);
    await again.goto('about:blank');
    await open('', { page: again });
    await expectHeading(again, '青石街道办事处2025年');
    assert.equal(await hash(again), '#tasks');
    await again.goBack();
    await again.waitForURL('about:blank');

    for (const p of [page, again]) {
      assertNoNetwork(p);
      assertNoErrors(p);
    }
  });
}

test('script mode and iframe mode: the wizard\'s pages add nothing to the host page\'s history', async () => {
  const server = await hostedServer();
  const page = await newPage();
  page.zj.allowed = [server.base, 'data:', 'blob:'];
  await page.goto(server.url('examples/oa-host.html'));
  await page.waitForFunction(() => [...document.querySelectorAll('#oa-log li')].filter((li) => / ready$/.test(li.textContent)).length === 2);
  await page.evaluate((d) => oaHost.a.setDraft(d), FIXTURE);
  const before = await page.evaluate(() => [location.href, history.length]);
  await walk(page.locator('#zongjie-a'));
  assert.deepEqual(await page.evaluate(() => [location.href, history.length]), before, 'script mode: host address and history untouched');
  assertNoNetwork(page);
  assertNoErrors(page);

  // iframe mode: entries of a framed document would be the top page's too.
  const host = await startServer({ root: path.join(DIST, 'examples'), prefix: '/oa/' });
  const framed = await newPage();
  framed.zj.allowed = [server.base, host.base, 'data:', 'blob:'];
  await framed.goto(host.url(`iframe-host.html?src=${encodeURIComponent(server.url('embed.html'))}`));
  await framed.waitForFunction(() => window.iframeHost && window.iframeHost.events.some((e) => e.type === 'ready'));
  const reply = await framed.evaluate((d) => window.iframeHost.request('load', { draft: d }), FIXTURE);
  assert.equal(reply.ok, true);
  const frame = framed.frameLocator('#zongjie-frame');
  await frame.locator('.zj-task-link').first().waitFor();
  const start = await framed.evaluate(() => [location.href, history.length, document.getElementById('zongjie-frame').contentWindow.length]);
  await walk(frame);
  assert.deepEqual(await framed.evaluate(() => [location.href, history.length, document.getElementById('zongjie-frame').contentWindow.length]), start,
    'iframe mode: host address and history untouched');
  assert.equal(await framed.frames()[1].evaluate(() => location.hash), '', 'the framed wizard keeps its address');
  assertNoNetwork(framed);
  assertNoErrors(framed);
});
