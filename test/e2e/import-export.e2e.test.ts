import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gbk } from '../support/spreadsheet-fixtures';
import { launchChromium, skipFirstRunWizard, startBrowserMode, type RunningBrowserMode } from '../support/browser-mode';
import { testVin } from '../support/vins';

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
let folder: string;

const HEADER = '车辆识别代号,车辆品牌,车辆型号,制造厂名称,注册登记日期,待出口转移登记日期,出口国家';
const row = (n: number, registered = '2025/7/14') => `${testVin(n)},比亚迪,BYD7005BEV,比亚迪汽车工业有限公司,${registered},2025年9月1日,哈萨克斯坦`;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-e2e-'));
  // A GBK CSV, as Excel on a Chinese Windows PC saves it; row 3 has an impossible date.
  fs.writeFileSync(path.join(folder, 'bad.csv'), gbk([HEADER, row(501), row(502, '2025-13-01'), row(503)].join('\r\n')));
  fs.writeFileSync(path.join(folder, 'good.csv'), gbk([HEADER, row(501), row(502), row(503)].join('\r\n')));
  app = await startBrowserMode(path.join(folder, 'inventory.sqlite'));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  await skipFirstRunWizard(page);
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '车辆' }).click();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('spreadsheet import and export in the inventory', () => {
  it('shows every row’s problem before writing anything, and imports nothing from a bad file', async () => {
    await page.getByRole('button', { name: '导入表格' }).click();
    await page.locator('.ant-upload input[type=file]').setInputFiles(path.join(folder, 'bad.csv'));
    await expect.poll(() => page.getByText('共 3 行：2 行可导入，1 行有错误').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.getByText('2025-13-01 不是有效日期', { exact: false }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /导入 2 辆车/ }).isDisabled()).toBe(true);
    expect(await callList()).toBe(0);
  });

  it('imports the corrected file and the vehicles appear in the list', async () => {
    await page.getByRole('button', { name: '重新选择文件' }).click();
    await page.locator('.ant-upload input[type=file]').setInputFiles(path.join(folder, 'good.csv'));
    await expect.poll(() => page.getByText('共 3 行：3 行可导入，0 行有错误').isVisible(), { timeout: 20_000 }).toBe(true);
    await page.getByRole('button', { name: /导入 3 辆车/ }).click();
    await expect.poll(() => page.getByText('已从 good.csv 导入 3 辆车').isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.getByRole('row', { name: new RegExp(testVin(502)) }).isVisible()).toBe(true);
    expect(await callList()).toBe(3);
  });

  it('exports the current view as an Excel file that holds the imported vehicles', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /导\s*出/ }).first().click();
    const file = await (await download).path();
    const bytes = fs.readFileSync(file!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    await page.screenshot({ path: path.resolve(__dirname, '..', '..', 'test-results', 'screens', 'inventory-imported.png') });
  });
});

async function callList(): Promise<number> {
  const token = new URL(app.url).searchParams.get('token') ?? '';
  const response = await fetch(`${app.origin}/api/call/vehicles.list`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: '{}' });
  return ((await response.json()) as { value: { total: number } }).value.total;
}
