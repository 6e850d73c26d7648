import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { addDays } from '../../shared/domain/calendar-date';
import { callApi, launchChromium, skipFirstRunWizard, startBrowserMode, type RunningBrowserMode } from '../support/browser-mode';
import { testVin } from '../support/vins';

const screenshots = path.resolve(__dirname, '..', '..', 'test-results', 'screens');
const TITLE = '确认函已逾期 Confirmation request overdue';
let app: RunningBrowserMode;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let folder: string;
let today: string;

interface Recorded {
  title: string;
  body: string;
  tag: string;
}

/**
 * Headless Chromium shows no desktop notifications, so the page's Notification is wrapped before the
 * app loads: it keeps the browser's real permission (granted to this origin below) and records what
 * the app constructs, with the click handler the app sets.
 */
function recordNotifications(): void {
  const Real = window.Notification;
  const shown: Array<{ title: string; body: string; tag: string; onclick: (() => void) | null }> = [];
  class Recording {
    static get permission() {
      return Real.permission;
    }
    static requestPermission() {
      return Real.requestPermission();
    }
    title: string;
    body: string;
    tag: string;
    onclick: (() => void) | null = null;
    constructor(title: string, options?: NotificationOptions) {
      this.title = title;
      this.body = options?.body ?? '';
      this.tag = options?.tag ?? '';
      shown.push(this);
    }
    close() {}
  }
  Object.assign(window, { Notification: Recording, recordedNotifications: shown });
}

const recorded = () => page.evaluate(() => (window as unknown as { recordedNotifications: Recorded[] }).recordedNotifications.map(({ title, body, tag }) => ({ title, body, tag })));

/** A vehicle of `manufacturer` with a request sent 40 days ago: overdue. */
async function overdueRequest(n: number, manufacturer: string): Promise<number> {
  const vehicle = await callApi<{ id: number }>(app, 'vehicles.add', { vin: testVin(n), brand: 'B', model: 'M', manufacturer, registrationDate: addDays(today, -120), transferDate: addDays(today, -110) });
  if (!vehicle.ok) throw new Error(JSON.stringify(vehicle.error));
  const created = await callApi<Array<{ id: number }>>(app, 'requests.create', { vehicleIds: [vehicle.value.id] });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const id = created.value[0]!.id;
  expect((await callApi(app, 'requests.send', { id, channel: 'courier', sentOn: addDays(today, -40) })).ok).toBe(true);
  return id;
}

/** The in-app reminder, shown after the check: once it is there, the desktop notifications were decided too. */
const inAppReminder = (count: number) => page.locator('.ant-notification-notice').filter({ hasText: `${count} 份确认函申请已逾期，请催办` });

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-overdue-'));
  const db = path.join(folder, 'export-desk.sqlite');
  await runCli(['--db', db, '--json', 'info'], { stdout: (text) => (today = JSON.parse(text).today), stderr: () => {}, env: {} });
  app = await startBrowserMode(db);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.grantPermissions(['notifications'], { origin: app.origin });
  await context.addInitScript(recordNotifications);
  page = await context.newPage();
  await skipFirstRunWizard(page);
  fs.mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('overdue confirmation requests at start-up', () => {
  let id: number;

  it('lists the overdue request in the app and shows one desktop notification', async () => {
    id = await overdueRequest(1, '奇瑞汽车股份有限公司');
    const request = await callApi<{ workingDaysWaiting: number }>(app, 'requests.get', { id });
    if (!request.ok) throw new Error('requests.get failed');
    await page.goto(app.url);
    await expect.poll(() => inAppReminder(1).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await inAppReminder(1).getByText(`#${id} 奇瑞汽车股份有限公司：已等 ${request.value.workingDaysWaiting} 个工作日`).isVisible()).toBe(true);
    expect(await recorded()).toEqual([{ title: TITLE, body: `奇瑞汽车股份有限公司：已等 ${request.value.workingDaysWaiting} 个工作日`, tag: `export-desk-overdue-${id}` }]);
    await page.waitForTimeout(400); // antd's enter animation
    await page.screenshot({ path: path.join(screenshots, 'overdue-reminder.png') });
  });

  it('opens the board on its overdue tab when the desktop notification is clicked', async () => {
    expect(await page.getByRole('heading', { name: '厂商确认函' }).count()).toBe(0);
    await page.evaluate(() => (window as unknown as { recordedNotifications: Array<{ onclick: () => void }> }).recordedNotifications[0]!.onclick());
    await expect.poll(() => page.getByRole('heading', { name: '厂商确认函' }).isVisible()).toBe(true);
    expect(await page.getByRole('tab', { selected: true }).textContent()).toMatch(/^已逾期/);
    // The heading comes first; the rows when the board has read the requests.
    await expect.poll(() => page.getByRole('table').getByRole('button', { name: `打开申请 #${id}`, exact: true }).isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => inAppReminder(1).count()).toBe(0); // done with: the in-app reminder closes too
  });

  it('does not notify the same request again after a reload, but still lists it', async () => {
    await page.reload();
    await expect.poll(() => inAppReminder(1).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await recorded()).toEqual([]);
  });

  it('sums up more than three newly overdue requests in one desktop notification', async () => {
    for (const [n, manufacturer] of [[2, '比亚迪汽车工业有限公司'], [3, '长城汽车股份有限公司'], [4, '吉利汽车控股有限公司'], [5, '上汽大众汽车有限公司']] as const) await overdueRequest(n, manufacturer);
    await page.reload();
    await expect.poll(() => inAppReminder(5).isVisible(), { timeout: 15_000 }).toBe(true);
    const [summary, ...others] = await recorded();
    expect(others).toEqual([]);
    expect(summary).toMatchObject({ title: TITLE, tag: 'export-desk-overdue-summary', body: expect.stringMatching(/^4 份确认函申请已逾期：比亚迪汽车工业有限公司、长城汽车股份有限公司、吉利汽车控股有限公司、上汽大众汽车有限公司$/) });
  });
});
