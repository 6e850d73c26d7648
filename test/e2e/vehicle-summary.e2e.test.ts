import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/calendar-date';
import { messages } from '../../shared/i18n/messages';
import { translate } from '../../shared/i18n/translate';
import { callApi, launchChromium, skipFirstRunWizard, startBrowserMode, type RunningBrowserMode } from '../support/browser-mode';
import { pdfText } from '../support/pdf-tools';
import { testVin } from '../support/vins';

const screenshots = path.resolve(__dirname, '..', '..', 'test-results', 'screens');
const zh = messages['zh-CN'];
const ENTERPRISE = '上海某某二手车出口有限公司';
const VIN = testVin(4701);
const OVERRIDE = '客户已付定金，确认函随后补交';

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
let folder: string;
let today: string;
let clearsOn: string;
let batchReference: string;

async function api<T>(operation: string, input: unknown): Promise<T> {
  const result = await callApi<T>(app, operation, input);
  if (!result.ok) throw new Error(`${operation} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** antd puts a space between two Chinese characters on plain buttons ("返 回"); icons add their own name before. */
const button = (text: string) => page.getByRole('button', { name: new RegExp(`${[...text].join('\\s*')}$`) });
const sheet = () => page.locator('.vs-sheet');
const navigation = () => page.getByRole('menuitem', { name: zh['nav.dashboard'] });

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-summary-'));
  app = await startBrowserMode(path.join(folder, 'summary.sqlite'));
  today = (await api<{ today: string }>('system.info', {})).today;
  await api('settings.update', { 'enterprise.name': ENTERPRISE });

  // Registered 40 days ago: the 180-day rule needs a manufacturer's confirmation.
  const vehicle = await api<{ id: number }>('vehicles.add', {
    vin: VIN, brand: '大众汽车', model: 'SVW7141', manufacturer: '上汽大众汽车有限公司', color: '白', plate: '沪A12345',
    registrationDate: addDays(today, -40), transferDate: addDays(today, -10), destinationCountry: '哈萨克斯坦', mileageKm: 12345,
  });
  const scan = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#ffffff' } }).png().toBuffer();
  await api('attachments.add', { vehicleId: vehicle.id, kind: 'certificate-scan', file: { fileName: '登记证书-第1页.png', contentBase64: scan.toString('base64') } });
  const batch = await api<{ id: number; reference: string }>('batches.create', { plannedApplicationDate: addDays(today, 7) });
  batchReference = batch.reference;
  await api('batches.addVehicles', { batchId: batch.id, vehicleIds: [vehicle.id], overrideReason: OVERRIDE });
  const [request] = await api<Array<{ id: number }>>('requests.create', { vehicleIds: [vehicle.id] });
  await api('requests.send', { id: request!.id, channel: 'email', contact: 'service@example.com' });
  clearsOn = (await api<{ assessment: { clearsOn: string } }>('compliance.vehicle', { id: vehicle.id })).assessment.clearsOn;

  browser = await launchChromium();
  // axe needs a page from an explicit context.
  page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await skipFirstRunWizard(page);
  fs.mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

async function openSummary(): Promise<void> {
  await page.getByRole('row', { name: new RegExp(VIN) }).click();
  await button(zh['summary.open']).click();
  await sheet().getByRole('heading', { level: 1, name: new RegExp(VIN) }).waitFor();
}

describe('the print-friendly vehicle summary', () => {
  it('opens from the vehicle drawer with the certificate, the 180-day state, its blocker, batch, request and attachments', async () => {
    await page.goto(app.url);
    await openSummary();
    const text = (await sheet().textContent()) ?? '';
    const blocker = translate('zh-CN', 'readiness.confirmationAwaiting');
    const nextStep = translate('zh-CN', 'readiness.confirmationAwaiting.action', { clearsOn });
    for (const expected of [VIN, '大众汽车', 'SVW7141', '沪A12345', addDays(today, -40), addDays(today, -10), clearsOn, blocker, nextStep, ENTERPRISE, zh['summary.printedOn'].replace('{date}', today)]) {
      expect(text).toContain(expected);
    }
    for (const expected of [batchReference, OVERRIDE, zh['request.status.sent'], zh['summary.confirmation.requested'], '登记证书-第1页.png', zh['summary.attachmentKind.certificate-scan'], '12,345']) {
      expect(text).toContain(expected);
    }
    // The certificate's labels, as on the registration certificate.
    for (const label of [zh['vehicle.brand'], zh['vehicle.model'], zh['vehicle.registrationDate'], zh['vehicle.transferDate'], zh['vehicle.manufacturer']]) {
      expect(await sheet().getByRole('rowheader', { name: label, exact: true }).count()).toBe(1);
    }
    await page.waitForTimeout(400); // the Print button's colour transition, for the screenshot
    await page.screenshot({ path: path.join(screenshots, 'vehicle-summary-zh-CN.png') });
  });

  it('has no serious or critical accessibility violations', async () => {
    const results = await new AxeBuilder({ page: page as never }).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => ({ rule: violation.id, targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')) }))).toEqual([]);
  });

  it('prints one A4 page with the summary only: no navigation, no toolbar', async () => {
    expect(await navigation().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await navigation().isVisible()).toBe(false);
      expect(await button(zh['summary.print']).isVisible()).toBe(false);
      expect(await sheet().isVisible()).toBe(true);
      const bytes = await page.pdf({ format: 'A4' });
      fs.writeFileSync(path.join(screenshots, 'vehicle-summary.pdf'), bytes);
      const pdf = await PDFDocument.load(bytes);
      expect(pdf.getPageCount()).toBe(1);
      const { width, height } = pdf.getPage(0).getSize();
      // A4 is 595.28 × 841.89 pt; Chromium rounds the paper to 8.27 × 11.69 in.
      expect(Math.abs(width - 595.28)).toBeLessThan(1.5);
      expect(Math.abs(height - 841.89)).toBeLessThan(1.5);
      const printed = pdfText(bytes);
      expect(printed).toContain(VIN);
      expect(printed).toContain(clearsOn);
      expect(printed).not.toContain(zh['nav.dashboard']);
      expect(printed).not.toContain(zh['summary.printHint']);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('follows the app language', async () => {
    await page.getByText('English', { exact: true }).click();
    const en = messages.en;
    await sheet().getByRole('heading', { level: 1, name: new RegExp(`${en['summary.title']} ${VIN}`) }).waitFor();
    const text = (await sheet().textContent()) ?? '';
    expect(text).toContain(translate('en', 'readiness.confirmationAwaiting.action', { clearsOn }));
    expect(text).toContain(translate('en', 'summary.printedOn', { date: today }));
    await page.screenshot({ path: path.join(screenshots, 'vehicle-summary-en.png') });
    await page.getByText('简体中文', { exact: true }).click();
    await sheet().getByRole('heading', { level: 1, name: new RegExp(`${zh['summary.title']} ${VIN}`) }).waitFor();
  });

  it('calls the browser print dialog from 打印 and goes back to the vehicle with 返回', async () => {
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await button(zh['summary.print']).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await button(zh['summary.back']).click();
    await expect.poll(() => sheet().count()).toBe(0);
    // Back where the clerk came from: the vehicle's drawer on the inventory.
    await expect.poll(() => page.getByRole('dialog').getByText(VIN, { exact: true }).first().isVisible()).toBe(true);
  });
});
