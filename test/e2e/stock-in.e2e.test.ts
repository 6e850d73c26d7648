import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { generateCertificate, writeCertificate, type GeneratedCertificate } from '../fixtures/certificates';
import { callApi, launchChromium, startBrowserMode, type RunningBrowserMode } from '../support/browser-mode';

const screenshots = path.resolve(__dirname, '..', '..', 'test-results', 'screens');
let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
let folder: string;
let scans: string[];
let certificate: GeneratedCertificate;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-e2e-'));
  const db = path.join(folder, 'inventory.sqlite');
  const core = openCore({ databasePath: db, door: 'cli' });
  try {
    const settings = await core.call('settings.update', { 'enterprise.name': '上海示例二手车出口有限公司' });
    if (!settings.ok) throw new Error(JSON.stringify(settings.error));
  } finally {
    core.close();
  }
  certificate = await generateCertificate(7);
  scans = writeCertificate(path.join(folder, 'scans'), certificate);
  app = await startBrowserMode(db);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  fs.mkdirSync(screenshots, { recursive: true });
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '扫描入库' }).click();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('scan in: a registration certificate read, reviewed beside the scan and saved', () => {
  it('reads the dropped pages and shows the values pre-filled beside the scan with their boxes', async () => {
    await expect.poll(() => page.getByRole('heading', { name: '扫描入库' }).isVisible()).toBe(true);
    expect(await page.getByText('分组规则', { exact: false }).isVisible()).toBe(true);
    await page.locator('.stock-in-drop input[type=file]').setInputFiles(scans);
    await expect.poll(() => page.locator('.stock-in-review').isVisible(), { timeout: 60_000, interval: 500 }).toBe(true);
    const vin = page.locator('#stock-in-1_vin');
    expect(await vin.inputValue()).not.toBe('');
    // Boxes drawn over the scan, one per field read on the shown page.
    expect(await page.locator('.stock-in-box').count()).toBeGreaterThan(2);
    expect(await page.getByRole('tab').count()).toBe(2);
    // Focusing a field highlights its box.
    await vin.focus();
    await expect.poll(() => page.locator('rect.stock-in-box-active').count()).toBe(1);
    expect(await page.locator('rect.stock-in-box-active').getAttribute('data-field')).toBe('vin');
  }, 75_000);

  it('marks doubtful values and keeps Save disabled until each is checked', async () => {
    const save = page.getByRole('button', { name: '保存入库' });
    const checks = page.getByRole('checkbox', { name: '已对照原件核对' });
    // A clean scan may be read without doubt; when there is some, each doubtful field is marked and must be checked.
    const doubtful = await checks.count();
    if (doubtful > 0) {
      expect(await page.locator('.stock-in-field-doubtful').count()).toBe(doubtful);
      expect(await page.getByText('请核对', { exact: true }).first().isVisible()).toBe(true);
      expect(await save.isDisabled()).toBe(true);
      await page.screenshot({ path: path.join(screenshots, 'stock-in-review-zh-CN.png') });
      await page.getByText('English', { exact: true }).click();
      await expect.poll(() => page.getByText('Check this', { exact: true }).first().isVisible()).toBe(true);
      await page.screenshot({ path: path.join(screenshots, 'stock-in-review-en.png') });
      await page.getByText('简体中文', { exact: true }).click();
      for (let i = 0; i < doubtful; i++) await checks.nth(i).check();
    } else {
      await page.screenshot({ path: path.join(screenshots, 'stock-in-review-zh-CN.png') });
    }
    expect(await save.isDisabled()).toBe(false);
  });

  it('saves the reviewed values: the vehicle is in stock with its scans', async () => {
    const truth = certificate.truth.expected;
    // The clerk corrects the record to what the certificate says.
    for (const [field, value] of [['vin', truth.vin], ['brand', truth.brand], ['model', truth.model]] as const) {
      await page.locator(`#stock-in-1_${field}`).fill(value);
    }
    await page.getByLabel('出口国家').fill('哈萨克斯坦');
    await page.getByRole('button', { name: '保存入库' }).click();
    await expect.poll(() => page.getByText(`已入库：${truth.vin}`).isVisible(), { timeout: 15_000 }).toBe(true);
    const list = await callApi<{ items: Array<{ vin: string; destinationCountry: string | null }> }>(app, 'vehicles.list', {});
    expect(list.ok).toBe(true);
    const saved = list.ok ? list.value.items.find((item) => item.vin === truth.vin) : undefined;
    expect(saved?.destinationCountry).toBe('哈萨克斯坦');
    await page.getByRole('menuitem', { name: '车辆' }).click();
    await expect.poll(() => page.getByText(truth.vin).first().isVisible()).toBe(true);
  });

  it('queues a batch by file name, with a progress bar and Cancel, in English too', async () => {
    await page.getByRole('menuitem', { name: '扫描入库' }).click();
    await page.getByText('English', { exact: true }).click();
    // Two certificates' pages: the first one is read while the second waits; Cancel drops the waiting one.
    const batch = path.join(folder, 'batch');
    fs.mkdirSync(batch);
    ['a-p1.jpg', 'a-p2.jpg', 'b_1.jpg', 'b_2.jpg'].forEach((name, i) => fs.copyFileSync(scans[i % 2]!, path.join(batch, name)));
    await page.getByTestId('stock-in-folder').setInputFiles(batch);
    await expect.poll(() => page.locator('.stock-in-queue .ant-list-item').count()).toBe(3);
    await expect.poll(() => page.locator('[data-status=waiting]').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Cancel' }).isVisible()).toBe(true);
    await page.screenshot({ path: path.join(screenshots, 'stock-in-batch-en.png') });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('.stock-in-queue .ant-list-item').count()).toBe(2);
    await expect.poll(() => page.locator('[data-status=waiting]').count()).toBe(0);
    await page.getByText('简体中文', { exact: true }).click();
  }, 30_000);
});
