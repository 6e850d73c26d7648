import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/core';
import { LATEST_SCHEMA_VERSION, migrate, MIGRATIONS, schemaVersion } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open-database';
import { silentLogger } from '../../electron/core/log';
import { useTempFolder } from '../support/temp-folder';
import { testVin } from '../support/vins';

const tempFolder = useTempFolder();
let clockNow = Date.UTC(2026, 10, 29, 8, 0, 0);
const clock = { now: () => clockNow };

function open(file = ':memory:'): Core {
  return openCore({ databasePath: file, door: 'cli', clock, log: silentLogger, timeZone: 'Asia/Shanghai' });
}

async function ok<T>(promise: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

const fullVehicle = {
  vin: testVin(100),
  brand: '大众汽车',
  model: 'SVW7141BPD',
  vehicleType: '小型轿车',
  color: '白',
  engineNumber: 'DJS123456',
  fuelType: '汽油',
  manufacturer: '上汽大众汽车有限公司',
  manufactureDate: '2025-05-10',
  registrationDate: '2025-07-14',
  transferDate: '2025-09-01',
  certificateNumber: '310012345678',
  plate: '沪A12345',
  destinationCountry: '哈萨克斯坦',
  buyer: 'Astana Motors LLP',
  contractRef: 'KZ-2025-118',
  purchasePrice: 98500.5,
  currency: 'CNY',
  mileageKm: 1200,
  notes: '钥匙两把',
  isModified: false,
} as const;

describe('the vehicle record', () => {
  it('stores and returns every field of the record', async () => {
    const core = open();
    const added = await ok<Record<string, unknown>>(core.dispatch('vehicles.add', fullVehicle));
    expect(added).toMatchObject({ ...fullVehicle, status: 'in-stock', chassisBrand: null, deletedAt: null });
    expect(added.manufacturerId).toEqual(expect.any(Number));
    core.close();
  });

  it('links vehicles to one manufacturer however its name is spaced or dashed, created on first sight', async () => {
    const core = open();
    await ok(core.dispatch('vehicles.add', { ...fullVehicle, vin: testVin(101), manufacturer: '一汽-大众汽车有限公司' }));
    await ok(core.dispatch('vehicles.add', { ...fullVehicle, vin: testVin(102), manufacturer: '一汽 大众汽车有限公司' }));
    await ok(core.dispatch('vehicles.add', { ...fullVehicle, vin: testVin(103), manufacturer: '丰田汽车（中国）' }));
    const manufacturers = await ok<Array<{ name: string; vehicleCount: number }>>(core.dispatch('manufacturers.list', {}));
    expect(manufacturers.map((m) => [m.name, m.vehicleCount])).toEqual([
      ['一汽-大众汽车有限公司', 2],
      ['丰田汽车（中国）', 1],
    ]);
    core.close();
  });

  it.each([
    ['a registration date after the transfer date', { registrationDate: '2025-10-01', transferDate: '2025-09-01' }, 'transferDate', 'date.transferBeforeRegistration'],
    ['a manufacture date after registration', { manufactureDate: '2025-08-01' }, 'manufactureDate', 'date.manufactureAfterRegistration'],
    ['a date after today (2026-11-29 in Shanghai)', { transferDate: '2026-11-30' }, 'transferDate', 'date.inFuture'],
    ['an impossible date', { registrationDate: '2025-02-30' }, 'registrationDate', 'date.invalid'],
    ['status ready without a destination', { status: 'ready', destinationCountry: null }, 'destinationCountry', 'field.requiredForStatus'],
    ['status awaiting confirmation without a transfer date', { status: 'awaiting-confirmation', transferDate: '' }, 'transferDate', 'field.requiredForStatus'],
  ])('refuses %s, naming the field, and writes nothing', async (_what, change, field, code) => {
    const core = open();
    const result = await core.dispatch('vehicles.add', { ...fullVehicle, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.map((f) => [f.field, f.code])).toContainEqual([field, code]);
    expect(core.db.prepare('SELECT count(*) FROM vehicles').pluck().get()).toBe(0);
    core.close();
  });

  it('names the status in the reader’s language when a status needs a field', async () => {
    const core = open();
    const result = await core.dispatch('vehicles.add', { ...fullVehicle, status: 'ready', destinationCountry: null });
    const problem = !result.ok ? result.error.fields?.find((f) => f.field === 'destinationCountry') : undefined;
    expect(problem?.message['zh-CN']).toBe('状态为“可申报”时必须填写');
    expect(problem?.message.en).toBe('Required when the status is “Ready”');
    core.close();
  });
});

describe('changes, deletion and the audit trail', () => {
  it('records each changed field with old and new value, source and time; unchanged fields are not recorded', async () => {
    const core = open();
    const { id } = await ok<{ id: number }>(core.dispatch('vehicles.add', fullVehicle));
    clockNow += 60_000;
    await ok(core.dispatch('vehicles.update', { id, changes: { transferDate: '2025-09-02', brand: '大众汽车', plate: '' } }));
    const history = await ok<Array<{ action: string; field: string | null; oldValue: string | null; newValue: string | null; at: string }>>(core.dispatch('vehicles.history', { id }));
    const updates = history.filter((entry) => entry.action === 'update');
    expect(updates.map((u) => [u.field, u.oldValue, u.newValue])).toEqual([
      ['transferDate', '2025-09-01', '2025-09-02'],
      ['plate', '沪A12345', null],
    ]);
    expect(updates[0]?.at).toBe(new Date(clockNow).toISOString());
    const created = history.find((e) => e.action === 'create');
    expect(JSON.parse(created!.newValue!)).toMatchObject({ vin: fullVehicle.vin, brand: '大众汽车', registrationDate: '2025-07-14', transferDate: '2025-09-01' });
    core.close();
  });

  it('refuses a change that breaks the date order, and leaves the vehicle and its history as they were', async () => {
    const core = open();
    const { id } = await ok<{ id: number }>(core.dispatch('vehicles.add', fullVehicle));
    const before = core.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const result = await core.dispatch('vehicles.update', { id, changes: { registrationDate: '2025-12-01' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'VEHICLE_INCONSISTENT' } });
    expect(await ok(core.dispatch('vehicles.get', { id }))).toMatchObject({ registrationDate: '2025-07-14' });
    expect(core.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(before);
    core.close();
  });

  it('refuses to change a VIN into one already in stock', async () => {
    const core = open();
    await ok(core.dispatch('vehicles.add', fullVehicle));
    const { id } = await ok<{ id: number }>(core.dispatch('vehicles.add', { ...fullVehicle, vin: testVin(104) }));
    expect(await core.dispatch('vehicles.update', { id, changes: { vin: fullVehicle.vin } })).toMatchObject({ ok: false, error: { code: 'DUPLICATE_VIN' } });
    core.close();
  });

  it('deletes softly: hidden from lists, kept with its history, restorable; the VIN is free again meanwhile', async () => {
    const core = open();
    const { id } = await ok<{ id: number }>(core.dispatch('vehicles.add', fullVehicle));
    await ok(core.dispatch('vehicles.delete', { id }));
    expect(await ok(core.dispatch('vehicles.list', {}))).toMatchObject({ total: 0 });
    expect(await ok(core.dispatch('vehicles.list', { includeDeleted: true }))).toMatchObject({ total: 1 });
    expect(await core.dispatch('vehicles.get', { vin: fullVehicle.vin })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await ok(core.dispatch('vehicles.restore', { id }));
    expect(await ok(core.dispatch('vehicles.get', { vin: fullVehicle.vin }))).toMatchObject({ id, deletedAt: null });
    const actions = (await ok<Array<{ action: string }>>(core.dispatch('vehicles.history', { id }))).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['delete', 'restore']);

    await ok(core.dispatch('vehicles.delete', { id }));
    await ok(core.dispatch('vehicles.add', { ...fullVehicle, brand: '重新录入' }));
    expect(await core.dispatch('vehicles.restore', { id })).toMatchObject({ ok: false, error: { code: 'DUPLICATE_VIN' } });
    core.close();
  });

  it('answers NOT_FOUND for a vehicle that does not exist', async () => {
    const core = open();
    for (const [operation, input] of [
      ['vehicles.get', { id: 999 }],
      ['vehicles.update', { id: 999, changes: { brand: 'x' } }],
      ['vehicles.delete', { id: 999 }],
      ['vehicles.history', { id: 999 }],
    ] as const) {
      expect(await core.dispatch(operation, input)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    core.close();
  });
});

describe('listing', () => {
  it.each([
    [{ sortBy: 'registrationDate', sortOrder: 'asc' }, [0, 3, 1, 2]],
    [{ sortBy: 'registrationDate', sortOrder: 'desc' }, [2, 1, 3, 0]],
    [{ sortBy: 'brand', sortOrder: 'asc', status: ['ready'] }, [1]],
    [{ destinationCountry: ['俄罗斯'], sortBy: 'vin', sortOrder: 'asc' }, [2, 3]],
    [{ search: '沪B', sortBy: 'vin', sortOrder: 'asc' }, [3]],
  ])('lists %j as vehicles %j (blank dates first ascending, last descending)', async (query, expected) => {
    const core = open();
    const rows = [
      { vin: testVin(200), registrationDate: null, transferDate: null, destinationCountry: null, plate: null },
      { vin: testVin(201), registrationDate: '2025-06-01', transferDate: '2025-07-01', destinationCountry: '哈萨克斯坦', status: 'ready', plate: null },
      { vin: testVin(202), registrationDate: '2025-08-01', transferDate: '2025-09-01', destinationCountry: '俄罗斯', plate: null },
      { vin: testVin(203), registrationDate: '2025-01-01', transferDate: '2025-02-01', destinationCountry: '俄罗斯', plate: '沪B00001' },
    ];
    for (const row of rows) await ok(core.dispatch('vehicles.add', { brand: '品牌', model: 'M', manufacturer: '制造厂', ...row }));
    const list = await ok<{ items: Array<{ vin: string }> }>(core.dispatch('vehicles.list', query));
    expect(list.items.map((v) => rows.findIndex((r) => r.vin === v.vin))).toEqual(expected);
    core.close();
  });
});

describe('migrations from every earlier version, with data', () => {
  it('brings a version-1 database with vehicles and history to the latest version, keeping everything', async () => {
    const file = path.join(tempFolder(), 'v1.sqlite');
    const v1 = new BetterSqlite3(file);
    v1.transaction(() => {
      MIGRATIONS[0]!.up(v1);
      v1.pragma('user_version = 1');
    })();
    v1.prepare("INSERT INTO vehicles (vin, brand, model, created_at, updated_at) VALUES (?, '长城', 'CC6460', '2026-01-05T01:00:00.000Z', '2026-01-05T01:00:00.000Z')").run(testVin(300));
    v1.prepare("INSERT INTO audit_log (entity, entity_id, action, field, new_value, source, at) VALUES ('vehicle', 1, 'create', 'vin', ?, 'manual', '2026-01-05T01:00:00.000Z')").run(testVin(300));
    v1.close();

    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
    const core = open(file);
    expect(await ok(core.dispatch('vehicles.get', { vin: testVin(300) }))).toMatchObject({ brand: '长城', currency: 'CNY', isModified: false, registrationDate: null, manufacturerId: null });
    expect(await ok<unknown[]>(core.dispatch('vehicles.history', { id: 1 }))).toHaveLength(1);
    await ok(core.dispatch('vehicles.update', { id: 1, changes: { registrationDate: '2025-12-01', manufacturer: '长城汽车股份有限公司' } }));
    core.close();
  });
});

describe('a change names only what changes', () => {
  it('leaves currency and the modified flag alone when they are not in the change', async () => {
    const core = open();
    const { id } = await ok<{ id: number }>(core.dispatch('vehicles.add', { ...fullVehicle, currency: 'USD', isModified: true, chassisBrand: '东风' }));
    await ok(core.dispatch('vehicles.update', { id, changes: { transferDate: '2025-09-02' } }));
    expect(await ok(core.dispatch('vehicles.get', { id }))).toMatchObject({ currency: 'USD', isModified: true, transferDate: '2025-09-02' });
    const history = await ok<Array<{ action: string; field: string | null }>>(core.dispatch('vehicles.history', { id }));
    expect(history.filter((e) => e.action === 'update').map((e) => e.field)).toEqual(['transferDate']);
    core.close();
  });
});

describe('every earlier schema version, with data, migrates to the latest', () => {
  const earlier = MIGRATIONS.map((m) => m.version).filter((version) => version < LATEST_SCHEMA_VERSION);
  it.each(earlier)('from version %i', async (version) => {
    const file = path.join(tempFolder(), `v${version}.sqlite`);
    const old = new BetterSqlite3(file);
    migrate(old, MIGRATIONS.slice(0, version));
    expect(schemaVersion(old)).toBe(version);
    // Columns every version has: a vehicle as that version would have stored it.
    old.prepare("INSERT INTO vehicles (vin, brand, model, created_at, updated_at) VALUES (?, '长城', 'CC6460', '2026-01-05T01:00:00.000Z', '2026-01-05T01:00:00.000Z')").run(testVin(400 + version));
    old.close();

    const core = open(file);
    expect(schemaVersion(core.db)).toBe(LATEST_SCHEMA_VERSION);
    expect(await ok(core.dispatch('vehicles.get', { vin: testVin(400 + version) }))).toMatchObject({ brand: '长城', currency: 'CNY', isModified: false });
    // Search (version 3's index) finds vehicles stored before it existed.
    expect(await ok(core.dispatch('vehicles.list', { search: 'CC6460' }))).toMatchObject({ total: 1 });
    await ok(core.dispatch('vehicles.update', { id: 1, changes: { registrationDate: '2025-12-01', manufacturer: '长城汽车股份有限公司' } }));
    core.close();
  });
});
