import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { openCore, type Core } from '../../electron/core/core';
import { auditFor } from '../../electron/core/db/audit-repo';
import { silentLogger } from '../../electron/core/log';
import type { InputOf } from '../../shared/contract/operations';
import { pdfText } from '../support/pdf-tools';
import { useTempFolder } from '../support/temp-folder';
import { testVin } from '../support/vins';

const tempFolder = useTempFolder();
const SVW = '上汽大众汽车有限公司';
const BYD = '比亚迪汽车工业有限公司';
const START = Date.UTC(2026, 10, 29, 4);

/** A core on a real file whose clock the test moves on. */
function open(): { core: Core; db: string; tick(minutes: number): void } {
  let now = START;
  const db = path.join(tempFolder(), 'inventory.sqlite');
  const core = openCore({ databasePath: db, door: 'cli', log: silentLogger, timeZone: 'Asia/Shanghai', clock: { now: () => now } });
  return { core, db, tick: (minutes) => (now += minutes * 60_000) };
}

async function ok<T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** Vehicles of two manufacturers (needing a confirmation); returns the manufacturers' ids by name. */
async function seed(core: Core): Promise<Record<string, number>> {
  for (const [n, manufacturer] of [[1, SVW], [2, BYD]] as const) {
    await ok(core.call('vehicles.add', { vin: testVin(n), brand: 'B', model: 'M', manufacturer, registrationDate: '2026-09-01', transferDate: '2026-09-15', destinationCountry: '哈萨克斯坦' }));
  }
  const list = await ok(core.call('manufacturers.list', {}));
  return Object.fromEntries(list.map((m) => [m.name, m.id]));
}

describe('the manufacturer directory', () => {
  it('keeps a clerk’s contacts and aliases, bumps updatedAt and audits each changed field', async () => {
    const { core, tick } = open();
    const ids = await seed(core);
    const before = (await ok(core.call('manufacturers.list', {}))).find((m) => m.id === ids[SVW])!;
    tick(5);
    const changes = { contactPerson: '张经理', email: ' service@svw.example.cn ', phone: '021-6958 0000', address: '上海市嘉定区安亭镇于田路 123 号', afterSalesDepartment: '售后服务部', aliases: ['上汽大众', '上汽大众'] };
    const updated = await ok(core.call('manufacturers.update', { id: ids[SVW]!, changes }));
    expect(updated).toMatchObject({ name: SVW, contactPerson: '张经理', email: 'service@svw.example.cn', phone: '021-6958 0000', afterSalesDepartment: '售后服务部', aliases: ['上汽大众'], vehicleCount: 1 });
    expect(updated.updatedAt > before.updatedAt).toBe(true);
    expect(updated.createdAt).toBe(before.createdAt);

    const audit = auditFor(core.db, 'manufacturer', ids[SVW]!);
    expect(audit.map((a) => [a.field, a.oldValue, a.newValue])).toEqual([
      ['contactPerson', null, '张经理'],
      ['email', null, 'service@svw.example.cn'],
      ['phone', null, '021-6958 0000'],
      ['address', null, '上海市嘉定区安亭镇于田路 123 号'],
      ['afterSalesDepartment', null, '售后服务部'],
      ['aliases', null, '上汽大众'],
    ]);

    // The same values again change nothing; a blank clears one field and only that one.
    tick(5);
    expect((await ok(core.call('manufacturers.update', { id: ids[SVW]!, changes }))).updatedAt).toBe(updated.updatedAt);
    const cleared = await ok(core.call('manufacturers.update', { id: ids[SVW]!, changes: { phone: '  ' } }));
    expect(cleared).toMatchObject({ phone: null, contactPerson: '张经理', email: 'service@svw.example.cn' });
    expect(cleared.updatedAt > updated.updatedAt).toBe(true);
    expect(auditFor(core.db, 'manufacturer', ids[SVW]!).slice(6).map((a) => [a.field, a.oldValue, a.newValue])).toEqual([['phone', '021-6958 0000', null]]);
    // The other manufacturer is untouched.
    expect((await ok(core.call('manufacturers.list', {}))).find((m) => m.id === ids[BYD])).toMatchObject({ contactPerson: null, email: null, aliases: [] });
    core.close();
  });

  it('files a vehicle entered under an alias with its manufacturer', async () => {
    const { core } = open();
    const ids = await seed(core);
    await ok(core.call('manufacturers.update', { id: ids[SVW]!, changes: { aliases: ['上海大众汽车有限公司'] } }));
    const vehicle = await ok(core.call('vehicles.add', { vin: testVin(3), brand: 'B', model: 'M', manufacturer: '上海大众汽车有限公司' }));
    expect(vehicle.manufacturerId).toBe(ids[SVW]);
    expect((await ok(core.call('manufacturers.list', {}))).map((m) => m.name).sort()).toEqual([BYD, SVW].sort());
    core.close();
  });

  it.each<[string, (ids: Record<string, number>) => unknown, string, string, string]>([
    ['a malformed email', (ids) => ({ id: ids[SVW], changes: { email: 'service-at-svw' } }), 'INVALID_INPUT', 'changes.email', 'manufacturers.email.invalid'],
    ['a new name', (ids) => ({ id: ids[SVW], changes: { name: '大众' } }), 'INVALID_INPUT', 'changes.name', 'manufacturers.nameFixed'],
    ['a contact person too long', (ids) => ({ id: ids[SVW], changes: { contactPerson: '张'.repeat(101) } }), 'INVALID_INPUT', 'changes.contactPerson', 'field.tooLong'],
    ['an alias that is another manufacturer', (ids) => ({ id: ids[SVW], changes: { aliases: ['比亚迪汽车工业 有限公司'] } }), 'INVALID_INPUT', 'changes.aliases', 'manufacturers.aliasTaken'],
    ['an alias that is its own name', (ids) => ({ id: ids[SVW], changes: { aliases: ['上汽大众汽车有限公司'] } }), 'INVALID_INPUT', 'changes.aliases', 'manufacturers.aliasIsName'],
    ['an unknown manufacturer', () => ({ id: 999, changes: { contactPerson: '张经理' } }), 'NOT_FOUND', '', ''],
  ])('refuses %s with a message for the field, changing nothing', async (_label, input, code, field, problem) => {
    const { core } = open();
    const ids = await seed(core);
    const before = await ok(core.call('manufacturers.list', {}));
    const result = await core.call('manufacturers.update', input(ids) as InputOf<'manufacturers.update'>);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    if (field) {
      expect(result.error.fields?.map((f) => [f.field, f.code])).toEqual([[field, problem]]);
      expect(result.error.fields?.[0]?.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await ok(core.call('manufacturers.list', {}))).toEqual(before);
    expect(auditFor(core.db, 'manufacturer', ids[SVW]!)).toEqual([]);
    core.close();
  });

  it('adds outlets by hand, once each, and removes one with the copies replies left', async () => {
    const { core } = open();
    const ids = await seed(core);
    const svw = ids[SVW]!;
    const almaty = { manufacturerId: svw, country: '哈萨克斯坦', name: 'SVW Almaty Service', address: 'Almaty, Abay Ave 10', contact: '+7 727 111 2222' };
    await ok(core.call('manufacturers.addOutlet', almaty));
    await ok(core.call('manufacturers.addOutlet', { ...almaty }));
    const listed = await ok(core.call('manufacturers.addOutlet', { manufacturerId: svw, country: '俄罗斯', name: 'SVW Moscow', address: '', contact: null }));
    expect(listed.map((o) => [o.country, o.name, o.address, o.contact, o.requestId])).toEqual([
      ['俄罗斯', 'SVW Moscow', null, null, null],
      ['哈萨克斯坦', 'SVW Almaty Service', 'Almaty, Abay Ave 10', '+7 727 111 2222', null],
    ]);
    expect(await ok(core.call('manufacturers.outlets', { id: ids[BYD]! }))).toEqual([]);

    // A reply names the same Almaty outlet again: still listed once, now with the reply it came from.
    const [request] = await ok(core.call('requests.create', { vehicleIds: [(await ok(core.call('vehicles.get', { vin: testVin(1) }))).id] }));
    await ok(core.call('requests.send', { id: request!.id, channel: 'email', sentOn: '2026-11-20' }));
    const jpeg = { fileName: '回函.jpg', contentBase64: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString('base64') };
    const { manufacturerId: _m, ...outlet } = almaty;
    await ok(core.call('requests.reply', { id: request!.id, outcome: 'confirmed', file: jpeg, coveredVehicleIds: request!.vehicles.map((v) => v.id), outlets: [outlet] }));
    const afterReply = await ok(core.call('manufacturers.outlets', { id: svw }));
    expect(afterReply.filter((o) => o.name === 'SVW Almaty Service').map((o) => o.requestId)).toEqual([request!.id]);

    const almatyId = afterReply.find((o) => o.name === 'SVW Almaty Service')!.id;
    const remaining = await ok(core.call('manufacturers.removeOutlet', { outletId: almatyId }));
    expect(remaining.map((o) => o.name)).toEqual(['SVW Moscow']);
    expect(core.db.prepare("SELECT count(*) AS n FROM service_outlets WHERE name = 'SVW Almaty Service'").get()).toEqual({ n: 0 });
    expect(auditFor(core.db, 'manufacturer', svw).map((a) => [a.field, a.oldValue, a.newValue])).toEqual([
      ['outlet', null, '哈萨克斯坦 · SVW Almaty Service · Almaty, Abay Ave 10 · +7 727 111 2222'],
      ['outlet', null, '俄罗斯 · SVW Moscow'],
      ['outlet', '哈萨克斯坦 · SVW Almaty Service · Almaty, Abay Ave 10 · +7 727 111 2222', null],
    ]);

    for (const [operation, input, code] of [
      ['manufacturers.removeOutlet', { outletId: almatyId }, 'NOT_FOUND'],
      ['manufacturers.addOutlet', { manufacturerId: 999, country: '俄罗斯', name: 'X' }, 'NOT_FOUND'],
      ['manufacturers.addOutlet', { manufacturerId: svw, country: ' ', name: 'X' }, 'INVALID_INPUT'],
      ['manufacturers.outlets', { id: 999 }, 'NOT_FOUND'],
    ] as const) {
      const result = await core.dispatch(operation, input);
      expect(result.ok ? 'ok' : result.error.code).toBe(code);
    }
    core.close();
  });

  it('addresses the request letter to the directory’s department, person and address, with its known outlets', async () => {
    const { core } = open();
    await ok(core.call('settings.update', { 'enterprise.name': '上海某某二手车出口有限公司', 'enterprise.creditCode': '91330100716105852F' }));
    const ids = await seed(core);
    await ok(core.call('manufacturers.update', { id: ids[SVW]!, changes: { contactPerson: '张经理', afterSalesDepartment: '海外售后服务部', address: '上海市嘉定区安亭镇于田路 123 号', email: 'aftersales@svw.example.cn', phone: '021-69580000' } }));
    await ok(core.call('manufacturers.addOutlet', { manufacturerId: ids[SVW]!, country: '哈萨克斯坦', name: 'SVW Almaty Service', address: 'Almaty, Abay Ave 10', contact: '+7 727 111 2222' }));
    const vehicleIds = [(await ok(core.call('vehicles.get', { vin: testVin(1) }))).id, (await ok(core.call('vehicles.get', { vin: testVin(2) }))).id];
    const requests = await ok(core.call('requests.create', { vehicleIds }));
    const letters = await ok(core.call('documents.requests', { requestIds: requests.map((r) => r.id) }));
    const textOf = (name: string) => pdfText(Buffer.from(letters.find((l) => l.fileName.includes(name))!.contentBase64, 'base64')).replace(/\s+/g, '');
    const svw = textOf('上汽大众');
    for (const expected of ['上汽大众汽车有限公司海外售后服务部：', '联系人：张经理', '上海市嘉定区安亭镇于田路123号', 'aftersales@svw.example.cn', '021-69580000', 'SVWAlmatyService', '+77271112222']) {
      expect(svw).toContain(expected);
    }
    // Without directory entries the letter has no such lines, and never another manufacturer's.
    const byd = textOf('比亚迪');
    for (const absent of ['联系人：', 'aftersales@svw.example.cn', 'SVWAlmatyService']) expect(byd).not.toContain(absent);
    core.close();
  });
});

describe('export-desk manufacturers', () => {
  async function cli(args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { LANG: 'zh_CN.UTF-8' } });
    return { code, stdout, stderr };
  }

  it('lists manufacturers and updates a contact by id or name, with the core’s checks', async () => {
    const { core, db } = open();
    const ids = await seed(core);
    core.close();

    const list = await cli(['--db', db, '--json', 'manufacturers', 'list']);
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as Array<{ name: string; vehicleCount: number }>).map((m) => [m.name, m.vehicleCount]).sort()).toEqual([[BYD, 1], [SVW, 1]].sort());

    const byId = await cli(['--db', db, 'manufacturers', 'update', String(ids[SVW]), '--contact', '张经理', '--email', 'service@svw.example.cn', '--phone', '021-69580000', '--address', '上海市嘉定区']);
    expect(byId).toMatchObject({ code: 0, stderr: '' });
    expect(byId.stdout).toMatch(/联系人\s+张经理/);
    expect(byId.stdout).toMatch(/邮箱\s+service@svw\.example\.cn/);
    const table = await cli(['--db', db, 'manufacturers', 'list']);
    expect(table.stdout).toMatch(new RegExp(`${ids[SVW]}\\s+${SVW}\\s+1\\s+张经理\\s+service@svw\\.example\\.cn\\s+021-69580000`));

    const byName = await cli(['--db', db, '--json', 'manufacturers', 'update', BYD, '--contact', '李工']);
    expect(JSON.parse(byName.stdout)).toMatchObject({ id: ids[BYD], contactPerson: '李工' });
    const cleared = await cli(['--db', db, '--json', 'manufacturers', 'update', `#${ids[SVW]}`, '--phone', '']);
    expect(JSON.parse(cleared.stdout)).toMatchObject({ phone: null, contactPerson: '张经理' });

    const badEmail = await cli(['--db', db, '--lang', 'en', 'manufacturers', 'update', String(ids[SVW]), '--email', 'nope']);
    expect(badEmail.code).toBe(1);
    expect(badEmail.stderr).toContain('changes.email: This is not a valid email address');
    const unknown = await cli(['--db', db, '--json', 'manufacturers', 'update', '长城汽车股份有限公司', '--contact', 'X']);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout)).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect((await cli(['--db', db, 'manufacturers', 'update', String(ids[SVW])])).code).toBe(2);
    expect((await cli(['--db', db, '--json', 'manufacturers', 'list'])).stdout).toContain('service@svw.example.cn');
  });
});
