import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { addDays } from '../../shared/domain/calendar-date';
import { closeApp, openApp, type RunningBrowserMode } from '../support/browser-mode';
import { testVin } from '../support/vins';

/**
 * The manufacturer directory in browser mode: a clerk fills in a manufacturer's contacts (the core's
 * checks shown on the fields), adds a known outlet, finds both after a reload, and the confirmation
 * request's send form, email and reply form are pre-filled from them.
 */
const screenshots = path.resolve(__dirname, '..', '..', 'test-results', 'screens');
const SVW = '上汽大众汽车有限公司';
const BYD = '比亚迪汽车工业有限公司';

let app: RunningBrowserMode;
let browser: Browser;
let page: Page;
let folder: string;

const dialog = (title: string) => page.getByRole('dialog').filter({ hasText: title });
/** antd puts a space between two Chinese characters on buttons ("保 存"). */
const button = (text: string) => new RegExp(`^\\s*${[...text].join('\\s*')}\\s*$`);

async function pollVisible(locator: Locator): Promise<void> {
  await expect.poll(() => locator.isVisible(), { timeout: 15_000 }).toBe(true);
}

async function shot(name: string): Promise<void> {
  await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(screenshots, `${name}.png`) });
}

/** Close a drawer with its close button and wait until it has gone. */
async function closeDrawer(drawer: Locator): Promise<void> {
  await drawer.locator('.ant-drawer-close').click();
  await expect.poll(() => drawer.isVisible(), { timeout: 15_000 }).toBe(false);
}

async function openManufacturer(name: string): Promise<Locator> {
  await page.getByRole('menuitem', { name: '厂商' }).click();
  await page.getByRole('button', { name: `查看 ${name}` }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '已知售后服务网点' });
  await pollVisible(drawer);
  return drawer;
}

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-e2e-'));
  const db = path.join(folder, 'inventory.sqlite');
  const core = openCore({ databasePath: db, door: 'cli' });
  try {
    const info = await core.call('system.info', {});
    if (!info.ok) throw new Error('system.info failed');
    const registered = addDays(info.value.today, -100);
    const settings = await core.call('settings.update', { 'enterprise.name': '上海示例二手车出口有限公司' });
    if (!settings.ok) throw new Error(JSON.stringify(settings.error));
    const ids: number[] = [];
    for (const [n, manufacturer] of [[201, SVW], [202, BYD]] as const) {
      const added = await core.call('vehicles.add', { vin: testVin(n), brand: 'B', model: 'M', manufacturer, registrationDate: registered, transferDate: addDays(registered, 10), destinationCountry: '哈萨克斯坦' });
      if (!added.ok) throw new Error(JSON.stringify(added.error));
      ids.push(added.value.id);
    }
    // A draft request to the first manufacturer, to see its send form pre-filled.
    const created = await core.call('requests.create', { vehicleIds: [ids[0]!] });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
  } finally {
    core.close();
  }
  fs.mkdirSync(screenshots, { recursive: true });
  ({ app, browser, page } = await openApp(db));
}, 60_000);

afterAll(() => closeApp({ app, browser }, folder));

describe('the manufacturer directory in browser mode', () => {
  it('edits a manufacturer’s contacts, with the core’s messages on the fields and the name fixed', async () => {
    await page.getByRole('menuitem', { name: '厂商' }).click();
    await pollVisible(page.getByRole('row', { name: new RegExp(SVW) }));
    await page.getByRole('button', { name: `编辑 ${SVW} 的联系信息` }).click();
    const edit = dialog('编辑厂商联系信息');
    await pollVisible(edit);
    expect(await edit.getByLabel('制造厂名称').inputValue()).toBe(SVW);
    expect(await edit.getByLabel('制造厂名称').getAttribute('readonly')).not.toBeNull();
    expect(await edit.getByText('不能修改', { exact: false }).first().isVisible()).toBe(true);

    // A malformed email is refused beside the field, in the contract's words.
    await edit.getByLabel('邮箱').fill('service-at-svw');
    await edit.getByRole('button', { name: button('保存') }).click();
    await pollVisible(edit.getByText('邮箱格式不正确，例如 service@example.com'));

    // An alias that is another manufacturer: only the core knows, and says so on the aliases field.
    await edit.getByLabel('邮箱').fill('aftersales@svw.example.cn');
    await edit.getByLabel('别名').fill(BYD);
    await edit.getByLabel('别名').press('Enter');
    await edit.getByRole('button', { name: button('保存') }).click();
    await pollVisible(edit.getByText(`“${BYD}”已是另一家厂商`, { exact: false }));
    await shot('manufacturers-edit-errors');

    await edit.getByLabel('别名').press('Backspace');
    await edit.getByLabel('别名').fill('上海大众');
    await edit.getByLabel('别名').press('Enter');
    await edit.getByLabel('售后部门').fill('海外售后服务部');
    await edit.getByLabel('联系人').fill('张经理');
    await edit.getByLabel('电话').fill('021-69580000');
    await edit.getByLabel('地址').fill('上海市嘉定区安亭镇于田路 123 号');
    await edit.getByRole('button', { name: button('保存') }).click();
    await expect.poll(() => edit.isVisible(), { timeout: 15_000 }).toBe(false);
    await pollVisible(page.getByRole('row', { name: new RegExp(SVW) }).getByText('张经理 · aftersales@svw.example.cn · 021-69580000'));
    await shot('manufacturers');
  });

  it('adds a known outlet by country, and keeps contacts and outlet after a reload', async () => {
    const drawer = await openManufacturer(SVW);
    await pollVisible(drawer.getByText('暂无网点', { exact: false }));
    await drawer.getByLabel('国家').fill('哈萨克斯坦');
    await drawer.getByLabel('网点名称').fill('SVW Almaty Service');
    await drawer.getByLabel('地址', { exact: true }).fill('Almaty, Abay Ave 10');
    await drawer.getByLabel('联系方式').fill('+7 727 111 2222');
    await drawer.getByRole('button', { name: '添加网点' }).click();
    const section = drawer.getByRole('region', { name: '哈萨克斯坦' });
    await pollVisible(section.getByRole('row', { name: /SVW Almaty Service/ }));
    expect(await section.getByText('手工添加').isVisible()).toBe(true);
    await shot('manufacturers-drawer');

    await page.reload();
    const again = await openManufacturer(SVW);
    await pollVisible(again.getByRole('region', { name: '哈萨克斯坦' }).getByRole('row', { name: /SVW Almaty Service.*Almaty, Abay Ave 10/ }));
    for (const text of ['张经理', 'aftersales@svw.example.cn', '海外售后服务部', '上海大众']) expect(await again.getByText(text, { exact: true }).isVisible()).toBe(true);

    // Edited from the drawer too: the form opens above it.
    await again.getByRole('button', { name: `编辑 ${SVW} 的联系信息` }).click();
    const edit = dialog('编辑厂商联系信息');
    await pollVisible(edit);
    await edit.getByLabel('电话').fill('021-69581111');
    await edit.getByRole('button', { name: button('保存') }).click();
    await expect.poll(() => edit.isVisible(), { timeout: 15_000 }).toBe(false);
    await pollVisible(again.getByText('021-69581111', { exact: true }));
    await closeDrawer(again);
  });

  it('pre-fills the send form, the email and the reply’s outlets from the directory', async () => {
    await page.getByRole('menuitem', { name: '确认函' }).click();
    await page.getByRole('row', { name: new RegExp(SVW) }).getByRole('button', { name: /^打开申请 #\d+$/ }).click();
    const drawer = page.getByRole('dialog').filter({ hasText: `· ${SVW}` });
    await pollVisible(drawer.getByText('记录发出'));
    await expect.poll(() => drawer.getByLabel('联系人 / 邮箱').inputValue()).toBe('张经理 <aftersales@svw.example.cn>');

    await drawer.getByRole('button', { name: '重新生成申请函' }).click();
    const preview = dialog('文件预览');
    await pollVisible(preview);
    await preview.locator('.ant-modal-close').click();
    await expect.poll(() => preview.isVisible(), { timeout: 15_000 }).toBe(false);
    expect(await drawer.getByRole('link', { name: /用邮件发送/ }).getAttribute('href')).toMatch(/^mailto:aftersales%40svw\.example\.cn\?subject=/);
    const text = await drawer.getByLabel('邮件正文（附上申请函 PDF）').inputValue();
    expect(text).toContain(`${SVW} 海外售后服务部 张经理：`);
    expect(text).toContain('Dear 张经理 (海外售后服务部, ');

    await drawer.getByRole('button', { name: '标为已发出' }).click();
    await pollVisible(drawer.getByText('记录厂商回复'));
    expect(await drawer.getByText('张经理 <aftersales@svw.example.cn>').isVisible()).toBe(true);
    await drawer.getByRole('button', { name: '添加网点' }).click();
    // Typed, then picked with the keyboard from the known outlets.
    await drawer.getByLabel('网点名称 1').fill('Almaty');
    await pollVisible(page.locator('.ant-select-item-option', { hasText: 'SVW Almaty Service（哈萨克斯坦）' }));
    await drawer.getByLabel('网点名称 1').press('ArrowDown');
    await drawer.getByLabel('网点名称 1').press('Enter');
    await expect.poll(() => drawer.getByLabel('地址 1').inputValue()).toBe('Almaty, Abay Ave 10');
    expect(await drawer.getByLabel('网点名称 1').inputValue()).toBe('SVW Almaty Service');
    expect(await drawer.getByLabel('联系方式 1').inputValue()).toBe('+7 727 111 2222');
    await drawer.evaluate((node) => node.querySelector('.ant-drawer-body')?.scrollTo(0, 10_000));
    await shot('confirmations-reply-known-outlet');
    await closeDrawer(drawer);
  });

  it('removes an outlet after asking, and says what the list is for when it is empty', async () => {
    const drawer = await openManufacturer(SVW);
    await drawer.getByRole('button', { name: '删除网点 SVW Almaty Service' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: button('删除') }).click();
    await pollVisible(drawer.getByText('暂无网点', { exact: false }));
    expect(await drawer.getByText('用于预填以后的确认表', { exact: false }).first().isVisible()).toBe(true);
    await closeDrawer(drawer);
  });
});
