import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startBrowserMode, type RunningBrowserMode } from '../support/browser-mode';
import { testVin } from '../support/vins';

const screenshots = path.resolve(__dirname, '..', '..', 'test-results', 'screens');
let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
let folder: string;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-e2e-'));
  app = await startBrowserMode(path.join(folder, 'inventory.sqlite'));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  fs.mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('inventory in browser mode', () => {
  it('opens from the printed URL, in Simplified Chinese, with the token moved out of the address bar', async () => {
    await page.goto(app.url);
    await expect.poll(() => page.getByRole('heading', { name: '待出口车辆' }).isVisible()).toBe(true);
    expect(page.url()).toBe(`${app.origin}/`);
    expect(await page.getByText('还没有车辆').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });

  it('shows the check-digit problem inline while typing a wrong VIN', async () => {
    await page.getByRole('button', { name: '添加车辆' }).click();
    await page.getByLabel('车辆识别代号 (VIN)').fill('lsvau2180n2183294');
    await expect.poll(() => page.getByText('VIN 校验位（第 9 位）应为 X').isVisible()).toBe(true);
    expect(await page.getByLabel('车辆识别代号 (VIN)').inputValue()).toBe('LSVAU2180N2183294');
  });

  it('adds a vehicle through the form and shows it in the list', async () => {
    const vin = testVin(31);
    await page.getByLabel('车辆识别代号 (VIN)').fill(vin);
    await page.getByLabel('车辆品牌').fill('比亚迪');
    await page.getByLabel('车辆型号').fill('BYD7005BEV');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    const row = page.getByRole('row', { name: new RegExp(vin) });
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await row.textContent()).toContain('比亚迪');
    expect(await page.getByText('共 1 辆').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(screenshots, 'inventory-zh-CN.png') });
  });

  it('refuses the same VIN again with the message beside the field', async () => {
    await page.getByRole('button', { name: '添加车辆' }).click();
    await page.getByLabel('车辆识别代号 (VIN)').fill(testVin(31));
    await page.getByLabel('车辆品牌').fill('比亚迪');
    await page.getByLabel('车辆型号').fill('BYD7005BEV');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => page.getByText('已在库存中，不能重复录入').isVisible()).toBe(true);
    await page.getByRole('button', { name: /取\s*消/ }).click();
    expect(await page.getByRole('row', { name: new RegExp(testVin(31)) }).count()).toBe(1);
  });

  it('switches to English and keeps the choice after a reload', async () => {
    await page.getByText('English', { exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Vehicles awaiting export' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Add vehicle' }).isVisible()).toBe(true);
    expect(await page.getByText('1 vehicles').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(screenshots, 'inventory-en.png') });
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Vehicles awaiting export' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('keeps the data in the SQLite file after browser mode restarts', async () => {
    const databasePath = path.join(folder, 'inventory.sqlite');
    await app.stop();
    app = await startBrowserMode(databasePath);
    await page.goto(app.url);
    await expect.poll(() => page.getByRole('row', { name: new RegExp(testVin(31)) }).isVisible()).toBe(true);
  });
});

