// The app shell, end to end in headless Chromium, hosted (under /apps/zongjie/ with a strict
// CSP) and as the offline single file (file://): the first screen in Chinese, no request leaving
// the page, no error, and a panic that shows a message instead of a blank page.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';

import {
  DIST, MODES, SINGLE_FILE, action, assertNoErrors, assertNoNetwork, closeAll, screenshot,
} from './lib.mjs';

after(closeAll);

for (const [mode, open] of MODES) {
  test(`${mode}: the first screen is in Chinese and offers 新建 / 继续 / 导入`, async () => {
    const page = await open();
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
    assert.match(await page.title(), /总结/);
    const visible = await page.locator('body').innerText();
    for (const word of ['新建', '继续', '导入']) assert.ok(visible.includes(word), `${word} is not visible`);
    // Starting a new report and importing are actions; continuing may be a (possibly empty) list.
    for (const word of ['新建', '导入']) {
      assert.ok(await action(page, word).first().isVisible(), `no visible button or link with ${word}`);
    }
    // Chinese glyphs really render (fonts-noto-cjk): the heading is wider than a few tofu boxes.
    const heading = page.locator('h1, h2').first();
    assert.match(await heading.innerText(), /[\u4e00-\u9fff]/);
    await screenshot(page, `start-${mode}`);
    assertNoNetwork(page);
    assertNoErrors(page);
  });

  test(`${mode}: a panic shows the Chinese message, not a blank page (#__panic)`, async () => {
    const page = await open('#__panic', { waitReady: false });
    const overlay = page.locator('#zj-panic');
    await overlay.waitFor({ state: 'visible', timeout: 20000 });
    const text = await overlay.innerText();
    assert.match(text, /页面出现意外错误/);
    assert.match(text, /请刷新页面继续/);
    assert.match(await overlay.locator('pre').textContent(), /#__panic/, 'the details name the cause');
    // The reload link drops the #__panic fragment, so reloading brings the app back.
    assert.equal(await overlay.locator('a').getAttribute('href'), '');
    await screenshot(page, `panic-${mode}`);
    assert.ok(page.zj.pageErrors.length >= 1, 'the forced panic did happen');
    assertNoNetwork(page);
    assertNoErrors(page, { allow: [/unreachable/i, /zongjie panic/] });
  });
}

test('hosted: dist/index.html uses relative URLs only and no inline script (strict CSP)', () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
  assert.ok(urls.length >= 2, `expected asset URLs, found ${urls}`);
  for (const u of urls) assert.match(u, /^(\.\/[^/]|data:)/, `not relative: ${u}`);
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bsrc=/.test(m[1]));
  assert.deepEqual(inline.map((m) => m[2].slice(0, 60)), [], 'inline scripts break script-src self');
});

test('file: dist/zongjie.html loads nothing but itself', async () => {
  const [, openFile] = MODES.find(([m]) => m === 'file');
  const page = await openFile();
  const files = page.zj.requests.filter((u) => u.startsWith('file:'));
  assert.deepEqual(files.map((u) => path.basename(new URL(u).pathname)), [path.basename(SINGLE_FILE)]);
  assertNoNetwork(page);
  assertNoErrors(page);
});
