// Two finishing touches, on the hosted build and the single file:
// - every file chooser (打开草稿文件, 模板文件, 导入已有总结, 检查一篇总结) shows a Chinese 选择文件
//   button instead of the browser's own control ("Choose File"); the real input stays labelled
//   and reachable by Tab, its focus shows on the button, and Space or a click opens the dialog;
// - 核对内容 lists 年度, 上级机关 and 成文日期 under 基本信息, each with a 修改 link that comes
//   back to 核对内容 after 保存并继续; what was typed shows as text, never as markup.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, test } from 'node:test';

import { MODES, ROOT, action, assertNoErrors, assertNoNetwork, closeAll } from './lib.mjs';
import { continueOn, expectHeading, fill, nav, newReport } from './wizard-helpers.mjs';

after(closeAll);

/** The file input labelled `label` and the 选择文件 button drawn for it. */
async function chooser(page, label) {
  const input = page.getByLabel(label);
  assert.equal(await input.getAttribute('type'), 'file', `${label}: a file input carries the label`);
  const id = await input.getAttribute('id');
  const button = page.locator(`label[for="${id}"]`).filter({ hasText: '选择文件' });
  await button.waitFor();
  // The browser's own control is not seen: the input takes no visible room.
  const box = await input.boundingBox();
  assert.ok(!box || (box.width <= 1 && box.height <= 1), `${label}: the native control is hidden (${JSON.stringify(box)})`);
  const buttonBox = await button.boundingBox();
  assert.ok(buttonBox && buttonBox.width > 40 && buttonBox.height > 20, `${label}: 选择文件 is shown as a button`);
  return { input, button, id };
}

/** Tab from `before` reaches the input; its focus is drawn on the button; Space opens the dialog. */
async function byKeyboard(page, before, { input, button, id }) {
  await before.focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), id, 'Tab reaches the file input');
  const outline = await button.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.notEqual(outline, 'none', 'the focused input shows its focus on 选择文件');
  const [dialog] = await Promise.all([page.waitForEvent('filechooser', { timeout: 5000 }), page.keyboard.press('Space')]);
  assert.equal(await dialog.element().getAttribute('id'), id);
}

for (const [mode, open] of MODES) {
  test(`${mode}: file choosers say 选择文件, work by mouse and keyboard`, async () => {
    const page = await open();
    // Playwright takes over file dialogs once something listens for them (set up before any
    // press, so a dialog opened by a key at once is not missed).
    page.on('filechooser', () => {});
    const draft = await chooser(page, '打开草稿文件（.json）');
    await chooser(page, '或使用模板文件（.json）');
    // A click on 选择文件 opens the dialog; the chosen draft opens.
    const [dialog] = await Promise.all([page.waitForEvent('filechooser', { timeout: 5000 }), draft.button.click()]);
    await dialog.setFiles(path.join(ROOT, 'tests/fixtures/drafts/jiedao-annual.json'));
    await page.locator('.zj-banner').filter({ hasText: '已打开草稿文件' }).waitFor();

    await nav(page, '全部草稿');
    await action(page, '检查一篇总结').last().click();
    await expectHeading(page, '检查');
    const check = await chooser(page, '或打开文件（.txt 或 .docx）');
    await byKeyboard(page, page.getByLabel('要检查的总结全文'), check);

    await nav(page, '全部草稿');
    await action(page, '导入已有总结').last().click();
    await expectHeading(page, '导入');
    const imported = await chooser(page, '或打开文件（.txt 或 .docx）');
    await byKeyboard(page, page.getByLabel('粘贴总结全文'), imported);
    assertNoNetwork(page);
    assertNoErrors(page);
  });

  test(`${mode}: 核对内容 shows 年度, 上级机关 and 成文日期 with 修改 links`, async () => {
    const page = await open();
    await newReport(page, '青石街道办事处');
    await fill(page, '上级机关', '区委、区政府<b>');
    await fill(page, '成文日期（可不填）', '');
    await nav(page, '核对内容');
    await expectHeading(page, '核对内容');
    const row = (key) => page.locator('.zj-summary-row').filter({ has: page.locator('.zj-summary-key', { hasText: new RegExp(`^${key}$`) }) });
    const value = async (key) => (await row(key).locator('.zj-summary-value').innerText()).trim();
    assert.equal(await value('年度'), '2025年');
    assert.equal(await value('上级机关'), '区委、区政府<b>', 'typed text is shown as text');
    assert.equal(await value('成文日期'), '未填写');
    assert.equal(await row('上级机关').locator('b').count(), 0);

    // 修改 on 成文日期: to 基本信息, and back here after 保存并继续.
    await row('成文日期').getByRole('link', { name: '修改 成文日期' }).click();
    await expectHeading(page, '基本信息');
    await fill(page, '成文日期（可不填）', '2025年12月20日');
    await continueOn(page);
    await expectHeading(page, '核对内容');
    assert.equal(await value('成文日期'), '2025年12月20日');
    await row('年度').getByRole('link', { name: '修改 年度' }).click();
    await expectHeading(page, '基本信息');
    await page.locator('.zj-back-link').filter({ hasText: '返回核对内容' }).waitFor();
    assertNoNetwork(page);
    assertNoErrors(page);
  });
}
