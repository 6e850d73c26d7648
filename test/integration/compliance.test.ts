import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { openCore, type Core } from '../../electron/core/core';
import { silentLogger } from '../../electron/core/log';
import { confirmationWindow, statusInWindow } from '../../shared/compliance';
import { COMPLIANCE_STATES } from '../../shared/contract/vehicles';
import { addDays, fromDayNumber, toDayNumber } from '../../shared/domain/calendar-date';
import { useTempFolder } from '../support/temp-folder';
import { testVin } from '../support/vins';

const TODAY = '2026-11-29';
const tempFolder = useTempFolder();

function open(file = ':memory:'): Core {
  return openCore({ databasePath: file, door: 'cli', log: silentLogger, timeZone: 'Asia/Shanghai', clock: { now: () => Date.UTC(2026, 10, 29, 4) } });
}

async function add(core: Core, n: number, registrationDate: string | null, transferDate: string | null, extra: Record<string, unknown> = {}) {
  const result = await core.call('vehicles.add', { vin: testVin(n), brand: '比亚迪', model: 'BYD7005BEV', manufacturer: '比亚迪汽车工业有限公司', registrationDate, transferDate, ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('the 180-day filter of the inventory', () => {
  it('selects exactly the vehicles statusInWindow() puts in each state, for any application date', async () => {
    const core = open();
    const day = (from: string, to: string) => fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
    // Stored vehicles obey the consistency rules: registration ≤ transfer ≤ today; dates may be blank.
    const vehicles = fc.sample(
      fc.tuple(fc.option(day('2025-01-01', TODAY), { nil: null }), fc.integer({ min: 0, max: 200 }), fc.boolean()),
      { numRuns: 300, seed: 648 },
    );
    const stored: Array<{ id: number; registrationDate: string | null; transferDate: string | null }> = [];
    for (const [index, [registration, gap, hasTransfer]] of vehicles.entries()) {
      let transfer = registration && hasTransfer ? addDays(registration, gap) : null;
      if (transfer && transfer > TODAY) transfer = TODAY;
      stored.push(await add(core, 1000 + index, registration, transfer));
    }
    const applicationDates = ['2025-06-30', '2025-12-31', '2026-01-01', '2026-03-15', '2026-06-29', TODAY, '2027-05-01'];
    for (const applicationDate of applicationDates) {
      const window = confirmationWindow(applicationDate);
      for (const state of COMPLIANCE_STATES) {
        const listed = await core.call('vehicles.list', { compliance: { applicationDate, states: [state] }, limit: 1000, sortBy: 'createdAt', sortOrder: 'asc' });
        if (!listed.ok) throw new Error(JSON.stringify(listed.error));
        const expected = stored.filter((v) => statusInWindow(v, window) === state).map((v) => v.id);
        expect({ applicationDate, state, ids: listed.value.items.map((v) => v.id).sort((a, b) => a - b) }).toEqual({ applicationDate, state, ids: expected.sort((a, b) => a - b) });
      }
    }
    core.close();
  }, 60_000);
});

describe('the compliance dashboard', () => {
  it('counts each state, lists vehicles by when they clear, and buckets the weeks', async () => {
    const core = open();
    await add(core, 1, '2026-06-02', '2026-06-20'); // day 180 on 2026-11-29: required, clears 2026-11-30 (tomorrow)
    await add(core, 2, '2026-06-01', '2026-06-20'); // day 181: not required
    await add(core, 3, '2026-09-01', '2026-10-01'); // required, clears 2027-03-01
    await add(core, 4, '2025-07-01', '2025-12-31'); // more than 180 days: not required
    await add(core, 5, null, null); // invalid: no registration date
    await add(core, 6, '2026-10-01', '2026-10-02', { status: 'exported', destinationCountry: '俄罗斯' }); // exported: not counted
    const result = await core.call('compliance.dashboard', { applicationDate: TODAY });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const dashboard = result.value;
    expect(dashboard).toMatchObject({
      applicationDate: TODAY,
      total: 5,
      counts: { 'confirmation-required': 2, 'not-required': 2, 'transitional-exempt': 0, invalid: 1 },
      clearingWithin7Days: 1,
      clearingWithin30Days: 1,
      withoutRequest: { count: 2 },
    });
    expect(dashboard.clearingSoon.map((v) => [v.vin, v.clearsOn, v.daysUntilClear])).toEqual([
      [testVin(1), '2026-11-30', 1],
      [testVin(3), '2027-03-01', 92],
    ]);
    expect(dashboard.clearingTimeline[0]).toEqual({ weekStart: '2026-11-23', count: 0 });
    expect(dashboard.clearingTimeline[1]).toEqual({ weekStart: '2026-11-30', count: 1 });
    expect(dashboard.clearingTimeline.reduce((sum, week) => sum + week.count, 0)).toBe(2);

    const whatIf = await core.call('compliance.dashboard', { applicationDate: '2026-12-07' });
    expect(whatIf).toMatchObject({ ok: true, value: { counts: { 'confirmation-required': 1, 'not-required': 3 } } });
    core.close();
  });

  it('shows the transitional case for a transfer completed before 2026-01-01', async () => {
    const core = open();
    await add(core, 7, '2025-12-01', '2025-12-31');
    expect(await core.call('compliance.dashboard', { applicationDate: '2026-03-01' })).toMatchObject({ ok: true, value: { counts: { 'transitional-exempt': 1 } } });
    core.close();
  });
});

describe('readiness of a stored vehicle', () => {
  it('lists what still blocks the application, each with what to do', async () => {
    const core = open();
    await add(core, 8, '2026-09-01', '2026-10-01');
    const result = await core.call('compliance.vehicle', { vin: testVin(8), applicationDate: TODAY });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.ready).toBe(false);
    expect(result.value.assessment.status).toBe('confirmation-required');
    expect(result.value.blockers.map((b) => b.code)).toEqual(expect.arrayContaining(['readiness.destinationCountryMissing', 'readiness.certificateScanMissing', 'readiness.confirmationNotRequested']));
    for (const blocker of result.value.blockers) expect(blocker.action['zh-CN'].length).toBeGreaterThan(4);
    expect(await core.call('compliance.vehicle', { vin: testVin(999) })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    core.close();
  });
});

describe('export-desk assess', () => {
  async function cli(args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { LANG: 'en_US.UTF-8' } });
    return { code, stdout, stderr };
  }

  it.each([
    [['--registration-date', '2026-06-02', '--apply-date', TODAY], 'confirmation-required', 180, '2026-11-30'],
    [['--registration-date', '2026-06-01', '--apply-date', TODAY], 'not-required', 181, '2026-11-29'],
    [['--registration-date', '2025-12-01', '--transfer-date', '2025-12-31', '--apply-date', '2026-03-01'], 'transitional-exempt', 90, '2026-05-31'],
    [['--registration-date', '2025-12-01', '--apply-date', '2025-12-31'], 'not-required', 30, '2026-05-31'],
    [['--registration-date', '2026-01-10', '--transfer-date', '2026-01-05', '--apply-date', TODAY], 'invalid', 323, '2026-07-10'],
  ])('%j → %s after %i days, clears on %s', async (args, status, days, clearsOn) => {
    const result = await cli(['--json', 'assess', ...args]);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toMatchObject({ status, daysSinceRegistration: days, clearsOn });
    expect(Object.keys(printed)).toEqual(['status', 'daysSinceRegistration', 'clearsOn', 'reasons']);
    expect(printed.reasons[0]).toEqual({ code: expect.stringMatching(/^compliance\./), message: expect.any(String) });
  });

  it('assesses a stored vehicle by VIN and adds its readiness; today is the default application date', async () => {
    const db = `${tempFolder()}/inventory.sqlite`;
    const core = open(db);
    await add(core, 9, '2026-09-01', '2026-10-01');
    core.close();
    const result = await cli(['--db', db, '--json', 'assess', '--vin', testVin(9).toLowerCase()]);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed).toMatchObject({ vin: testVin(9), status: 'confirmation-required', clearsOn: '2027-03-01', ready: false });
    expect(printed.readiness.map((r: { code: string }) => r.code)).toContain('readiness.confirmationNotRequested');
    const human = await cli(['--db', db, 'assess', '--vin', testVin(9), '--apply-date', '2027-03-01']);
    expect(human.stdout).toContain('No confirmation needed');
  });

  it.each([[['assess']], [['assess', '--transfer-date', '2026-01-01']]])('exits 2 without a registration date or VIN: %j', async (args) => {
    expect((await cli(args)).code).toBe(2);
  });

  it('refuses a malformed application date with exit 1', async () => {
    const result = await cli(['assess', '--registration-date', '2026-01-01', '--apply-date', '2026-02-30']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('applicationDate');
  });
});
