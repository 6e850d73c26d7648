import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { insertAttachment } from '../../electron/core/db/attachments-repo';
import { addDays } from '../../shared/domain/calendar-date';
import { callApi, closeApp, openApp, type RunningBrowserMode } from '../support/browser-mode';
import { testVin } from '../support/vins';

/**
 * The whole journey in browser mode: a batch refuses vehicles that still need a manufacturer's
 * confirmation → the requests are made, sent and answered with a stamped scan → the vehicles are
 * ready → the appendix and the packet are generated and kept in the batch's history.
 */
const screenshots = path.resolve(__dirname, '..', '..', 'test-results', 'screens');
const BYD = '比亚迪汽车工业有限公司';
const SVW = '上汽大众汽车有限公司';
const vins = { byd1: testVin(101), byd2: testVin(102), svw: testVin(103) };

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
let folder: string;
let today: string;
let scanFile: string;

/** antd puts a space between two Chinese characters on buttons ("打 开"). */
const button = (text: string) => new RegExp(`^\\s*${[...text].map((c) => c.replace(/[()（）]/g, '\\$&')).join('\\s*')}\\s*$`);
const dialog = (title: string) => page.getByRole('dialog').filter({ hasText: title });
/** A screenshot once tables have stopped loading and drawers and modals have finished moving. */
async function shot(name: string): Promise<void> {
  await expect.poll(() => page.locator('.ant-spin-blur, .ant-spin-spinning').count()).toBe(0);
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(screenshots, `${name}.png`) });
}

async function pollVisible(locator: Locator): Promise<void> {
  await expect.poll(() => locator.isVisible(), { timeout: 15_000 }).toBe(true);
}

async function png(width: number, height: number, label: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="white"/><rect x="20" y="20" width="${width - 40}" height="${height - 40}" fill="none" stroke="black" stroke-width="4"/><text x="40" y="90" font-size="36" font-family="sans-serif">${label}</text></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-e2e-'));
  const db = path.join(folder, 'inventory.sqlite');
  // Seed through the core in this process: there is no operation yet for certificate scans.
  const core = openCore({ databasePath: db, door: 'cli' });
  try {
    const info = await core.call('system.info', {});
    if (!info.ok) throw new Error('system.info failed');
    today = info.value.today;
    const settings = await core.call('settings.update', { 'enterprise.name': '上海示例二手车出口有限公司', 'enterprise.address': '上海市浦东新区示例路 1 号', 'enterprise.contact': '王经理' });
    if (!settings.ok) throw new Error(JSON.stringify(settings.error));
    // Registered 100 days before today: a confirmation is needed for an application today.
    const registered = addDays(today, -100);
    const seeds = [
      { vin: vins.byd1, brand: '比亚迪', model: 'BYD7005BEV', manufacturer: BYD },
      { vin: vins.byd2, brand: '比亚迪', model: 'BYD6470ST6HEV', manufacturer: BYD },
      { vin: vins.svw, brand: '大众汽车', model: 'SVW7141', manufacturer: SVW },
    ];
    for (const seed of seeds) {
      const added = await core.call('vehicles.add', { ...seed, registrationDate: registered, transferDate: addDays(registered, 20), destinationCountry: '哈萨克斯坦' });
      if (!added.ok) throw new Error(JSON.stringify(added.error));
      const bytes = await png(800, 560, `certificate ${seed.vin}`);
      const { sha256, size } = core.services.attachments.put(bytes);
      insertAttachment(core.db, { sha256, fileName: `${seed.vin}.png`, mediaType: 'image/png', size, kind: 'certificate-scan', vehicleId: added.value.id, batchId: null, note: null, createdAt: new Date().toISOString() });
    }
  } finally {
    core.close();
  }
  scanFile = path.join(folder, 'byd-stamped-confirmation.png');
  fs.writeFileSync(scanFile, await png(1240, 1754, `stamped ${vins.byd1} ${vins.byd2}`));
  fs.mkdirSync(screenshots, { recursive: true });
  ({ app, browser, page } = await openApp(db, { wizard: true }));
}, 60_000);

afterAll(() => closeApp({ app, browser }, folder));

describe('a licence application from batch to packet, in browser mode', () => {
  let reference = '';

  it('creates a batch and refuses vehicles that still need a confirmation, with the reasons', async () => {
    await page.getByRole('menuitem', { name: '批次' }).click();
    await pollVisible(page.getByText('还没有批次', { exact: false }));
    await shot('batches-empty');
    await page.getByRole('button', { name: '新建批次' }).click();
    const create = dialog('新建申报批次');
    await pollVisible(create);
    await create.getByLabel('计划申报日期').fill(today);
    await create.getByLabel('计划申报日期').press('Enter');
    await create.getByLabel('出口国家').fill('哈萨克斯坦');
    await create.getByLabel('备注').fill('2026 年第一批');
    await create.getByRole('button', { name: button('创建') }).click();
    const heading = page.getByRole('heading', { name: /^批次 P/ });
    await pollVisible(heading);
    reference = ((await heading.textContent()) ?? '').replace('批次 ', '').trim();
    expect(reference).toBe(`P${today}-01`);

    await page.getByRole('button', { name: '添加车辆' }).click();
    const add = dialog('添加车辆到批次');
    await pollVisible(add.getByText(vins.svw));
    for (const vin of Object.values(vins)) await add.getByRole('checkbox', { name: vin }).check();
    await add.getByRole('button', { name: '加入批次（3）' }).click();
    await pollVisible(add.getByText('3 辆车尚未满足申报条件', { exact: false }));
    expect(await add.getByText('需要售后维修服务确认函，尚未向厂商申请').count()).toBe(3);
    await shot('batch-add-refused');

    // Add anyway: the reason is required, then kept.
    await add.getByRole('button', { name: '仍然加入这 3 辆' }).click();
    await pollVisible(add.getByText('请填写至少 4 个字的理由'));
    await add.getByLabel('强制加入理由').fill('先行组批，确认函已在申请中');
    await add.getByRole('button', { name: '仍然加入这 3 辆' }).click();
    await expect.poll(() => add.isVisible()).toBe(false);
    await pollVisible(page.getByText('批次车辆（3 辆）'));
    expect(await page.locator('.ant-tag', { hasText: '强制加入' }).count()).toBe(3);
  });

  it('makes one confirmation request per manufacturer and previews the letters', async () => {
    await page.getByRole('button', { name: '生成确认函申请' }).click();
    const preview = dialog('文件预览');
    await pollVisible(preview);
    expect(await preview.locator('.ant-segmented-item').count()).toBe(2);
    const frame = preview.locator('iframe');
    expect(await frame.getAttribute('src')).toMatch(/^blob:/);
    await page.waitForTimeout(1500);
    await shot('batch-preview');
    await preview.getByRole('button', { name: 'Close' }).or(preview.locator('.ant-modal-close')).first().click();
    await expect.poll(() => preview.isVisible(), { timeout: 15_000 }).toBe(false);
    await pollVisible(page.getByRole('row', { name: /确认函申请/ }).first());
  });

  it('sends a request, records the stamped reply, and regenerates the letter with an email', async () => {
    await page.getByRole('menuitem', { name: '确认函' }).click();
    await pollVisible(page.getByRole('heading', { name: '厂商确认函' }));
    await pollVisible(page.getByRole('row', { name: new RegExp(BYD) }));
    expect(await page.getByRole('tab', { name: '进行中 (2)' }).isVisible()).toBe(true);
    await shot('confirmations-board');

    await page.getByRole('row', { name: new RegExp(BYD) }).getByRole('button', { name: /^打开申请 #\d+$/ }).click();
    const drawer = page.getByRole('dialog').filter({ hasText: `· ${BYD}` });
    await pollVisible(drawer.getByText('记录发出'));
    await drawer.getByLabel('快递单号').fill('SF1234567890');
    await drawer.getByRole('button', { name: '标为已发出' }).click();
    await pollVisible(drawer.getByText('记录厂商回复'));
    expect(await drawer.getByText('SF1234567890').isVisible()).toBe(true);

    // Regenerate and resend: the request PDF, a mailto: link and the email text naming batch, count and date.
    await drawer.getByRole('button', { name: '重新生成申请函' }).click();
    const preview = dialog('文件预览');
    await pollVisible(preview);
    await preview.locator('.ant-modal-close').click();
    await expect.poll(() => preview.isVisible(), { timeout: 15_000 }).toBe(false);
    const mailto = await drawer.getByRole('link', { name: /用邮件发送/ }).getAttribute('href');
    expect(mailto).toMatch(/^mailto:\?subject=/);
    const text = await drawer.getByLabel('邮件正文（附上申请函 PDF）').inputValue();
    expect(text).toContain(reference);
    expect(text).toContain('2 辆');
    expect(text).toMatch(/恳请贵司于 \d{4}-\d{2}-\d{2} 前/);
    expect(text).toContain('Dear after-sales team');
    expect(await drawer.getByRole('button', { name: '复制邮件正文' }).isVisible()).toBe(true);

    // The reply: stamped scan, both vehicles covered, one outlet.
    await drawer.locator('input[type="file"]').setInputFiles(scanFile);
    await pollVisible(drawer.getByText('byd-stamped-confirmation.png'));
    expect(await drawer.getByRole('checkbox', { name: new RegExp(vins.byd1) }).isChecked()).toBe(true);
    expect(await drawer.getByRole('checkbox', { name: new RegExp(vins.byd2) }).isChecked()).toBe(true);
    // The scan is read (OCR, in the core) and both VINs found in it, so saving asks nothing more.
    await expect.poll(() => drawer.getByText('在回函中找到').count(), { timeout: 45_000 }).toBe(2);
    await drawer.getByRole('button', { name: '添加网点' }).click();
    await drawer.getByLabel('网点名称 1').fill('BYD Almaty Service Centre');
    await drawer.getByLabel('地址 1').fill('Almaty, Al-Farabi Ave 77');
    await drawer.getByLabel('联系方式 1').fill('+7 727 000 0000');
    await drawer.evaluate((node) => node.querySelector('.ant-drawer-body')?.scrollTo(0, 10_000));
    await shot('confirmations-reply');
    await drawer.getByRole('button', { name: '保存回复' }).click();
    await pollVisible(drawer.locator('.ant-tag', { hasText: '已确认' }));
    expect(await drawer.getByRole('img', { name: '已确认' }).count()).toBe(2);
    await drawer.evaluate((node) => node.querySelector('.ant-drawer-body')?.scrollTo(0, 0));
    await shot('confirmations-drawer-confirmed');
    await page.keyboard.press('Escape');
  }, 120_000);

  it('lists overdue requests when the board loads', async () => {
    const svw = await callApi<Array<{ id: number; manufacturer: string }>>(app, 'requests.list', {});
    if (!svw.ok) throw new Error('requests.list failed');
    const request = svw.value.find((r) => r.manufacturer === SVW)!;
    expect((await callApi(app, 'requests.send', { id: request.id, channel: 'post', sentOn: addDays(today, -40) })).ok).toBe(true);
    await page.getByRole('menuitem', { name: '厂商' }).click();
    await page.getByRole('menuitem', { name: '确认函' }).click();
    await pollVisible(page.getByText('1 份确认函申请已超过回复期限', { exact: false }));
    expect(await page.getByText(new RegExp(`#${request.id} ${SVW}（批次 ${reference}）`)).isVisible()).toBe(true);
    await shot('confirmations-overdue');
  });

  it('shows the confirmed vehicles as ready: re-adding them needs no override', async () => {
    await page.getByRole('menuitem', { name: '批次' }).click();
    await page.getByRole('button', { name: `打开批次 ${reference}` }).click();
    await pollVisible(page.getByText('批次车辆（3 辆）'));
    for (const vin of [vins.byd1, vins.byd2]) await pollVisible(page.getByRole('row', { name: new RegExp(vin) }).locator('.ant-tag', { hasText: '可申报' }));
    expect(await page.getByRole('row', { name: new RegExp(vins.svw) }).locator('.ant-tag', { hasText: '未满足' }).isVisible()).toBe(true);

    for (const vin of [vins.byd1, vins.byd2]) await page.getByRole('checkbox', { name: vin }).check();
    await page.getByRole('button', { name: '移除所选（2）' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: button('确定') }).click();
    await pollVisible(page.getByText('批次车辆（1 辆）'));

    await page.getByRole('button', { name: '添加车辆' }).click();
    const add = dialog('添加车辆到批次');
    await pollVisible(add.getByText(vins.byd1));
    for (const vin of [vins.byd1, vins.byd2]) await add.getByRole('checkbox', { name: vin }).check();
    await add.getByRole('button', { name: '加入批次（2）' }).click();
    await expect.poll(() => add.isVisible()).toBe(false);
    await pollVisible(page.getByText('批次车辆（3 辆）'));
    for (const vin of [vins.byd1, vins.byd2]) expect(await page.getByRole('row', { name: new RegExp(vin) }).locator('.ant-tag', { hasText: '强制加入' }).count()).toBe(0);
    expect(await page.locator('.ant-tag', { hasText: '强制加入' }).count()).toBe(1);
  });

  it('generates the appendix and the packet, and keeps them in the history', async () => {
    for (const [label, file] of [
      ['生成申请附件', `出口许可证申请附件-${reference}.pdf`],
      ['生成申报材料包', `申请材料-${reference}.pdf`],
    ] as const) {
      await page.getByRole('button', { name: label }).click();
      const preview = dialog('文件预览');
      await pollVisible(preview.getByText(file));
      await preview.locator('.ant-modal-close').click();
      await expect.poll(() => preview.isVisible(), { timeout: 15_000 }).toBe(false);
    }
    const history = page.locator('.ant-card').filter({ hasText: '申报文件' });
    await pollVisible(history.getByRole('row', { name: /申报材料包/ }));
    expect(await history.getByRole('row', { name: /申请附件/ }).count()).toBeGreaterThanOrEqual(1);
    expect(await history.getByText('已被取代', { exact: false }).count()).toBeGreaterThanOrEqual(1);
    // Newest first: the packet was made last.
    expect(await history.locator('tbody tr').first().textContent()).toContain('申报材料包');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(screenshots, 'batch-page.png'), fullPage: true });

    // An old document opens again from the history.
    await history.getByRole('button', { name: `打开 出口许可证申请附件-${reference}.pdf` }).first().click();
    const preview = dialog('文件预览');
    await pollVisible(preview.getByText(`出口许可证申请附件-${reference}.pdf`));
    await preview.locator('.ant-modal-close').click();

    await page.getByRole('button', { name: '标为已提交' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: button('确定') }).click();
    await pollVisible(page.locator('.ant-tag', { hasText: '已提交' }).first());
    await page.getByRole('button', { name: '标为已获许可证' }).click();
    const licence = dialog('填写出口许可证号');
    await licence.getByLabel('许可证号').fill('26-XK-000123');
    await licence.getByRole('button', { name: '标为已获许可证' }).click();
    await pollVisible(page.getByText('26-XK-000123'));
  });

  it('shows each manufacturer with its reply time and outlets per country', async () => {
    await page.getByRole('menuitem', { name: '厂商' }).click();
    await pollVisible(page.getByRole('row', { name: new RegExp(BYD) }));
    await shot('manufacturers');
    await page.getByRole('button', { name: `查看 ${BYD}` }).click();
    const drawer = page.getByRole('dialog').filter({ hasText: '已知售后服务网点' });
    await pollVisible(drawer.getByText('BYD Almaty Service Centre'));
    expect(await drawer.getByText('哈萨克斯坦').first().isVisible()).toBe(true);
    expect(await drawer.getByText('0 天').isVisible()).toBe(true);
    await shot('manufacturers-drawer');
    await page.keyboard.press('Escape');
  });

  it('works in English too', async () => {
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'Confirmations' }).click();
    await pollVisible(page.getByRole('heading', { name: 'Manufacturer confirmations' }));
    await pollVisible(page.getByText('past their reply date', { exact: false }));
    await shot('confirmations-en');
    await page.getByRole('menuitem', { name: 'Batches' }).click();
    await pollVisible(page.getByRole('heading', { name: 'Application batches' }));
    await shot('batches-en');
    await page.getByText('简体中文', { exact: true }).click();
  });
});
