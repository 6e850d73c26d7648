import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, launchChromium, skipFirstRunWizard, startBrowserMode, type RunningBrowserMode } from '../support/browser-mode';
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
  await skipFirstRunWizard(page);
  fs.mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

/** The open drawer (Add form, or a vehicle). */
const drawer = () => page.getByRole('dialog');
/** A row of the inventory table by the VIN it shows. */
const rowOf = (vin: string) => page.getByRole('row', { name: new RegExp(vin) });
/** The VIN shown in the n-th row of the table. */
const vinInRow = (index: number) => page.locator(`.inventory-row[data-index="${index}"] .inventory-mono`).textContent();
/** The count beside the title ("共 N 辆"). */
const countText = () => page.locator('.inventory-screen h3 + span').textContent();
/** The form item (label, control and its messages) of a labelled field in the open drawer. */
const formItem = (label: string) => drawer().locator('.ant-form-item').filter({ has: page.locator('label', { hasText: label }) });

/**
 * Choose an option of an antd Select opened from `control`, then close its list if it stays open (a
 * multiple select): a single select closes by itself, and Escape would then close the drawer.
 */
async function choose(control: Locator, option: string): Promise<void> {
  await control.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
  if ((await control.getAttribute('aria-expanded')) === 'true') await control.press('Escape');
}

/** A toolbar filter (antd multi-select) by its label; column headers carry the same words. */
const filter = (label: string) => page.getByRole('combobox', { name: label, exact: true });
const searchBox = () => page.getByRole('searchbox', { name: /搜索 VIN|Search VIN/ });
/** antd puts a space between two Chinese characters on plain buttons ("删 除"); icons add their own name before. */
const button = (text: string) => new RegExp(`${[...text].join('\\s*')}$`);

/** Type a date into an antd DatePicker and confirm it with Enter (which must not submit the form). */
async function typeDate(control: Locator, date: string): Promise<void> {
  await control.click();
  await control.fill(date);
  await control.press('Enter');
}

async function pollVisible(locator: Locator): Promise<void> {
  await expect.poll(() => locator.isVisible()).toBe(true);
}

/** Let the notices of earlier steps fade before a screenshot. */
async function noNotices(): Promise<void> {
  await page.locator('.ant-message-notice').last().waitFor({ state: 'detached', timeout: 15_000 });
}

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

  it('offers the single plausible VIN correction as one click', async () => {
    await drawer().getByLabel('车辆识别代号 (VIN)').fill('lsvau218xn2i83294');
    await pollVisible(formItem('车辆识别代号 (VIN)').getByText('是否应为 LSVAU218XN2183294？'));
    await drawer().getByRole('button', { name: '改为 LSVAU218XN2183294' }).click();
    expect(await drawer().getByLabel('车辆识别代号 (VIN)').inputValue()).toBe('LSVAU218XN2183294');
    await expect.poll(() => formItem('车辆识别代号 (VIN)').locator('.ant-form-item-explain-error').count()).toBe(0);
    await drawer().getByLabel('车辆识别代号 (VIN)').fill('');
  });

  it('adds a vehicle through the form and shows it in the list', async () => {
    const vin = testVin(31);
    await drawer().getByLabel('车辆识别代号 (VIN)').fill(vin);
    await drawer().getByLabel('车辆品牌').fill('比亚迪');
    await drawer().getByLabel('车辆型号').fill('BYD7005BEV');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    const row = rowOf(vin);
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await row.textContent()).toContain('比亚迪');
    expect(await page.getByText('共 1 辆').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(screenshots, 'inventory-zh-CN.png') });
  });

  it('refuses the same VIN again with the message beside the field', async () => {
    await page.getByRole('button', { name: '添加车辆' }).click();
    await drawer().getByLabel('车辆识别代号 (VIN)').fill(testVin(31));
    await drawer().getByLabel('车辆品牌').fill('比亚迪');
    await drawer().getByLabel('车辆型号').fill('BYD7005BEV');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => formItem('车辆识别代号 (VIN)').getByText('已在库存中，不能重复录入').isVisible()).toBe(true);
    await page.getByRole('button', { name: /取\s*消/ }).click();
    await expect.poll(() => drawer().count()).toBe(0);
    expect(await rowOf(testVin(31)).count()).toBe(1);
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
    await page.getByText('简体中文', { exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: '待出口车辆' }).isVisible()).toBe(true);
  });

  const full = {
    vin: testVin(32),
    text: [
      ['车辆品牌', '丰田'],
      ['车辆型号', 'TV7250'],
      ['车辆类型', '小型轿车'],
      ['车身颜色', '白'],
      ['发动机号', 'A25A123456'],
      ['燃料种类', '汽油'],
      ['制造厂名称', '一汽丰田汽车有限公司'],
      ['登记证书编号', '440001234567'],
      ['号牌号码', '粤B12345'],
      ['出口国家', '哈萨克斯坦'],
      ['买方', 'Astana Motors LLP'],
      ['合同号', 'HT-2024-001'],
      ['采购价格', '125000.5'],
      ['行驶里程（公里）', '45000'],
      ['备注', '左前门轻微划痕'],
    ],
    dates: [
      ['出厂日期', '2021-05-10'],
      ['注册登记日期', '2021-06-01'],
      ['待出口转移登记日期', '2024-03-15'],
    ],
    modified: [
      ['底盘品牌', '丰田'],
      ['改装车品牌', '宇通'],
      ['CCC 证书编号', '2021011101234567'],
      ['工信部公告批次', '第 350 批'],
    ],
  } as const;

  it('adds a vehicle with every field through the form', async () => {
    await page.getByRole('button', { name: '添加车辆' }).click();
    await drawer().getByLabel('车辆识别代号 (VIN)').fill(full.vin);
    for (const [label, value] of full.text) {
      await drawer().getByLabel(label).fill(value);
      await drawer().getByLabel(label).press('Tab');
    }
    for (const [label, date] of full.dates) await typeDate(drawer().getByLabel(label), date);
    await choose(drawer().getByLabel('币种'), 'USD');
    await choose(drawer().getByLabel('状态'), '可申报');
    await drawer().getByRole('switch', { name: '改装车' }).click();
    for (const [label, value] of full.modified) await drawer().getByLabel(label).fill(value);
    expect(await drawer().locator('.ant-form-item-explain-error').count()).toBe(0);
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await pollVisible(page.getByText(`已添加车辆 ${full.vin}`));
    await expect.poll(() => drawer().count()).toBe(0);

    await searchBox().fill(full.vin);
    await expect.poll(countText).toBe('共 1 辆');
    await rowOf(full.vin).click();
    await pollVisible(drawer().getByText('登记证书信息'));
    const details = await drawer().textContent();
    for (const [, value] of [...full.text.filter(([label]) => label !== '采购价格' && label !== '行驶里程（公里）'), ...full.dates, ...full.modified]) {
      expect(details).toContain(value);
    }
    expect(details).toContain('125,000.50 USD');
    expect(details).toContain('45,000');
    expect(await drawer().getByText('可申报').first().isVisible()).toBe(true);
    await noNotices();
    await page.screenshot({ path: path.join(screenshots, 'vehicle-details-zh-CN.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer().count()).toBe(0);
    await searchBox().fill('');
  });

  // Seeded through the HTTP API: 24 vehicles of three brands, statuses and destinations.
  const brands = [
    { brand: '大众汽车', model: 'SVW7141', manufacturer: '上汽大众汽车有限公司' },
    { brand: '吉利', model: 'MR7153', manufacturer: '浙江吉利控股集团有限公司' },
    { brand: '长安', model: 'SC7164', manufacturer: '重庆长安汽车股份有限公司' },
  ];
  const statuses = ['in-stock', 'ready', 'exported'] as const;
  const seeded = Array.from({ length: 24 }, (_, n) => {
    const { brand, model, manufacturer } = brands[n % 3]!;
    const status = statuses[Math.floor(n / 3) % 3]!;
    const complete = status !== 'in-stock';
    return {
      vin: testVin(n + 1, 'LFV3A2185P'),
      brand,
      model,
      status,
      plate: `京A${String(n).padStart(5, '0')}`,
      ...(complete
        ? { manufacturer, registrationDate: '2022-01-15', transferDate: '2024-06-01', destinationCountry: n % 2 === 0 ? '俄罗斯' : '阿联酋' }
        : {}),
    };
  });
  const allVins = () => [testVin(31), full.vin, ...seeded.map(({ vin }) => vin)];

  it('lists vehicles added elsewhere (HTTP API) after a reload', async () => {
    for (const vehicle of seeded) expect((await callApi(app, 'vehicles.add', vehicle)).ok).toBe(true);
    await page.reload();
    await expect.poll(countText).toBe(`共 ${seeded.length + 2} 辆`);
    await page.screenshot({ path: path.join(screenshots, 'inventory-table-zh-CN.png') });
  });

  const headers = () => page.locator('.ant-table-thead th').allInnerTexts();
  const sideways = () => page.locator('.ant-table-tbody-virtual-holder, .ant-table-body').first().evaluate((body) => body.scrollWidth - body.clientWidth);
  const widthCases = [
    { width: 1366, shows: ['VIN', '注册登记日期', '转移登记日期', '180 天规则', '状态'], hides: ['修改时间'] },
    { width: 1920, shows: ['VIN', '转移登记日期', '出口国家', '号牌号码', '修改时间', '状态'], hides: [] },
  ];
  it.each(widthCases)('fits the table in $width px without sideways scrolling, keeping the certificate dates', async ({ width, shows, hides }) => {
    await page.setViewportSize({ width, height: 768 });
    try {
      await expect.poll(async () => { const shown = await headers(); return shows.every((title) => shown.some((text) => text.includes(title))); }).toBe(true);
      const shown = await headers();
      for (const title of hides) expect(shown.some((text) => text.includes(title))).toBe(false);
      await expect.poll(sideways).toBeLessThanOrEqual(1);
    } finally {
      await page.setViewportSize({ width: 1366, height: 768 });
    }
  });

  const count = (predicate: (vehicle: (typeof seeded)[number]) => boolean) => seeded.filter(predicate).length;
  const filterCases: Array<{ name: string; apply: () => Promise<void>; expected: number }> = [
    { name: 'status 已出口', apply: () => choose(filter('状态'), '已出口'), expected: count((v) => v.status === 'exported') },
    {
      name: 'status 已出口 + 可申报',
      apply: async () => {
        await choose(filter('状态'), '已出口');
        await choose(filter('状态'), '可申报');
      },
      expected: count((v) => v.status !== 'in-stock') + 1,
    },
    { name: 'manufacturer 浙江吉利', apply: () => choose(filter('制造厂'), '浙江吉利控股集团有限公司'), expected: count((v) => v.brand === '吉利' && v.status !== 'in-stock') },
    { name: 'destination 阿联酋', apply: () => choose(filter('出口国家'), '阿联酋'), expected: count((v) => v.destinationCountry === '阿联酋') },
    { name: 'search by brand', apply: () => searchBox().fill('吉利'), expected: count((v) => v.brand === '吉利') },
    { name: 'search by VIN fragment', apply: () => searchBox().fill(seeded[4]!.vin.slice(-6)), expected: 1 },
    { name: 'search by plate', apply: () => searchBox().fill('京A0001'), expected: 10 },
  ];

  it.each(filterCases)('filters by $name', async ({ apply, expected }) => {
    await apply();
    await expect.poll(countText).toBe(`共 ${expected} 辆`);
    const shown = Math.min(expected, 5);
    await expect.poll(() => page.locator('.inventory-row .inventory-mono').count()).toBeGreaterThanOrEqual(shown);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(countText).toBe(`共 ${seeded.length + 2} 辆`);
  });

  it('says when filters match nothing, and clears them from there', async () => {
    await searchBox().fill('ZZZZZZ');
    await pollVisible(page.getByText('没有符合筛选条件的车辆。'));
    await page.screenshot({ path: path.join(screenshots, 'inventory-empty-filtered-zh-CN.png') });
    await page.locator('.ant-empty').getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(countText).toBe(`共 ${seeded.length + 2} 辆`);
    expect(await searchBox().inputValue()).toBe('');
  });

  it('focuses the search box with /, but not while typing', async () => {
    await page.locator('.inventory-screen h3').click();
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toContain('搜索 VIN');
    await page.keyboard.type('/');
    expect(await searchBox().inputValue()).toBe('/');
    await searchBox().fill('');
    await expect.poll(countText).toBe(`共 ${seeded.length + 2} 辆`);
  });

  const sortCases = [
    { column: 'VIN', order: 'ascending', first: () => [...allVins()].sort()[0] },
    { column: 'VIN', order: 'descending', first: () => [...allVins()].sort().at(-1) },
    { column: '车辆品牌', order: 'ascending', first: () => full.vin },
    { column: '车辆品牌', order: 'descending', first: () => seeded.at(-1)!.vin },
  ];

  it.each(sortCases)('sorts by $column, $order, on the server', async ({ column, order, first }) => {
    const header = page.getByRole('columnheader', { name: column, exact: true });
    for (let clicks = 0; clicks < 3 && (await header.getAttribute('aria-sort')) !== order; clicks += 1) await header.click();
    expect(await header.getAttribute('aria-sort')).toBe(order);
    await expect.poll(() => vinInRow(0)).toBe(first());
  });

  it('returns to newest first when a sorted column is clicked once more', async () => {
    const header = page.getByRole('columnheader', { name: '车辆品牌', exact: true });
    for (let clicks = 0; clicks < 3 && (await header.getAttribute('aria-sort')) !== null; clicks += 1) await header.click();
    expect(await header.getAttribute('aria-sort')).toBeNull();
    await expect.poll(() => vinInRow(0)).toBe(seeded.at(-1)!.vin);
  });

  it('opens a vehicle with the keyboard (focus a row, ↓, Enter) and shows its history', async () => {
    const secondVin = await vinInRow(1);
    await page.locator('.inventory-row[data-index="0"]').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe('1');
    await page.keyboard.press('Enter');
    await pollVisible(drawer().getByText(secondVin!, { exact: true }).first());
    await drawer().getByRole('tab', { name: '修改记录' }).click();
    const history = drawer().getByRole('table');
    await pollVisible(history.getByText('创建').first());
    // The creation shows what the vehicle was created with, under the field labels.
    expect(await history.textContent()).toContain(`车辆识别代号 (VIN) ${secondVin}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer().count()).toBe(0);
  });

  it('edits a field into an error, shows the message beside it, then saves the corrected value', async () => {
    await searchBox().fill(full.vin);
    await expect.poll(countText).toBe('共 1 辆');
    await rowOf(full.vin).click();
    await drawer().getByRole('button', { name: '编辑' }).click();
    const transfer = formItem('待出口转移登记日期');
    await typeDate(transfer.getByRole('textbox'), '2020-01-01');
    await pollVisible(transfer.getByText('待出口转移登记日期 2020-01-01 早于注册登记日期 2021-06-01'));
    await transfer.getByRole('textbox').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshots, 'vehicle-form-error-zh-CN.png') });
    await page.getByRole('button', { name: /保\s*存/ }).click();
    expect(await page.getByText(`已保存 ${full.vin}`).count()).toBe(0);

    await typeDate(transfer.getByRole('textbox'), '2024-04-01');
    await expect.poll(() => transfer.locator('.ant-form-item-explain-error').count()).toBe(0);
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await pollVisible(page.getByText(`已保存 ${full.vin}`));

    await drawer().getByRole('tab', { name: '修改记录' }).click();
    const newest = drawer().getByRole('table').locator('tbody tr').first();
    await expect.poll(() => newest.textContent()).toContain('2024-03-15 → 2024-04-01');
    expect(await newest.textContent()).toContain('待出口转移登记日期');
    expect(await newest.textContent()).toContain('修改');
    // Only the changed field changed: currency and the modified flag were kept.
    const saved = await callApi<{ currency: string; isModified: boolean; transferDate: string }>(app, 'vehicles.get', { vin: full.vin });
    expect(saved.ok && { currency: saved.value.currency, isModified: saved.value.isModified, transferDate: saved.value.transferDate }).toEqual({
      currency: 'USD',
      isModified: true,
      transferDate: '2024-04-01',
    });
    await noNotices();
    await page.screenshot({ path: path.join(screenshots, 'vehicle-history-zh-CN.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer().count()).toBe(0);
    await searchBox().fill('');
    await expect.poll(countText).toBe(`共 ${seeded.length + 2} 辆`);
  });

  it('changes the status of selected vehicles, naming each one the core refused and why', async () => {
    // Newest first: both are among the rows on screen.
    const incomplete = seeded[20]!;
    const complete = seeded[17]!;
    expect([incomplete.status, complete.status]).toEqual(['in-stock', 'exported']);
    for (const { vin } of [incomplete, complete]) await rowOf(vin).getByRole('checkbox').check();
    await pollVisible(page.getByText('已选 2 辆'));
    await page.getByRole('button', { name: '修改状态' }).click();
    await page.getByRole('menuitem', { name: '申报中' }).click();
    const report = page.locator('.ant-modal');
    await expect.poll(() => report.locator('.ant-modal-confirm-title').textContent()).toBe('1 辆车未能改为“申报中”');
    expect(await report.textContent()).toContain(incomplete.vin);
    expect(await report.textContent()).toContain('注册登记日期：状态为“申报中”时必须填写');
    expect(await report.textContent()).not.toContain(complete.vin);
    await report.getByRole('button', { name: button('关闭') }).click();
    await expect.poll(() => rowOf(complete.vin).textContent()).toContain('申报中');
    // The refused vehicle stays selected, so the clerk can see which one is left.
    await pollVisible(page.getByText('已选 1 辆'));
    await page.getByRole('button', { name: '取消选择' }).click();
  });

  it('deletes a vehicle from its drawer and undoes it from the notice', async () => {
    const vin = seeded[22]!.vin;
    await rowOf(vin).click();
    await drawer().getByRole('button', { name: button('删除') }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: button('删除') }).click();
    await pollVisible(page.getByText(`已删除 ${vin}`));
    await expect.poll(countText).toBe(`共 ${seeded.length + 1} 辆`);
    await expect.poll(() => drawer().count()).toBe(0);
    await expect.poll(() => rowOf(vin).count()).toBe(0);
    await page.locator('.ant-message').getByRole('button', { name: '撤销' }).click();
    await pollVisible(page.getByText(`已恢复 ${vin}`));
    await expect.poll(countText).toBe(`共 ${seeded.length + 2} 辆`);
    await pollVisible(rowOf(vin));
  });

  it('deletes selected vehicles in one go and undoes them all', async () => {
    const vins = [seeded[21]!.vin, seeded[19]!.vin];
    for (const vin of vins) await rowOf(vin).getByRole('checkbox').check();
    await pollVisible(page.getByText('已选 2 辆'));
    await page.locator('.inventory-selection').getByRole('button', { name: button('删除') }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: button('删除') }).click();
    await pollVisible(page.getByText('已删除 2 辆车'));
    await expect.poll(countText).toBe(`共 ${seeded.length} 辆`);
    await page.locator('.ant-message').getByRole('button', { name: '撤销' }).click();
    await pollVisible(page.getByText('已恢复 2 辆车'));
    await expect.poll(countText).toBe(`共 ${seeded.length + 2} 辆`);
    for (const vin of vins) await pollVisible(rowOf(vin));
  });

  it('shows the table, the vehicle and the form in English', async () => {
    await page.getByText('English', { exact: true }).click();
    await expect.poll(countText).toBe(`${seeded.length + 2} vehicles`);
    // At 1366 px the optional columns (destination, plate, changed) make room; the 1920 px case shows them.
    for (const header of ['Brand', 'Model', 'Manufacturer', 'Registered', 'Transfer date', 'Status']) {
      expect(await page.getByRole('columnheader', { name: header, exact: true }).count()).toBe(1);
    }
    expect(await page.getByPlaceholder('Search VIN, brand, model or plate (press /)').isVisible()).toBe(true);
    await noNotices();
    await page.screenshot({ path: path.join(screenshots, 'inventory-table-en.png') });
    await searchBox().fill(full.vin);
    await expect.poll(countText).toBe('1 vehicles');
    await rowOf(full.vin).click();
    await pollVisible(drawer().getByText('Registration certificate'));
    expect(await drawer().textContent()).toContain('Modified vehicle');
    await drawer().getByRole('tab', { name: 'History' }).click();
    await pollVisible(drawer().getByRole('table').getByText('Changed').first());
    await page.screenshot({ path: path.join(screenshots, 'vehicle-history-en.png') });
    await drawer().getByRole('tab', { name: 'Vehicle details' }).click();
    await drawer().getByRole('button', { name: 'Edit' }).click();
    await pollVisible(drawer().getByLabel('Transfer date (awaiting export)'));
    await drawer().getByRole('switch', { name: 'Modified vehicle' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshots, 'vehicle-form-en.png') });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer().count()).toBe(0);
    await searchBox().fill('');
    await page.getByText('简体中文', { exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: '待出口车辆' }).isVisible()).toBe(true);
  });

  it('keeps the data in the SQLite file after browser mode restarts', async () => {
    const databasePath = path.join(folder, 'inventory.sqlite');
    await app.stop();
    app = await startBrowserMode(databasePath);
    await page.goto(app.url);
    // The first vehicle is the oldest: the last row. End on a focused row goes there.
    await page.locator('.inventory-row[data-index="0"]').focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.getByRole('row', { name: new RegExp(testVin(31)) }).isVisible()).toBe(true);
  });
});
