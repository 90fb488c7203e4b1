// What a first-time user meets, each scenario run on the hosted build and on dist/zongjie.html
// (file://): an indicator's unit stays attached to its input, with the field's message above
// the pair, in the table layout and in the stacked (narrow) one; the task list's statuses follow
// what is written and what the checks find, 已完成 set from the page (我已完成这一部分) or from
// 核对内容 for every part written without errors; the side panel keeps to the page and to real
// errors elsewhere, while reminders about parts not written yet wait on the task list, 核对内容
// and the export page; on a new report the side panel, like the form, lists nothing until a
// field or the page is left.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';

import { MODES, SCREENSHOTS, action, assertNoErrors, assertNoNetwork, assertUniqueIds, closeAll, openHosted } from './lib.mjs';
import { addPoint, continueOn, expectHeading, field, fill, fillIndicators, nav, newReport, openTask, saved } from './wizard-helpers.mjs';

after(closeAll);

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

/** The status tag of a task on the task list, once it reads `want` (statuses follow the checks,
 * which run when typing settles). */
async function expectStatus(page, label, want) {
  const task = page.locator('.zj-task').filter({ has: page.locator('.zj-task-link', { hasText: label }) }).first();
  await task.locator('strong.zj-tag').filter({ hasText: want }).waitFor({ timeout: 10000 }).catch(() => {});
  assert.equal((await task.locator('strong.zj-tag').innerText()).trim(), want, `${label} reads ${want}`);
}

/** [done, total] from the task list's lead (已完成 X / Y 个部分). */
async function progressNumbers(page) {
  const m = (await page.locator('main .zj-lead').innerText()).match(/已完成 (\d+) \/ (\d+) 个部分/);
  assert.ok(m, 'the task list says how many parts are done');
  return [Number(m[1]), Number(m[2])];
}

const OPENING = '这一年，街道在区委、区政府的领导下，把群众的急难愁盼当作头等大事，各项工作稳中有进。现将主要工作汇报如下：';

async function statusesFollowTheContent(page, mode) {
  await newReport(page, '白沙街道办事处');
  await nav(page, '任务列表');
  await expectStatus(page, '基本信息', '进行中');
  await expectStatus(page, '导语', '未开始');
  await expectStatus(page, '社会治理', '未开始');
  // Optional parts left empty are not needed: they do not count towards progress.
  const tasks = await page.locator('.zj-task').count();
  const optional = await page.locator('.zj-task .zj-optional').count();
  assert.ok(optional > 0, 'the template has optional parts');
  assert.deepEqual(await progressNumbers(page), [0, tasks - optional]);

  // Something written: 进行中. The page's footer asks whether the part is done.
  await openTask(page, '导语');
  await expectHeading(page, '导语');
  const question = page.getByRole('group', { name: '这一部分写完了吗？' });
  await question.waitFor();
  const tick = question.getByLabel('我已完成这一部分');
  // Nothing written yet: nothing to mark, and the hint says why.
  assert.equal(await tick.isDisabled(), true, 'an empty part cannot be marked 已完成');
  await question.getByText('这一部分还没有内容，写好后才能标为已完成。').waitFor();
  await fill(page, '导语', OPENING);
  await page.waitForFunction(() => {
    const box = [...document.querySelectorAll('.zj-complete input[type=checkbox]')][0];
    return box && !box.disabled;
  });
  assert.equal(await tick.isChecked(), false);
  await nav(page, '任务列表');
  await expectStatus(page, '导语', '进行中');

  // Ticked on its page, then 保存并继续: 已完成, and the progress bar moves.
  await openTask(page, '导语');
  await tick.check();
  await continueOn(page);
  await expectHeading(page, '党建引领');
  await nav(page, '任务列表');
  await expectStatus(page, '导语', '已完成');
  const [done, total] = await progressNumbers(page);
  assert.equal(done, 1);
  assert.equal(await page.getByRole('progressbar').getAttribute('aria-valuenow'), String(Math.floor(100 / total)));

  // An error: 有问题, whatever else.
  await openTask(page, '社会治理');
  await fillIndicators(page, { 受理信访事项: '356', 按期办结信访事项: '349', 信访事项按期办结率: '99.8%' });
  await nav(page, '任务列表');
  await expectStatus(page, '社会治理', '有问题');
  if (mode === 'hosted') await shotAsIs(page, 'statuses-tasks');

  // 核对内容 offers to mark what is written and free of errors — not the part with an error, not
  // an empty part — in one step.
  await nav(page, '核对内容');
  await expectHeading(page, '核对内容');
  const offer = page.locator('.zj-mark-ready');
  await offer.waitFor();
  // The page's findings panel and the side panel's copy each have their own heading id.
  await assertUniqueIds(page);
  const offered = await offer.innerText();
  assert.match(offered, /基本信息/);
  assert.doesNotMatch(offered, /社会治理|导语|结束语/);
  if (mode === 'hosted') await shotAsIs(page, 'statuses-review');
  await action(page, '将这 1 个部分标记为已完成').click();
  await offer.waitFor({ state: 'detached' });
  await nav(page, '任务列表');
  await expectStatus(page, '基本信息', '已完成');
  await expectStatus(page, '社会治理', '有问题');
  await expectStatus(page, '结束语', '未开始');
  assert.deepEqual(await progressNumbers(page), [2, total]);
}

async function sidePanelKeepsToThePage(page, mode) {
  await newReport(page, '石门街道办事处');
  const panel = page.locator('.zj-side .zj-panel');
  // Page 1: nothing about the parts not reached yet, only a line saying there is more elsewhere.
  const elsewhere = panel.locator('.zj-panel-elsewhere');
  await elsewhere.waitFor({ timeout: 10000 });
  assert.match(await elsewhere.innerText(), /其他部分还有 \d+ 处提醒/);
  assert.doesNotMatch(await panel.innerText(), /还没有填写|还没有要点/, 'no reminders about other parts on page 1');
  if (mode === 'hosted') await shotAsIs(page, 'panel-meta');

  // An error in one part is shown on every page; other parts' reminders are not.
  await openTask(page, '社会治理');
  await fillIndicators(page, { 受理信访事项: '356', 按期办结信访事项: '349', 信访事项按期办结率: '99.8%' });
  await openTask(page, '导语');
  await expectHeading(page, '导语');
  await panel.filter({ hasText: '信访事项按期办结率写为99.8%' }).waitFor({ timeout: 10000 });
  const onOpening = await panel.innerText();
  assert.match(onOpening, /“导语”还没有填写/, "the page's own reminder is shown");
  assert.doesNotMatch(onOpening, /一章还没有要点/, "other chapters' reminders are not");

  // Where the whole report is reviewed, the reminders are listed.
  await nav(page, '任务列表');
  await panel.filter({ hasText: '一章还没有要点' }).waitFor({ timeout: 10000 });
  await nav(page, '核对内容');
  await page.locator('main .zj-panel').filter({ hasText: '“结束语”还没有填写' }).waitFor();
  await nav(page, '导出');
  const reminders = page.locator('.zj-reminders');
  await reminders.waitFor();
  assert.match(await reminders.innerText(), /“结束语”还没有填写/);
  assert.equal(await action(page, '下载文本（.txt）').first().isDisabled(), true, 'the rate error still stops export');
  if (mode === 'hosted') await shotAsIs(page, 'panel-export');
  // A reminder leads to its page, and 保存并继续 comes back to the export page.
  await reminders.getByRole('link', { name: /“结束语”还没有填写/ }).click();
  await expectHeading(page, '结束语');
  await fill(page, '结束语', '新的一年，街道将继续真抓实干，努力把各项工作做得更好。');
  await continueOn(page);
  await expectHeading(page, '导出');
  await page.locator('.zj-reminders').waitFor();
  assert.doesNotMatch(await page.locator('.zj-reminders').innerText(), /“结束语”还没有填写/);
}

/** What a first-time writer trips on: a task list that counts reminders on parts not started, writing
 * 一是 into a point the product numbers itself, and an
 * error summary whose heading must count what it lists (an error and a reminder here). */
async function firstTimeSlips(page) {
  await newReport(page, '柳岸街道办事处');
  // A part not started shows only 未开始, not a reminder count that says the same; once written,
  // its reminders are counted (here: the paragraph has no closing punctuation).
  await nav(page, '任务列表');
  const opening = page.locator('.zj-task').filter({ has: page.locator('.zj-task-link', { hasText: '导语' }) }).first();
  await expectStatus(page, '导语', '未开始');
  assert.equal(await opening.locator('.zj-count-warning').count(), 0);
  await openTask(page, '导语');
  // The caption says where the part sits (not 第一部分, which the closing paragraph is not).
  assert.equal((await page.locator('main .zj-caption').first().innerText()).trim(), '全文开头');
  await fill(page, '导语', '这一年，街道在区委、区政府的领导下扎实推进各项工作');
  await nav(page, '任务列表');
  await opening.locator('.zj-count-warning', { hasText: '1 处提醒' }).waitFor({ timeout: 10000 });
  await openTask(page, '结束语');
  await expectHeading(page, '结束语');
  assert.equal((await page.locator('main .zj-caption').first().innerText()).trim(), '全文结尾');

  await openTask(page, '社会治理');
  await expectHeading(page, '社会治理');
  await fillIndicators(page, { 受理信访事项: '356', 按期办结信访事项: '349', 信访事项按期办结率: '99.8%' });
  await continueOn(page);
  const summary = page.locator('.zj-error-summary');
  await summary.waitFor();
  const entries = await summary.locator('li').count();
  assert.equal(entries, 2, 'the rate error and the chapter without points are listed');
  assert.equal((await summary.locator('h2').innerText()).trim(), '本页有 1 处需要修改，另有 1 处提醒');

  // A point that starts with its own 一是 is flagged beside its body: the product adds 一是 itself.
  await openTask(page, '党建引领');
  await addPoint(page, '要点', '', '一是新建楼宇党支部3个。二是举办党员培训12场次。');
  const body = field(page, '正文');
  await page.waitForFunction((id) => document.getElementById(id)?.getAttribute('aria-invalid') === 'true'
    || document.getElementById(id)?.closest('.zj-form-group')?.querySelector('.zj-field-messages'), await body.getAttribute('id'));
  const group = body.locator('xpath=ancestor::*[contains(@class,"zj-form-group")][1]');
  // (The point is the chapter's only one, printed without a number: the message says so.)
  assert.match(await group.innerText(), /开头的“一是”(会与之重复，)?请删去/);
  assert.match(await page.locator('.zj-side .zj-panel').innerText(), /开头的“一是”(会与之重复，)?请删去/);
  // The suggestion is to delete the number: said in words, not as an empty “（建议：）”.
  assert.match(await group.innerText(), /（建议删除）/);
  assert.ok(!(await group.innerText()).includes('（建议：）'));
  await shotAsIs(page, 'self-numbered-point');
}

for (const [mode, open] of MODES) {
  test(`${mode}: statuses follow the content and checks; 已完成 from the page or 核对内容`, async () => {
    const page = await open();
    await statusesFollowTheContent(page, mode);
    assertNoNetwork(page);
    assertNoErrors(page);
  });

  test(`${mode}: the side panel keeps to the page and real errors; reminders wait for review`, async () => {
    const page = await open();
    await sidePanelKeepsToThePage(page, mode);
    assertNoNetwork(page);
    assertNoErrors(page);
  });


  test(`${mode}: an indicator's unit stays beside its input, the message above both`, async () => {
    const page = await open();
    await unitsStayWithTheirFields(page, mode);
    assertNoNetwork(page);
    assertNoErrors(page);
  });
}

test('hosted: a new report: 基本信息 shows no message before a field is left; leaving 单位名称 empty shows the reminder under it', async () => {
  const page = await openHosted();
  await action(page, '用此模板新建').first().click();
  await expectHeading(page, '基本信息');
  const unit = field(page, '单位名称');
  await unit.waitFor();
  const messages = page.locator('main .zj-field-messages');
  assert.equal(await messages.count(), 0, 'no message under any field before anything is typed or left');
  assert.equal(await unit.getAttribute('aria-invalid'), null);
  await unit.focus();
  await unit.press('Tab');
  await messages.filter({ hasText: '还没有填写单位名称' }).first().waitFor();
  assert.match(await unit.getAttribute('aria-describedby'), /-error\b/, 'the field names its message');
  assertNoNetwork(page);
  assertNoErrors(page);
});

test('hosted: first-time slips: no reminder count on parts not started, a self-numbered point is flagged, the error summary counts what it lists', async () => {
  const page = await openHosted();
  await firstTimeSlips(page);
  assertNoNetwork(page);
  assertNoErrors(page);
});

test('hosted: a new report: the side panel waits like the form until a field or the page is left; a reopened draft shows everything at once', async () => {
  const panel = (page) => page.locator('.zj-side .zj-panel');
  const waiting = (page) => panel(page).locator('.zj-hint', { hasText: '离开输入框或点“保存并继续”后，这里会列出检查结果' });
  const unitReminder = (page) => panel(page).locator('.zj-finding', { hasText: '还没有填写单位名称' });
  const unitMessage = (page) => page.locator('main .zj-field-messages').filter({ hasText: '还没有填写单位名称' });

  // The first screen reports nothing and claims nothing; leaving 单位名称 empty shows the
  // reminder under the field and in the panel together.
  const page = await openHosted();
  await action(page, '用此模板新建').first().click();
  await expectHeading(page, '基本信息');
  await waiting(page).waitFor();
  assert.doesNotMatch(await panel(page).innerText(), /提醒|错误|还没有|未发现问题/, 'nothing about unreached fields on the first screen');
  assert.equal(await panel(page).locator('.zj-finding').count(), 0);
  await shotAsIs(page, 'panel-new-report');
  const unit = field(page, '单位名称');
  await unit.focus();
  await unit.press('Tab');
  await unitMessage(page).first().waitFor();
  await unitReminder(page).waitFor({ timeout: 10000 });
  assert.equal(await waiting(page).count(), 0);

  // Going to the task list without touching a field also ends the wait: the panel and the
  // task list's counts tell the same, and back on 基本信息 the field shows its message.
  const other = await openHosted();
  await action(other, '用此模板新建').first().click();
  await expectHeading(other, '基本信息');
  await waiting(other).waitFor();
  await nav(other, '任务列表');
  await expectHeading(other, '年工作总结');
  await unitReminder(other).waitFor({ timeout: 10000 });
  const meta = other.locator('.zj-task').filter({ has: other.locator('.zj-task-link', { hasText: '基本信息' }) }).first();
  await meta.locator('.zj-count-warning').waitFor();
  await openTask(other, '基本信息');
  await expectHeading(other, '基本信息');
  await unitMessage(other).first().waitFor();
  await unitReminder(other).waitFor();

  // A saved draft, reopened, shows its findings at once, in the panel and under the fields.
  await saved(other);
  await other.reload();
  await other.locator('.zj-banner').filter({ hasText: '已恢复上次编辑的草稿' }).waitFor();
  await unitReminder(other).waitFor({ timeout: 10000 });
  await openTask(other, '基本信息');
  await expectHeading(other, '基本信息');
  await unitMessage(other).first().waitFor();
  await unitReminder(other).waitFor();
  assert.equal(await waiting(other).count(), 0);
  for (const p of [page, other]) {
    assertNoNetwork(p);
    assertNoErrors(p);
  }
});
