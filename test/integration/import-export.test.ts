import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { openCore, type Core } from '../../electron/core/core';
import { silentLogger } from '../../electron/core/log';
import type { ProgressEvent } from '../../shared/contract/operations';
import { gbk, xlsxOfRows } from '../support/spreadsheet-fixtures';
import { useTempFolder } from '../support/temp-folder';
import { testVin } from '../support/vins';

const tempFolder = useTempFolder();

function open(file = ':memory:'): Core {
  return openCore({ databasePath: file, door: 'cli', log: silentLogger, timeZone: 'Asia/Shanghai', clock: { now: () => Date.UTC(2026, 10, 29, 8) } });
}

const payload = (fileName: string, bytes: Buffer) => ({ fileName, contentBase64: bytes.toString('base64') });
const count = (core: Core) => core.db.prepare('SELECT count(*) AS n FROM vehicles').get() as { n: number };

const HEADER = ['车辆识别代号', '车辆品牌', '车辆型号', '制造厂名称', '注册登记日期', '待出口转移登记日期', '出口国家'];
const goodRow = (n: number) => [testVin(n), '比亚迪', 'BYD7005BEV', '比亚迪汽车工业有限公司', '2025/7/14', '2025年9月1日', '哈萨克斯坦'];

describe('importing a spreadsheet', () => {
  it('imports an XLSX with every date form, linking manufacturers, and records the import in the audit log', async () => {
    const core = open();
    const file = await xlsxOfRows([HEADER, goodRow(1), [testVin(2), '大众', 'SVW7141', '上汽大众', 45852, '２０２５-０９-０２', '俄罗斯'], [], goodRow(3)]);
    const preview = await core.dispatch('vehicles.importPreview', payload('库存.xlsx', file));
    expect(preview).toMatchObject({ ok: true, value: { dataRows: 3, validRows: 3, invalidRows: 0 } });
    expect(count(core).n).toBe(0);
    const report = await core.dispatch('vehicles.import', payload('库存.xlsx', file));
    expect(report).toMatchObject({ ok: true, value: { imported: 3, fileName: '库存.xlsx' } });
    const second = await core.dispatch('vehicles.get', { vin: testVin(2) });
    expect(second).toMatchObject({ ok: true, value: { registrationDate: '2025-07-14', transferDate: '2025-09-02', manufacturer: '上汽大众' } });
    const history = core.db.prepare("SELECT DISTINCT source FROM audit_log").all();
    expect(history).toEqual([{ source: 'import' }]);
    core.close();
  });

  it('reads a GBK CSV from Excel on a Chinese Windows PC', async () => {
    const core = open();
    const csv = gbk([HEADER.join(','), goodRow(10).join(','), goodRow(11).join(',')].join('\r\n'));
    expect(await core.dispatch('vehicles.import', payload('库存.csv', csv))).toMatchObject({ ok: true, value: { imported: 2 } });
    expect(await core.dispatch('vehicles.get', { vin: testVin(10) })).toMatchObject({ ok: true, value: { brand: '比亚迪', destinationCountry: '哈萨克斯坦' } });
    core.close();
  });

  it('writes nothing when any row is bad, and says which row, column and why', async () => {
    const core = open();
    const file = await xlsxOfRows([
      HEADER,
      goodRow(20),
      [testVin(21), '丰田', 'TV7250', '一汽丰田', '2025-09-01', '2025-08-01', '蒙古'],
      [testVin(20), '比亚迪', 'X', 'M', '2025-01-01', '', ''],
      ['LSVAU2180N2183294', '大众', 'SVW', '上汽大众', '2025-13-01', '', ''],
    ]);
    const preview = await core.call('vehicles.importPreview', payload('bad.xlsx', file));
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    const problems = preview.value.rows.flatMap((row) => row.problems.map((p) => [row.rowNumber, p.column, p.code]));
    expect(problems).toEqual(
      expect.arrayContaining([
        [3, '待出口转移登记日期', 'date.transferBeforeRegistration'],
        [4, '车辆识别代号', 'import.duplicateInFile'],
        [5, '注册登记日期', 'date.invalid'],
        [5, '车辆识别代号', 'vin.checkDigit'],
      ]),
    );
    expect(preview.value).toMatchObject({ dataRows: 4, validRows: 1, invalidRows: 3 });
    const commit = await core.dispatch('vehicles.import', payload('bad.xlsx', file));
    expect(commit).toMatchObject({ ok: false, error: { code: 'IMPORT_HAS_ERRORS' } });
    if (!commit.ok) expect(commit.error.fields?.[0]?.field).toMatch(/^3\./);
    expect(count(core).n).toBe(0);
    core.close();
  });

  it('refuses VINs already in stock', async () => {
    const core = open();
    await core.dispatch('vehicles.add', { vin: testVin(30), brand: 'B', model: 'M' });
    const file = await xlsxOfRows([HEADER, goodRow(30), goodRow(31)]);
    const preview = await core.dispatch('vehicles.importPreview', payload('x.xlsx', file));
    expect(preview).toMatchObject({ ok: true, value: { validRows: 1, invalidRows: 1, rows: [{ rowNumber: 2, problems: [{ code: 'import.duplicateInStock' }] }, { rowNumber: 3 }] } });
    core.close();
  });

  it.each([
    ['a header row that matches nothing', async () => xlsxOfRows([['甲', '乙'], ['1', '2']]), 'SPREADSHEET_NO_HEADER_MATCH'],
    ['no VIN column', async () => xlsxOfRows([['车辆品牌', '车辆型号'], ['大众', 'SVW']]), 'SPREADSHEET_MISSING_COLUMNS'],
    ['a header and no rows', async () => xlsxOfRows([HEADER]), 'SPREADSHEET_EMPTY'],
    ['a 0-byte file', async () => Buffer.alloc(0), 'SPREADSHEET_EMPTY'],
    ['a PNG named .xlsx', async () => Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'FILE_FORMAT_UNSUPPORTED'],
  ])('answers %s with %s and writes nothing', async (_what, make, code) => {
    const core = open();
    const result = await core.dispatch('vehicles.import', payload('file.xlsx', await make()));
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) {
      expect(result.error.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(result.error.message.en).not.toMatch(/\{\w+\}/);
    }
    expect(count(core).n).toBe(0);
    core.close();
  });

  it('reports progress while it reads and writes', async () => {
    const core = open();
    const events: ProgressEvent[] = [];
    core.events.on('progress', (event) => events.push(event));
    const rows = Array.from({ length: 1500 }, (_, i) => goodRow(1000 + i));
    await core.dispatch('vehicles.import', payload('many.xlsx', await xlsxOfRows([HEADER, ...rows])), 'call-1');
    expect(events.length).toBeGreaterThan(2);
    expect(events.every((e) => e.callId === 'call-1')).toBe(true);
    expect(events.at(-1)?.done).toBe(events.at(-1)?.total);
    core.close();
  });
});

describe('exporting', () => {
  it.each([['xlsx' as const], ['csv' as const]])('exports the filtered view as %s, and the file imports back unchanged', async (format) => {
    const source = open();
    for (const n of [40, 41, 42]) {
      await source.dispatch('vehicles.add', {
        vin: testVin(n), brand: '长城', model: 'CC6460', manufacturer: '长城汽车股份有限公司', registrationDate: '2025-07-14', transferDate: '2025-09-01',
        destinationCountry: n === 42 ? '俄罗斯' : '哈萨克斯坦', purchasePrice: 65000.5, mileageKm: 800, isModified: n === 41, chassisBrand: n === 41 ? '东风' : null, notes: '备注, 含逗号',
      });
    }
    const exported = await source.call('vehicles.export', { format, locale: 'zh-CN', query: { destinationCountry: ['哈萨克斯坦'] } });
    expect(exported).toMatchObject({ ok: true, value: { count: 2, fileName: `车辆清单-2026-11-29.${format}` } });
    if (!exported.ok) return;
    const bytes = Buffer.from(exported.value.contentBase64, 'base64');
    if (format === 'csv') expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const target = open();
    expect(await target.dispatch('vehicles.import', payload(exported.value.fileName, bytes))).toMatchObject({ ok: true, value: { imported: 2 } });
    const strip = (list: { items: Array<object> }) =>
      list.items.map((vehicle) => {
        const { id: _id, createdAt: _c, updatedAt: _u, manufacturerId: _m, ...rest } = vehicle as Record<string, unknown>;
        return rest;
      });
    const before = await source.call('vehicles.list', { destinationCountry: ['哈萨克斯坦'], sortBy: 'vin', sortOrder: 'asc' });
    const after = await target.call('vehicles.list', { sortBy: 'vin', sortOrder: 'asc' });
    expect(before.ok && after.ok && strip(after.value)).toEqual(before.ok && strip(before.value));
    source.close();
    target.close();
  });

  it('gives a template (headers only) for an empty selection', async () => {
    const core = open();
    await core.dispatch('vehicles.add', { vin: testVin(50), brand: 'B', model: 'M' });
    const template = await core.call('vehicles.export', { format: 'csv', locale: 'en', ids: [] });
    expect(template).toMatchObject({ ok: true, value: { count: 0 } });
    if (template.ok) expect(Buffer.from(template.value.contentBase64, 'base64').toString('utf8').replace('\ufeff', '').split('\r\n')[0]).toMatch(/^VIN,Brand,Model,/);
    core.close();
  });
});

describe('import and export on the command line', () => {
  async function cli(args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { LANG: 'zh_CN.UTF-8' } });
    return { code, stdout, stderr };
  }

  it('checks with --dry-run, refuses a bad file with exit 1 and the row errors, imports a good one, exports it', async () => {
    const folder = tempFolder();
    const db = path.join(folder, 'inventory.sqlite');
    const good = path.join(folder, 'good.xlsx');
    const bad = path.join(folder, 'bad.csv');
    fs.writeFileSync(good, await xlsxOfRows([HEADER, goodRow(60), goodRow(61)]));
    fs.writeFileSync(bad, `${HEADER.join(',')}\n${goodRow(62).join(',')}\nSHORTVIN,大众,SVW,上汽,2025-01-01,,\n`);

    const dry = await cli(['--db', db, 'import', good, '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ validRows: 2, invalidRows: 0 });

    const refused = await cli(['--db', db, 'import', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/3\s+车辆识别代号\s+VIN 应为 17 位，当前 8 位/);
    const refusedJson = await cli(['--db', db, '--json', 'import', bad]);
    expect(JSON.parse(refusedJson.stdout)).toMatchObject({ invalidRows: 1, rows: [{ rowNumber: 3 }, { rowNumber: 2 }] });

    expect(await cli(['--db', db, 'import', good])).toMatchObject({ code: 0, stdout: expect.stringContaining('已从 good.xlsx 导入 2 辆车') });
    expect(JSON.parse((await cli(['--db', db, '--json', 'list'])).stdout)).toMatchObject({ total: 2 });

    const out = path.join(folder, 'out.xlsx');
    expect((await cli(['--db', db, 'export', out])).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(await cli(['--db', db, 'import', path.join(folder, 'missing.xlsx')])).toMatchObject({ code: 1, stderr: expect.stringContaining('文件不存在') });
  });
});
