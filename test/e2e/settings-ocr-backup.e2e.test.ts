import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, launchChromium, skipFirstRunWizard, startBrowserMode, type RunningBrowserMode } from '../support/browser-mode';

const screenshots = path.resolve(__dirname, '..', '..', 'test-results', 'screens');
let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
let folder: string;

const ocrForm = () => page.locator('form#ocr');
const scheduleForm = () => page.locator('form#backup-schedule');
/** The text a Select shows for its value. */
const shown = async (form: ReturnType<Page['locator']>) => (await form.locator('.ant-select').first().innerText()).trim();

/** Choose an option of an antd Select reached by its label, with the keyboard as a clerk would. */
async function choose(label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

async function savedSettings(): Promise<Record<string, unknown>> {
  const settings = await callApi<Record<string, unknown>>(app, 'settings.get', {});
  return settings.ok ? settings.value : {};
}

async function openSettings(): Promise<void> {
  await page.getByRole('menuitem', { name: '设置' }).click();
  await ocrForm().waitFor();
}

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-settings-ocr-'));
  app = await startBrowserMode(path.join(folder, 'export-desk.sqlite'));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  fs.mkdirSync(screenshots, { recursive: true });
  await skipFirstRunWizard(page);
  await page.goto(app.url);
  await openSettings();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('Settings: OCR options and the backup schedule', () => {
  it('shows the defaults, the language data installed, and that no engine runs yet', async () => {
    await expect.poll(() => ocrForm().getByLabel('识别进程数').inputValue()).toBe('2');
    expect(await shown(ocrForm())).toBe('中文+英文');
    expect(await page.getByText(/中文：@tesseract\.js-data\/chi_sim \d+\.\d+\.\d+（[\d.]+ MB）/).isVisible()).toBe(true);
    expect(await page.getByText(/英文：@tesseract\.js-data\/eng \d+\.\d+\.\d+（[\d.]+ MB）/).isVisible()).toBe(true);
    expect(await page.getByText('未启动（第一次识别时启动）').isVisible()).toBe(true);
    expect(await scheduleForm().getByLabel('保留份数').inputValue()).toBe('7');
    expect(await shown(scheduleForm())).toBe('每天');
    await ocrForm().scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(screenshots, 'settings-ocr-backup.png') });
  });

  it('shows a refused value on its field and saves nothing', async () => {
    await ocrForm().getByLabel('识别进程数').fill('6');
    await ocrForm().getByRole('button', { name: /^保\s?存$/ }).click();
    await expect.poll(() => ocrForm().getByText('请输入 1 到 4 之间的整数').isVisible()).toBe(true);
    expect((await savedSettings())['ocr.workers']).toBe(2);
    await scheduleForm().getByLabel('保留份数').fill('0');
    await scheduleForm().getByRole('button', { name: /^保\s?存$/ }).click();
    await expect.poll(() => scheduleForm().getByText('请输入 1 到 90 之间的整数').isVisible()).toBe(true);
    expect((await savedSettings())['backup.keep']).toBe(7);
    await page.screenshot({ path: path.join(screenshots, 'settings-ocr-backup-invalid.png') });
  });

  it('saves English only with 1 worker, a weekly backup keeping 14, and shows them again after a reload', async () => {
    await choose('识别语言', '仅英文');
    await ocrForm().getByLabel('识别进程数').fill('1');
    await ocrForm().getByRole('button', { name: /^保\s?存$/ }).click();
    await choose('自动备份', '每周');
    await scheduleForm().getByLabel('保留份数').fill('14');
    await scheduleForm().getByRole('button', { name: /^保\s?存$/ }).click();
    await expect
      .poll(async () => {
        const settings = await savedSettings();
        return [settings['ocr.languages'], settings['ocr.workers'], settings['backup.schedule'], settings['backup.keep']];
      })
      .toEqual(['eng', 1, 'weekly', 14]);

    await page.reload();
    await openSettings();
    await expect.poll(() => ocrForm().getByLabel('识别进程数').inputValue()).toBe('1');
    expect(await shown(ocrForm())).toBe('仅英文');
    await expect.poll(() => scheduleForm().getByLabel('保留份数').inputValue()).toBe('14');
    expect(await shown(scheduleForm())).toBe('每周');
  });
});
