// The app shell, end to end in headless Chromium, hosted (under /apps/zongjie/ with a strict
// CSP) and as the offline single file (file://): the first screen in Chinese, no request leaving
// the page, no error, a panic that shows a message instead of a blank page, and a browser too
// old for the wasm that gets a Chinese message (src/web/browser-check.js) instead of a blank page.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';

import {
  DIST, MODES, SINGLE_FILE, action, assertNoErrors, assertNoNetwork, closeAll, newPage, screenshot,
  startServer,
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

/** Two ways an old browser looks to the page: no WebAssembly at all, or one lacking a feature. */
const OLD_BROWSERS = [
  ['no WebAssembly', () => { delete window.WebAssembly; }],
  ['WebAssembly.validate fails', () => { WebAssembly.validate = () => false; }],
];

for (const [mode, open] of MODES) {
  for (const [how, fake] of OLD_BROWSERS) {
    test(`${mode}: a browser too old (${how}) gets the Chinese message, not a blank page`, async () => {
      const page = await newPage();
      await page.addInitScript(fake);
      await open('', { page, waitReady: false });
      const box = page.locator('#app .zj-too-old[role=alert]');
      await box.waitFor({ state: 'visible' });
      assert.match(await box.locator('h1').innerText(), /^浏览器版本过旧，无法运行本工具$/);
      const advice = await box.locator('p').innerText();
      assert.match(advice, /请使用新版 Chrome、Edge 或 360 极速模式/);
      assert.match(advice, /Chromium \d+ 或更新版本/);
      assert.deepEqual(await page.evaluate(() => [window.ZongjieBrowserCheck.supported, window.ZongjieBrowserCheck.reason]), [false, 'old']);
      // The wasm was not started: no ready mark, no app rendered, nothing thrown.
      await page.waitForLoadState('load');
      assert.equal(await page.evaluate(() => performance.getEntriesByName('zongjie-ready').length), 0);
      assert.equal(await page.locator('#app > :not(.zj-too-old)').count(), 0, 'only the message is in #app');
      if (how === 'no WebAssembly') await screenshot(page, `too-old-${mode}`);
      assertNoNetwork(page);
      assertNoErrors(page);
    });
  }

  test(`${mode}: a current browser passes the check and never sees the message`, async () => {
    const page = await open();
    assert.deepEqual(await page.evaluate(() => [window.ZongjieBrowserCheck?.supported, window.ZongjieBrowserCheck?.reason]), [true, '']);
    assert.equal(await page.locator('.zj-too-old').count(), 0);
    assertNoErrors(page);
  });
}

test('hosted under a CSP that forbids WebAssembly: the Chinese message names the CSP, not a blank page', async () => {
  // What an OA host without 'wasm-unsafe-eval' (or a Chromium 96 under the strict CSP) looks like.
  const server = await startServer({ headers: { 'Content-Security-Policy': "script-src 'self'" } });
  const page = await newPage();
  page.zj.allowed = [server.base, 'data:', 'blob:'];
  await page.goto(server.url());
  const box = page.locator('#app .zj-too-old[role=alert]');
  await box.waitFor({ state: 'visible' });
  assert.equal(await box.locator('h1').innerText(), '本页的安全设置不允许运行本工具');
  assert.match(await box.locator('p').innerText(), /script-src 中加入 'wasm-unsafe-eval'/);
  assert.deepEqual(await page.evaluate(() => [window.ZongjieBrowserCheck.supported, window.ZongjieBrowserCheck.reason]), [false, 'csp']);
  await page.waitForLoadState('load');
  assert.equal(await page.evaluate(() => performance.getEntriesByName('zongjie-ready').length), 0, 'the wasm was not started');
  await screenshot(page, 'csp-blocks-wasm');
  assertNoNetwork(page);
  // The probe's compile is what the CSP reports; nothing else may fail.
  assertNoErrors(page, { allow: [/Content Security Policy|wasm-unsafe-eval|WebAssembly/i] });
});

test('hosted: dist/index.html uses relative URLs only and no inline script (strict CSP)', () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const urls = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
  assert.ok(urls.length >= 2, `expected asset URLs, found ${urls}`);
  for (const u of urls) assert.match(u, /^(\.\/[^/]|data:)/, `not relative: ${u}`);
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bsrc=/.test(m[1]));
  assert.deepEqual(inline.map((m) => m[2].slice(0, 60)), [], 'inline scripts break script-src self');
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
  assert.match(scripts[0] ?? '', /src="\.\/browser-check-[0-9a-f]+\.js"/, 'the browser check comes first');
  assert.doesNotMatch(scripts[0], /type=/, 'as a classic script, which runs before any module');
  assert.match(scripts[1] ?? '', /type="module" src="\.\/boot-/, 'then the wasm boot');
});

test('the shipped app carries no bench code (make bench builds its own dist with the bench export)', () => {
  const glue = fs.readdirSync(DIST).filter((f) => /^zongjie-[0-9a-f]+\.js$/.test(f));
  assert.equal(glue.length, 1, `one wasm-bindgen glue file in dist/, found ${glue}`);
  const js = fs.readFileSync(path.join(DIST, glue[0]), 'utf8');
  assert.match(js, /export function \w+/, 'the glue exports the app API');
  assert.doesNotMatch(js, /zongjie_bench/, 'zongjie_bench_keystroke must not ship');
});

test('file: dist/zongjie.html loads nothing but itself', async () => {
  const [, openFile] = MODES.find(([m]) => m === 'file');
  const page = await openFile();
  const files = page.zj.requests.filter((u) => u.startsWith('file:'));
  assert.deepEqual(files.map((u) => path.basename(new URL(u).pathname)), [path.basename(SINGLE_FILE)]);
  assertNoNetwork(page);
  assertNoErrors(page);
});
