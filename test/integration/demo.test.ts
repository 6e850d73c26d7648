import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { openCore, type Core } from '../../electron/core/core';
import { attachmentsOfVehicle } from '../../electron/core/db/attachments-repo';
import { silentLogger } from '../../electron/core/log';
import { useTempFolder } from '../support/temp-folder';
import { testVin } from '../support/vins';

const tempFolder = useTempFolder();

function open(databasePath: string, now: number): Core {
  return openCore({ databasePath, door: 'cli', log: silentLogger, timeZone: 'Asia/Shanghai', clock: { now: () => now } });
}

async function value<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(JSON.stringify(settled.error));
  return settled.value;
}

/** A JPEG that really shows something: a certificate page has dark text on light paper, so its pixels vary. */
async function expectDrawnJpeg(bytes: Buffer): Promise<void> {
  expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  const { format, width, height } = await sharp(bytes).metadata();
  expect({ format, width, height }).toEqual({ format: 'jpeg', width: 1200, height: 1600 });
  const stats = await sharp(bytes).greyscale().stats();
  expect(stats.channels[0]!.min).toBeLessThan(80); // dark strokes (text and ruling) …
  expect(stats.channels[0]!.stdev).toBeGreaterThan(10); // … not a blank page
}

describe('sample data (demo.load / demo.discard)', () => {
  it.each([
    { when: 'today (the transitional case can no longer occur)', now: Date.UTC(2026, 10, 29, 4), transitional: false },
    { when: 'early 2026 (the transitional case still occurs)', now: Date.UTC(2026, 2, 15, 4), transitional: true },
  ])('loads a realistic sample into a separate database as of $when, and discards it', async ({ now, transitional }) => {
    const folder = tempFolder();
    const realPath = path.join(folder, 'export-desk.sqlite');
    const core = open(realPath, now);
    try {
      await value(core.call('vehicles.add', { vin: testVin(1), brand: '长城', model: 'CC6460' }));

      const loaded = await value(core.call('demo.load', {}));
      expect(loaded.active).toBe(true);
      expect(loaded.databasePath).toBe(path.join(folder, 'sample', 'export-desk.sqlite'));
      expect(fs.existsSync(loaded.databasePath)).toBe(true);
      expect(await value(core.call('demo.status', {}))).toEqual({ active: true, databasePath: loaded.databasePath });
      expect((await value(core.call('system.info', {}))).databasePath).toBe(loaded.databasePath);

      // About fifty vehicles across six manufacturers, in every 180-day state reachable today.
      const list = await value(core.call('vehicles.list', { limit: 1000 }));
      expect(list.total).toBe(loaded.vehicles);
      expect(list.total).toBeGreaterThanOrEqual(45);
      expect(list.total).toBeLessThanOrEqual(60);
      expect(list.items.some((v) => v.vin === testVin(1))).toBe(false);
      expect(new Set(list.items.map((v) => v.manufacturer)).size).toBe(6);
      const dashboard = await value(core.call('compliance.dashboard', {}));
      expect(dashboard.counts['confirmation-required'] + dashboard.counts['transitional-exempt']).toBeGreaterThanOrEqual(15);
      expect(dashboard.counts['confirmation-required']).toBeGreaterThanOrEqual(8);
      expect(dashboard.counts['not-required']).toBeGreaterThanOrEqual(10);
      expect(dashboard.counts.invalid).toBe(2);
      expect(dashboard.counts['transitional-exempt'] > 0).toBe(transitional);
      expect(dashboard.clearingWithin7Days).toBeGreaterThanOrEqual(3);
      expect(dashboard.clearingWithin30Days).toBeGreaterThan(dashboard.clearingWithin7Days);

      // Every vehicle with its dates has a drawn certificate scan, stored with the sample, not the real files.
      const dated = list.items.filter((v) => v.registrationDate);
      expect(loaded.scans).toBe(dated.length);
      for (const vehicle of dated) expect(attachmentsOfVehicle(core.db, vehicle.id, 'certificate-scan')).toHaveLength(1);
      const [first] = attachmentsOfVehicle(core.db, dated[0]!.id, 'certificate-scan');
      expect(core.services.attachments.folder).toBe(path.join(folder, 'sample', 'files'));
      await expectDrawnJpeg(core.services.attachments.get(first!.sha256));
      expect(fs.existsSync(path.join(folder, 'files', first!.sha256.slice(0, 2), first!.sha256))).toBe(false);

      // One batch with vehicles; confirmation requests in several states, the confirmed one with its stamped scan.
      const batches = await value(core.call('batches.list', {}));
      expect(batches).toHaveLength(1);
      expect(batches[0]!.vehicleCount).toBeGreaterThan(0);
      const requests = await value(core.call('requests.list', {}));
      expect(new Set(requests.map((r) => r.status))).toEqual(new Set(['draft', 'sent', 'confirmed', 'partly-confirmed']));
      expect(requests.some((r) => r.overdue)).toBe(true);
      expect(requests.some((r) => r.status === 'sent' && !r.overdue)).toBe(true);
      const confirmed = requests.find((r) => r.status === 'confirmed')!;
      expect(confirmed.replyAttachmentId).not.toBeNull();
      const reply = core.db.prepare('SELECT sha256 FROM attachments WHERE id = ?').get(confirmed.replyAttachmentId) as { sha256: string };
      expect([...core.services.attachments.get(reply.sha256).subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);

      // The real inventory was not touched (read beside the open sample; closing it may checkpoint its journal, so compare contents).
      const real = new BetterSqlite3(realPath, { readonly: true });
      try {
        expect(real.prepare('SELECT vin FROM vehicles').all()).toEqual([{ vin: testVin(1) }]);
        expect(real.prepare("SELECT (SELECT COUNT(*) FROM attachments) + (SELECT COUNT(*) FROM batches) + (SELECT COUNT(*) FROM confirmation_requests) + (SELECT COUNT(*) FROM settings WHERE key LIKE 'enterprise.%') AS n").get()).toEqual({ n: 0 });
      } finally {
        real.close();
      }

      expect(await value(core.call('demo.discard', {}))).toMatchObject({ active: false });
      expect(fs.existsSync(path.join(folder, 'sample'))).toBe(false);
      const back = await value(core.call('vehicles.list', {}));
      expect(back.items.map((v) => v.vin)).toEqual([testVin(1)]);
      expect((await value(core.call('system.info', {}))).databasePath).toBe(realPath);
    } finally {
      core.close();
    }
  });

  it('loading again starts from a fresh sample; a restore always goes back to the real inventory first', async () => {
    const folder = tempFolder();
    const core = open(path.join(folder, 'export-desk.sqlite'), Date.UTC(2026, 10, 29, 4));
    try {
      const first = await value(core.call('demo.load', {}));
      const second = await value(core.call('demo.load', {}));
      expect(second.vehicles).toBe(first.vehicles);
      expect((await value(core.call('vehicles.list', {}))).total).toBe(first.vehicles);
      const size = await value(core.call('system.dataSize', {}));
      expect(size.folder).toBe(folder);
      expect(size.bytes).toBeGreaterThan(100_000);
      await value(core.call('demo.discard', {}));
      expect((await value(core.call('demo.status', {}))).active).toBe(false);
    } finally {
      core.close();
    }
  });

  it.each([
    { name: 'fills an empty database named with --db', prepare: false, code: 0 },
    { name: 'refuses a database that already holds vehicles', prepare: true, code: 1 },
  ])('export-desk demo $name', async ({ prepare, code }) => {
    const db = path.join(tempFolder(), 'given.sqlite');
    const quiet = { stdout: () => {}, stderr: () => {}, env: { LANG: 'en_US.UTF-8' } };
    if (prepare) expect(await runCli(['--db', db, 'vehicle', 'add', '--vin', testVin(2), '--brand', '长城', '--model', 'CC6460'], quiet)).toBe(0);
    let stdout = '';
    let stderr = '';
    const exit = await runCli(['demo', '--db', db, '--json'], { ...quiet, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
    expect(exit).toBe(code);
    if (code === 0) {
      const report = JSON.parse(stdout) as { databasePath: string; vehicles: number; requests: number };
      expect(report.databasePath).toBe(db);
      expect(report.vehicles).toBeGreaterThanOrEqual(45);
      expect(report.requests).toBeGreaterThanOrEqual(4);
    } else {
      expect(`${stdout}${stderr}`).toContain('already holds 1 vehicles');
    }
  });
});
