import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../../shared/domain/credit-code';
import { callApi, launchChromium, startBrowserMode, watchApiCalls, type RunningBrowserMode } from '../support/browser-mode';

const screenshots = path.resolve(__dirname, '..', '..', 'test-results', 'screens');
const FIRST_17 = '91310115MA1K4GJ5X';
const CREDIT_CODE = `${FIRST_17}${creditCodeCheckCharacter(FIRST_17)}`;
/** The same code with a wrong check character. */
const WRONG_CODE = `${FIRST_17}${creditCodeCheckCharacter(FIRST_17) === '0' ? '1' : '0'}`;

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
let folder: string;
let unanswered: () => string[];

const wizard = () => page.getByRole('dialog', { name: '欢迎使用二手车出口助手' });

async function shot(name: string): Promise<void> {
  await page.waitForTimeout(300); // let antd's enter animations finish
  await page.screenshot({ path: path.join(screenshots, `${name}.png`) });
}

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-onboarding-'));
  app = await startBrowserMode(path.join(folder, 'export-desk.sqlite'));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  fs.mkdirSync(screenshots, { recursive: true });
  unanswered = watchApiCalls(page);
  await page.goto(app.url);
});

// These journeys once failed only on a loaded CI machine; if one fails, say what the core was doing.
afterEach((context) => {
  if (context.task.result?.state !== 'fail') return;
  console.log(`unanswered API calls at ${new Date().toISOString()}:`, unanswered());
  console.log('browser mode output (end):', app.output().slice(-4000));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('first run: the wizard', () => {
  it('opens on a fresh install, can be skipped, and stays skipped after a reload', async () => {
    await expect.poll(() => wizard().isVisible()).toBe(true);
    expect(await wizard().getByRole('radio', { name: '简体中文' }).isChecked()).toBe(true);
    await shot('onboarding-language');
    await wizard().getByRole('button', { name: '跳过设置' }).click();
    await expect.poll(() => wizard().count()).toBe(0);
    await page.reload();
    await expect.poll(() => page.getByRole('menuitem', { name: '设置' }).isVisible()).toBe(true);
    await page.waitForTimeout(500);
    expect(await wizard().count()).toBe(0);
  });

  it('reopened from Settings, saves the enterprise profile (check character verified inline) and the backup folder', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('button', { name: '重新打开首次设置向导' }).click();
    await expect.poll(() => wizard().isVisible()).toBe(true);
    await wizard().getByRole('button', { name: '下一步' }).click();

    await wizard().getByLabel('企业名称').fill('上海浦江二手车出口有限公司');
    await wizard().getByLabel('统一社会信用代码').fill(WRONG_CODE);
    await wizard().getByLabel('地址').click();
    await expect.poll(() => wizard().getByText(`统一社会信用代码校验位应为 ${CREDIT_CODE.at(-1)}`, { exact: false }).isVisible()).toBe(true);
    await shot('onboarding-enterprise-invalid');
    await wizard().getByRole('button', { name: '下一步' }).click();
    expect(await wizard().getByLabel('统一社会信用代码').isVisible()).toBe(true); // refused: still on this step

    await wizard().getByLabel('统一社会信用代码').fill(CREDIT_CODE.toLowerCase()); // typed in lower case, stored upper
    await wizard().getByLabel('地址').fill('上海市浦东新区外高桥保税区 88 号');
    await wizard().getByLabel('联系人').fill('李娜');
    await wizard().getByLabel('电话').fill('021-5888 0000');
    await wizard().getByLabel('电子邮箱').fill('export@pujiang.example.cn');
    await wizard().getByRole('button', { name: '下一步' }).click();

    await expect.poll(() => wizard().getByLabel('备份文件夹').isVisible()).toBe(true);
    expect(await wizard().getByText(folder, { exact: false }).first().isVisible()).toBe(true); // the data folder is shown
    const backups = path.join(folder, 'usb-backups');
    await wizard().getByLabel('备份文件夹').fill(backups);
    await shot('onboarding-backup');
    await wizard().getByRole('button', { name: /^完\s?成$/ }).click();
    await expect.poll(() => wizard().count(), { timeout: 10_000 }).toBe(0); // two saves: allow a loaded machine

    const settings = await callApi<Record<string, unknown>>(app, 'settings.get', {});
    expect(settings.ok && settings.value).toMatchObject({
      'enterprise.name': '上海浦江二手车出口有限公司',
      'enterprise.creditCode': CREDIT_CODE,
      'enterprise.contact': '李娜',
      'enterprise.email': 'export@pujiang.example.cn',
      'backup.folder': backups,
    });
  });
});

describe('sample data', () => {
  it('is offered on the empty inventory, loads into a separate database with a clear banner, and is discarded in one click', async () => {
    await page.getByRole('menuitem', { name: '车辆' }).click();
    await expect.poll(() => page.getByRole('button', { name: '加载示例数据' }).isVisible()).toBe(true);
    await shot('inventory-empty-offer');
    await page.getByRole('button', { name: '加载示例数据' }).click();
    await expect.poll(() => page.getByText('示例数据 — 不是您的真实库存').isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => page.getByText('大众汽车').first().isVisible()).toBe(true);
    const status = await callApi<{ active: boolean; databasePath: string }>(app, 'demo.status', {});
    expect(status.ok && status.value.active).toBe(true);
    expect(status.ok && status.value.databasePath).toBe(path.join(folder, 'sample', 'export-desk.sqlite'));
    await shot('inventory-sample');

    for (const [menu, name] of [['总览', 'dashboard-sample'], ['批次', 'batches-sample'], ['确认函', 'confirmations-sample'], ['厂商', 'manufacturers-sample']] as const) {
      const item = page.getByRole('menuitem', { name: menu });
      if ((await item.count()) === 0) continue;
      await item.click();
      await page.waitForTimeout(800);
      expect(await page.getByText('示例数据 — 不是您的真实库存').isVisible()).toBe(true);
      await shot(name);
    }

    await page.getByRole('button', { name: '退出示例' }).click();
    await expect.poll(() => page.getByText('示例数据 — 不是您的真实库存').count()).toBe(0);
    expect(fs.existsSync(path.join(folder, 'sample'))).toBe(false);
    const list = await callApi<{ total: number }>(app, 'vehicles.list', {});
    expect(list.ok && list.value.total).toBe(0);
    // The real settings are back (the sample had its own enterprise profile).
    const settings = await callApi<Record<string, unknown>>(app, 'settings.get', {});
    expect(settings.ok && settings.value['enterprise.name']).toBe('上海浦江二手车出口有限公司');
  });
});

describe('Settings', () => {
  it('round-trips the enterprise profile and the overdue threshold', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    const enterprise = page.locator('form#enterprise');
    await expect.poll(() => enterprise.getByLabel('企业名称').inputValue()).toBe('上海浦江二手车出口有限公司');
    expect(await enterprise.getByLabel('统一社会信用代码').inputValue()).toBe(CREDIT_CODE);
    await enterprise.getByLabel('电话').fill('021-5888 1234');
    await enterprise.getByRole('button', { name: /^保\s?存$/ }).click();
    await page.getByLabel('厂商答复期限（工作日）').fill('15');
    await page.locator('form#requests').getByRole('button', { name: /^保\s?存$/ }).click();
    await expect.poll(async () => {
      const settings = await callApi<Record<string, unknown>>(app, 'settings.get', {});
      return settings.ok && [settings.value['enterprise.phone'], settings.value['requests.overdueWorkingDays']];
    }).toEqual(['021-5888 1234', 15]);
    await page.reload();
    await expect.poll(() => page.getByLabel('厂商答复期限（工作日）').inputValue()).toBe('15');
    expect(await page.getByText('占用空间').isVisible()).toBe(true);
    await shot('settings');
    await page.screenshot({ path: path.join(screenshots, 'settings-full.png'), fullPage: true });
  });

  it('backs up now and restores after a confirmation that says the current data is kept aside', async () => {
    await page.getByRole('button', { name: '立即备份' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^恢复 \d{4}-\d{2}-\d{2}$/ }).count()).toBe(1);
    await page.getByRole('button', { name: /^恢复 \d{4}-\d{2}-\d{2}$/ }).click();
    const confirm = page.getByRole('dialog', { name: '从这份备份恢复？' });
    await expect.poll(() => confirm.isVisible()).toBe(true);
    expect(await confirm.getByText('另存一份', { exact: false }).isVisible()).toBe(true);
    await shot('settings-restore-confirm');
    await confirm.getByRole('button', { name: /^恢\s?复$/ }).click();
    await expect.poll(() => page.getByText('原数据另存为', { exact: false }).isVisible()).toBe(true);
    expect(fs.readdirSync(folder).some((name) => name.startsWith('export-desk.before-restore-'))).toBe(true);
  });
});

describe('help', () => {
  it('opens the shortcuts with ? and closes them with Esc', async () => {
    await page.locator('body').click({ position: { x: 700, y: 10 } });
    await page.keyboard.press('?');
    const overlay = page.getByRole('dialog', { name: '键盘快捷键' });
    await expect.poll(() => overlay.isVisible()).toBe(true);
    expect(await overlay.getByText('搜索车辆').isVisible()).toBe(true);
    await shot('shortcuts');
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay.isVisible()).toBe(false);
  });

  it('shows the version and the third-party licences, fonts included, in About', async () => {
    await page.getByRole('button', { name: '关于二手车出口助手' }).click();
    const about = page.getByRole('dialog', { name: '关于二手车出口助手' });
    await expect.poll(() => about.isVisible()).toBe(true);
    const version = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')).version as string;
    expect(await about.getByText(version, { exact: true }).isVisible()).toBe(true);
    expect(await about.getByText('Noto Sans Hans (Noto Sans S Chinese)').isVisible()).toBe(true);
    expect(await about.getByText('OFL-1.1').isVisible()).toBe(true);
    await shot('about');
    await page.keyboard.press('Escape');
  });
});
