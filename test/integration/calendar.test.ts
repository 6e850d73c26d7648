import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { openCore, type Core } from '../../electron/core/core';
import { migrate, MIGRATIONS } from '../../electron/core/db/migrations';
import { silentLogger } from '../../electron/core/log';
import { CHINA_2026 } from '../../shared/domain/working-days';
import { useTempFolder } from '../support/temp-folder';
import { testVin } from '../support/vins';

const tempFolder = useTempFolder();

function open(day = Date.UTC(2027, 0, 19, 4), databasePath = ':memory:'): Core {
  return openCore({ databasePath, door: 'cli', log: silentLogger, timeZone: 'Asia/Shanghai', clock: { now: () => day } });
}

async function ok<T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const csv = (text: string) => ({ fileName: '2027节假日.csv', contentBase64: Buffer.from(text, 'utf8').toString('base64') });

describe('the working-day calendar', () => {
  it('starts with the 2026 State Council arrangement, named and sorted', async () => {
    const core = open();
    const days = await ok(core.call('calendar.list', { year: 2026 }));
    expect(days.filter((d) => d.kind === 'holiday').map((d) => d.date)).toEqual(CHINA_2026.holidays);
    expect(days.filter((d) => d.kind === 'workday').map((d) => d.date)).toEqual(CHINA_2026.workdays);
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
    expect(days.filter((d) => d.name === null)).toEqual([]);
    expect(days).toEqual(expect.arrayContaining([
      { date: '2026-01-04', kind: 'workday', name: '元旦' },
      { date: '2026-02-15', kind: 'holiday', name: '春节' },
      { date: '2026-09-20', kind: 'workday', name: '国庆节' },
      { date: '2026-09-25', kind: 'holiday', name: '中秋节' },
      { date: '2026-10-10', kind: 'workday', name: '国庆节' },
    ]));
    expect(await ok(core.call('calendar.list', { year: 2027 }))).toEqual([]);
    core.close();
  });

  it('adds, replaces and removes a day; a year lists only its own days', async () => {
    const core = open();
    expect(await ok(core.call('calendar.set', { date: '2027-01-01', kind: 'holiday', name: ' 元旦 ' }))).toEqual({ date: '2027-01-01', kind: 'holiday', name: '元旦' });
    expect(await ok(core.call('calendar.set', { date: '2027-02-06', kind: 'workday' }))).toEqual({ date: '2027-02-06', kind: 'workday', name: null }); // a Saturday
    expect(await ok(core.call('calendar.set', { date: '2027-01-02', kind: 'holiday', name: '元旦' }))).toMatchObject({ kind: 'holiday' }); // a Saturday off is fine too
    expect(await ok(core.call('calendar.set', { date: '2027-02-06', kind: 'holiday', name: '春节' }))).toEqual({ date: '2027-02-06', kind: 'holiday', name: '春节' });
    expect((await ok(core.call('calendar.list', { year: 2027 }))).map((d) => [d.date, d.kind, d.name])).toEqual([
      ['2027-01-01', 'holiday', '元旦'],
      ['2027-01-02', 'holiday', '元旦'],
      ['2027-02-06', 'holiday', '春节'],
    ]);
    expect(await ok(core.call('calendar.list', {}))).toHaveLength(CHINA_2026.holidays.length + CHINA_2026.workdays.length + 3);
    expect(await ok(core.call('calendar.remove', { date: '2027-01-02' }))).toEqual({ removed: true });
    expect(await ok(core.call('calendar.remove', { date: '2027-01-02' }))).toEqual({ removed: false });
    expect(await ok(core.call('calendar.remove', { date: '2026-10-10' }))).toEqual({ removed: true }); // a shipped day can go too
    expect((await ok(core.call('calendar.list', { year: 2027 }))).map((d) => d.date)).toEqual(['2027-01-01', '2027-02-06']);
    core.close();
  });

  it.each([
    ['a date that does not exist', { date: '2027-02-30', kind: 'holiday' }, 'date', 'date.invalid', '2027-02-30 不是有效日期', '2027-02-30 is not a valid date'],
    ['a date in another form', { date: '2027/1/1', kind: 'holiday' }, 'date', 'date.invalid', '年-月-日', 'year-month-day'],
    ['no date', { kind: 'holiday' }, 'date', 'field.required', '必填', 'Required'],
    ['an adjusted working day on a Monday', { date: '2027-01-04', kind: 'workday' }, 'kind', 'calendar.workdayOnWeekday', '2027-01-04 是周一，本来就是工作日', '2027-01-04 is a Monday, a working day already'],
    ['an adjusted working day on a Friday', { date: '2027-01-01', kind: 'workday' }, 'kind', 'calendar.workdayOnWeekday', '只能是周六或周日', 'Only a Saturday or Sunday'],
    ['an unknown kind', { date: '2027-01-02', kind: 'off' }, 'kind', 'calendar.kindInvalid', 'holiday（放假）或 workday（调休上班）', 'holiday (a day off) or workday'],
    ['a name too long', { date: '2027-01-02', kind: 'holiday', name: '节'.repeat(51) }, 'name', 'field.tooLong', '50', '50'],
  ])('refuses %s with a bilingual message, writing nothing', async (_case, input, field, code, zh, en) => {
    const core = open();
    const result = await core.call('calendar.set', input as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: [{ field, code }] } });
    if (result.ok) return;
    expect(result.error.fields![0]!.message['zh-CN']).toContain(zh);
    expect(result.error.fields![0]!.message.en).toContain(en);
    expect(await ok(core.call('calendar.list', { year: 2027 }))).toEqual([]);
    core.close();
  });

  it('refuses a bad date to remove and a year out of range to list', async () => {
    const core = open();
    expect(await core.call('calendar.remove', { date: '2027-13-01' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: [{ field: 'date', code: 'date.invalid' }] } });
    expect(await core.call('calendar.list', { year: 27 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: [{ field: 'year' }] } });
    core.close();
  });

  it('changes overdue at once: a request sent on Monday 2027-01-04, 10 working days allowed, seen on Tuesday 2027-01-19', async () => {
    const core = open(Date.UTC(2027, 0, 19, 4));
    const vehicle = await ok(core.call('vehicles.add', { vin: testVin(70), brand: 'B', model: 'M', manufacturer: '奇瑞汽车股份有限公司', registrationDate: '2026-09-01', transferDate: '2026-09-15' }));
    const [request] = await ok(core.call('requests.create', { vehicleIds: [vehicle.id] }));
    await ok(core.call('requests.send', { id: request!.id, channel: 'email', sentOn: '2027-01-04' }));
    const steps = [
      ['no 2027 days yet', null, '2027-01-18', 11, true],
      ['Tuesday 01-12 made a holiday', () => core.call('calendar.set', { date: '2027-01-12', kind: 'holiday', name: '测试' }), '2027-01-19', 10, false],
      ['Saturday 01-16 made a working day', () => core.call('calendar.set', { date: '2027-01-16', kind: 'workday', name: '测试' }), '2027-01-18', 11, true],
      ['both removed', async () => (await core.call('calendar.remove', { date: '2027-01-12' }), core.call('calendar.remove', { date: '2027-01-16' })), '2027-01-18', 11, true],
      ['Monday 01-18 made a holiday', () => core.call('calendar.set', { date: '2027-01-18', kind: 'holiday' }), '2027-01-19', 10, false],
    ] as const;
    for (const [, change, dueOn, waiting, overdue] of steps) {
      if (change) await ok(change() as Promise<{ ok: true; value: unknown }>);
      expect(await ok(core.call('requests.get', { id: request!.id }))).toMatchObject({ dueOn, workingDaysWaiting: waiting, overdue });
      expect((await ok(core.call('requests.list', { overdue: true }))).map((r) => r.id)).toEqual(overdue ? [request!.id] : []);
    }
    core.close();
  });

  it('imports a year from a CSV (Chinese or English headers and kinds), replacing days already there', async () => {
    const core = open();
    await ok(core.call('calendar.set', { date: '2027-02-06', kind: 'workday', name: '旧' }));
    const report = await ok(core.call('calendar.import', csv('\ufeff日期,类型,名称\n2027-01-01,放假,元旦\n2027/2/6,holiday,春节\n\n2027-02-20,调休上班,春节\n2028-01-01,holiday,\n')));
    expect(report).toEqual({ fileName: '2027节假日.csv', imported: 4, years: [2027, 2028] });
    expect((await ok(core.call('calendar.list', { year: 2027 }))).map((d) => [d.date, d.kind, d.name])).toEqual([
      ['2027-01-01', 'holiday', '元旦'],
      ['2027-02-06', 'holiday', '春节'],
      ['2027-02-20', 'workday', '春节'],
    ]);
    expect(await ok(core.call('calendar.list', { year: 2028 }))).toEqual([{ date: '2028-01-01', kind: 'holiday', name: null }]);
    core.close();
  });

  it('imports nothing when any row is bad, and names every bad row', async () => {
    const core = open();
    const result = await core.call('calendar.import', csv('date,kind,name\n2027-01-01,holiday,元旦\n2027-01-04,workday,\n2027-02-30,holiday,\n2027-01-01,holiday,重复\n2027-01-09,rest,\n'));
    expect(result).toMatchObject({ ok: false, error: { code: 'IMPORT_HAS_ERRORS' } });
    if (result.ok) return;
    expect(result.error.message['zh-CN']).toContain('有 4 行存在错误');
    expect(result.error.fields!.map((f) => [f.field, f.code])).toEqual([
      ['3.kind', 'calendar.workdayOnWeekday'],
      ['4.date', 'date.invalid'],
      ['5.date', 'calendar.importDuplicate'],
      ['6.kind', 'calendar.kindInvalid'],
    ]);
    expect(result.error.fields![0]!.message['zh-CN']).toMatch(/^第 3 行：调休上班日只能是周六或周日/);
    expect(result.error.fields![2]!.message.en).toBe('Row 5: The date 2027-01-01 is already on row 2');
    expect(await core.call('calendar.import', csv('日期,备注\n2027-01-01,x\n'))).toMatchObject({ ok: false, error: { code: 'SPREADSHEET_MISSING_COLUMNS' } });
    expect(await ok(core.call('calendar.list', { year: 2027 }))).toEqual([]);
    core.close();
  });

  it('names the shipped days when migrating, keeping a name the dealer already gave', () => {
    const naming = MIGRATIONS.findIndex((m) => m.name.startsWith('names of the shipped 2026 holidays'));
    expect(naming).toBeGreaterThan(0);
    const db = new BetterSqlite3(path.join(tempFolder(), 'before-names.sqlite'));
    migrate(db, MIGRATIONS.slice(0, naming));
    db.prepare("UPDATE calendar_days SET name = '国庆长假' WHERE date = '2026-10-01'").run();
    db.prepare("INSERT INTO calendar_days (date, kind) VALUES ('2027-01-01', 'holiday')").run();
    migrate(db);
    const names = Object.fromEntries((db.prepare('SELECT date, name FROM calendar_days').all() as Array<{ date: string; name: string | null }>).map((r) => [r.date, r.name]));
    expect(names).toMatchObject({ '2026-01-01': '元旦', '2026-04-05': '清明节', '2026-05-09': '劳动节', '2026-06-19': '端午节', '2026-10-01': '国庆长假', '2026-10-02': '国庆节', '2027-01-01': null });
    db.close();
  });
});

describe('export-desk holidays', () => {
  async function cli(args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { LANG: 'zh_CN.UTF-8' } });
    return { code, stdout, stderr };
  }

  it('sets, lists, imports and removes days, as a table or as JSON', async () => {
    const folder = tempFolder();
    const db = ['--db', path.join(folder, 'inventory.sqlite')];
    expect(await cli([...db, 'holidays', 'set', '2027-01-01', '--kind', 'holiday', '--name', '元旦'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/2027-01-01\s+周五\s+放假\s+元旦/) });
    const file = path.join(folder, '2027.csv');
    fs.writeFileSync(file, 'date,kind,name\n2027-02-06,workday,春节\n2027-02-08,holiday,春节\n');
    expect(await cli([...db, 'holidays', 'import', file])).toMatchObject({ code: 0, stdout: '已从 2027.csv 导入 2 天（2027 年）\n' });
    const table = await cli([...db, 'holidays', 'list', '--year', '2027']);
    expect(table.stdout).toMatch(/2027-02-06\s+周六\s+调休上班\s+春节/);
    expect(table.stdout.trim().split('\n')).toHaveLength(2 + 3); // header, rule, three days
    const json = await cli([...db, '--json', 'holidays', 'list', '--year', '2027']);
    expect(JSON.parse(json.stdout)).toEqual([
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-02-06', kind: 'workday', name: '春节' },
      { date: '2027-02-08', kind: 'holiday', name: '春节' },
    ]);
    expect(await cli([...db, 'holidays', 'remove', '2027-02-06'])).toMatchObject({ code: 0, stdout: '已删除 2027-02-06\n' });
    expect(await cli([...db, 'holidays', 'remove', '2027-02-06'])).toMatchObject({ code: 0, stdout: '2027-02-06 不在节假日日历中，未作改动\n' });
    expect(JSON.parse((await cli([...db, '--json', 'holidays', 'list', '--year', '2027'])).stdout)).toHaveLength(2);
  });

  it.each([
    [['holidays', 'set', '2027-01-04', '--kind', 'workday'], 1, '2027-01-04 是周一，本来就是工作日'],
    [['--lang', 'en', 'holidays', 'set', '2027-01-04', '--kind', 'workday'], 1, 'Only a Saturday or Sunday can be an adjusted working day'],
    [['holidays', 'set', '2027-02-30', '--kind', 'holiday'], 1, '2027-02-30 不是有效日期'],
    [['holidays', 'set', '2027-01-01', '--kind', 'rest'], 2, 'holiday, workday'],
    [['holidays', 'set', '2027-01-01'], 2, '--kind'],
    [['holidays', 'list', '--year', '27'], 2, '2027'],
    [['holidays', 'import', 'no-such-file.csv'], 2, '无法读取文件'],
  ])('%j exits %i and says why', async (args, code, text) => {
    const result = await cli(['--db', path.join(tempFolder(), 'inventory.sqlite'), ...args]);
    expect(result.code).toBe(code);
    expect(result.stderr + result.stdout).toContain(text);
  });
});
