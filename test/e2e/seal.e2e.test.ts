/**
 * The seal image for drafts in Settings (issue 9, point 1), in browser mode: a wrong file is refused
 * with the reason under the field; a generated seal PNG is uploaded, previewed, printed on the appendix
 * generated from the batch page, and removed again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { callApi, closeApp, openApp, type RunningBrowserMode } from '../support/browser-mode';
import { pdfImages, pdfText } from '../support/pdf-tools';
import { sealImage } from '../support/seal-image';
import { testVin } from '../support/vins';

const screenshots = path.resolve(__dirname, '..', '..', 'test-results', 'screens');
const REFERENCE = 'SEAL-E2E-1';

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
let folder: string;
let sealFile: string;
let gifFile: string;

const enterpriseCard = () => page.locator('.ant-card').filter({ has: page.locator('form#enterprise') });
const thumbnail = () => enterpriseCard().locator('.ant-upload-list-item img');

async function pollVisible(locator: Locator): Promise<void> {
  await expect.poll(() => locator.isVisible(), { timeout: 15_000 }).toBe(true);
}

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-seal-e2e-'));
  const db = path.join(folder, 'inventory.sqlite');
  const core = openCore({ databasePath: db, door: 'cli' });
  try {
    const must = <T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T => {
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value;
    };
    must(await core.call('settings.update', { 'enterprise.name': '上海浦江二手车出口有限公司', 'enterprise.phone': '021-5888 0000' }));
    const vehicle = must(await core.call('vehicles.add', { vin: testVin(201), brand: '大众汽车', model: 'SVW7141', manufacturer: '上汽大众汽车有限公司', registrationDate: '2025-03-01', transferDate: '2025-04-01', destinationCountry: '哈萨克斯坦' }));
    const batch = must(await core.call('batches.create', { reference: REFERENCE }));
    must(await core.call('batches.addVehicles', { batchId: batch.id, vehicleIds: [vehicle.id], overrideReason: '公章测试' }));
  } finally {
    core.close();
  }
  sealFile = path.join(folder, '公章.png');
  fs.writeFileSync(sealFile, await sealImage({ side: 600 }));
  gifFile = path.join(folder, 'seal-photo.png'); // a GIF with a PNG name
  fs.writeFileSync(gifFile, Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(200)]));
  fs.mkdirSync(screenshots, { recursive: true });
  ({ app, browser, page } = await openApp(db));
}, 60_000);

afterAll(() => closeApp({ app, browser }, folder));

describe('the seal image in Settings', () => {
  it('refuses a file that is not PNG or JPEG, saying why, and keeps the form as it was', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    await expect.poll(() => enterpriseCard().getByLabel('企业名称').inputValue()).toBe('上海浦江二手车出口有限公司');
    await enterpriseCard().getByLabel('电话').fill('021-5888 1234'); // typed, not yet saved
    expect(await enterpriseCard().getByText('可选：用于草稿的公章图片，正式文件仍须加盖实体印章', { exact: false }).isVisible()).toBe(true);
    await enterpriseCard().getByLabel('公章图片').setInputFiles(gifFile);
    await pollVisible(enterpriseCard().getByText('seal-photo.png 不是 PNG 或 JPEG 图片', { exact: false }));
    expect(await thumbnail().count()).toBe(0);
    expect(await enterpriseCard().getByLabel('电话').inputValue()).toBe('021-5888 1234');
    const seal = await callApi(app, 'settings.seal', {});
    expect(seal).toEqual({ ok: true, value: null });
    await enterpriseCard().scrollIntoViewIfNeeded();
    await enterpriseCard().screenshot({ path: path.join(screenshots, 'settings-seal-refused.png') });
  });

  it('uploads a seal PNG, shows it, previews it large, and a later bad file leaves it in place', async () => {
    await enterpriseCard().getByLabel('公章图片').setInputFiles(sealFile);
    await pollVisible(thumbnail());
    await pollVisible(page.getByText(/公章图片已保存（\d+ × \d+ 像素）/));
    expect(await enterpriseCard().getByText('不是 PNG 或 JPEG', { exact: false }).count()).toBe(0);
    const stored = await callApi<{ contentBase64: string; mediaType: string } | null>(app, 'settings.seal', {});
    expect(stored.ok && stored.value?.mediaType).toBe('image/png');
    await enterpriseCard().scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    await enterpriseCard().screenshot({ path: path.join(screenshots, 'settings-seal.png') });

    await enterpriseCard().locator('.ant-upload-list-item').hover();
    await enterpriseCard().locator('.ant-upload-list-item').getByRole('link', { name: /preview|预览/i }).or(enterpriseCard().locator('.ant-upload-list-item .anticon-eye')).first().click();
    const preview = page.getByRole('dialog', { name: '公章图片预览' });
    await pollVisible(preview.getByRole('img', { name: '公章图片' }));
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(screenshots, 'settings-seal-preview.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => preview.isVisible()).toBe(false);

    await enterpriseCard().getByLabel('公章图片').setInputFiles(gifFile);
    await pollVisible(enterpriseCard().getByText('原有的公章图片保持不变', { exact: false }));
    expect(await thumbnail().isVisible()).toBe(true);
    expect(await callApi(app, 'settings.seal', {})).toEqual(stored);
  });

  it('prints the seal, with its draft note, on the appendix generated from the batch page', async () => {
    await page.getByRole('menuitem', { name: '批次' }).click();
    await page.getByRole('button', { name: `打开批次 ${REFERENCE}` }).click();
    await page.getByRole('button', { name: '生成申请附件' }).click();
    const preview = page.getByRole('dialog').filter({ hasText: '文件预览' });
    await pollVisible(preview.getByText(`出口许可证申请附件-${REFERENCE}.pdf`));
    await preview.locator('.ant-modal-close').click();

    const batch = await callApi<{ id: number }>(app, 'batches.get', { reference: REFERENCE });
    const history = await callApi<Array<{ id: number; kind: string }>>(app, 'documents.history', { batchId: batch.ok ? batch.value.id : 0 });
    const appendix = history.ok ? history.value.find((document) => document.kind === 'appendix') : undefined;
    const opened = await callApi<{ contentBase64: string }>(app, 'documents.open', { id: appendix?.id ?? 0 });
    const pdf = Buffer.from(opened.ok ? opened.value.contentBase64 : '', 'base64');
    expect(pdfImages(pdf).map((image) => image.type)).toEqual(['image', 'smask']);
    expect(pdfText(pdf)).toContain('草稿 DRAFT — 以实际盖章为准');
  });

  it('removes the seal after a confirmation', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    await pollVisible(thumbnail());
    await enterpriseCard().getByRole('button', { name: /^删\s?除$/ }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '删除公章图片？' });
    await pollVisible(confirm);
    await confirm.getByRole('button', { name: /^删\s?除$/ }).click();
    await expect.poll(() => thumbnail().count()).toBe(0);
    expect(await callApi(app, 'settings.seal', {})).toEqual({ ok: true, value: null });
    await enterpriseCard().screenshot({ path: path.join(screenshots, 'settings-seal-removed.png') });
    await pollVisible(enterpriseCard().getByRole('button', { name: /上传公章图片/ }));
  });
});
