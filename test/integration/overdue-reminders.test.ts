import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/core';
import { silentLogger } from '../../electron/core/log';
import { testVin } from '../support/vins';

/** Noon in Shanghai on a calendar date. */
const noon = (date: string) => Date.parse(`${date}T04:00:00Z`);

let folder: string;
let databasePath: string;
let day: string;
let core: Core;

/** The core as a door opens it, on a real file, with a clock the test moves. */
function open(): Core {
  return openCore({ databasePath, door: 'cli', log: silentLogger, timeZone: 'Asia/Shanghai', clock: { now: () => noon(day) } });
}

async function ok<T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** A request for a new vehicle, sent on `sentOn`. */
async function sentRequest(n: number, manufacturer: string, sentOn: string): Promise<number> {
  const vehicle = await ok(core.call('vehicles.add', { vin: testVin(n), brand: 'B', model: 'M', manufacturer, registrationDate: '2026-08-01', transferDate: '2026-08-15' }));
  const [request] = await ok(core.call('requests.create', { vehicleIds: [vehicle.id] }));
  await ok(core.call('requests.send', { id: request!.id, channel: 'courier', sentOn }));
  return request!.id;
}

/** The ids the reminder hands out on `date`. */
async function remindedOn(date: string): Promise<number[]> {
  day = date;
  return (await ok(core.call('requests.newlyOverdue', {}))).map((r) => r.id);
}

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-reminders-'));
  databasePath = path.join(folder, 'export-desk.sqlite');
  day = '2026-09-28';
  core = open();
});

afterEach(() => {
  core.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

// Sent 2026-09-28 with 10 working days to reply: due 2026-10-16 (after the National Day holiday), overdue from 2026-10-17.
describe('requests.newlyOverdue: each overdue request is handed out once', () => {
  it('hands a request out the day it becomes overdue, then never again, also after a restart', async () => {
    const id = await sentRequest(1, '奇瑞汽车股份有限公司', '2026-09-28');
    expect(await remindedOn('2026-10-16')).toEqual([]);
    day = '2026-10-19';
    const [reminder] = await ok(core.call('requests.newlyOverdue', {}));
    expect(reminder).toMatchObject({ id, manufacturer: '奇瑞汽车股份有限公司', overdue: true, dueOn: '2026-10-16', workingDaysWaiting: 11 });
    expect(await remindedOn('2026-10-19')).toEqual([]);
    core.close();
    core = open();
    expect(await remindedOn('2026-10-20')).toEqual([]);
    expect(await ok(core.call('requests.list', { overdue: true }))).toHaveLength(1); // still overdue, only not reminded again
  });

  it('hands out each request on the day it becomes overdue, and only those overdue', async () => {
    const older = await sentRequest(2, '比亚迪汽车工业有限公司', '2026-09-28');
    const newer = await sentRequest(3, '长城汽车股份有限公司', '2026-09-29');
    expect(await remindedOn('2026-10-19')).toEqual([older]);
    const recent = await sentRequest(4, '吉利汽车控股有限公司', '2026-10-19');
    expect(await remindedOn('2026-10-21')).toEqual([newer]);
    expect(await remindedOn('2026-11-03')).toEqual([recent]);
    expect(await remindedOn('2026-11-04')).toEqual([]);
  });

  it.each([
    ['replied', (id: number) => core.call('requests.reply', { id, outcome: 'refused', file: { fileName: '回函.jpg', contentBase64: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1]).toString('base64') }, coveredVehicleIds: [] })],
    ['cancelled', (id: number) => core.call('requests.cancel', { id })],
  ])('never hands out a request %s before it became overdue', async (_what, answer) => {
    const id = await sentRequest(5, '奇瑞汽车股份有限公司', '2026-09-28');
    day = '2026-10-15';
    await ok(answer(id));
    expect(await remindedOn('2026-10-19')).toEqual([]);
  });

  it('reminds again when a request stops being overdue and becomes overdue again (threshold raised, then lowered)', async () => {
    const id = await sentRequest(6, '奇瑞汽车股份有限公司', '2026-09-28');
    expect(await remindedOn('2026-10-19')).toEqual([id]);
    await ok(core.call('settings.update', { 'requests.overdueWorkingDays': 30 }));
    expect(await remindedOn('2026-10-20')).toEqual([]); // not overdue now: the mark is reset
    await ok(core.call('settings.update', { 'requests.overdueWorkingDays': 10 }));
    expect(await remindedOn('2026-10-21')).toEqual([id]);
    expect(await remindedOn('2026-10-21')).toEqual([]);
  });

  it('reminds again for the same vehicle re-sent in a new request after the overdue one was cancelled', async () => {
    const first = await sentRequest(7, '奇瑞汽车股份有限公司', '2026-09-28');
    expect(await remindedOn('2026-10-19')).toEqual([first]);
    await ok(core.call('requests.cancel', { id: first, reason: '快递丢失，重新寄出' }));
    const vehicle = await ok(core.call('vehicles.get', { vin: testVin(7) }));
    day = '2026-10-19';
    const [again] = await ok(core.call('requests.create', { vehicleIds: [vehicle.id] }));
    await ok(core.call('requests.send', { id: again!.id, channel: 'email', sentOn: '2026-10-19' }));
    expect(await remindedOn('2026-10-30')).toEqual([]);
    expect(await remindedOn('2026-11-03')).toEqual([again!.id]);
    expect(await remindedOn('2026-11-04')).toEqual([]);
  });

  it('hands a request out once between two cores on the same file (browser mode beside the window)', async () => {
    const id = await sentRequest(8, '奇瑞汽车股份有限公司', '2026-09-28');
    day = '2026-10-19';
    const other = open();
    try {
      const both = await Promise.all([core.call('requests.newlyOverdue', {}), other.call('requests.newlyOverdue', {})]);
      expect(both.flatMap((result) => (result.ok ? result.value.map((r) => r.id) : []))).toEqual([id]);
    } finally {
      other.close();
    }
  });
});

describe('the desktop reminders setting', () => {
  it('is on by default', async () => {
    expect(await ok(core.call('settings.get', {}))).toMatchObject({ 'requests.desktopReminders': true });
  });

  it.each([
    [false, false],
    ['off', false],
    [' NO ', false],
    ['0', false],
    ['on', true],
    ['true', true],
  ] as const)('stores %j as %s, and leaves the overdue threshold alone', async (value, stored) => {
    await ok(core.call('settings.update', { 'requests.overdueWorkingDays': 7 }));
    const settings = await ok(core.call('settings.update', { 'requests.desktopReminders': value as never }));
    expect(settings).toMatchObject({ 'requests.desktopReminders': stored, 'requests.overdueWorkingDays': 7 });
  });

  it.each([['maybe'], [2], [null]])('refuses %j with a field message', async (value) => {
    expect(await core.call('settings.update', { 'requests.desktopReminders': value as never })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: [{ field: 'requests.desktopReminders' }] } });
    expect(await ok(core.call('settings.get', {}))).toMatchObject({ 'requests.desktopReminders': true });
  });
});
