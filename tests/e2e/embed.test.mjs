// Embedding (docs/EMBEDDING.md), end to end in headless Chromium against the release build:
//   - script mode: the sample OA page mounts two wizards; draft in, typing, `change`, draft out,
//     .docx Blob, destroy one without touching the other, no listener or timer left behind;
//   - iframe mode: embed.html on one loopback origin, its host on another, every message type;
//     a third origin's messages are ignored (no reply, no state change);
//   - hostile host CSS (`* { font-size: 30px }`) does not reach the wizard;
//   - the custom element <zongjie-wizard> and its zongjie-* DOM events;
//   - every page under `script-src 'self' 'wasm-unsafe-eval'` with no CSP violation;
//   - a browser too old for the wasm features gets a Chinese message (faked validate failure).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

import {
  DIST, ROOT, assertNoErrors, assertNoNetwork, closeAll, hostedServer, newPage, screenshot, startServer,
} from './lib.mjs';

after(closeAll);

const FIXTURE = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/drafts/jiedao-annual.json'), 'utf8'));
const OPENING = '这是测试写入的导语：全年办结群众诉求三百件。';

/** Records CSP violations and counts live window/document listeners and pending timers. */
function instrument() {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  const live = new Map();
  const key = (target, type, listener, options) => {
    const capture = typeof options === 'boolean' ? options : !!(options && options.capture);
    return [target, type, listener, capture];
  };
  const same = (a, b) => a.every((v, i) => v === b[i]);
  const entries = [];
  for (const target of [window, document]) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    target.addEventListener = (type, listener, options) => {
      const k = key(target, type, listener, options);
      if (!entries.some((e) => same(e, k))) entries.push(k);
      return add(type, listener, options);
    };
    target.removeEventListener = (type, listener, options) => {
      const k = key(target, type, listener, options);
      const i = entries.findIndex((e) => same(e, k));
      if (i >= 0) entries.splice(i, 1);
      return remove(type, listener, options);
    };
  }
  const timers = new Set();
  const setT = window.setTimeout.bind(window);
  const clearT = window.clearTimeout.bind(window);
  const setI = window.setInterval.bind(window);
  const clearI = window.clearInterval.bind(window);
  window.setTimeout = (fn, ms, ...args) => {
    const id = setT((...a) => { timers.delete(id); if (typeof fn === 'function') fn(...a); }, ms, ...args);
    timers.add(id);
    return id;
  };
  window.clearTimeout = (id) => { timers.delete(id); clearT(id); };
  window.setInterval = (fn, ms, ...args) => { const id = setI(fn, ms, ...args); timers.add(id); return id; };
  window.clearInterval = (id) => { timers.delete(id); clearI(id); };
  window.__counts = () => ({
    listeners: entries.map((e) => `${e[0] === window ? 'window' : 'document'}:${e[1]}`).sort(),
    timers: [...timers].sort((x, y) => x - y),
  });
  void live;
}

async function openOaHost({ css } = {}) {
  const server = await hostedServer();
  const page = await newPage();
  await page.addInitScript(instrument);
  page.zj.allowed = [server.base, 'data:', 'blob:'];
  await page.goto(server.url('examples/oa-host.html'));
  if (css) await page.addStyleTag({ content: css });
  await page.waitForFunction(() => [...document.querySelectorAll('#oa-log li')].filter((li) => / ready$/.test(li.textContent)).length === 2);
  return page;
}

function cspErrors(page) {
  return page.zj.consoleErrors.filter((m) => /Content Security Policy|Refused to/i.test(m));
}

test('script mode: two wizards on the OA page; draft in, typing, change, draft out, .docx, destroy one', async () => {
  const page = await openOaHost();
  await page.evaluate(() => {
    window.__changes = [];
    oaHost.a.on('change', (d) => window.__changes.push(d.opening));
  });
  await page.evaluate((d) => oaHost.a.setDraft(d), FIXTURE);
  await page.waitForFunction((opening) => window.__changes.includes(opening), FIXTURE.opening);
  assert.equal(await page.evaluate(() => oaHost.a.getDraft().meta.unit), FIXTURE.meta.unit);
  assert.equal(await page.evaluate(() => oaHost.b.getDraft()), null, 'the second wizard got nothing');

  // Type into the first wizard (Playwright locators reach into the open shadow root).
  const a = page.locator('#zongjie-a');
  await a.locator('a, button').filter({ hasText: /^导语$/ }).first().click();
  const field = a.locator('textarea').first();
  await field.fill(OPENING);
  await page.waitForFunction((o) => window.__changes.includes(o), OPENING);
  assert.equal(await page.evaluate(() => oaHost.a.getDraft().opening), OPENING);
  assert.equal(await page.locator('#zongjie-b textarea').count(), 0, 'the second wizard did not change page');

  // Save through the API into the OA form.
  await page.locator('#oa-save').click();
  const saved = JSON.parse(await page.locator('#oa-saved').inputValue());
  assert.equal(saved.opening, OPENING);

  // Findings, text and .docx exports.
  const findings = await page.evaluate(() => oaHost.a.check());
  assert.ok(Array.isArray(findings) && findings.every((f) => typeof f.rule === 'string' && typeof f.message === 'string'));
  const text = await page.evaluate(() => oaHost.a.exportText());
  assert.match(text, /这是测试写入的导语/);
  const docx = await page.evaluate(async () => {
    const blob = oaHost.a.exportDocx();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return { type: blob.type, size: blob.size, head: String.fromCharCode(bytes[0], bytes[1]), latin: new TextDecoder('latin1').decode(bytes) };
  });
  assert.equal(docx.head, 'PK');
  assert.match(docx.type, /wordprocessingml/);
  assert.ok(docx.latin.includes('word/document.xml'), 'the zip holds word/document.xml');

  await screenshot(page, 'embed-oa-host');
  // Destroy the second: its shadow host goes, the first keeps working.
  await page.locator('#oa-close-b').click();
  assert.equal(await page.locator('#zongjie-b .zj-embed').count(), 0);
  assert.equal(await page.evaluate(() => Zongjie.count()), 1);
  assert.equal(await page.evaluate(() => oaHost.a.getDraft().opening), OPENING);
  await field.fill(OPENING + '补充。');
  await page.waitForFunction((o) => window.__changes.includes(o), OPENING + '补充。');
  await assert.rejects(page.evaluate(() => oaHost.b.getDraft()), /已被销毁/);
  assertNoNetwork(page);
  assertNoErrors(page);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
});

test('script mode: destroy() leaves no window/document listener and no pending timer', async () => {
  const page = await openOaHost();
  // Let the first findings settle so the two page wizards have no pending timers of their own.
  await page.waitForFunction(() => [...document.querySelectorAll('#oa-log li')].filter((li) => /findings/.test(li.textContent)).length >= 2);
  const before = await page.evaluate(() => window.__counts());
  await page.evaluate((d) => new Promise((resolve) => {
    const el = document.createElement('div');
    el.id = 'third';
    document.body.appendChild(el);
    window.third = Zongjie.mount(el, { draft: d, storage: { namespace: 'count-test' } });
    window.third.on('ready', resolve);
  }), FIXTURE);
  await page.locator('#third').locator('a, button').filter({ hasText: /^导语$/ }).first().click();
  await page.locator('#third textarea').first().fill('计数测试。');
  const fresh = (counts) => counts.timers.filter((id) => !before.timers.includes(id));
  const during = await page.evaluate(() => window.__counts());
  assert.ok(fresh(during).length > 0 || during.listeners.length > before.listeners.length,
    `the third wizard registered something to clean up (${JSON.stringify(during)})`);
  await page.evaluate(() => window.third.destroy());
  const afterDestroy = await page.evaluate(() => window.__counts());
  assert.deepEqual(afterDestroy.listeners, before.listeners);
  assert.deepEqual(fresh(afterDestroy), [], 'no timer started by the third wizard is still pending');
  assert.equal(await page.locator('#third').innerHTML(), '');
  assert.equal(await page.evaluate(() => Zongjie.count()), 2);
  assertNoErrors(page);
});

test('script mode: host CSS `* { font-size: 30px }` does not reach inside the wizard', async () => {
  const plain = await openOaHost();
  const hostile = await openOaHost({ css: '* { font-size: 30px !important; line-height: 3 !important; color: lime !important; } html { font-size: 30px !important; }' });
  const measure = (page) => page.evaluate(() => {
    const root = document.querySelector('#zongjie-a .zj-embed').shadowRoot;
    const pick = (sel) => {
      const el = root.querySelector(sel);
      const s = getComputedStyle(el);
      return { fontSize: s.fontSize, lineHeight: s.lineHeight, color: s.color };
    };
    return { root: pick('.zj-root'), lead: pick('.zj-lead'), h1: pick('h1'), button: pick('button'), width: root.querySelector('.zj-root').getBoundingClientRect().width };
  });
  const a = await measure(plain);
  const b = await measure(hostile);
  assert.equal(b.root.fontSize, '16px');
  assert.deepEqual(b, a, 'the wizard looks the same under hostile host CSS');
  // The host's own text did change (the CSS really applied).
  assert.equal(await hostile.evaluate(() => getComputedStyle(document.querySelector('.oa-form h1')).fontSize), '30px');
  // The wizard fits its container: as wide as the OA panel's content box.
  const fit = await plain.evaluate(() => {
    const box = document.getElementById('zongjie-a');
    const host = box.querySelector('.zj-embed').getBoundingClientRect();
    return { box: box.clientWidth, host: host.width, height: host.height, boxHeight: box.clientHeight };
  });
  assert.equal(Math.round(fit.host), fit.box);
  assert.equal(Math.round(fit.height), fit.boxHeight);
  await screenshot(hostile, 'embed-hostile-css');
  assertNoErrors(plain);
  assertNoErrors(hostile);
});

test('iframe mode: a host on another origin exchanges every message type; a third origin is ignored', async () => {
  const wizard = await hostedServer();                                         // 127.0.0.1:A
  const host = await startServer({ root: path.join(DIST, 'examples'), prefix: '/oa/' });  // 127.0.0.1:B
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zj-third-'));
  fs.writeFileSync(path.join(tmp, 'index.html'), '<!DOCTYPE html><title>third</title><p>third origin</p>');
  const third = await startServer({ root: tmp, prefix: '/x/', headers: {} });     // 127.0.0.1:C
  assert.notEqual(new URL(wizard.origin).port, new URL(host.origin).port);

  const page = await newPage();
  await page.addInitScript(instrument);
  page.zj.allowed = [wizard.base, host.base, third.base, 'data:', 'blob:'];
  const src = wizard.url('embed.html');
  await page.goto(host.url(`iframe-host.html?src=${encodeURIComponent(src)}`));
  await page.waitForFunction(() => window.iframeHost && window.iframeHost.events.some((e) => e.type === 'ready'));

  const request = (type, fields) => page.evaluate(([t, f]) => window.iframeHost.request(t, f).then((r) => {
    if (r.result instanceof Blob) return r.result.arrayBuffer().then((b) => ({ ...r, result: { blob: true, type: r.result.type, head: String.fromCharCode(...new Uint8Array(b).slice(0, 2)), latin: new TextDecoder('latin1').decode(b).includes('word/document.xml') } }));
    return r;
  }), [type, fields]);

  let reply = await request('get');
  assert.equal(reply.ok, true);
  assert.equal(reply.result, null, 'no draft yet');
  reply = await request('load', { draft: FIXTURE });
  assert.equal(reply.ok, true);
  await page.waitForFunction(() => window.iframeHost.events.some((e) => e.type === 'change'));
  await page.waitForFunction(() => window.iframeHost.events.some((e) => e.type === 'findings' && e.findings.length > 0));
  reply = await request('get');
  assert.equal(reply.result.meta.unit, FIXTURE.meta.unit);
  reply = await request('check');
  assert.ok(Array.isArray(reply.result));
  reply = await request('export', { format: 'text' });
  assert.equal(reply.ok, true);
  assert.match(reply.result, new RegExp(FIXTURE.meta.unit));
  reply = await request('export', { format: 'docx' });
  assert.deepEqual([reply.ok, reply.result.blob, reply.result.head, reply.result.latin], [true, true, 'PK', true]);
  assert.match(reply.result.type, /wordprocessingml/);
  reply = await request('export', { format: 'pdf' });
  assert.equal(reply.ok, false);
  assert.match(reply.error, /docx/);

  // Typing inside the frame sends `change`; the author's export sends `submit`.
  const frame = page.frameLocator('#zongjie-frame');
  await frame.locator('a, button').filter({ hasText: /^导语$/ }).first().click();
  await frame.locator('textarea').first().fill(OPENING);
  await page.waitForFunction((o) => window.iframeHost.events.some((e) => e.type === 'change' && e.draft.opening === o), OPENING);
  // The author exports inside the wizard: the host gets `submit` with the draft.
  await frame.locator('a, button').filter({ hasText: /^导出$/ }).first().click();
  const anyway = frame.locator('button').filter({ hasText: '仍要导出' });
  if (await anyway.count()) {
    await frame.locator('textarea').first().fill('数字以统计部门口径为准');
    await anyway.click();
  }
  await frame.locator('button').filter({ hasText: '下载文本' }).click();
  await page.waitForFunction((o) => window.iframeHost.events.some((e) => e.type === 'submit' && e.draft.opening === o), OPENING);
  for (const m of await page.evaluate(() => window.iframeHost.events)) {
    assert.equal(m.source, 'zongjie');
    assert.ok(['ready', 'change', 'findings', 'submit'].includes(m.type), m.type);
  }

  // A third origin, framed by the same host page, posts to the wizard: ignored, never answered.
  await page.evaluate((url) => new Promise((resolve) => {
    const f = document.createElement('iframe');
    f.src = url;
    f.onload = resolve;
    document.body.appendChild(f);
  }), third.url('index.html'));
  const thirdFrame = page.frames().find((f) => f.url().startsWith(third.origin));
  const before = (await request('get')).result.opening;
  await thirdFrame.evaluate((target) => new Promise((resolve) => {
    window.__replies = [];
    addEventListener('message', (e) => window.__replies.push(e.data));
    const wizardWindow = parent.frames[0];
    wizardWindow.postMessage({ type: 'load', id: 'x1', draft: { template_id: 'jiedao-annual', meta: { unit: '冒名单位', year: 2020 } } }, target);
    wizardWindow.postMessage({ type: 'get', id: 'x2' }, target);
    wizardWindow.postMessage({ type: 'export', id: 'x3', format: 'text' }, target);
    resolve();
  }), wizard.origin);
  // A later request from the real host is answered; by then the third origin's were processed.
  assert.equal((await request('get')).result.opening, before, 'the third origin changed nothing');
  assert.equal((await request('get')).result.meta.unit, FIXTURE.meta.unit);
  assert.deepEqual(await thirdFrame.evaluate(() => window.__replies), [], 'the third origin got no reply');
  await screenshot(page, 'embed-iframe');
  assertNoNetwork(page);
  assertNoErrors(page);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
});

test('iframe mode: embed.html without ?origin= refuses to start and says why', async () => {
  const wizard = await hostedServer();
  const page = await newPage();
  page.zj.allowed = [wizard.base, 'data:', 'blob:'];
  await page.goto(wizard.url('embed.html'));
  const message = page.locator('[data-zongjie-frame][role=alert]');
  await message.waitFor();
  assert.match(await message.innerText(), /origin=/);
  assertNoNetwork(page);
  assertNoErrors(page);
});

test('custom element: <zongjie-wizard> mounts, emits zongjie-* events, has the handle methods', async () => {
  const server = await hostedServer();
  const page = await newPage();
  await page.addInitScript(instrument);
  page.zj.allowed = [server.base, 'data:', 'blob:'];
  await page.goto(server.url('examples/custom-element.html'));
  await page.waitForFunction(() => window.elementEvents && window.elementEvents.includes('zongjie-ready'));
  await page.evaluate((d) => document.querySelector('zongjie-wizard').setDraft(d), FIXTURE);
  await page.waitForFunction(() => window.elementEvents.includes('zongjie-change'));
  assert.equal(await page.evaluate(() => document.querySelector('zongjie-wizard').getDraft().meta.unit), FIXTURE.meta.unit);
  assert.match(await page.evaluate(() => document.querySelector('zongjie-wizard').exportText()), /工作总结/);
  // Removing the element destroys its wizard.
  await page.evaluate(() => document.querySelector('zongjie-wizard').remove());
  await page.waitForFunction(() => Zongjie.count() === 0);
  assertNoNetwork(page);
  assertNoErrors(page);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(cspErrors(page), []);
});

test('CSP: the host pages load under script-src self wasm-unsafe-eval with no violation', async () => {
  const server = await hostedServer();
  for (const p of ['examples/oa-host.html', 'examples/custom-element.html', 'index.html']) {
    const page = await newPage();
    await page.addInitScript(instrument);
    page.zj.allowed = [server.base, 'data:', 'blob:'];
    const response = await page.goto(server.url(p));
    assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
    await page.waitForFunction(() => performance.getEntriesByName('zongjie-ready').length > 0);
    assert.deepEqual(await page.evaluate(() => window.__csp), [], p);
    assert.deepEqual(cspErrors(page), [], p);
    assertNoErrors(page);
  }
  for (const file of ['embed.html', 'examples/oa-host.html', 'examples/iframe-host.html', 'examples/custom-element.html']) {
    const html = fs.readFileSync(path.join(DIST, file), 'utf8');
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bsrc=/.test(m[1]));
    assert.deepEqual(inline.map((m) => m[2].slice(0, 40)), [], `${file} has an inline script`);
  }
});

test('older browsers: without the needed WebAssembly features the host sees a Chinese message', async () => {
  const server = await hostedServer();
  const page = await newPage();
  await page.addInitScript(() => { WebAssembly.validate = () => false; });
  page.zj.allowed = [server.base, 'data:', 'blob:'];
  await page.goto(server.url('examples/oa-host.html'));
  const message = page.locator('#zongjie-a .zj-too-old');
  await message.waitFor();
  assert.match(await message.innerText(), /浏览器版本过旧，无法运行本工具。请使用新版 Chrome、Edge 或 360 极速模式（Chromium \d+/);
  assert.equal(await page.evaluate(() => Zongjie.supported), false);
  // Nothing heavy was fetched.
  assert.ok(!page.zj.requests.some((u) => u.endsWith('.wasm') || u.endsWith('.bin')), 'neither the wasm nor its decoder is downloaded');
  await screenshot(page, 'embed-too-old');
  assertNoNetwork(page);
});

test('script mode: wrong options and calls are refused with Chinese messages', async () => {
  const page = await openOaHost();
  const errors = await page.evaluate((d) => {
    const el = document.createElement('div');
    document.body.appendChild(el);
    const attempt = (f) => { try { f(); return null; } catch (e) { return e.message; } };
    return {
      template: attempt(() => Zongjie.mount(el, { templateId: 'no-such-template' })),
      namespace: attempt(() => Zongjie.mount(el, { storage: { namespace: 'oa-demo-b' } })),
      year: attempt(() => Zongjie.mount(el, { fixed: { year: '二〇二五' } })),
      draft: attempt(() => oaHost.a.setDraft({ hello: 1 })),
      event: attempt(() => oaHost.a.on('saved', () => {})),
      count: Zongjie.count(),
      children: el.children.length,
      unit: oaHost.a.getDraft(),
    };
  });
  assert.match(errors.template, /找不到内置模板“no-such-template”.*jiedao-annual/);
  assert.match(errors.namespace, /oa-demo-b.*已被本页另一个总结助手使用/);
  assert.match(errors.year, /fixed\.year/);
  assert.match(errors.draft, /草稿读取失败/);
  assert.match(errors.event, /没有名为“saved”的事件/);
  assert.equal(errors.count, 2, 'no wizard was mounted by the failed calls');
  assert.equal(errors.children, 0, 'nothing was left in the element');
  assert.equal(errors.unit, null, 'the refused draft did not replace anything');
  for (const message of Object.values(errors).filter((v) => typeof v === 'string')) {
    assert.doesNotMatch(message, /非法|无效/);
  }
  assertNoErrors(page);
});
