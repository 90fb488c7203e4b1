// A click on a button right after typing in a field works the first time, although leaving the
// field adds messages above it (which push the button down between press and release): the
// checks of a field left with the mouse wait for the click, while a field left with Tab is
// checked at once. The presses are real mouse presses (down, then up) at the place the button
// was before the press, as a person's hand does. Hosted build (the code path is the same in the
// single file).

import assert from 'node:assert/strict';
import { after, test } from 'node:test';

import { action, assertNoErrors, assertNoNetwork, closeAll, openHosted } from './lib.mjs';
import { expectHeading, field, newReport, openTask } from './wizard-helpers.mjs';

after(closeAll);

/** Presses and releases the mouse over the middle of `locator`, measured before the press. */
async function press(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  assert.ok(box, 'the button is on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.up();
}

/** The messages shown beside the field `id` (its `-error` block). */
function messages(page, id) {
  return page.locator(`[id="${id}-error"] .zj-warning-message, [id="${id}-error"] .zj-error-message`);
}

// Half-width comma and no closing full stop: leaving the field shows two warnings above it.
const WITH_WARNINGS = '新的一年,街道将继续努力';

test('hosted: 保存并继续, 添加一条要点 and 插入 work at the first click right after typing', async () => {
  const page = await openHosted();
  await newReport(page, '青石街道办事处');

  // Left with Tab: the checks run at once, as before.
  await openTask(page, '结束语');
  await expectHeading(page, '结束语');
  const closing = field(page, '结束语');
  const closingId = await closing.getAttribute('id');
  await closing.fill(WITH_WARNINGS);
  await closing.press('Tab');
  await messages(page, closingId).first().waitFor({ timeout: 5000 });

  // Text added, then 保存并继续 pressed with the mouse straight away: the page moves on.
  await closing.fill('新的一年，街道将继续努力。');
  await closing.press('Tab');
  assert.equal(await messages(page, closingId).count(), 0, 'no message on a clean closing');
  await closing.click();
  await page.keyboard.press('End');
  await page.keyboard.type('再接再厉,奋勇争先');
  await press(page, page.getByRole('button', { name: '保存并继续' }));
  await expectHeading(page, '核对内容');

  // 添加一条要点 right after typing a point's body: the new point is there.
  await openTask(page, '党建引领');
  await expectHeading(page, '党建引领');
  await action(page, '添加一条要点').click();
  await page.locator('.zj-point').first().waitFor();
  const body = field(page, '正文', 0);
  const bodyId = await body.getAttribute('id');
  await body.click();
  await page.keyboard.type('组织党员志愿服务,群众反响良好');
  await press(page, action(page, '添加一条要点'));
  await page.locator('.zj-point').nth(1).waitFor({ timeout: 5000 });
  assert.equal(await page.locator('.zj-point').count(), 2, 'one click added one point');
  // The checks of the body left with the mouse still ran, once the click was done.
  await messages(page, bodyId).first().waitFor({ timeout: 5000 });

  // 插入 right after typing: the figure goes in at the caret.
  const second = field(page, '正文', 1);
  const secondId = await second.getAttribute('id');
  await second.click();
  await page.keyboard.type('开展主题党日活动,覆盖党员');
  const insert = page.locator('.zj-point').nth(1).getByRole('button', { name: '插入' });
  await press(page, insert);
  await page.waitForFunction((id) => document.getElementById(id)?.value.includes('{{'), secondId, { timeout: 5000 });
  assert.match(await second.inputValue(), /^开展主题党日活动,覆盖党员\{\{[^}]+\}\}$/);
  await messages(page, secondId).first().waitFor({ timeout: 5000 });

  assertNoNetwork(page);
  assertNoErrors(page);
});
