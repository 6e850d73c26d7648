import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { addDays } from '../../shared/domain/calendar-date';
import { launchChromium, startBrowserMode, type RunningBrowserMode } from '../support/browser-mode';
import { testVin } from '../support/vins';

const screenshots = path.resolve(__dirname, '..', '..', 'test-results', 'screens');
let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
let folder: string;
let today: string;

/** A stat card's number, found by its title. */
async function statValue(title: string): Promise<string> {
  const card = page.locator('.ant-statistic').filter({ has: page.getByText(title, { exact: true }) });
  return (await card.locator('.ant-statistic-content-value').textContent()) ?? '';
}

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-e2e-'));
  const db = path.join(folder, 'inventory.sqlite');
  const quiet = { stdout: () => {}, stderr: () => {}, env: {} };
  await runCli(['--db', db, '--json', 'info'], { ...quiet, stdout: (text) => (today = JSON.parse(text).today) });
  // Registered 100 days ago (needs a confirmation, clears in 81 days) and 400 days ago (does not).
  for (const [n, registered] of [[1, addDays(today, -100)], [2, addDays(today, -170)], [3, addDays(today, -400)]] as const) {
    await runCli(['--db', db, 'vehicle', 'add', '--vin', testVin(n), '--brand', '比亚迪', '--model', 'BYD7005BEV', '--registration-date', registered, '--transfer-date', addDays(registered, 10)], quiet);
  }
  app = await startBrowserMode(db);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  fs.mkdirSync(screenshots, { recursive: true });
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '总览' }).click();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('the compliance dashboard in browser mode', () => {
  it('counts vehicles that need a manufacturer confirmation today', async () => {
    await expect.poll(() => page.getByRole('heading', { name: '出口合规总览' }).isVisible()).toBe(true);
    expect(await statValue('需要厂商确认函')).toBe('2');
    expect(await statValue('无需确认函')).toBe('1');
    expect(await statValue('30 天内无需确认函')).toBe('1');
    expect(await page.getByRole('img', { name: '未来 26 周每周不再需要确认函的车辆数' }).isVisible()).toBe(true);
    await page.screenshot({ path: path.join(screenshots, 'dashboard-zh-CN.png'), fullPage: true });
  });

  it('re-evaluates everything for a planned application date ("what if we apply in 30 days?")', async () => {
    await page.getByLabel('计划申报日期').click();
    await page.locator('.ant-picker-presets').getByText('30 天后', { exact: true }).click();
    await expect.poll(() => statValue('需要厂商确认函')).toBe('1');
    expect(await page.getByText(`按 ${addDays(today, 30)} 申报`).isVisible()).toBe(true);
    await page.getByLabel('计划申报日期').click();
    await page.locator('.ant-picker-presets').getByText('今天', { exact: true }).click();
    await expect.poll(() => statValue('需要厂商确认函')).toBe('2');
  });

  it('explains the rule with the notice’s own words', async () => {
    await page.getByRole('button', { name: '180 天规则说明' }).click();
    await expect.poll(() => page.getByText('商贸函〔2025〕648号', { exact: false }).first().isVisible()).toBe(true);
    expect(await page.getByText('第 181 天起不再需要', { exact: false }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('shows the policy parameters, read-only, in Settings', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    await expect.poll(() => page.getByText('政策参数（只读）').isVisible()).toBe(true);
    // The card's title comes first; its rows when the policy has been read from the core.
    await expect.poll(() => page.getByRole('row', { name: /需要确认函的天数（含）\s*180/ }).isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByRole('row', { name: /生效日期（按申报日期）\s*2026-01-01/ }).isVisible()).toBe(true);
  });
});
