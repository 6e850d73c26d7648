import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { openCore, type Core } from '../../electron/core/core';
import { insertAttachment } from '../../electron/core/db/attachments-repo';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { silentLogger } from '../../electron/core/log';
import { AppFailure } from '../../shared/contract/errors';
import { sha256OfFile, useTempFolder } from '../support/temp-folder';
import { testVin } from '../support/vins';

const tempFolder = useTempFolder();

function open(databasePath: string): Core {
  return openCore({ databasePath, door: 'cli', log: silentLogger, timeZone: 'Asia/Shanghai', clock: { now: () => Date.UTC(2026, 10, 29, 4) } });
}

async function vehicleWithScan(core: Core, n: number, scan: Buffer) {
  const added = await core.call('vehicles.add', { vin: testVin(n), brand: '长城', model: 'CC6460' });
  if (!added.ok) throw new Error(JSON.stringify(added.error));
  const { sha256, size } = core.services.attachments.put(scan);
  insertAttachment(core.db, { sha256, fileName: 'scan.jpg', mediaType: 'image/jpeg', size, kind: 'certificate-scan', vehicleId: added.value.id, batchId: null, note: null, createdAt: '2026-11-29T04:00:00.000Z' });
  return { ...added.value, sha256 };
}

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { LANG: 'en_US.UTF-8' } });
  return { code, stdout, stderr };
}

describe('backup and restore', () => {
  it('backs up vehicles with their scans, and restores both into an emptied data folder', async () => {
    const folder = tempFolder();
    const db = path.join(folder, 'inventory.sqlite');
    const core = open(db);
    const scan = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(200_000, 7)]);
    const vehicle = await vehicleWithScan(core, 1, scan);
    const made = await core.call('backup.create', {});
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    expect(made.value.manifest).toMatchObject({ vehicles: 1, files: 1, bytes: scan.length, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(path.dirname(made.value.file)).toBe(path.join(folder, 'backups'));
    core.close();

    // The PC is lost: a new data folder, only the backup file survives.
    const fresh = tempFolder();
    const backupFile = path.join(fresh, 'copy.backup');
    fs.copyFileSync(made.value.file, backupFile);
    const restored = await cli(['--db', path.join(fresh, 'inventory.sqlite'), '--json', 'restore', backupFile]);
    expect(restored.code).toBe(0);
    const again = open(path.join(fresh, 'inventory.sqlite'));
    expect(await again.call('vehicles.get', { vin: vehicle.vin })).toMatchObject({ ok: true, value: { brand: '长城' } });
    expect(again.services.attachments.get(vehicle.sha256)).toEqual(scan);
    again.close();
  });

  it('restores through the running core, keeping the current database aside', async () => {
    const folder = tempFolder();
    const core = open(path.join(folder, 'inventory.sqlite'));
    await core.call('vehicles.add', { vin: testVin(2), brand: 'A', model: 'M' });
    const made = await core.call('backup.create', {});
    await core.call('vehicles.add', { vin: testVin(3), brand: 'B', model: 'M' });
    const restored = await core.call('backup.restore', { latest: true });
    expect(restored).toMatchObject({ ok: true, value: { file: made.ok && made.value.file, manifest: { vehicles: 1 } } });
    expect(await core.call('vehicles.list', {})).toMatchObject({ ok: true, value: { total: 1, items: [{ vin: testVin(2) }] } });
    const aside = restored.ok ? restored.value.keptAside! : '';
    const old = new BetterSqlite3(aside, { readonly: true });
    expect(old.prepare('SELECT count(*) AS n FROM vehicles').get()).toEqual({ n: 2 });
    old.close();
    core.close();
  });

  it.each([
    ['a byte flipped inside an attached file', (bytes: Buffer) => bytes.indexOf(Buffer.alloc(64, 9))],
    ['the file cut in half', null],
  ])('refuses a backup with %s and changes nothing', async (_what, damageAt) => {
    const folder = tempFolder();
    const core = open(path.join(folder, 'inventory.sqlite'));
    await vehicleWithScan(core, 4, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(100_000, 9)]));
    const made = await core.call('backup.create', {});
    if (!made.ok) throw new Error();
    const bytes = fs.readFileSync(made.value.file);
    if (damageAt) {
      const at = damageAt(bytes);
      bytes[at + 10] = 8;
      fs.writeFileSync(made.value.file, bytes);
    } else fs.writeFileSync(made.value.file, bytes.subarray(0, bytes.length / 2));
    await core.call('vehicles.add', { vin: testVin(5), brand: 'B', model: 'M' });
    const result = await core.call('backup.restore', { file: made.value.file });
    expect(result).toMatchObject({ ok: false, error: { code: expect.stringMatching(/BACKUP_INVALID/) } });
    expect(await core.call('vehicles.list', {})).toMatchObject({ ok: true, value: { total: 2 } });
    expect(fs.readdirSync(folder).filter((name) => name.includes('before-restore'))).toEqual([]);
    core.close();
  });

  it('refuses at start-up a database damaged inside, keeps it untouched, and restore --latest recovers', async () => {
    const folder = tempFolder();
    const db = path.join(folder, 'inventory.sqlite');
    const core = open(db);
    for (let n = 10; n < 400; n++) await core.call('vehicles.add', { vin: testVin(n), brand: '比亚迪', model: 'BYD7005BEV', notes: 'x'.repeat(300) });
    await core.call('backup.create', {});
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    core.close();
    // Scribble over a page in the middle of the file, as a failing disk would.
    const bytes = fs.readFileSync(db);
    bytes.fill(0x5a, 40_960 + 100, 40_960 + 3000);
    fs.writeFileSync(db, bytes);
    const before = sha256OfFile(db);
    let failure: AppFailure | undefined;
    try {
      open(db);
    } catch (error) {
      failure = error as AppFailure;
    }
    expect(failure?.error.code).toBe('DB_DAMAGED');
    expect(failure?.error.message.en).toContain('restore --latest');
    expect(sha256OfFile(db)).toBe(before);

    const recovered = await cli(['--db', db, 'restore', '--latest']);
    expect(recovered.code).toBe(0);
    expect(recovered.stdout).toContain('previous database kept as');
    const healthy = open(db);
    expect(await healthy.call('vehicles.list', {})).toMatchObject({ ok: true, value: { total: 390 } });
    healthy.close();
  });

  it('makes one backup a day and rotates old ones', async () => {
    const folder = tempFolder();
    const core = open(path.join(folder, 'inventory.sqlite'));
    const backups = path.join(folder, 'backups');
    fs.mkdirSync(backups);
    for (let day = 1; day <= 20; day++) fs.writeFileSync(path.join(backups, `export-desk-2026-11-${String(day).padStart(2, '0')}-030000.backup`), 'old');
    expect(await core.services.backups.scheduled()).toMatch(/export-desk-2026-11-29-\d{6}\.backup$/);
    expect(await core.services.backups.scheduled()).toBeNull();
    const names = fs.readdirSync(backups).sort();
    expect(names).toHaveLength(10); // the 7 newest days, and one each for the 3 weeks before that the files reach
    expect(names.at(-1)).toMatch(/^export-desk-2026-11-29/);
    core.close();
  });
});
