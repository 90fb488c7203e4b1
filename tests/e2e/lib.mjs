// Shared helpers for the end-to-end tests: Playwright (playwright-core from .tools/) driving
// Debian's Chromium against the release build, in its two forms:
//   - hosted: dist/ served on 127.0.0.1 under the path prefix /apps/zongjie/, with the strict
//     Content-Security-Policy `script-src 'self' 'wasm-unsafe-eval'`;
//   - file:   dist/zongjie.html opened straight from disk (file://).
// Every page records its requests, console errors and page errors, so a test can assert that
// nothing left the machine and nothing went wrong. See tests/e2e/README.md.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.ZJ_DIST ? path.resolve(process.env.ZJ_DIST) : path.join(ROOT, 'dist');
export const SINGLE_FILE = path.join(DIST, 'zongjie.html');
export const SCREENSHOTS = path.join(ROOT, 'target', 'screenshots');
export const PREFIX = '/apps/zongjie/';
export const CSP = "script-src 'self' 'wasm-unsafe-eval'";
export const READY_MARK = 'zongjie-ready';
/** The two screen sizes every screenshot is taken at: an office screen and a wide one. */
export const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
/** Flags for a headless Chromium as root on a machine with no internet (see TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--lang=zh-CN',
];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** playwright-core from <repo>/.tools (scripts/install-tools.sh), else from a normal lookup. */
export function playwright() {
  for (const base of [path.join(ROOT, '.tools', 'package.json'), fileURLToPath(import.meta.url)]) {
    try {
      return createRequire(base)('playwright-core');
    } catch {
      // try the next place
    }
  }
  throw new Error('playwright-core is missing: run scripts/install-tools.sh test');
}

let browserPromise = null;
let hosted = null;
const contexts = new Set();
const servers = new Set();

/** One Chromium per test file, started on first use. */
export function browser() {
  browserPromise ??= playwright().chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return browserPromise;
}

/**
 * A static server for `root` under `prefix` on 127.0.0.1 (random port). Anything outside the
 * prefix is a 404 and is listed in `stray`. Options: `headers` added to every response (the CSP
 * by default; pass `headers: {}` for none). Returns { origin, base, url(p), stray, close() }.
 */
export async function startServer({ root = DIST, prefix = PREFIX, headers = { 'Content-Security-Policy': CSP } } = {}) {
  const stray = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(prefix)) {
      stray.push(req.url);
      res.writeHead(404).end();
      return;
    }
    let file = path.normalize(path.join(root, pathname.slice(prefix.length)));
    if (!file.startsWith(path.normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const handle = {
    origin,
    base: origin + prefix,
    url: (p = '') => origin + prefix + p.replace(/^\//, ''),
    stray,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
  servers.add(handle);
  return handle;
}

/** The shared server for dist/ under /apps/zongjie/ with the strict CSP. */
export async function hostedServer() {
  hosted ??= startServer();
  return hosted;
}

/**
 * A fresh page in its own browser context (empty storage), 1366×768 unless `viewport` is given.
 * `page.zj` records { requests, consoleErrors, pageErrors, allowed }: `allowed` is the list of URL
 * prefixes `assertNoNetwork` accepts, set by openHosted / openFile.
 */
export async function newPage({ viewport = VIEWPORTS[0], ...contextOptions } = {}) {
  const context = await (await browser()).newContext({
    viewport,
    locale: 'zh-CN',
    acceptDownloads: true,
    serviceWorkers: 'block',
    ...contextOptions,
  });
  contexts.add(context);
  const page = await context.newPage();
  page.zj = { requests: [], consoleErrors: [], pageErrors: [], allowed: ['data:', 'blob:'] };
  page.on('request', (r) => page.zj.requests.push(r.url()));
  page.on('websocket', (ws) => page.zj.requests.push(ws.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') page.zj.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => page.zj.pageErrors.push(String(e?.stack ?? e)));
  return page;
}

/** Waits for the app's `zongjie-ready` performance mark (the first screen is rendered). */
export async function waitForReady(page, timeout = 20000) {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK, { timeout });
}

/**
 * Opens the hosted app: http://127.0.0.1:PORT/apps/zongjie/<p> (p may carry a query or a hash,
 * e.g. '#__panic'). Options: `page` (reuse one), `viewport`, `waitReady` (default true).
 */
export async function openHosted(p = '', { page, viewport, waitReady = true } = {}) {
  const server = await hostedServer();
  page ??= await newPage({ viewport });
  page.zj.allowed = [server.base, 'data:', 'blob:'];
  await page.goto(server.url(p));
  if (waitReady) await waitForReady(page);
  return page;
}

/** Opens dist/zongjie.html from disk (file://), optionally with a hash. Options as openHosted. */
export async function openFile(hash = '', { page, viewport, waitReady = true } = {}) {
  assert.ok(fs.existsSync(SINGLE_FILE), `${SINGLE_FILE} is missing: run make build`);
  page ??= await newPage({ viewport });
  page.zj.allowed = ['file:', 'data:', 'blob:'];
  await page.goto(pathToFileURL(SINGLE_FILE).href + hash);
  if (waitReady) await waitForReady(page);
  return page;
}

/** Both ways of opening the app, for tests that must pass in each: `for (const [mode, open] of MODES)`. */
export const MODES = [
  ['hosted', openHosted],
  ['file', openFile],
];

/** Fails if the page requested anything but its own files (hosted prefix, or file:/data:/blob:). */
export function assertNoNetwork(page) {
  const leaks = page.zj.requests.filter((u) => !page.zj.allowed.some((a) => u.startsWith(a)));
  assert.deepEqual(leaks, [], `requests left the page: ${leaks.join(', ')}`);
}

/** Fails on any console error or uncaught page error, except those matching a regex in `allow`. */
export function assertNoErrors(page, { allow = [] } = {}) {
  const unexpected = (list) => list.filter((m) => !allow.some((re) => re.test(m)));
  assert.deepEqual(unexpected(page.zj.pageErrors), [], 'uncaught errors in the page');
  assert.deepEqual(unexpected(page.zj.consoleErrors), [], 'console errors in the page');
}

/**
 * Saves target/screenshots/<name>-1366x768.png and <name>-1920x1080.png, then restores the
 * page's viewport. Returns the paths.
 */
export async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const original = page.viewportSize();
  const paths = [];
  for (const vp of VIEWPORTS) {
    await page.setViewportSize(vp);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const file = path.join(SCREENSHOTS, `${name}-${vp.width}x${vp.height}.png`);
    await page.screenshot({ path: file });
    paths.push(file);
  }
  if (original) await page.setViewportSize(original);
  return paths;
}

/** Buttons and links (and role=button) whose visible text contains `text`. */
/** Fails when two elements of the page share an id (labels, aria-* and links would be ambiguous). */
export async function assertUniqueIds(page) {
  const dupes = await page.evaluate(() => {
    const seen = new Map();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
  assert.deepEqual(dupes, [], 'ids used more than once');
}

export function action(page, text) {
  return page.locator('button, a, [role=button]').filter({ hasText: text });
}

/** Closes every page, the browser and the servers; register with `after(closeAll)`. */
export async function closeAll() {
  for (const c of contexts) await c.close().catch(() => {});
  contexts.clear();
  if (browserPromise) await (await browserPromise).close().catch(() => {});
  browserPromise = null;
  for (const s of servers) await s.close();
  servers.clear();
  hosted = null;
}
