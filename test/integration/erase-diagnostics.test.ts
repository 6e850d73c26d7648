import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { openCore, type Core } from '../../electron/core/core';
import { insertAttachment } from '../../electron/core/db/attachments-repo';
import { silentLogger } from '../../electron/core/log';
import { createFileLogger, lastLogLines } from '../../electron/core/log-file';
import { useTempFolder } from '../support/temp-folder';
import { testVin } from '../support/vins';

const tempFolder = useTempFolder();

async function ok<T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

function attach(core: Core, vehicleId: number, bytes: Buffer, fileName: string) {
  const { sha256, size } = core.services.attachments.put(bytes);
  return insertAttachment(core.db, { sha256, fileName, mediaType: 'image/jpeg', size, kind: 'certificate-scan', vehicleId, batchId: null, note: null, createdAt: '2026-11-29T00:00:00.000Z' });
}

function openIn(folder: string): Core {
  return openCore({ databasePath: path.join(folder, 'export-desk.sqlite'), door: 'cli', log: silentLogger, timeZone: 'Asia/Shanghai' });
}

describe('erasing a vehicle', () => {
  it('removes the vehicle, its history, batch places and its files, keeping shared files and one audit line', async () => {
    const core = openIn(tempFolder());
    const a = await ok(core.call('vehicles.add', { vin: testVin(1), brand: '大众', model: '帕萨特', buyer: 'OOO 张三', notes: '车主：张三 13812345678' }));
    const b = await ok(core.call('vehicles.add', { vin: testVin(2), brand: '大众', model: '朗逸' }));
    const own = attach(core, a.id, Buffer.from('scan of A only'), '行驶证-张三.jpg');
    const shared = attach(core, a.id, Buffer.from('a scan both vehicles use'), '共用.jpg');
    attach(core, b.id, Buffer.from('a scan both vehicles use'), '共用.jpg');
    const batch = await ok(core.call('batches.create', { reference: 'B-ERASE' }));
    await ok(core.call('batches.addVehicles', { batchId: batch.id, vehicleIds: [a.id, b.id], overrideReason: '测试批次' }));
    await ok(core.call('vehicles.update', { id: a.id, changes: { color: '白' } }));

    const erased = await ok(core.call('vehicles.erase', { id: a.id }));
    expect(erased).toEqual({ id: a.id, vin: a.vin, attachments: 2, files: 1 });
    expect(core.services.attachments.has(own.sha256)).toBe(false);
    expect(core.services.attachments.has(shared.sha256)).toBe(true);
    expect(core.db.prepare('SELECT count(*) AS n FROM vehicles WHERE id = ?').get(a.id)).toEqual({ n: 0 });
    expect((await ok(core.call('batches.get', { id: batch.id } as never))) as unknown).toMatchObject({ vehicles: [expect.objectContaining({ id: b.id })] });
    const audit = core.db.prepare("SELECT action, field, old_value, new_value FROM audit_log WHERE entity = 'vehicle' AND entity_id = ?").all(a.id);
    expect(audit).toEqual([{ action: 'delete', field: 'erased', old_value: null, new_value: null }]);
    const everything = JSON.stringify(core.db.prepare('SELECT * FROM audit_log').all());
    expect(everything).not.toContain('张三');
    expect(core.db.pragma('foreign_key_check')).toEqual([]);
    expect((await core.call('vehicles.erase', { id: a.id })).ok).toBe(false);
    core.close();
  });

  it.each([[{ id: 999 }], [{ id: -1 }], [{ vin: 'X' }]])('refuses %j with a typed error', async (input) => {
    const core = openIn(tempFolder());
    const result = await core.call('vehicles.erase', input as never);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(['NOT_FOUND', 'INVALID_INPUT']).toContain(result.error.code);
    core.close();
  });

  it('is reachable from the CLI, only with --yes', async () => {
    const folder = tempFolder();
    const db = path.join(folder, 'export-desk.sqlite');
    const core = openIn(folder);
    const vehicle = await ok(core.call('vehicles.add', { vin: testVin(3), brand: '长城', model: 'H6' }));
    core.close();
    const io = () => {
      const out = { stdout: '', stderr: '' };
      return { out, io: { stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t), env: { LANG: 'en_US.UTF-8' } } };
    };
    const refused = io();
    expect(await runCli(['--db', db, 'vehicle', 'erase', vehicle.vin], refused.io)).toBe(2);
    expect(refused.out.stderr).toContain('--yes');
    const done = io();
    expect(await runCli(['--db', db, 'vehicle', 'erase', vehicle.vin, '--yes'], done.io)).toBe(0);
    expect(done.out.stdout).toContain(`Erased ${vehicle.vin}`);
    const diagnostics = io();
    expect(await runCli(['--db', db, 'diagnostics'], diagnostics.io)).toBe(0);
    expect(diagnostics.out.stdout).toMatch(/vehicles: 0 \(\+0 deleted\)/);
  });
});

describe('logs and diagnostics', () => {
  it('rotates the log at the size limit, keeping five old files', () => {
    const folder = tempFolder();
    const log = createFileLogger({ dataFolder: folder, maxBytes: 2000 });
    for (let i = 0; i < 400; i++) log.info(`line ${i}`, { phone: '13812345678', n: i });
    const files = fs.readdirSync(path.join(folder, 'logs')).sort();
    expect(files).toEqual(['export-desk.log', 'export-desk.log.1', 'export-desk.log.2', 'export-desk.log.3', 'export-desk.log.4', 'export-desk.log.5']);
    for (const file of files) expect(fs.statSync(path.join(folder, 'logs', file)).size).toBeLessThanOrEqual(2000);
    expect(lastLogLines(folder, 50)).toHaveLength(50);
    expect(lastLogLines(folder, 1)[0]).toContain('line 399');
  });

  it('gives support a text with versions and counts and no personal data, even from the log', async () => {
    const folder = tempFolder();
    const log = createFileLogger({ dataFolder: folder });
    const core = openCore({ databasePath: path.join(folder, 'export-desk.sqlite'), door: 'browser', log, timeZone: 'Asia/Shanghai' });
    const vin = testVin(4);
    await ok(core.call('vehicles.add', { vin, brand: '比亚迪', model: '汉', buyer: '李雷', notes: '原车主身份证 110101199003071234 电话 13912345678 li@example.com' }));
    log.error('operation failed', { operation: 'vehicles.add', error: new Error('owner: 李雷 id 110101199003071234 mail li@example.com'), ownerName: '韩梅梅' });
    fs.appendFileSync(path.join(folder, 'logs', 'export-desk.log'), 'old line by hand 13712345678\n');
    const { text } = await ok(core.call('system.diagnostics', {}));
    for (const expected of [/app: \d+\.\d+\.\d+/, /schema: \d+/, /vehicles: 1 /, /batches: 0/, /requests: 0/, /attachments: 0/, /os: /, /node: /, /database: .* MB/, /operation failed/]) expect(text).toMatch(expected);
    for (const secret of ['110101199003071234', '13912345678', '13712345678', 'li@example.com', '李雷', '韩梅梅', vin]) expect(text).not.toContain(secret);
    const logged = fs.readFileSync(path.join(folder, 'logs', 'export-desk.log'), 'utf8');
    for (const secret of ['110101199003071234', 'li@example.com', '李雷', '韩梅梅']) expect(logged).not.toContain(secret);
    core.close();
  });
});
