// The guided wizard end to end, as a user works, on the hosted build and on dist/zongjie.html
// (file://): write a complete two-part report from scratch (three chapters with indicators and
// points), meet a rate error and fix it, check answers, export .txt and .docx and read the files,
// reload and find the draft, restore a snapshot, undo, open a draft file and a corrupt one, and
// recover from a corrupt stored entry. Screenshots of every page go to target/screenshots/.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';

import { MODES, ROOT, action, assertNoErrors, assertNoNetwork, closeAll, newPage, openHosted, screenshot } from './lib.mjs';
import {
  addPoint, continueOn, docxText, download, secondTab, expectHeading, field, fill, fillIndicators, nav, openTask, saved,
} from './wizard-helpers.mjs';

after(closeAll);

const UNIT = '青石街道办事处';
const KEEP = ['党建引领', '经济发展', '社会治理'];
const DROP = ['民生保障', '平安建设', '安全生产', '城市建设与管理', '生态环境', '文明创建', '法治建设', '党风廉政和自身建设'];

/** Shots only once per page kind (hosted), to keep the run short; file mode shows the start. */
const shot = (mode, page, name) => (mode === 'hosted' ? screenshot(page, `wizard-${name}`) : null);

async function writeReport(page, mode) {
  // Start page → new report from the first built-in template (街道办事处 … 和下年工作安排).
  await action(page, '用此模板新建').first().click();
  await expectHeading(page, '基本信息');
  await fill(page, '单位名称', UNIT);
  await fill(page, '总结的年份', '2025');
  await page.locator('.zj-title-preview-text').filter({ hasText: `${UNIT}2025年工作总结和2026年工作安排` }).waitFor();
  await shot(mode, page, 'meta');
  await continueOn(page);

  await expectHeading(page, '导语');
  await fill(page, '导语', '2025年，街道在区委、区政府的坚强领导下，围绕年度目标任务，统筹抓好党建、发展、民生和治理各项工作，取得了新的成效。现将主要工作汇报如下：');
  await shot(mode, page, 'opening');
  await continueOn(page);

  // Chapter 1: 党建引领 — indicators, and a point whose figure is inserted as a token.
  await expectHeading(page, '党建引领');
  await fillIndicators(page, { 开展党员教育培训: '36', 参训党员: '1,820' });
  await addPoint(page, '要点', '强化理论武装', '全年开展党员教育培训');
  await page.getByLabel('在光标处插入指标数字').first().selectOption({ label: '开展党员教育培训' });
  await action(page, '插入').first().click();
  assert.match(await field(page, '正文').inputValue(), /全年开展党员教育培训\{\{开展党员教育培训\}\}/);
  await field(page, '正文').press('End');
  await page.keyboard.type('场次，覆盖党员1820人次。');
  await addPoint(page, '要点', '夯实基层堡垒', '新组建“两新”党组织5个，打造社区党建品牌3个。');
  await fill(page, '新组建党组织 本年数值', '5');
  await shot(mode, page, 'chapter');
  await continueOn(page);

  // Chapter 2: 经济发展 — completion from target and actual.
  await expectHeading(page, '经济发展');
  await fillIndicators(page, { 一般公共预算收入目标: '8000', 一般公共预算收入: '8240' });
  await addPoint(page, '要点', '稳住经济基本盘', '全年完成一般公共预算收入{{budget_revenue}}，走访服务企业126家次。');
  await shot(mode, page, 'chapter-economy');
  await continueOn(page);

  // Task list: drop the chapters this office does not write (confirm, and once undo).
  await nav(page, '任务列表');
  await expectHeading(page, UNIT);
  const remove = async (name) => {
    await page.getByRole('button', { name: `删除“${name}”` }).click();
    await action(page, '确定删除').click();
    await page.locator('.zj-task-link').filter({ hasText: name }).waitFor({ state: 'detached' });
  };
  await remove(DROP[0]);
  // Focus moves to the notice's 撤销, so one Enter brings the chapter back.
  await page.waitForFunction(() => document.activeElement?.textContent === '撤销');
  await page.keyboard.press('Enter');
  await page.locator('.zj-task-link').filter({ hasText: DROP[0] }).waitFor();
  for (const name of DROP) await remove(name);
  const chapters = await page.locator('.zj-task-chapter .zj-task-link').allInnerTexts();
  assert.deepEqual(chapters.map((c) => c.trim()), KEEP);
  // Reorder: 社会治理 up, then back down.
  await page.getByRole('button', { name: '上移“社会治理”' }).click();
  assert.equal((await page.locator('.zj-task-chapter .zj-task-link').nth(1).innerText()).trim(), '社会治理');
  await page.getByRole('button', { name: '下移“社会治理”' }).click();
  await shot(mode, page, 'tasks');

  // Chapter 3: 社会治理 — a rate that does not follow from its counts, then fixed.
  await page.locator('.zj-task-link').filter({ hasText: '社会治理' }).click();
  await expectHeading(page, '社会治理');
  await fillIndicators(page, { 受理信访事项: '356', 按期办结信访事项: '349', 信访事项按期办结率: '99.8%' });
  const rate = field(page, '信访事项按期办结率 本年数值');
  await page.waitForFunction(() => document.querySelector('[aria-invalid="true"]') !== null);
  assert.equal(await rate.getAttribute('aria-invalid'), 'true', 'the rate field is marked invalid after leaving it');
  const describedBy = await rate.getAttribute('aria-describedby');
  const message = await page.locator(`[id="${describedBy.split(' ').pop()}"]`).innerText();
  assert.match(message, /349/, `the message names the figures: ${message}`);
  await addPoint(page, '要点', '深化信访源头治理', '全年受理信访事项{{petitions_received}}，按期办结{{petitions_closed}}，办结率{{petition_close_rate}}。');
  await continueOn(page);
  const summary = page.locator('.zj-error-summary');
  await summary.waitFor();
  assert.match(await page.title(), /^错误：/);
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('zj-error-summary')), true, 'focus moves to the summary');
  await shot(mode, page, 'chapter-error');
  await summary.locator('a').first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id), await rate.getAttribute('id'));
  await fill(page, '信访事项按期办结率 本年数值', '98.0%');
  await page.waitForFunction((id) => document.getElementById(id)?.getAttribute('aria-invalid') !== 'true', await rate.getAttribute('id'));
  await continueOn(page);

  // 存在问题, 下年打算, optional parts skipped, 结束语.
  await expectHeading(page, '存在问题');
  await addPoint(page, '问题', '', '老旧小区改造任务重，资金筹措渠道还不够多。');
  await addPoint(page, '问题', '', '基层治理力量与居民需求相比仍有差距。');
  await shot(mode, page, 'problems');
  await continueOn(page);
  await expectHeading(page, '2026年工作安排'); // named as the title names it (第二部分名称)
  await fill(page, '开头一句', '2026年，街道将紧扣区委、区政府部署，重点抓好以下工作：');
  await addPoint(page, '工作', '抓党建，强基础', '深化党建引领基层治理，推动党组织覆盖更加全面。');
  await addPoint(page, '工作', '抓发展，增后劲', '加大招商引资力度，全力完成财税目标。');
  await shot(mode, page, 'plan');
  await continueOn(page);
  await expectHeading(page, '重点工作完成情况');
  await shot(mode, page, 'key-tasks');
  await continueOn(page);
  await expectHeading(page, '荣誉表彰');
  await shot(mode, page, 'honours');
  await continueOn(page);
  await expectHeading(page, '结束语');
  await fill(page, '结束语', '新的一年，街道将在区委、区政府的坚强领导下，真抓实干、奋勇争先，努力开创各项工作新局面。');
  await shot(mode, page, 'closing');
  await continueOn(page);

  // 核对内容: a 修改 link comes back here after 保存并继续.
  await expectHeading(page, '核对内容');
  await shot(mode, page, 'review');
  await page.locator('.zj-summary-row').filter({ hasText: '导语' }).getByRole('link', { name: /修改/ }).click();
  await expectHeading(page, '导语');
  await continueOn(page);
  await expectHeading(page, '核对内容');
  assert.match(await page.locator('.zj-summary-list').innerText(), /荣誉表彰\s*未填写/);
}

for (const [mode, open] of MODES) {
  test(`${mode}: write a two-part report, fix a rate error, export .txt and .docx`, async () => {
    const page = await open();
    await shot(mode, page, 'start');
    await writeReport(page, mode);

    await nav(page, '导出');
    await expectHeading(page, '导出');
    await shot(mode, page, 'export');
    const txt = await download(page, '下载文本（.txt）');
    // Files are named after the document's title (both parts).
    assert.equal(txt.name, `${UNIT}2025年工作总结和2026年工作安排.txt`);
    const text = txt.bytes.toString('utf8');
    for (const expected of [
      `${UNIT}2025年工作总结和2026年工作安排`, '一、2025年工作总结', '（一）', '开展党员教育培训36场次',
      '办结率98.0%', '存在的问题', '抓党建，强基础',
    ]) {
      assert.ok(text.includes(expected), `the text export holds ${expected}:\n${text}`);
    }
    assert.ok(!text.includes('{{'), 'every figure token is rendered');
    const docx = await download(page, '下载 Word（.docx）');
    assert.equal(docx.name, `${UNIT}2025年工作总结和2026年工作安排.docx`);
    assert.equal(docx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'a .docx is a zip file');
    const words = docxText(docx.bytes);
    for (const expected of [
      `${UNIT}2025年工作总结和2026年工作安排`, '一、2025年工作总结', '开展党员教育培训36场次', '办结率98.0%', '抓党建，强基础',
    ]) {
      assert.ok(words.includes(expected), `the .docx holds ${expected}:\n${words}`);
    }
    assert.ok(!words.includes('{{'), 'every figure token is rendered in the .docx');
    // The paragraphs of the .docx are those of the .txt, in the same order.
    const lines = (t) => t.split('\n').map((l) => l.replace(/\s/g, '')).filter(Boolean);
    assert.deepEqual(lines(words), lines(text), 'the .docx and the .txt hold the same paragraphs');
    await saved(page);
    assertNoNetwork(page);
    assertNoErrors(page);
  });

  test(`${mode}: reload finds the draft; snapshots, undo, draft files good and bad, corrupt storage`, async () => {
    const page = await open();
    await action(page, '用此模板新建').first().click();
    await fill(page, '单位名称', '白沙街道办事处');
    await fill(page, '总结的年份', '2025');
    await continueOn(page);
    await fill(page, '导语', '第一稿导语。');
    await saved(page);
    await nav(page, '任务列表');     // a page change keeps a snapshot
    await openTask(page, '导语');
    await fill(page, '导语', '第二稿导语，写得更完整。');
    await saved(page);

    // Undo with Ctrl+Z brings back the first version; redo with Ctrl+Shift+Z.
    await field(page, '导语').press('Control+z');
    assert.equal(await field(page, '导语').inputValue(), '第一稿导语。');
    await field(page, '导语').press('Control+Shift+z');
    assert.equal(await field(page, '导语').inputValue(), '第二稿导语，写得更完整。');
    await saved(page);

    // Reload: the draft is back, on the task list.
    await page.reload();
    await page.locator('.zj-banner').filter({ hasText: '已恢复上次编辑的草稿' }).waitFor();
    await expectHeading(page, '白沙街道办事处2025年');

    // History: restore the snapshot with the first opening, then undo the restore.
    await nav(page, '历史版本');
    await expectHeading(page, '历史版本');
    await shot(mode, page, 'history');
    const versions = await page.locator('tbody tr').count();
    assert.ok(versions >= 2, 'several versions kept');
    let restored = false;
    for (let i = 0; i < versions && !restored; i++) {
      await nav(page, '历史版本');
      await page.locator('tbody tr').nth(i).getByRole('button').click();
      await openTask(page, '导语');
      restored = (await field(page, '导语').inputValue()) === '第一稿导语。';
    }
    assert.ok(restored, 'a snapshot holds the first opening');
    await action(page, '撤销').first().click();
    assert.equal(await field(page, '导语').inputValue(), '第二稿导语，写得更完整。');

    // The draft file: download it, then open it again from the start page as a new draft.
    await nav(page, '导出');
    const json = await download(page, '下载草稿文件（.json）');
    assert.equal(json.name, '白沙街道办事处2025年工作总结草稿.json');
    await nav(page, '全部草稿');
    await page.getByLabel('打开草稿文件（.json）').setInputFiles(json.path);
    await page.locator('.zj-banner').filter({ hasText: '已打开草稿文件' }).waitFor();
    await saved(page);
    await nav(page, '全部草稿');
    assert.equal(await page.locator('.zj-drafts tbody tr').count(), 2, 'the file became a second draft');

    // A bad file is explained, and nothing open is touched.
    await page.getByLabel('打开草稿文件（.json）').setInputFiles({ name: '坏文件.json', mimeType: 'application/json', buffer: Buffer.from('{"meta": 不是JSON') });
    const error = page.locator('.zj-error-message').filter({ hasText: '坏文件.json' });
    await error.waitFor();
    assert.match(await error.innerText(), /无法打开.*JSON/);
    assert.equal(await page.locator('.zj-drafts tbody tr').count(), 2);
    await shot(mode, page, 'start-drafts');

    // A corrupt stored entry: reported on reload, the newest good snapshot offered and restored.
    // Corrupted by an init script of the reloaded page, before the app starts: a save still
    // pending in the old page (autosave timer, pagehide) cannot write over it.
    await page.context().addInitScript(() => {
      if (sessionStorage.getItem('zj-test-corrupted')) return;
      sessionStorage.setItem('zj-test-corrupted', '1');
      const id = localStorage.getItem('zongjie:current');
      localStorage.setItem(`zongjie:draft:${id}`, '{"meta": {"unit": "白沙');
    });
    await page.reload();
    await page.locator('.zj-banner').filter({ hasText: '已损坏' }).waitFor();
    await shot(mode, page, 'corrupt');
    await action(page, '恢复最近的完好版本').click();
    await page.locator('.zj-banner').filter({ hasText: '完好的版本' }).waitFor();
    await expectHeading(page, '白沙街道办事处2025年');
    assertNoNetwork(page);
    assertNoErrors(page);
  });
}

test('hosted: an error stops export until acknowledged with a reason; printing shows only the document', async () => {
  const page = await openHosted();
  await action(page, '用此模板新建').first().click();
  await fill(page, '单位名称', '红旗街道办事处');
  await fill(page, '总结的年份', '2025');
  await openTask(page, '社会治理');
  await fillIndicators(page, { 受理信访事项: '356', 按期办结信访事项: '349', 信访事项按期办结率: '99.8%' });
  await nav(page, '导出');
  await expectHeading(page, '导出');
  const word = page.getByRole('button', { name: '下载 Word（.docx）' });
  assert.equal(await word.isDisabled(), true, 'an error blocks the document exports');
  assert.equal(await page.getByRole('button', { name: '下载草稿文件（.json）' }).isDisabled(), false, 'the draft file is never blocked');
  await shot('hosted', page, 'export-blocked');
  await action(page, '仍要导出').click();
  await page.locator('.zj-error-message').filter({ hasText: '请填写仍要导出的理由' }).waitFor();
  await fill(page, '如确认这些内容无误，请说明理由后仍要导出', '办结率按区信访局通报口径填写');
  await action(page, '仍要导出').click();
  await page.waitForFunction(() => ![...document.querySelectorAll('button')].find((b) => b.textContent.includes('下载 Word'))?.disabled);
  const json = await download(page, '下载草稿文件（.json）');
  const draft = JSON.parse(json.bytes.toString('utf8'));
  assert.equal(draft.acknowledged[0]?.reason, '办结率按区信访局通报口径填写');
  assert.equal(draft.acknowledged[0]?.rule, 'rate-mismatch');

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.zj-main').isVisible(), false, 'the form is not printed');
  assert.equal(await page.locator('.zj-header').isVisible(), false, 'the header is not printed');
  // The preview re-renders once typing settles (400 ms); wait for the document rather than race it.
  const printed = await page.locator('.zj-preview .zj-doc').waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false);
  assert.equal(printed, true, 'the document is printed');
  await page.emulateMedia({ media: 'screen' });
  assertNoNetwork(page);
  assertNoErrors(page);
});

test('hosted: two tabs on one draft get a conflict warning instead of overwriting each other', async () => {
  const first = await openHosted();
  await action(first, '用此模板新建').first().click();
  await fill(first, '单位名称', '东风街道办事处');
  await continueOn(first);
  await fill(first, '导语', '本页写的导语。');
  await saved(first);
  const second = await openHosted('', { page: await secondTab(first) });
  await expectHeading(second, '东风街道办事处');
  await openTask(second, '导语');
  await fill(second, '导语', '另一页改写的导语。');
  await saved(second);
  const banner = first.locator('.zj-banner').filter({ hasText: '另一个标签页' });
  await banner.waitFor();
  assert.match(await first.locator('.zj-header').innerText(), /自动保存已暂停/);
  await shot('hosted', first, 'conflict');
  await action(first, '载入另一页的版本').click();
  assert.equal(await field(first, '导语').inputValue(), '另一页改写的导语。');
  assertNoErrors(first);
});

test('hosted: when storage is full the author is told and offered the draft file', async () => {
  const page = await newPage();
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('quota', 'QuotaExceededError');
    };
  });
  await openHosted('', { page });
  await action(page, '用此模板新建').first().click();
  await fill(page, '单位名称', '西湖街道办事处');
  const banner = page.locator('.zj-banner').filter({ hasText: '存储空间已满' });
  await banner.waitFor();
  await shot('hosted', page, 'storage-full');
  const file = await download(page, '下载草稿文件');
  assert.equal(JSON.parse(file.bytes.toString('utf8')).meta.unit, '西湖街道办事处');
  assertNoErrors(page);
});

test('hosted: a template file starts a report; a bad one is explained in Chinese', async () => {
  const page = await openHosted();
  const input = page.getByLabel('或使用模板文件（.json）');
  await input.setInputFiles({ name: '错模板.json', mimeType: 'application/json', buffer: Buffer.from('{"format_version": 1, "id": "x"}') });
  const error = page.locator('.zj-error-message').filter({ hasText: '错模板.json' });
  await error.waitFor();
  assert.match(await error.innerText(), /不能用作模板：模板/);
  assert.doesNotMatch(await error.innerText(), /非法|无效/);
  const own = JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'templates', 'jiedao-summary.json'), 'utf8'));
  own.id = 'our-office';
  own.name = '本街道自定模板';
  await input.setInputFiles({ name: '本街道模板.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(own)) });
  await expectHeading(page, '基本信息');
  await fill(page, '单位名称', '南湖街道办事处');
  await fill(page, '总结的年份', '2025');
  assert.equal((await page.locator('.zj-title-preview-text').innerText()).trim(), '南湖街道办事处2025年工作总结');
  await saved(page);
  // The template is kept with the draft: after a reload the draft still opens.
  await page.reload();
  await expectHeading(page, '南湖街道办事处2025年工作总结');
  assertNoNetwork(page);
  assertNoErrors(page);
});
