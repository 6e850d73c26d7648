import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { openCore, type Core } from '../../electron/core/core';
import { silentLogger } from '../../electron/core/log';
import type { ReplyCheck } from '../../shared/contract/requests';
import { generateReply, type GeneratedReply, type ReplyOptions } from '../fixtures/replies';
import { useTempFolder } from '../support/temp-folder';
import { testVin } from '../support/vins';

const tempFolder = useTempFolder();

async function ok<T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

// One core (and so one warm OCR engine) for the file: starting the workers is the slow part.
let core: Core;
let folder: string;
let requestId: number;
const vehicles = [11, 12, 13, 14, 15].map((n) => ({ vin: testVin(n, 'LSVAU2186P'), brand: '大众', model: 'SVW7141', country: '俄罗斯' }));

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'export-desk-reply-check-'));
  core = openCore({ databasePath: path.join(folder, 'inventory.sqlite'), door: 'cli', log: silentLogger, timeZone: 'Asia/Shanghai', clock: { now: () => Date.UTC(2026, 10, 29, 4) } });
  const ids: number[] = [];
  for (const vehicle of vehicles) {
    const added = await ok(core.call('vehicles.add', { vin: vehicle.vin, brand: vehicle.brand, model: vehicle.model, manufacturer: '上汽大众汽车有限公司', registrationDate: '2026-09-01', transferDate: '2026-09-15', destinationCountry: vehicle.country }));
    ids.push(added.id);
  }
  const [request] = await ok(core.call('requests.create', { vehicleIds: ids }));
  requestId = request!.id;
  await ok(core.call('requests.send', { id: requestId, channel: 'email', sentOn: '2026-11-20' }));
}, 60_000);
afterAll(() => {
  core.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const payload = (reply: GeneratedReply) => ({ fileName: reply.name, contentBase64: reply.bytes.toString('base64') });

async function check(reply: GeneratedReply, vins?: string[]): Promise<ReplyCheck> {
  const result = await ok(core.call('requests.checkReply', { requestId, file: payload(reply), ...(vins ? { vins } : {}) }));
  const flagged = result.vins.filter((v) => !v.found).map((v) => `${v.vin}→${v.closest ?? '—'}`);
  console.log(`[reply-check] ${reply.name}: ${result.pagesRead} page(s), ${result.ms} ms${result.secondReading ? ' (read twice)' : ''}; flagged: ${flagged.join(', ') || 'none'}`);
  return result;
}

describe('the VINs of a generated reply scan, checked by OCR', () => {
  it.each<[string, number, Omit<ReplyOptions, 'vehicles'>]>([
    ['every VIN present, a PNG scan', 1, { variant: 'all', format: 'png' }],
    ['every VIN present, a two-page PDF with the seal stamped across the table', 2, { variant: 'all', format: 'pdf', firstPageRows: 3, seal: 'table' }],
    ['every VIN present, a skewed phone photo', 3, { variant: 'all', condition: 'photo' }],
    ['one VIN left out, a PNG scan with the seal across the table', 4, { variant: 'missing', format: 'png', seal: 'table' }],
    ['one VIN mistyped, a one-page PDF', 5, { variant: 'typo', format: 'pdf' }],
  ])('%s', async (_, seed, options) => {
    const reply = await generateReply(seed, { vehicles, ...options });
    const result = await check(reply);
    expect(result.pagesRead).toBe(reply.pages);
    // By default every vehicle of the request, in the request's order.
    expect(result.vins.map((v) => v.vin).sort()).toEqual(vehicles.map((v) => v.vin).sort());
    for (const v of result.vins) {
      if (v.vin === reply.missing) {
        expect(v).toMatchObject({ found: false, how: 'missing' });
        // The next VIN of the series, printed, is another vehicle: never offered as this one's reading.
        expect(vehicles.map((x) => x.vin)).not.toContain(v.closest);
      } else if (v.vin === reply.typo?.vin) {
        expect(v).toMatchObject({ found: false, how: 'missing', closest: reply.typo.printed, distance: 1, page: 1 });
      } else {
        expect(v, v.vin).toMatchObject({ found: true });
        expect(v.page).toBeLessThanOrEqual(reply.pages);
      }
    }
  }, 120_000);

  it('looks only for the VINs asked for', async () => {
    const reply = await generateReply(6, { vehicles, variant: 'missing', format: 'png' });
    const others = vehicles.map((v) => v.vin).filter((vin) => vin !== reply.missing);
    const result = await check(reply, others.slice(0, 2));
    expect(result.vins.map((v) => [v.vin, v.found])).toEqual([
      [others[0], true],
      [others[1], true],
    ]);
    expect(result.secondReading).toBe(false);
  }, 120_000);

  it('reports progress, and stops when cancelled', async () => {
    const reply = await generateReply(7, { vehicles, variant: 'all', format: 'pdf', firstPageRows: 3 });
    const events: Array<[number, number]> = [];
    const listen = (event: { callId: string; done: number; total: number }) => event.callId === 'progress-call' && events.push([event.done, event.total]);
    core.events.on('progress', listen);
    await ok(core.dispatch('requests.checkReply', { requestId, file: payload(reply) }, 'progress-call') as never);
    core.events.off('progress', listen);
    // Two pages, counted over both readings (the second is needed only when a VIN is not found).
    expect(events[0]).toEqual([1, 4]);
    expect(events.map(([done]) => done)).toEqual([...events.map(([done]) => done)].sort());

    const running = core.dispatch('requests.checkReply', { requestId, file: payload(reply) }, 'cancelled-call');
    setTimeout(() => void core.call('jobs.cancel', { callId: 'cancelled-call' }), 300);
    expect(await running).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
  }, 120_000);

  it.each([
    ['a request that does not exist', 9999, { fileName: 'x.png', contentBase64: 'iVBORw0KGgo=' }, 'NOT_FOUND'],
    ['a file that is not a scan', 0, { fileName: 'letter.docx', contentBase64: Buffer.from('PK\u0003\u0004 not a scan').toString('base64') }, 'FILE_FORMAT_UNSUPPORTED'],
    ['an empty file', 0, { fileName: 'empty.pdf', contentBase64: '' }, 'FILE_UNREADABLE'],
  ])('refuses %s with a typed error', async (_, id, file, code) => {
    expect(await core.call('requests.checkReply', { requestId: id || requestId, file })).toMatchObject({ ok: false, error: { code } });
  });
});

describe('export-desk requests reply and check-reply', () => {
  async function cli(args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { LANG: 'zh_CN.UTF-8' } });
    return { code, stdout, stderr };
  }

  it('refuses to save a reply whose scan lacks a VIN it confirms, unless --force', async () => {
    const db = path.join(tempFolder(), 'cli.sqlite');
    const vins = vehicles.slice(0, 3).map((v) => v.vin);
    for (const vin of vins) expect((await cli(['--db', db, 'vehicle', 'add', '--vin', vin, '--brand', '大众', '--model', 'SVW7141', '--manufacturer', '上汽大众汽车有限公司'])).code).toBe(0);
    expect((await cli(['--db', db, 'requests', 'create', '--vin', ...vins])).code).toBe(0);
    expect((await cli(['--db', db, 'requests', 'send', '1', '--channel', 'post'])).code).toBe(0);
    const reply = await generateReply(9, { vehicles: vehicles.slice(0, 3), variant: 'missing', format: 'png' });
    const scan = path.join(tempFolder(), reply.name);
    fs.writeFileSync(scan, reply.bytes);

    const checked = await cli(['--db', db, 'requests', 'check-reply', '1', '--file', scan]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(new RegExp(`${reply.missing}\\s+回函中未找到此 VIN — 请核对`));
    expect(checked.stdout.match(/在回函中找到/g)).toHaveLength(2);

    const refused = await cli(['--db', db, 'requests', 'reply', '1', '--file', scan, '--outcome', 'confirmed', '--vin', ...vins]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('回函扫描件中未找到 1 个 VIN，未保存');
    expect(JSON.parse((await cli(['--db', db, '--json', 'requests', 'list'])).stdout)).toMatchObject([{ id: 1, status: 'sent' }]);

    const forced = await cli(['--db', db, 'requests', 'reply', '1', '--file', scan, '--outcome', 'confirmed', '--vin', ...vins, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(reply.missing!);
    expect(JSON.parse((await cli(['--db', db, '--json', 'requests', 'list'])).stdout)).toMatchObject([{ id: 1, status: 'confirmed' }]);
  }, 180_000);
});
