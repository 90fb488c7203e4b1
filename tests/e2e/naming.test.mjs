// Names the author reads, on the hosted build: the plan part's reminder uses the name the task
// list shows (2026年工作安排, not 下年工作打算), and a percentage indicator's change from last year
// and its distance from the target read in 百分点, not as 增幅/完成 percentages.

import assert from 'node:assert/strict';
import { after, test } from 'node:test';

import { assertNoErrors, closeAll, openHosted } from './lib.mjs';
import { fill, nav, newReport, openTask } from './wizard-helpers.mjs';

after(closeAll);

test('the plan reminder names the part as the task list does; a rate changes in 百分点', async () => {
  const page = await openHosted();
  await newReport(page, '石门街道办事处');

  await nav(page, '任务列表');
  await page.locator('.zj-task-link').filter({ hasText: '2026年工作安排' }).first().waitFor();
  await nav(page, '核对内容');
  const reminders = page.locator('main .zj-panel');
  await reminders.filter({ hasText: '“2026年工作安排”还没有填写' }).waitFor({ timeout: 10000 });
  assert.doesNotMatch(await reminders.first().innerText(), /下年工作打算/);

  await openTask(page, '民生保障');
  await fill(page, '城镇登记失业率 本年数值', '3.5');
  await fill(page, '城镇登记失业率 上年数值', '3.2');
  await fill(page, '城镇登记失业率 目标值', '4');
  const derived = page.locator('tr', { has: page.getByLabel('城镇登记失业率 本年数值', { exact: true }) }).locator('.zj-derived');
  await derived.filter({ hasText: '较上年上升0.3个百分点' }).waitFor({ timeout: 10000 });
  const shown = await derived.innerText();
  assert.match(shown, /较上年上升0\.3个百分点（3\.5%−3\.2%）/);
  assert.match(shown, /低于目标0\.5个百分点（3\.5%−4%）/);
  assert.doesNotMatch(shown, /增幅|完成/);
  assertNoErrors(page);
});
