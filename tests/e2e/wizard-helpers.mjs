// Steps of the wizard as a user takes them, for wizard.test.mjs: fill a field by its label,
// press 保存并继续, add points, open a task, read downloads. Built on lib.mjs.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import zlib from 'node:zlib';

import { action } from './lib.mjs';

/** The form field with exactly this label (the n-th when several share it). */
export function field(page, label, n = 0) {
  return page.getByLabel(label, { exact: true }).nth(n);
}

/** Types into a field, then leaves it (Tab), which runs the inline checks. */
export async function fill(page, label, value, n = 0) {
  const f = field(page, label, n);
  await f.fill(value);
  await f.press('Tab');
}

export async function heading(page) {
  return (await page.locator('main h1').first().innerText()).trim();
}

export async function expectHeading(page, text) {
  await page.locator('main h1').filter({ hasText: text }).first().waitFor({ timeout: 10000 });
}

export async function continueOn(page) {
  await page.getByRole('button', { name: '保存并继续' }).click();
}

/** Goes to a section from the header navigation. */
export async function nav(page, name) {
  await page.locator('.zj-nav-link').filter({ hasText: name }).click();
}

/** Opens a task of the task list by its label. */
export async function openTask(page, label) {
  await nav(page, '任务列表');
  await page.locator('.zj-task-link').filter({ hasText: label }).first().click();
}

/** Adds a point to the list on the page and fills its lead and body. */
export async function addPoint(page, noun, lead, body) {
  const before = await page.locator('.zj-point').count();
  await action(page, `添加一条${noun}`).click();
  await page.locator('.zj-point').nth(before).waitFor();
  if (lead) await fill(page, '引领句（可不填）', lead, before);
  await fill(page, '正文', body, before);
}

/** Fills indicator values: { '受理信访事项': '356', … } (the 本年数值 field of each row). */
export async function fillIndicators(page, values) {
  for (const [name, value] of Object.entries(values)) await fill(page, `${name} 本年数值`, value);
}

/** Clicks a button that starts a download and returns { name, path, bytes }. */
export async function download(page, buttonText) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }), action(page, buttonText).first().click()]);
  const file = await dl.path();
  assert.ok(file, `download of ${buttonText} failed: ${await dl.failure()}`);
  return { name: dl.suggestedFilename(), path: file, bytes: fs.readFileSync(file) };
}

/** Waits until the header says 已保存 (autosave ran). */
export async function saved(page) {
  await page.locator('.zj-save-status').filter({ hasText: '已保存' }).waitFor({ timeout: 10000 });
}

/** A second tab in the same browser context as `page` (so the two share localStorage), recording
 * its requests and errors like lib.mjs's newPage. */
export async function secondTab(page) {
  const tab = await page.context().newPage();
  tab.zj = { requests: [], consoleErrors: [], pageErrors: [], allowed: ['data:', 'blob:'] };
  tab.on('request', (r) => tab.zj.requests.push(r.url()));
  tab.on('console', (m) => {
    if (m.type() === 'error') tab.zj.consoleErrors.push(m.text());
  });
  tab.on('pageerror', (e) => tab.zj.pageErrors.push(String(e?.stack ?? e)));
  return tab;
}

/** One file of a zip archive (stored or deflated), found through the central directory. */
export function unzipEntry(bytes, name) {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'not a zip file: no end of central directory');
  let at = bytes.readUInt32LE(eocd + 16);
  const entries = bytes.readUInt16LE(eocd + 10);
  for (let i = 0; i < entries; i++) {
    assert.equal(bytes.readUInt32LE(at), 0x02014b50, 'bad central directory entry');
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    if (bytes.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const data = bytes.subarray(start, start + size);
      if (method === 0) return data;
      assert.equal(method, 8, `${name}: unknown compression ${method}`);
      return zlib.inflateRawSync(data);
    }
    at += 46 + nameLength + extra + comment;
  }
  return null;
}

/** The paragraphs of a .docx's word/document.xml as plain text (runs joined, one line each). */
export function docxText(bytes) {
  const xml = unzipEntry(bytes, 'word/document.xml');
  assert.ok(xml, 'the .docx has a word/document.xml part');
  return xml.toString('utf8')
    .split(/<\/w:p>/)
    .map((para) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .map((t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'))
    .filter((t) => t.length > 0)
    .join('\n');
}

/** Characters a reader counts (as the app does): everything but whitespace. */
export function charCount(text) {
  return [...text].filter((c) => !/\s/u.test(c)).length;
}

/** A new report from the first built-in template (街道办事处…和下年工作安排), unit and year filled. */
export async function newReport(page, unit) {
  await action(page, '用此模板新建').first().click();
  await expectHeading(page, '基本信息');
  await fill(page, '单位名称', unit);
  await fill(page, '总结的年份', '2025');
}
