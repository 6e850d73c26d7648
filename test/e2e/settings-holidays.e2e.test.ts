import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, launchChromium, skipFirstRunWizard, startBrowserMode, type RunningBrowserMode } from '../support/browser-mode';

/** A dealer enters next year's holidays in Settings › 节假日与调休 once the State Council publishes them. */
const screenshots = path.resolve(__dirname, '..', '..', 'test-results', 'screens');
let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
let folder: string;

/** antd puts a space between two Chinese characters on buttons ("保 存"). */
const button = (text: string) => new RegExp(`^\\s*${[...text].join('\\s*')}\\s*$`);
const card = () => page.locator('.ant-card').filter({ has: page.getByText('节假日与调休', { exact: true }) });
const editor = (title = '添加放假日或调休上班日') => page.getByRole('dialog').filter({ hasText: title });
const rowOf = (date: string) => card().getByRole('row', { name: new RegExp(date) });

async function pollVisible(locator: Locator): Promise<void> {
  await expect.poll(() => locator.isVisible(), { timeout: 15_000 }).toBe(true);
}

async function pollHidden(locator: Locator): Promise<void> {
  await expect.poll(() => locator.isVisible(), { timeout: 15_000 }).toBe(false);
}

async function openSettings(): Promise<void> {
  await page.getByRole('menuitem', { name: '设置' }).click();
  await pollVisible(card());
}

async function chooseYear(year: number): Promise<void> {
  await card().getByRole('combobox', { name: '年份' }).click();
  await page.locator(`.ant-select-item-option[title="${year}"]`).click();
  await pollVisible(card().getByText(new RegExp(`^${year} 年：`)));
}

/** Fill the add dialog: the date typed into the picker, the kind by its button, the name. */
async function addDay(date: string, kind: '放假' | '调休上班', name: string): Promise<void> {
  await card().getByRole('button', { name: '添加日期' }).click();
  await pollVisible(editor());
  await editor().getByLabel('日期').fill(date);
  await editor().getByLabel('日期').press('Tab'); // leaving the field commits the typed date
  await editor().getByText(kind, { exact: true }).click();
  await editor().getByLabel('名称').fill(name);
  await editor().getByRole('button', { name: button('保存') }).click();
}

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-e2e-'));
  app = await startBrowserMode(path.join(folder, 'inventory.sqlite'));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await skipFirstRunWizard(page);
  fs.mkdirSync(screenshots, { recursive: true });
  await page.goto(app.url);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('Settings › holidays and adjusted working days', () => {
  it('shows the pre-loaded 2026 arrangement with its names', async () => {
    await openSettings();
    await chooseYear(2026);
    expect(await card().getByText('2026 年：放假 33 天，调休上班 6 天').isVisible()).toBe(true);
    expect(await card().getByText('国务院办公厅关于2026年部分节假日安排的通知', { exact: false }).isVisible()).toBe(true);
    expect(await rowOf('2026-01-01').innerText()).toMatch(/2026-01-01\s+周四\s+放假\s+元旦/);
  });

  it('refuses an adjusted working day on a weekday, with the reason beside the field', async () => {
    await addDay('2027-02-09', '调休上班', '春节');
    await pollVisible(editor().getByText('调休上班日只能是周六或周日：2027-02-09 是周二', { exact: false }));
    await card().scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(screenshots, 'settings-holidays-refused.png') });
    await editor().getByRole('button', { name: button('取消') }).click();
    await pollHidden(editor());
    expect(await callApi(app, 'calendar.list', { year: 2027 })).toEqual({ ok: true, value: [] });
  });

  it('adds a holiday, lists it under its year, and still lists it after a reload', async () => {
    await addDay('2027-02-08', '放假', '春节');
    await pollHidden(editor());
    await pollVisible(rowOf('2027-02-08'));
    expect(await card().getByText('2027 年：放假 1 天，调休上班 0 天').isVisible()).toBe(true);
    expect(await callApi(app, 'calendar.list', { year: 2027 })).toEqual({ ok: true, value: [{ date: '2027-02-08', kind: 'holiday', name: '春节' }] });

    await page.reload();
    await openSettings();
    await chooseYear(2027);
    await pollVisible(rowOf('2027-02-08'));
    expect(await rowOf('2027-02-08').innerText()).toMatch(/2027-02-08\s+周一\s+放假\s+春节/);
    await card().scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(screenshots, 'settings-holidays.png') });
  });

  it('edits a day: the dialog opens with its values, the date kept', async () => {
    await rowOf('2027-02-08').getByRole('button', { name: '修改 2027-02-08' }).click();
    const dialog = editor('修改 2027-02-08');
    await pollVisible(dialog);
    expect(await dialog.getByLabel('日期').inputValue()).toBe('2027-02-08');
    expect(await dialog.getByLabel('日期').isDisabled()).toBe(true);
    expect(await dialog.getByLabel('名称').inputValue()).toBe('春节');
    await dialog.getByLabel('名称').fill('春节（补休）');
    await dialog.getByRole('button', { name: button('保存') }).click();
    await pollVisible(rowOf('2027-02-08').getByText('春节（补休）'));
    // A new entry afterwards starts empty, not with the day just edited.
    await card().getByRole('button', { name: '添加日期' }).click();
    await pollVisible(editor());
    expect(await editor().getByLabel('日期').inputValue()).toBe('');
    expect(await editor().getByLabel('名称').inputValue()).toBe('');
    await editor().getByRole('button', { name: button('取消') }).click();
    await pollHidden(editor());
  });

  it('removes a day after asking', async () => {
    await rowOf('2027-02-08').getByRole('button', { name: '删除 2027-02-08' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: button('删除') }).click();
    await pollVisible(card().getByText('2027 年还没有节假日安排'));
    expect(await callApi(app, 'calendar.list', { year: 2027 })).toEqual({ ok: true, value: [] });
  });
});
