// Figure tokens as the author sees them (hosted build; nothing here depends on how the app is
// opened): an indicator inserted into a point's body shows as {{指标名称}} in the field, typing
// before, after and between tokens keeps the caret where the author types (each keystroke is
// converted to the stored form and back), an id typed by hand turns into the name without
// moving the caret, the preview prints the figure, and the draft file keeps {{id}}.

import assert from 'node:assert/strict';
import { after, test } from 'node:test';

import { action, assertNoErrors, assertNoNetwork, closeAll, openHosted, screenshot } from './lib.mjs';
import { addPoint, download, expectHeading, field, fill, nav, newReport, openTask, saved } from './wizard-helpers.mjs';

after(closeAll);

const NAME = '一般公共预算收入';
const TOKEN = `{{${NAME}}}`;

/** Waits until the body field shows `expected`, and returns what it shows. */
async function bodyShows(page, expected) {
  const body = field(page, '正文');
  await page.waitForFunction(
    (want) => [...document.querySelectorAll('textarea')].some((t) => t.value === want), expected, { timeout: 10000 },
  ).catch(() => {});
  return body.inputValue();
}

test('hosted: an inserted indicator shows its Chinese name, prints its figure and is stored by id', async () => {
  const page = await openHosted();
  await newReport(page, '青石街道办事处');
  await openTask(page, '经济发展');
  await expectHeading(page, '经济发展');
  await fill(page, `${NAME} 本年数值`, '5,230');
  await addPoint(page, '要点', '稳住财政基本盘', '全年完成一般公共预算收入');

  // Insert at the end of the body: the field shows the name, the caret stays after the token.
  const body = field(page, '正文');
  await body.focus();
  await body.press('End');
  await page.getByLabel('在光标处插入指标数字').first().selectOption({ label: NAME });
  await action(page, '插入').first().click();
  assert.equal(await bodyShows(page, `全年完成一般公共预算收入${TOKEN}`), `全年完成一般公共预算收入${TOKEN}`,
    'the token shows the indicator name, not its id');
  await page.keyboard.type('，同比增长8.5%。');
  assert.equal(await bodyShows(page, `全年完成一般公共预算收入${TOKEN}，同比增长8.5%。`),
    `全年完成一般公共预算收入${TOKEN}，同比增长8.5%。`, 'typing after the insert goes right after the token');

  // Typing before the token, one key at a time: every keystroke stays where it was typed.
  await body.press('Home');
  await page.keyboard.type('2025年');
  assert.equal(await bodyShows(page, `2025年全年完成一般公共预算收入${TOKEN}，同比增长8.5%。`),
    `2025年全年完成一般公共预算收入${TOKEN}，同比增长8.5%。`);

  // An id typed by hand becomes the name; what follows is typed where the caret was.
  await body.press('Home');
  await page.keyboard.type('财政收入{{budget_revenue}}');
  await page.keyboard.type('，');
  const final = `财政收入${TOKEN}，2025年全年完成一般公共预算收入${TOKEN}，同比增长8.5%。`;
  assert.equal(await bodyShows(page, final), final, 'the typed id shows as the name and the caret stays after it');
  await screenshot(page, 'tokens-chapter');

  // The preview prints the figure in both places.
  const printed = '财政收入5230万元，2025年全年完成一般公共预算收入5230万元，同比增长8.5%。';
  await page.waitForFunction(
    (want) => document.querySelector('.zj-preview-doc')?.innerText.replace(/\s/g, '').includes(want), printed, { timeout: 10000 },
  );

  // After a reload the stored draft shows the names again.
  await saved(page);
  await page.reload();
  await openTask(page, '经济发展');
  assert.equal(await bodyShows(page, final), final);

  // The draft file keeps the ids.
  await nav(page, '导出');
  await expectHeading(page, '导出');
  const json = await download(page, '下载草稿文件（.json）');
  const draft = JSON.parse(json.bytes.toString('utf8'));
  const bodies = draft.chapters.flatMap((c) => c.points.map((p) => p.body));
  assert.ok(bodies.includes('财政收入{{budget_revenue}}，2025年全年完成一般公共预算收入{{budget_revenue}}，同比增长8.5%。'),
    `the draft stores ids: ${JSON.stringify(bodies)}`);
  assert.ok(!json.bytes.toString('utf8').includes(TOKEN), 'no name token is stored');

  assertNoNetwork(page);
  assertNoErrors(page);
});
