import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/contract/errors';
import { openCore } from '../../electron/core/core';
import { auditFor } from '../../electron/core/db/audit-repo';
import { LATEST_SCHEMA_VERSION, migrate, MIGRATIONS, schemaVersion } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open-database';
import { silentLogger } from '../../electron/core/log';
import { sha256OfFile, useTempFolder } from '../support/temp-folder';
import { testVin } from '../support/vins';

const tempFolder = useTempFolder();
const fixedClock = { now: () => Date.UTC(2026, 10, 29, 8, 0, 0) };

function openTestCore(file: string) {
  return openCore({ databasePath: file, door: 'cli', clock: fixedClock, log: silentLogger });
}

function expectFailure(run: () => unknown, code: string) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppFailure);
    expect((error as AppFailure).error.code).toBe(code);
    return (error as AppFailure).error;
  }
  throw new Error(`expected ${code}`);
}

describe('the inventory database', () => {
  it('is created as a real SQLite file in WAL mode with foreign keys on, at the latest schema', () => {
    const file = path.join(tempFolder(), 'nested', 'inventory.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
    expect(fs.readFileSync(file).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  });

  it('runs each migration once, in order, and reopening changes nothing', () => {
    const file = path.join(tempFolder(), 'inventory.sqlite');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_m, i) => i + 1));
    db.close();
  });

  it('rolls back a migration that fails half-way, leaving the previous version whole', () => {
    const db = new BetterSqlite3(':memory:');
    const broken = [
      ...MIGRATIONS,
      { version: LATEST_SCHEMA_VERSION + 1, name: 'broken', up: (d: BetterSqlite3.Database) => d.exec('CREATE TABLE half (x); SELECT * FROM no_such_table;') },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    db.close();
  });

  it.each([
    ['a text file', Buffer.from('VIN,brand\nLSVAU218XN2183294,大众\n')],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1])],
    ['a short file', Buffer.from('SQLite')],
  ])('refuses %s with DB_NOT_SQLITE and leaves it untouched', (_what, bytes) => {
    const file = path.join(tempFolder(), 'not-a-db.sqlite');
    fs.writeFileSync(file, bytes);
    const before = sha256OfFile(file);
    const error = expectFailure(() => openTestCore(file), 'DB_NOT_SQLITE');
    expect(error.message['zh-CN']).toContain('不是 ExportDesk 数据库');
    expect(error.message.en).toContain('not an ExportDesk database');
    expect(sha256OfFile(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['not-a-db.sqlite']);
  });

  it('refuses a database from a newer app version with DB_TOO_NEW and leaves it untouched', () => {
    const file = path.join(tempFolder(), 'newer.sqlite');
    const newer = new BetterSqlite3(file);
    newer.exec('CREATE TABLE future (x)');
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    newer.close();
    const before = sha256OfFile(file);
    const error = expectFailure(() => openTestCore(file), 'DB_TOO_NEW');
    expect(error.message.en).toContain(`schema version ${LATEST_SCHEMA_VERSION + 5}`);
    expect(sha256OfFile(file)).toBe(before);
  });

  it('treats an empty file as a new database', () => {
    const file = path.join(tempFolder(), 'empty.sqlite');
    fs.writeFileSync(file, '');
    const core = openTestCore(file);
    expect(schemaVersion(core.db)).toBe(LATEST_SCHEMA_VERSION);
    core.close();
  });
});

describe('vehicles through the dispatcher', () => {
  it('adds a vehicle, lists it, and records who-what-when in the audit log', async () => {
    const core = openTestCore(path.join(tempFolder(), 'inventory.sqlite'));
    const vin = testVin(1);
    const added = await core.dispatch('vehicles.add', { vin: vin.toLowerCase(), brand: ' 大众汽车 ', model: 'SVW7141' });
    expect(added).toMatchObject({ ok: true, value: { vin, brand: '大众汽车', model: 'SVW7141', status: 'in-stock', createdAt: '2026-11-29T08:00:00.000Z' } });
    const list = await core.dispatch('vehicles.list', {});
    expect(list).toMatchObject({ ok: true, value: { total: 1, items: [{ vin }] } });
    const id = (added as { value: { id: number } }).value.id;
    const [created, ...rest] = auditFor(core.db, 'vehicle', id);
    expect(rest).toEqual([]);
    expect(created).toMatchObject({ action: 'create', field: null, source: 'manual', at: '2026-11-29T08:00:00.000Z' });
    expect(JSON.parse(created!.newValue!)).toEqual({ vin, brand: '大众汽车', model: 'SVW7141', currency: 'CNY', isModified: false, status: 'in-stock' });
    core.close();
  });

  it.each([
    ['a missing VIN', { brand: '大众', model: 'X' }, 'INVALID_INPUT'],
    ['a wrong check digit', { vin: 'LSVAU2180N2183294', brand: '大众', model: 'X' }, 'INVALID_INPUT'],
    ['an unknown field', { vin: testVin(2), brand: '大众', model: 'X', sql: "'; DROP TABLE vehicles; --" }, 'INVALID_INPUT'],
    ['a number for a brand', { vin: testVin(2), brand: 42, model: 'X' }, 'INVALID_INPUT'],
    ['no object at all', 'LSVAU218XN2183294', 'INVALID_INPUT'],
  ])('answers %s with a typed error and writes nothing', async (_what, input, code) => {
    const core = openTestCore(path.join(tempFolder(), 'inventory.sqlite'));
    const result = await core.dispatch('vehicles.add', input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(JSON.stringify(result.error)).not.toMatch(/at .*\.ts:\d+|Error:/);
    }
    expect(core.db.prepare('SELECT count(*) AS n FROM vehicles').get()).toEqual({ n: 0 });
    expect(core.db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
    core.close();
  });

  it('refuses a duplicate VIN, whatever its spelling, and keeps the first', async () => {
    const core = openTestCore(path.join(tempFolder(), 'inventory.sqlite'));
    const vin = testVin(3);
    await core.dispatch('vehicles.add', { vin, brand: '大众', model: 'A' });
    const second = await core.dispatch('vehicles.add', { vin: ` ${vin.toLowerCase()} `, brand: '丰田', model: 'B' });
    expect(second).toMatchObject({ ok: false, error: { code: 'DUPLICATE_VIN' } });
    expect(core.db.prepare('SELECT brand FROM vehicles').all()).toEqual([{ brand: '大众' }]);
    core.close();
  });

  it('answers an unknown operation with UNKNOWN_OPERATION', async () => {
    const core = openTestCore(':memory:');
    for (const name of ['vehicles.drop', '__proto__', 'constructor', '']) {
      expect(await core.dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
    }
    core.close();
  });

  it('searches by VIN fragment, brand or model, and filters by status', async () => {
    const core = openTestCore(':memory:');
    await core.dispatch('vehicles.add', { vin: testVin(10), brand: '大众汽车', model: 'SVW7141' });
    await core.dispatch('vehicles.add', { vin: testVin(11), brand: '丰田', model: 'TV7250' });
    await core.dispatch('vehicles.add', { vin: testVin(12, 'LFV2A21K0G'), brand: '一汽-大众', model: 'FV7146' });
    const search = async (text: string) => {
      const result = await core.dispatch('vehicles.list', { search: text, sortBy: 'vin', sortOrder: 'asc' });
      return result.ok ? (result.value as { items: { vin: string }[] }).items.map((v) => v.vin) : result;
    };
    expect(await search('大众')).toEqual([testVin(12, 'LFV2A21K0G'), testVin(10)].sort());
    expect(await search('tv72')).toEqual([testVin(11)]);
    expect(await search(testVin(11).slice(-6))).toEqual([testVin(11)]);
    expect(await search('%')).toEqual([]);
    expect(await core.dispatch('vehicles.list', { status: ['exported'] })).toMatchObject({ ok: true, value: { total: 0 } });
    core.close();
  });
});
