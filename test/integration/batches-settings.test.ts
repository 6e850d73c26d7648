import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/core';
import { silentLogger } from '../../electron/core/log';
import { insertAttachment } from '../../electron/core/db/attachments-repo';
import { testVin } from '../support/vins';

function open(): Core {
  return openCore({ databasePath: ':memory:', door: 'cli', log: silentLogger, timeZone: 'Asia/Shanghai', clock: { now: () => Date.UTC(2026, 10, 29, 4) } });
}

async function vehicle(core: Core, n: number, registrationDate: string, extra: Record<string, unknown> = {}) {
  const result = await core.call('vehicles.add', { vin: testVin(n), brand: '比亚迪', model: 'BYD7005BEV', manufacturer: '比亚迪汽车工业有限公司', registrationDate, transferDate: registrationDate, destinationCountry: '哈萨克斯坦', ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** A certificate scan on file: the one readiness item an OCR-less test must supply itself. */
function attachScan(core: Core, vehicleId: number) {
  const { sha256, size } = core.services.attachments.put(Buffer.from(`scan of ${vehicleId}`));
  insertAttachment(core.db, { sha256, fileName: 'scan.jpg', mediaType: 'image/jpeg', size, kind: 'certificate-scan', vehicleId, batchId: null, note: null, createdAt: '2026-11-29T04:00:00.000Z' });
}

describe('settings', () => {
  it('keeps the enterprise profile, validates the credit code, clears with null, and has defaults', async () => {
    const core = open();
    expect(await core.call('settings.get', {})).toMatchObject({ ok: true, value: { 'enterprise.name': null, 'requests.overdueWorkingDays': 10 } });
    await core.call('settings.update', { 'enterprise.name': ' 上海某某二手车出口有限公司 ', 'enterprise.creditCode': '91330100716105852f' });
    expect(await core.call('settings.get', {})).toMatchObject({ ok: true, value: { 'enterprise.name': '上海某某二手车出口有限公司', 'enterprise.creditCode': '91330100716105852F' } });
    const wrong = await core.call('settings.update', { 'enterprise.creditCode': '91330100716105852G' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: [{ field: 'enterprise.creditCode', code: 'creditCode.check' }] } });
    await core.call('settings.update', { 'enterprise.name': null });
    expect(await core.call('settings.get', {})).toMatchObject({ ok: true, value: { 'enterprise.name': null, 'enterprise.creditCode': '91330100716105852F' } });
    expect(await core.call('settings.update', { 'enterprise.unknown': 'x' } as never)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    core.close();
  });

  it('changes only the keys it names (an enterprise save keeps the overdue threshold)', async () => {
    const core = open();
    await core.call('settings.update', { 'requests.overdueWorkingDays': 5 });
    await core.call('settings.update', { 'enterprise.name': '上海某某二手车出口有限公司' });
    expect(await core.call('settings.get', {})).toMatchObject({ ok: true, value: { 'enterprise.name': '上海某某二手车出口有限公司', 'requests.overdueWorkingDays': 5 } });
    core.close();
  });
});

describe('application batches', () => {
  it('numbers batches by date and refuses a reference twice', async () => {
    const core = open();
    expect(await core.call('batches.create', {})).toMatchObject({ ok: true, value: { reference: 'P2026-11-29-01', status: 'draft' } });
    expect(await core.call('batches.create', {})).toMatchObject({ ok: true, value: { reference: 'P2026-11-29-02' } });
    expect(await core.call('batches.create', { reference: 'P2026-11-29-01' })).toMatchObject({ ok: false, error: { code: 'BATCH_REFERENCE_TAKEN' } });
    core.close();
  });

  it('admits only ready vehicles, or others with an override reason that the audit trail keeps', async () => {
    const core = open();
    const ready = await vehicle(core, 1, '2025-03-01'); // long past 180 days: no confirmation needed
    attachScan(core, ready.id);
    const noScan = await vehicle(core, 2, '2025-03-01');
    const needsConfirmation = await vehicle(core, 3, '2026-10-01');
    attachScan(core, needsConfirmation.id);
    const batch = await core.call('batches.create', { plannedApplicationDate: '2026-12-01' });
    if (!batch.ok) throw new Error();
    const result = await core.call('batches.addVehicles', { batchId: batch.value.id, vehicleIds: [ready.id, noScan.id, needsConfirmation.id] });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.added.map((a) => a.vin)).toEqual([ready.vin]);
    expect(result.value.refused.map((r) => [r.vin, r.reasons.map((x) => x.en).join(' | ')])).toEqual([
      [noScan.vin, expect.stringContaining('Registration Certificate')],
      [needsConfirmation.vin, expect.stringContaining('Confirmation of After-Sales Service')],
    ]);
    const forced = await core.call('batches.addVehicles', { batchId: batch.value.id, vehicleIds: [noScan.id], overrideReason: '原件已核对，扫描件补交' });
    expect(forced).toMatchObject({ ok: true, value: { added: [{ vin: noScan.vin, overridden: true }] } });
    const history = await core.call('vehicles.history', { id: noScan.id });
    expect(history.ok && history.value.at(-1)).toMatchObject({ field: 'batch', newValue: 'P2026-11-29-01 (override: 原件已核对，扫描件补交)' });
    const detail = await core.call('batches.get', { reference: 'P2026-11-29-01' });
    expect(detail.ok && detail.value.vehicles.map((v) => [v.vin, v.ready, v.overrideReason])).toEqual([
      [ready.vin, true, null],
      [noScan.vin, false, '原件已核对，扫描件补交'],
    ]);
    core.close();
  });

  it('keeps a vehicle in one open batch at a time', async () => {
    const core = open();
    const v = await vehicle(core, 4, '2025-03-01');
    attachScan(core, v.id);
    const first = await core.call('batches.create', {});
    const second = await core.call('batches.create', {});
    if (!first.ok || !second.ok) throw new Error();
    await core.call('batches.addVehicles', { batchId: first.value.id, vehicleIds: [v.id] });
    const again = await core.call('batches.addVehicles', { batchId: second.value.id, vehicleIds: [v.id], overrideReason: 'try anyway' });
    expect(again).toMatchObject({ ok: true, value: { added: [], refused: [{ reasons: [{ en: 'Already in batch P2026-11-29-01' }] }] } });
    core.close();
  });

  it.each([
    [['submitted'], 'submitted'],
    [['submitted', 'licensed'], 'licensed'],
    [['submitted', 'refused', 'draft'], 'draft'],
  ])('moves through %j', async (steps, final) => {
    const core = open();
    const v = await vehicle(core, 5, '2025-03-01');
    attachScan(core, v.id);
    const batch = await core.call('batches.create', {});
    if (!batch.ok) throw new Error();
    await core.call('batches.addVehicles', { batchId: batch.value.id, vehicleIds: [v.id] });
    for (const status of steps) {
      const result = await core.call('batches.update', { id: batch.value.id, changes: { status: status as never, ...(status === 'licensed' ? { licenceNumber: '26-AB-123456' } : {}) } });
      expect(result.ok).toBe(true);
    }
    expect(await core.call('batches.get', { id: batch.value.id })).toMatchObject({ ok: true, value: { status: final } });
    core.close();
  });

  it.each([
    ['draft → licensed', [], 'licensed', 'BATCH_TRANSITION'],
    ['an empty batch submitted', [], 'submitted', 'BATCH_EMPTY'],
    ['licensed without a licence number', ['submitted'], 'licensed', 'INVALID_INPUT'],
    ['licensed → draft', ['submitted', 'licensed'], 'draft', 'BATCH_TRANSITION'],
  ])('refuses %s', async (_what, steps, target, code) => {
    const core = open();
    const v = await vehicle(core, 6, '2025-03-01');
    attachScan(core, v.id);
    const batch = await core.call('batches.create', {});
    if (!batch.ok) throw new Error();
    if (code !== 'BATCH_EMPTY') await core.call('batches.addVehicles', { batchId: batch.value.id, vehicleIds: [v.id] });
    for (const status of steps) await core.call('batches.update', { id: batch.value.id, changes: { status: status as never, ...(status === 'licensed' ? { licenceNumber: 'L-1' } : {}) } });
    const result = await core.call('batches.update', { id: batch.value.id, changes: { status: target as never } });
    expect(result).toMatchObject({ ok: false, error: { code } });
    core.close();
  });

  it('freezes the vehicle list once submitted', async () => {
    const core = open();
    const v = await vehicle(core, 7, '2025-03-01');
    attachScan(core, v.id);
    const batch = await core.call('batches.create', {});
    if (!batch.ok) throw new Error();
    await core.call('batches.addVehicles', { batchId: batch.value.id, vehicleIds: [v.id] });
    await core.call('batches.update', { id: batch.value.id, changes: { status: 'submitted' } });
    expect(await core.call('batches.removeVehicles', { batchId: batch.value.id, vehicleIds: [v.id] })).toMatchObject({ ok: false, error: { code: 'BATCH_NOT_EDITABLE' } });
    core.close();
  });
});
