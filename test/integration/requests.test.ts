import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/core';
import { silentLogger } from '../../electron/core/log';
import { REQUEST_STATUSES, REQUEST_TRANSITIONS, type RequestStatus } from '../../shared/contract/requests';
import { testVin } from '../support/vins';

const jpeg = { fileName: '回函.jpg', contentBase64: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString('base64') };

function open(day = Date.UTC(2026, 10, 29, 4)): Core {
  return openCore({ databasePath: ':memory:', door: 'cli', log: silentLogger, timeZone: 'Asia/Shanghai', clock: { now: () => day } });
}

async function vehicle(core: Core, n: number, manufacturer: string) {
  const result = await core.call('vehicles.add', { vin: testVin(n), brand: 'B', model: 'M', manufacturer, registrationDate: '2026-09-01', transferDate: '2026-09-15', destinationCountry: '俄罗斯' });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

async function ok<T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** A request brought to `status` along a legal path. */
async function requestIn(core: Core, status: RequestStatus, vehicleIds: number[]) {
  const [request] = await ok(core.call('requests.create', { vehicleIds }));
  const id = request!.id;
  if (status === 'draft') return id;
  if (status === 'cancelled') return (await ok(core.call('requests.cancel', { id }))).id;
  await ok(core.call('requests.send', { id, channel: 'email', sentOn: '2026-11-20' }));
  if (status === 'sent') return id;
  const outcome = status === 'partly-confirmed' ? 'partly-confirmed' : status;
  const covered = status === 'confirmed' ? vehicleIds : status === 'partly-confirmed' ? vehicleIds.slice(0, 1) : [];
  await ok(core.call('requests.reply', { id, outcome: outcome as 'confirmed', file: jpeg, coveredVehicleIds: covered }));
  return id;
}

describe('confirmation requests', () => {
  it('groups chosen vehicles into one request per manufacturer', async () => {
    const core = open();
    const a = await vehicle(core, 1, '上汽大众汽车有限公司');
    const b = await vehicle(core, 2, '上汽大众汽车有限公司');
    const c = await vehicle(core, 3, '比亚迪汽车工业有限公司');
    const created = await ok(core.call('requests.create', { vehicleIds: [a.id, b.id, c.id] }));
    expect(created.map((r) => [r.manufacturer, r.status, r.vehicles.map((v) => v.vin)])).toEqual(
      expect.arrayContaining([
        ['上汽大众汽车有限公司', 'draft', [a.vin, b.vin].sort()],
        ['比亚迪汽车工业有限公司', 'draft', [c.vin]],
      ]),
    );
    expect(await core.call('requests.create', { vehicleIds: [a.id] })).toMatchObject({ ok: false, error: { code: 'REQUEST_NO_VEHICLES' } });
    core.close();
  });

  // Every (from, to) pair: legal ones succeed, the rest are refused with a message naming both states.
  const pairs = REQUEST_STATUSES.flatMap((from) => (['sent', 'confirmed', 'partly-confirmed', 'refused', 'cancelled'] as const).map((to) => [from, to] as const));
  it.each(pairs)('%s → %s follows the lifecycle', async (from, to) => {
    const core = open();
    const vehicles = [await vehicle(core, 10, '长城汽车股份有限公司'), await vehicle(core, 11, '长城汽车股份有限公司')];
    const id = await requestIn(core, from, vehicles.map((v) => v.id));
    const ids = vehicles.map((v) => v.id);
    const attempt =
      to === 'sent'
        ? core.call('requests.send', { id, channel: 'post' })
        : to === 'cancelled'
          ? core.call('requests.cancel', { id })
          : core.call('requests.reply', { id, outcome: to, file: jpeg, coveredVehicleIds: to === 'confirmed' ? ids : to === 'partly-confirmed' ? ids.slice(1) : [] });
    const result = await attempt;
    const legal = REQUEST_TRANSITIONS[from].includes(to) && !(from === 'partly-confirmed' && to === 'partly-confirmed');
    if (legal) expect(result).toMatchObject({ ok: true, value: { status: to } });
    else {
      expect(result).toMatchObject({ ok: false, error: { code: expect.stringMatching(/REQUEST_TRANSITION|REPLY_COVERAGE/) } });
      expect(await ok(core.call('requests.get', { id }))).toMatchObject({ status: from });
    }
    core.close();
  });

  it.each([
    ['confirmed with a vehicle left out', 'confirmed', [0], 'request.confirmedNeedsAll'],
    ['partly confirmed with every vehicle', 'partly-confirmed', [0, 1], 'request.partialNeedsSome'],
    ['refused with a vehicle ticked', 'refused', [0], 'request.refusedNeedsNone'],
  ])('refuses a reply %s, storing nothing', async (_what, outcome, covered, code) => {
    const core = open();
    const vehicles = [await vehicle(core, 20, '吉利'), await vehicle(core, 21, '吉利')];
    const id = await requestIn(core, 'sent', vehicles.map((v) => v.id));
    const result = await core.call('requests.reply', { id, outcome: outcome as 'confirmed', file: jpeg, coveredVehicleIds: covered.map((i) => vehicles[i]!.id) });
    expect(result).toMatchObject({ ok: false, error: { code: 'REPLY_COVERAGE', fields: [{ code }] } });
    expect(core.db.prepare('SELECT count(*) AS n FROM attachments').get()).toEqual({ n: 0 });
    core.close();
  });

  it('is overdue after 10 working days, counted across the National Day holiday', async () => {
    for (const [today, overdue, waiting] of [[Date.UTC(2026, 9, 16, 4), false, 10], [Date.UTC(2026, 9, 19, 4), true, 11]] as const) {
      const core = open(today);
      const v = await vehicle(core, 30, '奇瑞汽车股份有限公司');
      const [request] = await ok(core.call('requests.create', { vehicleIds: [v.id] }));
      await ok(core.call('requests.send', { id: request!.id, channel: 'courier', sentOn: '2026-09-28', trackingNumber: 'SF1234567890' }));
      const listed = await ok(core.call('requests.list', { overdue: true }));
      expect(listed.length === 1).toBe(overdue);
      expect(await ok(core.call('requests.get', { id: request!.id }))).toMatchObject({ dueOn: '2026-10-16', overdue, workingDaysWaiting: waiting });
      core.close();
    }
  });

  it('keeps the stamped scan and the outlets, and the confirmed vehicles stop being blocked', async () => {
    const core = open();
    const a = await vehicle(core, 40, '比亚迪汽车工业有限公司');
    const b = await vehicle(core, 41, '比亚迪汽车工业有限公司');
    const before = await ok(core.call('compliance.vehicle', { id: a.id }));
    expect(before.blockers.map((x) => x.code)).toContain('readiness.confirmationNotRequested');
    const id = await requestIn(core, 'sent', [a.id, b.id]);
    const waiting = await ok(core.call('compliance.vehicle', { id: a.id }));
    expect(waiting.blockers.map((x) => x.code)).toContain('readiness.confirmationAwaiting');
    expect(await ok(core.call('compliance.dashboard', {}))).toMatchObject({ withoutRequest: { count: 0 } });

    await ok(core.call('requests.reply', { id, outcome: 'partly-confirmed', file: jpeg, coveredVehicleIds: [a.id], outlets: [{ country: '俄罗斯', name: 'BYD Moscow Service', address: 'Moscow', contact: '+7 495 000' }] }));
    const after = await ok(core.call('compliance.vehicle', { id: a.id }));
    expect(after.blockers.map((x) => x.code)).not.toContain('readiness.confirmationAwaiting');
    const other = await ok(core.call('compliance.vehicle', { id: b.id }));
    expect(other.blockers.map((x) => x.code)).toContain('readiness.confirmationRefused');
    expect(await ok(core.call('compliance.dashboard', {}))).toMatchObject({ withoutRequest: { count: 1, vehicles: [{ vin: b.vin }] } });

    const request = await ok(core.call('requests.get', { id }));
    expect(request.replyAttachmentId).not.toBeNull();
    const stored = core.db.prepare('SELECT sha256, media_type AS mediaType, kind FROM attachments WHERE id = ?').get(request.replyAttachmentId) as { sha256: string; mediaType: string; kind: string };
    expect(stored).toMatchObject({ mediaType: 'image/jpeg', kind: 'confirmation-reply' });
    expect(core.services.attachments.get(stored.sha256)).toEqual(Buffer.from(jpeg.contentBase64, 'base64'));
    expect(await ok(core.call('manufacturers.outlets', { id: request.manufacturerId }))).toEqual([{ id: expect.any(Number), country: '俄罗斯', name: 'BYD Moscow Service', address: 'Moscow', contact: '+7 495 000', requestId: id }]);
    core.close();
  });
});
