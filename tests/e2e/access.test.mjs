// Keyboard and screen-size use of the wizard end to end, each scenario run on the hosted build
// and on dist/zongjie.html (file://): one full page (基本信息) done with the keyboard only — Tab
// reaches every field in order with a visible focus ring, the error summary's link moves focus to
// the field, which carries aria-invalid and aria-describedby naming its message — and the preview
// toggle on a narrow screen (hidden beside the form, shown by the toggle, aria-expanded and
// aria-controls right) against a wide screen, where the preview sits beside the form.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';

import { MODES, SCREENSHOTS, action, assertNoErrors, assertNoNetwork, closeAll, screenshot } from './lib.mjs';
import { expectHeading, field } from './wizard-helpers.mjs';

after(closeAll);

const shot = (mode, page, name) => (mode === 'hosted' ? screenshot(page, `access-${name}`) : null);

/** A screenshot at the page's own (narrow) size: target/screenshots/access-<name>-480x900.png. */
async function narrowShot(mode, page, name) {
  if (mode !== 'hosted') return;
  const { width, height } = page.viewportSize();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `access-${name}-${width}x${height}.png`) });
}

/** What has focus: its id, label text, tag, and whether a focus ring is drawn around it. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent.trim() : null;
    return { id: el.id, tag: el.tagName, label, text: (el.getAttribute('aria-label') ?? el.textContent).trim(), ring };
  });
}

/** Presses Tab until `want(focused)` holds (at most `limit` times); returns the focus history. */
async function tabUntil(page, want, limit = 60) {
  const seen = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    seen.push(f);
    if (f && want(f)) return seen;
  }
  assert.fail(`Tab never reached the wanted element; went through ${seen.map((f) => f?.label ?? f?.text).join(' → ')}`);
}

async function keyboardOnlyPage(page, mode) {
  // From the start page, Tab to 用此模板新建 and press Enter.
  await tabUntil(page, (f) => f.tag === 'BUTTON' && f.text === '用“街道办事处年度工作总结和下年工作安排”新建');
  await page.keyboard.press('Enter');
  await expectHeading(page, '基本信息');

  // Tab through the page: every field in order, each with a visible focus ring.
  const walk = await tabUntil(page, (f) => f.text === '保存并继续');
  const fields = walk.filter((f) => f?.label).map((f) => f.label);
  assert.deepEqual(fields, ['单位名称', '总结的年份', '上级机关', '标题连接词', '第二部分名称', '成文日期（可不填）', '我已完成这一部分'], 'Tab reaches the fields in reading order');
  const noRing = walk.filter((f) => f && !f.ring).map((f) => f.label ?? f.text);
  assert.deepEqual(noRing, [], 'every element reached by Tab shows where the focus is');

  // Fill the fields by keyboard: back to 单位名称 with Shift+Tab, type, Tab on.
  for (let i = 0; i < 20 && (await focused(page))?.label !== '单位名称'; i++) await page.keyboard.press('Shift+Tab');
  assert.equal((await focused(page))?.label, '单位名称', 'Shift+Tab goes back to the first field');
  await page.keyboard.type('松林街道办事处');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).label, '总结的年份');
  await page.keyboard.type('1999');
  await page.keyboard.press('Tab');
  await shot(mode, page, 'keyboard-meta');
  await tabUntil(page, (f) => f.text === '保存并继续');
  await page.keyboard.press('Enter');

  // The error summary takes focus; its link moves focus to the year field.
  const summary = page.locator('.zj-error-summary');
  await summary.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('zj-error-summary')), true);
  assert.match(await page.title(), /^错误：/);
  const link = summary.locator('a').first();
  assert.match(await link.innerText(), /1999/);
  await page.keyboard.press('Tab');
  assert.equal(await link.evaluate((a) => a === document.activeElement), true, 'Tab goes to the first problem');
  assert.equal((await focused(page)).ring, true, 'the link shows focus');
  await page.keyboard.press('Enter');
  const year = field(page, '总结的年份');
  assert.equal(await year.evaluate((el) => el === document.activeElement), true, 'the link focuses the field');
  assert.equal((await focused(page)).ring, true, 'the field shows focus');

  // The field says it is in error and points at its message, the same words as the summary.
  assert.equal(await year.getAttribute('aria-invalid'), 'true');
  const describedBy = (await year.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const described = [];
  for (const id of describedBy) described.push(await page.locator(`[id="${id}"]`).innerText());
  const message = (await link.innerText()).trim();
  assert.ok(described.some((t) => t.includes(message)), `aria-describedby names the message “${message}”: ${described.join(' | ')}`);
  await shot(mode, page, 'keyboard-error');

  // Correct it with the keyboard and go on.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2025');
  await page.keyboard.press('Tab');
  await page.waitForFunction((el) => el.getAttribute('aria-invalid') !== 'true', await year.elementHandle());
  await tabUntil(page, (f) => f.text === '保存并继续');
  await page.keyboard.press('Enter');
  await expectHeading(page, '导语');
  assert.equal(await page.locator('.zj-error-summary').count(), 0);
}

async function narrowPreview(page, mode) {
  await action(page, '用此模板新建').first().click();
  await expectHeading(page, '基本信息');
  await field(page, '单位名称').fill('竹园街道办事处');
  const toggle = page.locator('.zj-preview-toggle');
  const preview = page.locator('.zj-preview');
  await toggle.waitFor({ state: 'visible' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  const controls = await toggle.getAttribute('aria-controls');
  const side = page.locator(`[id="${controls}"]`);
  assert.equal(await side.count(), 1, 'aria-controls names an element on the page');
  assert.equal(await side.locator('.zj-preview').count(), 1, 'which holds the preview');
  assert.equal(await preview.isVisible(), false, 'on a narrow screen the preview is hidden at first');
  assert.match(await toggle.innerText(), /显示预览/);
  await narrowShot(mode, page, 'narrow-hidden');

  // The toggle by keyboard shows it, usable in the narrow width; again hides it.
  await toggle.focus();
  await page.keyboard.press('Enter');
  await preview.waitFor({ state: 'visible' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.match(await toggle.innerText(), /隐藏预览/);
  const width = page.viewportSize().width;
  const box = await preview.boundingBox();
  assert.ok(box.width >= width * 0.6, `the preview gets most of the narrow screen (${box.width}px of ${width}px)`);
  assert.ok(box.x >= -1 && box.x + box.width <= width + 1, 'and stays on screen');
  await page.waitForFunction(() => document.querySelector('.zj-preview-doc')?.innerText.includes('竹园街道办事处'));
  await narrowShot(mode, page, 'narrow-shown');
  assert.equal(await toggle.evaluate((b) => b === document.activeElement), true, 'focus stays on the toggle');
  await page.keyboard.press('Space');
  await preview.waitFor({ state: 'hidden' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');

  // A wide screen: no toggle, the preview beside the form.
  await page.setViewportSize({ width: 1366, height: 768 });
  await preview.waitFor({ state: 'visible' });
  assert.equal(await toggle.isVisible(), false, 'no toggle on a wide screen');
  const main = await page.locator('.zj-main').boundingBox();
  const wide = await preview.boundingBox();
  assert.ok(wide.x >= main.x + main.width, 'the preview is right of the form');
  assert.ok(wide.y < main.y + main.height && main.y < wide.y + wide.height, 'at the same height');
}

for (const [mode, open] of MODES) {
  test(`${mode}: one full page by keyboard only; the error summary link focuses the field with aria-invalid`, async () => {
    const page = await open();
    await keyboardOnlyPage(page, mode);
    assertNoNetwork(page);
    assertNoErrors(page);
  });

  test(`${mode}: on a narrow screen the preview toggle shows and hides it; on a wide one it sits beside the form`, async () => {
    const page = await open('', { viewport: { width: 480, height: 900 } });
    await narrowPreview(page, mode);
    assertNoNetwork(page);
    assertNoErrors(page);
  });
}
