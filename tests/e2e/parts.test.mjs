// The wizard's smaller parts end to end, each scenario run on the hosted build and on
// dist/zongjie.html (file://): key-task completion (task, target, actual, note) and honours
// entered and found in the preview, the .txt and the .docx; points reordered with 上移 / 下移 by
// mouse and by keyboard, the preview following; per-chapter and total character counts shown
// and kept up to date as the author types, an inserted figure counted as the figure printed.

import assert from 'node:assert/strict';
import { after, test } from 'node:test';

import { MODES, action, assertNoErrors, assertNoNetwork, closeAll, screenshot } from './lib.mjs';
import {
  addPoint, charCount, continueOn, docxText, download, expectHeading, field, fill, nav, newReport, openTask, saved,
} from './wizard-helpers.mjs';

after(closeAll);

/** The preview's document text once it shows `expected` (it re-renders when typing settles). */
async function previewShows(page, expected) {
  const doc = page.locator('.zj-preview-doc');
  await page.waitForFunction(
    (want) => document.querySelector('.zj-preview-doc')?.innerText.includes(want), expected, { timeout: 10000 },
  );
  return doc.innerText();
}

/** Positions of each text in `haystack` (−1 where missing). */
const positions = (haystack, texts) => texts.map((t) => haystack.indexOf(t));

const shot = (mode, page, name) => (mode === 'hosted' ? screenshot(page, `parts-${name}`) : null);

async function keyTasksAndHonours(page, mode) {
  await newReport(page, '云岭街道办事处');
  await openTask(page, '重点工作完成情况');
  await expectHeading(page, '重点工作完成情况');
  assert.equal(await page.locator('.zj-point').count(), 0, 'a new report has no key task yet');

  const tasks = [
    { task: '完成老旧小区改造', target: '12个', actual: '13个', note: '惠及居民2100户，加装电梯20部。' },
    { task: '新增就业岗位', target: '800个', actual: '860个', note: '' },
  ];
  for (const [i, t] of tasks.entries()) {
    await action(page, '添加一项重点工作').click();
    await page.locator('.zj-point').nth(i).waitFor();
    assert.equal((await page.locator('.zj-point legend').nth(i).innerText()).trim(), `第 ${i + 1} 项`);
    await fill(page, '工作任务', t.task, i);
    await fill(page, '目标', t.target, i);
    await fill(page, '实际完成', t.actual, i);
    if (t.note) await fill(page, '完成情况说明', t.note, i);
  }
  // A third, added by mistake, is removed again.
  await action(page, '添加一项重点工作').click();
  await fill(page, '工作任务', '误加的一项', 2);
  await action(page, '删除第 3 项').click();
  await page.locator('.zj-point').nth(2).waitFor({ state: 'detached' });
  assert.equal(await field(page, '工作任务', 1).inputValue(), tasks[1].task, 'the others are kept');
  await shot(mode, page, 'key-tasks');
  await continueOn(page);

  await expectHeading(page, '荣誉表彰');
  const honours = ['云岭街道获评市级文明街道', '松涛社区获评市级民主法治示范社区'];
  for (const [i, h] of honours.entries()) {
    await action(page, '添加一项荣誉').click();
    await fill(page, `第 ${i + 1} 项荣誉`, h);
  }

  // The preview: a top-level heading per part, then "1." items in the order entered.
  const preview = await previewShows(page, honours[1]);
  await shot(mode, page, 'honours');
  const keyTasks = [
    `1.${tasks[0].task}。目标12个，完成13个。${tasks[0].note}`,
    `2.${tasks[1].task}。目标800个，完成860个。`,
  ];
  const honourLines = honours.map((h, i) => `${i + 1}.${h}`);
  const expected = ['区政府工作报告重点任务完成情况', ...keyTasks, '获得市级以上荣誉表彰情况', ...honourLines];
  const inPreview = positions(preview.replace(/[ \t]/g, ''), expected);
  assert.ok(inPreview.every((p) => p >= 0), `the preview holds ${expected.filter((_, i) => inPreview[i] < 0)}:\n${preview}`);
  assert.deepEqual([...inPreview].sort((a, b) => a - b), inPreview, 'in order');
  assert.ok(!preview.includes('误加的一项'), 'the removed task is gone');
  await saved(page);

  // Export: the same lines in the .txt and in the .docx.
  await nav(page, '导出');
  await expectHeading(page, '导出');
  const txt = (await download(page, '下载文本（.txt）')).bytes.toString('utf8');
  const inText = positions(txt, expected);
  assert.ok(inText.every((p) => p >= 0), `the .txt holds every line:\n${txt}`);
  assert.deepEqual([...inText].sort((a, b) => a - b), inText, 'in order in the .txt');
  const docx = docxText((await download(page, '下载 Word（.docx）')).bytes);
  const inDocx = positions(docx, expected);
  assert.ok(inDocx.every((p) => p >= 0), `the .docx holds every line:\n${docx}`);
  assert.deepEqual([...inDocx].sort((a, b) => a - b), inDocx, 'in order in the .docx');
}

async function reorderPoints(page, mode) {
  await newReport(page, '金桥街道办事处');
  await openTask(page, '党建引领');
  await expectHeading(page, '党建引领');
  const bodies = ['甲：全年开展主题党日活动48次。', '乙：新发展党员16名。', '丙：建成党群服务站点9个。'];
  for (const b of bodies) await addPoint(page, '要点', '', b);
  const order = async () => {
    const list = [];
    for (let i = 0; i < (await page.locator('.zj-point').count()); i++) list.push((await field(page, '正文', i).inputValue()).slice(0, 1));
    return list.join('');
  };
  const previewOrder = async (want) => {
    const wanted = want.split('').map((c) => bodies.find((b) => b.startsWith(c)));
    await page.waitForFunction(
      (texts) => {
        const doc = document.querySelector('.zj-preview-doc')?.innerText ?? '';
        const at = texts.map((t) => doc.indexOf(t));
        return at.every((p, i) => p >= 0 && (i === 0 || p > at[i - 1]));
      },
      wanted,
      { timeout: 10000 },
    );
  };
  await previewOrder('甲乙丙');
  // The first cannot move up, the last cannot move down.
  assert.equal(await page.getByRole('button', { name: '第 1 条上移' }).isDisabled(), true);
  assert.equal(await page.getByRole('button', { name: '第 3 条下移' }).isDisabled(), true);

  // Mouse: 丙 up one place.
  await page.getByRole('button', { name: '第 3 条上移' }).click();
  assert.equal(await order(), '甲丙乙');
  await previewOrder('甲丙乙');

  // Keyboard: Tab from the second point's body to its 上移 button, then Enter; Space on 下移.
  await field(page, '正文', 1).focus();
  const up = page.getByRole('button', { name: '第 2 条上移' });
  for (let i = 0; i < 10 && !(await up.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  assert.equal(await up.evaluate((b) => b === document.activeElement), true, 'Tab reaches 上移');
  await page.keyboard.press('Enter');
  assert.equal(await order(), '丙甲乙');
  // Focus follows the moved point; at the top 上移 is disabled, so it lands on its 下移.
  const focusIs = (name) => page.waitForFunction((n) => document.activeElement?.getAttribute('aria-label') === n, name, { timeout: 5000 });
  await focusIs('第 1 条下移');
  await previewOrder('丙甲乙');
  await page.getByRole('button', { name: '第 2 条下移' }).focus();
  await page.keyboard.press('Space');
  assert.equal(await order(), '丙乙甲');
  await focusIs('第 3 条上移');
  await previewOrder('丙乙甲');
  // Pressing twice moves the same point two places: 甲 from last to first.
  await page.keyboard.press('Enter');
  await focusIs('第 2 条上移');
  await page.keyboard.press('Enter');
  assert.equal(await order(), '甲丙乙');
  await focusIs('第 1 条下移');
  await previewOrder('甲丙乙');
  await shot(mode, page, 'reordered');

  // The order is kept: after a reload the points come back as arranged.
  await saved(page);
  await page.reload();
  await openTask(page, '党建引领');
  assert.equal(await order(), '甲丙乙');
}

async function characterCounts(page, mode) {
  await newReport(page, '玉泉街道办事处');
  await openTask(page, '经济发展');
  await expectHeading(page, '经济发展');
  const chapterCount = page.locator('.zj-part-page p.zj-count');
  const total = page.locator('.zj-preview .zj-count');
  const number = async (loc) => Number((await loc.innerText()).match(/(\d+)\s*字/)?.[1]);
  const heading = await field(page, '章节标题').inputValue();
  assert.ok(heading.length > 0, 'the template gives the chapter a heading');
  assert.equal(await number(chapterCount), charCount(heading), 'a chapter without points counts its heading');
  const before = await number(total);

  await addPoint(page, '要点', '稳增长', '全年走访企业126家次。');
  const lead = '稳增长';
  const body = '全年走访企业126家次。';
  const expected = charCount(heading) + charCount(lead) + charCount(body);
  await page.waitForFunction((n) => document.querySelector('.zj-part-page p.zj-count')?.innerText.includes(`本章 ${n} 字`), expected);
  // The body's own count, under the field.
  const bodyGroup = page.locator('.zj-form-group').filter({ has: field(page, '正文') });
  assert.equal((await bodyGroup.locator('.zj-count').innerText()).trim(), `${charCount(body)} 字`);

  // Typing more updates all three: body, chapter and total (spaces are not counted).
  await field(page, '正文').press('End');
  await page.keyboard.type(' 新增市场主体85户。');
  const added = charCount(' 新增市场主体85户。');
  await bodyGroup.locator('.zj-count').filter({ hasText: `${charCount(body) + added} 字` }).waitFor();
  await page.waitForFunction((n) => document.querySelector('.zj-part-page p.zj-count')?.innerText.includes(`本章 ${n} 字`), expected + added);
  await page.waitForFunction(
    ([b, n]) => Number(document.querySelector('.zj-preview .zj-count')?.innerText.match(/(\d+)\s*字/)?.[1]) > b + n,
    [before, charCount(lead) + charCount(body)],
  );

  // An inserted indicator counts as the figure the reader will see, not as its {{…}} token:
  // the body's count is the length of the body as the preview prints it.
  await fill(page, '一般公共预算收入 本年数值', '5,230');
  await field(page, '正文').press('End');
  await page.getByLabel('在光标处插入指标数字').first().selectOption({ label: '一般公共预算收入' });
  await action(page, '插入').first().click();
  const typed = await field(page, '正文').inputValue();
  assert.match(typed, /85户。\{\{一般公共预算收入\}\}$/, 'the token is inserted at the end of the body, shown by name');
  const printed = typed.replace('{{一般公共预算收入}}', '5230万元');
  await previewShows(page, '新增市场主体85户。5230万元');
  const figure = charCount('5230万元');
  assert.ok(figure < charCount('{{一般公共预算收入}}'), 'the token itself is longer than what it prints');
  await bodyGroup.locator('.zj-count').filter({ hasText: `${charCount(printed)} 字` }).waitFor();
  assert.equal((await bodyGroup.locator('.zj-count').innerText()).trim(), `${charCount(body) + added + figure} 字`);
  await page.waitForFunction((n) => document.querySelector('.zj-part-page p.zj-count')?.innerText.includes(`本章 ${n} 字`), expected + added + figure);

  await saved(page);
  const shown = await number(total);
  await shot(mode, page, 'counts');

  // The task list shows each chapter's count (figures as printed) and the same total.
  await nav(page, '任务列表');
  const row = page.locator('li, tr').filter({ has: page.locator('.zj-task-link', { hasText: '经济发展' }) }).last();
  assert.equal((await row.locator('.zj-count').innerText()).trim(), `${expected + added + figure} 字`);
  assert.match(await page.locator('main .zj-lead').innerText(), new RegExp(`全文 ${shown} 字`));

  // The total is what a reader counts in the exported text.
  await nav(page, '导出');
  const txt = (await download(page, '下载文本（.txt）')).bytes.toString('utf8');
  assert.equal(shown, charCount(txt), 'the total equals the characters of the .txt');
}

for (const [mode, open] of MODES) {
  test(`${mode}: key-task completion and honours appear in the preview, the .txt and the .docx`, async () => {
    const page = await open();
    await keyTasksAndHonours(page, mode);
    assertNoNetwork(page);
    assertNoErrors(page);
  });

  test(`${mode}: points move up and down by mouse and keyboard; the preview follows`, async () => {
    const page = await open();
    await reorderPoints(page, mode);
    assertNoNetwork(page);
    assertNoErrors(page);
  });

  test(`${mode}: per-chapter and total character counts are shown and follow the typing`, async () => {
    const page = await open();
    await characterCounts(page, mode);
    assertNoNetwork(page);
    assertNoErrors(page);
  });
}
