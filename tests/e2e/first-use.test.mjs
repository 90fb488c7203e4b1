// What a first-time user meets, each scenario run on the hosted build and on dist/zongjie.html
// (file://): an indicator's unit stays attached to its input, with the field's message above
// the pair, in the table layout and in the stacked (narrow) one.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';

import { MODES, SCREENSHOTS, action, assertNoErrors, assertNoNetwork, closeAll } from './lib.mjs';
import { expectHeading, field, fill, fillIndicators, openTask } from './wizard-helpers.mjs';

after(closeAll);

/** A new report from the first built-in template, unit and year filled. */
async function newReport(page, unit) {
  await action(page, '用此模板新建').first().click();
  await expectHeading(page, '基本信息');
  await fill(page, '单位名称', unit);
  await fill(page, '总结的年份', '2025');
}

/** A screenshot of the window as it is: target/screenshots/<name>-<w>x<h>.png. */
async function shotAsIs(page, name) {
  const { width, height } = page.viewportSize();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}x${height}.png`) });
}

/** Where the value field of indicator `name`, its unit and its message are on screen. */
function geometry(page, name) {
  return page.evaluate((label) => {
    const box = (el) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const input = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === `${label} 本年数值`)?.control;
    const group = input?.closest('.zj-form-group');
    const unit = group?.querySelector('.zj-unit, .zj-select-unit');
    const row = input?.closest('tr');
    return {
      input: box(input),
      unit: box(unit),
      unitText: unit?.tagName === 'SELECT' ? unit.value : unit?.textContent.trim(),
      message: box(group?.querySelector('.zj-field-messages')),
      stacked: row ? getComputedStyle(row).display !== 'table-row' : null,
    };
  }, name);
}

function assertAttached(g, what) {
  assert.ok(g.input && g.unit, `${what}: the field and its unit are on the page`);
  const gap = g.unit.left - g.input.right;
  assert.ok(gap >= -3 && gap <= 8, `${what}: the unit starts right after the input (gap ${gap.toFixed(1)} px)`);
  const overlap = Math.min(g.input.bottom, g.unit.bottom) - Math.max(g.input.top, g.unit.top);
  assert.ok(overlap >= (g.input.bottom - g.input.top) * 0.8, `${what}: the unit is on the input's line`);
}

async function unitsStayWithTheirFields(page, mode) {
  await newReport(page, '青石街道办事处');
  await openTask(page, '社会治理');
  await expectHeading(page, '社会治理');
  // 349 of 356 is 98.0%, not 99.8%: the rate field gets an error message.
  await fillIndicators(page, { 受理信访事项: '356', 按期办结信访事项: '349', 信访事项按期办结率: '99.8%' });
  const rate = field(page, '信访事项按期办结率 本年数值');
  await page.waitForFunction((id) => document.getElementById(id)?.getAttribute('aria-invalid') === 'true', await rate.getAttribute('id'));

  const layouts = new Set();
  for (const width of [1920, 1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await rate.scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const g = await geometry(page, '信访事项按期办结率');
    layouts.add(g.stacked ? 'stacked' : 'table');
    assert.equal(g.unitText, '%');
    assertAttached(g, `${width} px, 办结率`);
    assert.ok(g.message, `${width} px: the rate field shows its message`);
    assert.ok(g.message.bottom <= g.input.top + 1, `${width} px: the message is above the input and its unit`);
    assert.ok(g.message.left <= g.input.left + 1, `${width} px: the message starts where the field starts`);
    // A field without a message keeps its unit (a unit chooser here) beside it too.
    const counts = await geometry(page, '受理信访事项');
    assertAttached(counts, `${width} px, 受理信访事项`);
    if (mode === 'hosted') await shotAsIs(page, `units-${width}`);
  }
  assert.deepEqual([...layouts].sort(), ['stacked', 'table'], 'both layouts of the indicator table were seen');
}

for (const [mode, open] of MODES) {
  test(`${mode}: an indicator's unit stays beside its input, the message above both`, async () => {
    const page = await open();
    await unitsStayWithTheirFields(page, mode);
    assertNoNetwork(page);
    assertNoErrors(page);
  });
}
