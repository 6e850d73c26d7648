import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet, type SheetTable, type SpreadsheetLimits } from '../../electron/core/spreadsheet/read-spreadsheet';
import { writeCsv, writeXlsx, type OutputCell, type OutputColumn } from '../../electron/core/spreadsheet/write-spreadsheet';
import { AppFailure, type AppError } from '../../shared/contract/errors';
import { NewVehicleSchema } from '../../shared/contract/vehicles';
import { LOCALES } from '../../shared/i18n/messages';
import { translate } from '../../shared/i18n/translate';
import { rowToVehicleInput } from '../../shared/import/row-to-vehicle';
import { matchHeaders, templateHeaders } from '../../shared/import/vehicle-columns';
import {
  craftZip,
  csvOfSize,
  deflatedEntry,
  gbk,
  legacyXls,
  utf16be,
  utf16le,
  utf8,
  workbookParts,
  xlsx,
  xlsxOfRows,
} from '../support/spreadsheet-fixtures';
import { testVin } from '../support/vins';

const VIN1 = testVin(1);
const VIN2 = testVin(2);
const VIN3 = testVin(3);

const UNFILLED = /\{\w+\}/;

/** Reads, and checks every warning has a complete text in each language. */
async function read(bytes: Buffer, name = 'vehicles.csv', limits?: Partial<SpreadsheetLimits>): Promise<SheetTable> {
  const table = await readSpreadsheet({ name, bytes }, limits);
  for (const warning of table.warnings) {
    for (const locale of LOCALES) expect(translate(locale, warning.code, warning.params)).not.toMatch(UNFILLED);
  }
  return table;
}

/** The AppError a read ends with; fails the test when it succeeds or throws anything else. */
async function failureOf(reading: Promise<unknown>): Promise<AppError> {
  try {
    await reading;
  } catch (error) {
    expect(error).toBeInstanceOf(AppFailure);
    const { message } = (error as AppFailure).error;
    expect([message['zh-CN'], message.en].filter((text) => UNFILLED.test(text) || text.trim() === '')).toEqual([]);
    return (error as AppFailure).error;
  }
  throw new Error('expected the read to fail');
}

function values(table: SheetTable) {
  return table.rows.map((row) => [row.rowNumber, ...row.cells]);
}

describe('CSV', () => {
  const text = `车辆识别代号,车辆品牌,车辆型号,注册登记日期\r\n${VIN1},大众,速腾,2025-07-14\r\n${VIN2},大众,帕萨特,2025/7/1\r\n`;

  it.each([
    ['UTF-8 without BOM', utf8(text), 'utf-8'],
    ['UTF-8 with BOM', utf8(text, true), 'utf-8'],
    ['UTF-16LE with BOM', utf16le(text), 'utf-16le'],
    ['UTF-16BE with BOM', utf16be(text), 'utf-16be'],
    ['GBK', gbk(text), 'gb18030'],
  ])('reads %s', async (_, bytes, encoding) => {
    const table = await read(bytes);
    expect(table.encoding).toBe(encoding);
    expect(table.headers).toEqual(['车辆识别代号', '车辆品牌', '车辆型号', '注册登记日期']);
    expect(values(table)).toEqual([
      [2, VIN1, '大众', '速腾', '2025-07-14'],
      [3, VIN2, '大众', '帕萨特', '2025/7/1'],
    ]);
    expect(table.warnings).toEqual([]);
  });

  it('knows GBK by its bytes: 大众 is B4 F3 D6 DA', async () => {
    const table = await read(Buffer.concat([Buffer.from('brand\r\n'), Buffer.from([0xb4, 0xf3, 0xd6, 0xda]), Buffer.from('\r\n')]));
    expect(table.encoding).toBe('gb18030');
    expect(table.rows[0]!.cells).toEqual(['大众']);
  });

  it('follows RFC 4180: quotes, doubled quotes, commas and line breaks inside fields; CRLF and LF; blank rows keep numbering', async () => {
    const csv = [
      'VIN,备注,品牌\r\n',
      `"${VIN1}","第一行\r\n第二行",大众\r\n`,
      '\r\n',
      `${VIN2},"他说""好""，再见",一汽-大众\n`,
      `${VIN3},"a,b",丰田\r\n`,
      ',,\r\n',
      '   ,  ,\r\n',
      'LAST,,本田',
    ].join('');
    const table = await read(utf8(csv));
    expect(table.headers).toEqual(['VIN', '备注', '品牌']);
    expect(values(table)).toEqual([
      [2, VIN1, '第一行\r\n第二行', '大众'],
      [4, VIN2, '他说"好"，再见', '一汽-大众'],
      [5, VIN3, 'a,b', '丰田'],
      [8, 'LAST', null, '本田'],
    ]);
  });

  it.each([
    ['tab', 'VIN\t品牌\t型号\r\nV1\t大众\t速腾, 1.4T\r\n'],
    ['semicolon', 'VIN;品牌;型号\r\nV1;大众;速腾, 1.4T\r\n'],
    ['comma', 'VIN,品牌,型号\r\nV1,大众,"速腾, 1.4T"\r\n'],
    ['Excel’s sep= line', 'sep=;\r\nVIN;品牌;型号\r\nV1;大众;速腾, 1.4T\r\n'],
  ])('finds the delimiter (%s)', async (_, csv) => {
    const table = await read(utf8(csv));
    expect(table.headers).toEqual(['VIN', '品牌', '型号']);
    expect(values(table)).toEqual([[2, 'V1', '大众', '速腾, 1.4T']]);
  });

  it('pads short rows and trims columns that are blank everywhere', async () => {
    const table = await read(utf8('VIN,品牌,,,\r\nV1\r\nV2,大众,,,\r\n'));
    expect(table.headers).toEqual(['VIN', '品牌']);
    expect(values(table)).toEqual([
      [2, 'V1', null],
      [3, 'V2', '大众'],
    ]);
  });

  it('skips a title row above the header, with a warning', async () => {
    const table = await read(utf8('2025年7月出口车辆清单,,,\r\n\r\nVIN,品牌,型号\r\nV1,大众,速腾\r\n'));
    expect(table.headers).toEqual(['VIN', '品牌', '型号']);
    expect(values(table)).toEqual([[4, 'V1', '大众', '速腾']]);
    expect(table.warnings).toEqual([{ rowNumber: 1, code: 'spreadsheet.titleRowSkipped', params: { rowNumber: 1, text: '2025年7月出口车辆清单' } }]);
  });

  it('takes a one-column file as it is', async () => {
    const table = await read(utf8('VIN\r\nV1\r\nV2\r\n'));
    expect(table.headers).toEqual(['VIN']);
    expect(values(table)).toEqual([
      [2, 'V1'],
      [3, 'V2'],
    ]);
  });

  it('warns about a quote that never closes', async () => {
    const table = await read(utf8('VIN,备注\r\nV1,"没有闭合\r\nV2,x\r\n'));
    expect(values(table)).toEqual([[2, 'V1', '没有闭合\r\nV2,x\r\n']]);
    expect(table.warnings).toEqual([{ rowNumber: 2, code: 'spreadsheet.unclosedQuote', params: { rowNumber: 2 } }]);
  });

  it('decides the format by content: an XLSX named .csv is read as XLSX, a CSV named .xlsx as CSV', async () => {
    const workbook = await xlsxOfRows([['VIN'], ['V1']]);
    expect((await read(workbook, 'export.csv')).sheetName).toBe('Sheet1');
    expect((await read(utf8('VIN\r\nV1\r\n'), 'export.xlsx')).encoding).toBe('utf-8');
  });
});

describe('XLSX cells', () => {
  it('reads text, numbers, booleans, rich text, hyperlinks and dates (as calendar dates, from UTC)', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['VIN', '品牌', '价格', '改装车', '注册登记日期', '带时间', '合同']);
      sheet.addRow([
        VIN1,
        { richText: [{ text: '一汽-' }, { text: '大众', font: { bold: true } }] },
        88000.5,
        true,
        new Date(Date.UTC(2025, 6, 14)),
        new Date(Date.UTC(2025, 6, 14, 23, 59, 59)),
        { text: 'HT-2025-001', hyperlink: 'https://example.com/contract' },
      ]);
    });
    const table = await read(bytes, 'vehicles.xlsx');
    expect(table.sheetName).toBe('Sheet1');
    expect(table.encoding).toBeUndefined();
    expect(values(table)).toEqual([[2, VIN1, '一汽-大众', 88000.5, true, { date: '2025-07-14' }, { date: '2025-07-14' }, 'HT-2025-001']]);
  });

  it.each([
    [45852, '2025-07-14'],
    [61, '1900-03-01'],
    [60, '1900-02-29'], // Excel's phantom leap day: passed on so the date check refuses it
    [59, '1900-02-28'],
    [1, '1900-01-01'],
  ])('reads the serial %i in a date-formatted cell as %s', async (serial, date) => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['日期']);
      sheet.addRow([serial]).getCell(1).numFmt = 'yyyy-mm-dd';
    });
    expect((await read(bytes, 'a.xlsx')).rows[0]!.cells).toEqual([{ date }]);
  });

  it('reads dates of a workbook in the 1904 date system', async () => {
    const bytes = await xlsx((sheet, workbook) => {
      workbook.properties.date1904 = true;
      sheet.addRow(['日期']);
      sheet.addRow([new Date(Date.UTC(2025, 6, 14))]);
    });
    expect((await read(bytes, 'mac.xlsx')).rows[0]!.cells).toEqual([{ date: '2025-07-14' }]);
  });

  it('uses a formula’s cached result, and warns when there is none or it is an error', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['VIN', '品牌', '型号', '价格', '日期', '备注']);
      sheet.addRow([
        { formula: 'UPPER("x")', result: VIN1 },
        { formula: 'A1&""', result: '大众' },
        { formula: 'CONCAT("速","腾")' },
        { formula: '1/0', result: { error: '#DIV/0!' } },
        { formula: 'DATE(2025,7,14)', result: new Date(Date.UTC(2025, 6, 14)) },
        { error: '#N/A' },
      ]);
      sheet.getCell('E2').numFmt = 'yyyy-mm-dd';
    });
    const table = await read(bytes, 'formulas.xlsx');
    expect(values(table)).toEqual([[2, VIN1, '大众', null, null, { date: '2025-07-14' }, null]]);
    expect(table.warnings).toEqual([
      { rowNumber: 2, code: 'spreadsheet.formulaNoResult', params: { cell: 'C2' } },
      { rowNumber: 2, code: 'spreadsheet.errorCell', params: { cell: 'D2', error: '#DIV/0!' } },
      { rowNumber: 2, code: 'spreadsheet.errorCell', params: { cell: 'F2', error: '#N/A' } },
    ]);
  });

  it('reads a merged cell only at its top-left, and names the range in a warning', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['出口车辆清单']);
      sheet.mergeCells('A1:C1'); // a title: skipped, no merge warning
      sheet.addRow(['VIN', '品牌', '型号']);
      sheet.addRow([VIN1, '大众', '速腾']);
      sheet.addRow([VIN2, null, '帕萨特']);
      sheet.addRow([VIN3, null, '途观']);
      sheet.mergeCells('B3:B5');
    });
    const table = await read(bytes, 'merged.xlsx');
    expect(table.headers).toEqual(['VIN', '品牌', '型号']);
    expect(values(table)).toEqual([
      [3, VIN1, '大众', '速腾'],
      [4, VIN2, null, '帕萨特'],
      [5, VIN3, null, '途观'],
    ]);
    expect(table.warnings).toEqual([
      { rowNumber: 1, code: 'spreadsheet.titleRowSkipped', params: { rowNumber: 1, text: '出口车辆清单' } },
      { rowNumber: 3, code: 'spreadsheet.mergedCells', params: { range: 'B3:B5' } },
    ]);
  });

  it('reads the first visible sheet with data, and says which others were left', async () => {
    const bytes = await xlsx((first, workbook) => {
      first.name = '说明';
      workbook.addWorksheet('隐藏', { state: 'hidden' }).addRows([['VIN'], ['HIDDEN']]);
      workbook.addWorksheet('车辆').addRows([['VIN'], [VIN1]]);
      workbook.addWorksheet('备份').addRows([['VIN'], [VIN2]]);
    });
    const table = await read(bytes, 'sheets.xlsx');
    expect(table.sheetName).toBe('车辆');
    expect(values(table)).toEqual([[2, VIN1]]);
    expect(table.warnings).toEqual([{ code: 'spreadsheet.otherSheetsIgnored', params: { sheet: '车辆', others: '隐藏, 备份' } }]);
  });

  it('reads a header row that matches nothing; recognising it is the caller’s job', async () => {
    const table = await read(await xlsxOfRows([['姓名', '电话'], ['张三', '13800000000']]), 'people.xlsx');
    expect(table.headers).toEqual(['姓名', '电话']);
    expect(matchHeaders(table.headers).columns).toEqual([null, null]);
  });
});

describe('files that cannot be read', () => {
  const posixPath = '/home/clerk/私人/车辆.xlsx';

  it.each([
    ['a 0-byte file', Buffer.alloc(0), 'SPREADSHEET_EMPTY'],
    ['a CSV of blank lines', utf8('\r\n  \r\n,,\r\n'), 'SPREADSHEET_EMPTY'],
    ['a CSV with only a header', utf8('VIN,品牌\r\n'), 'SPREADSHEET_EMPTY'],
    ['an old .xls', legacyXls(), 'FILE_FORMAT_UNSUPPORTED'],
    ['a password-protected .xlsx', legacyXls('EncryptedPackage'), 'FILE_UNREADABLE'],
    ['a PNG', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(64, 1)]), 'FILE_FORMAT_UNSUPPORTED'],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), 'FILE_FORMAT_UNSUPPORTED'],
    ['a ZIP that is no workbook', craftZip([deflatedEntry('readme.txt', Buffer.from('hello'))]), 'FILE_FORMAT_UNSUPPORTED'],
  ])('%s', async (_, bytes, code) => {
    const error = await failureOf(read(bytes, posixPath));
    expect(error.code).toBe(code);
    expect(error.message.en).toContain('车辆.xlsx');
  });

  it('says how to convert an old .xls', async () => {
    const error = await failureOf(read(legacyXls(), 'C:\\Users\\王\\Desktop\\车辆.xls'));
    expect(error.message['zh-CN']).toContain('另存为');
    expect(error.message.en).toContain('Save As');
    expect(error.message.en).toContain('车辆.xls');
    expect(error.message.en).not.toContain('Users');
  });

  it.each([
    ['the second half missing', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    ['the last bytes missing', (bytes: Buffer) => bytes.subarray(0, bytes.length - 10)],
    ['only the first bytes left', (bytes: Buffer) => bytes.subarray(0, 100)],
    ['the sheet data damaged', (bytes: Buffer) => damageEntry(bytes, 'xl/worksheets/sheet1.xml')],
  ])('refuses a truncated or damaged XLSX (%s) with a reason in each language', async (_, damage) => {
    const whole = await xlsxOfRows([['VIN', '品牌'], ...Array.from({ length: 200 }, (_, i) => [testVin(i), `品牌${i}`])]);
    const error = await failureOf(read(damage(whole), posixPath));
    expect(error.code).toBe('FILE_UNREADABLE');
    expect(error.message['zh-CN']).toMatch(/^无法读取文件 车辆\.xlsx：/);
    expect(error.message['zh-CN']).not.toMatch(/[a-z]{6}/); // no English reason inside the Chinese text
    expect(error.message.en).toMatch(/^Cannot read 车辆\.xlsx: /);
    expect(JSON.stringify(error)).not.toMatch(/\bat \S+:\d+|home|clerk/);
  });

  it.each([
    ['claims 4 GB in its directory', [{ ...deflatedEntry('xl/worksheets/sheet1.xml', Buffer.alloc(1000)), uncompressedSize: 0xffffffff }]],
    ['claims 20 MB from 1 KB (ratio over 200:1)', [{ ...deflatedEntry('xl/worksheets/sheet1.xml', Buffer.alloc(1000)), uncompressedSize: 20 * 1024 * 1024 }]],
    ['adds up to more than 300 MB', Array.from({ length: 40 }, (_, i) => ({ ...deflatedEntry(`xl/media/image${i}.png`, Buffer.alloc(1000)), uncompressedSize: 9 * 1024 * 1024, data: Buffer.alloc(100_000) }))],
    ['lies: says 1 KB but inflates to 50 MB', [deflatedEntry('xl/worksheets/sheet1.xml', Buffer.alloc(50 * 1024 * 1024), 1024)]],
  ])('refuses a zip bomb that %s, before inflating it', async (_, parts) => {
    const started = performance.now();
    const error = await failureOf(read(craftZip([...workbookParts(), ...parts]), 'bomb.xlsx'));
    expect(error.code).toBe('FILE_UNREADABLE');
    expect(error.message.en).toContain('zip bomb');
    expect(error.message['zh-CN']).toContain('恶意压缩文件');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('refuses a CSV over 50 MB at once, by its size', async () => {
    const bytes = csvOfSize(50 * 1024 * 1024 + 1);
    const started = performance.now();
    const error = await failureOf(read(bytes, 'D:\\导出\\huge.csv'));
    const elapsed = performance.now() - started;
    console.log(`refusing a ${(bytes.length / 1024 / 1024).toFixed(1)} MB CSV took ${elapsed.toFixed(1)} ms`);
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message['zh-CN']).toBe('文件 huge.csv 太大（50.1 MB，最大 50 MB）。请拆分后分批导入。');
  });

  it.each([
    ['CSV', (rows: string[][]) => Promise.resolve(utf8(rows.map((row) => row.join(',')).join('\r\n')))],
    ['XLSX', (rows: string[][]) => xlsxOfRows(rows)],
  ])('takes at most maxDataRows data rows (%s)', async (_, make) => {
    const rows = (count: number) => [['VIN'], ...Array.from({ length: count }, (_, i) => [testVin(i)])];
    expect((await read(await make(rows(5)), 'ok.xlsx', { maxDataRows: 5 })).rows).toHaveLength(5);
    const error = await failureOf(read(await make(rows(6)), 'many.xlsx', { maxDataRows: 5 }));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toEqual({
      'zh-CN': translate('zh-CN', 'spreadsheet.tooManyRows', { file: 'many.xlsx', maxRows: 5 }),
      en: translate('en', 'spreadsheet.tooManyRows', { file: 'many.xlsx', maxRows: 5 }),
    });
  });

  it('counts an XLSX’s rows from the sheet XML before exceljs parses it; formatting-only rows do not count', async () => {
    const sheet = (rows: string) => deflatedEntry('xl/worksheets/sheet1.xml', Buffer.from(`<worksheet><sheetData>${rows}</sheetData><rowBreaks/></worksheet>`));
    const valued = Array.from({ length: 100 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const inline = Array.from({ length: 100 }, (_, i) => `<row r="${i + 1}" spans="1:1"><c r="A${i + 1}" t="inlineStr"><is><t>x</t></is></c></row>`).join('');
    const formattingOnly = Array.from({ length: 100 }, (_, i) => (i % 2 ? `<row r="${i + 1}" s="1"/>` : `<row r="${i + 1}"><c r="A${i + 1}" s="1"/></row>`)).join('');
    for (const rows of [valued, inline]) {
      expect((await failureOf(read(craftZip([...workbookParts(), sheet(rows)]), 'rows.xlsx', { maxDataRows: 5 }))).code).toBe('FILE_TOO_LARGE');
    }
    expect((await failureOf(read(craftZip([...workbookParts(), sheet(formattingOnly)]), 'rows.xlsx', { maxDataRows: 5 }))).code).not.toBe('FILE_TOO_LARGE');
  });

  it.each([
    ['an empty workbook', () => xlsx(() => undefined)],
    ['a workbook with only a header row', () => xlsxOfRows([['VIN', '品牌']])],
  ])('calls %s empty', async (_, make) => {
    expect((await failureOf(read(await make(), 'empty.xlsx'))).code).toBe('SPREADSHEET_EMPTY');
  });
});

/** The archive with one part's compressed bytes overwritten by a deflate stream that ends early. */
function damageEntry(bytes: Buffer, name: string): Buffer {
  const copy = Buffer.from(bytes);
  const at = copy.indexOf(Buffer.from('PK\x03\x04', 'latin1'), copy.indexOf(Buffer.from(name)) - 30);
  const start = at + 30 + copy.readUInt16LE(at + 26) + copy.readUInt16LE(at + 28);
  const broken = deflateRawSync(Buffer.from('<worksheet>')).subarray(0, 4);
  broken.copy(copy, start);
  copy.fill(0xff, start + broken.length, start + 64);
  return copy;
}

describe('writing', () => {
  const columns: OutputColumn[] = [
    { header: '车辆识别代号', kind: 'text' },
    { header: '车辆品牌', kind: 'text' },
    { header: '车辆型号' },
    { header: '注册登记日期', kind: 'date' },
    { header: '采购价格', kind: 'number' },
    { header: '改装车' },
    { header: '备注', kind: 'text', width: 40 },
  ];
  const formula = "=cmd|'/C calc'!A0";
  const rows: OutputCell[][] = [
    [VIN1, '一汽-大众（奥迪）', 'Q5L 40 TFSI', '2025-07-14', 388000.5, true, formula],
    [VIN2, '比亚迪', '汉 EV', '2024-02-29', null, false, '第一行\n第二行，含"引号"'],
    [VIN3, '长城', '哈弗H6', '2000-01-01', 0, null, '@SUM(A1:A2)'],
  ];

  it('writes an XLSX that reads back exactly: Chinese, VINs, dates as YYYY-MM-DD, numbers, booleans', async () => {
    const table = await read(await writeXlsx(columns, rows), 'export.xlsx');
    expect(table.headers).toEqual(columns.map((column) => column.header));
    expect(table.rows.map((row) => row.cells)).toEqual(rows);
    expect(table.warnings).toEqual([]);
  });

  it('gives the XLSX a bold, frozen, filterable header, text-formatted VIN and date columns, and no formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx(columns, rows, { sheetName: '车辆' })) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('车辆')!;
    expect(sheet.getRow(1).font?.bold ?? sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getCell('A2').numFmt).toBe('@');
    expect(sheet.getCell('D2').numFmt).toBe('@');
    expect(sheet.getCell('D2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('G2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('G2').value).toBe(formula);
    expect(sheet.getColumn(7).width).toBe(40);
  });

  it('drops characters XML cannot carry instead of writing a broken file', async () => {
    const table = await read(await writeXlsx([{ header: '备注' }], [['a\x01b\x00c\ud800d']]), 'x.xlsx');
    expect(table.rows[0]!.cells).toEqual(['abcd']);
  });

  it('writes CSV in UTF-8 with a BOM, CRLF line ends and RFC 4180 quotes', () => {
    const csv = writeCsv(['VIN', '备注', '价格'], [
      [VIN1, '含,逗号', 1234.5],
      [VIN2, '含"引号"', -5],
      [VIN3, '多\n行', null],
    ]);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8').slice(1)).toBe(`VIN,备注,价格\r\n${VIN1},"含,逗号",1234.5\r\n${VIN2},"含""引号""",-5\r\n${VIN3},"多\n行",\r\n`);
  });

  it.each([
    [formula, `'${formula}`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("http://x","点我")', `"'=HYPERLINK(""http://x"",""点我"")"`],
    ['大众=好车', '大众=好车'],
    ['LSV-123', 'LSV-123'],
  ])('neutralises a CSV formula: %j is written %j', (text, written) => {
    expect(writeCsv(['备注'], [[text]]).toString('utf8')).toBe(`\ufeff备注\r\n${written}\r\n`);
  });

  it('writes CSV that reads back, with formulas kept as inert text', async () => {
    const csv = writeCsv(columns.map((column) => column.header), rows);
    const table = await read(csv, 'export.csv');
    expect(table.encoding).toBe('utf-8');
    expect(table.rows.map((row) => row.cells)).toEqual([
      [VIN1, '一汽-大众（奥迪）', 'Q5L 40 TFSI', '2025-07-14', '388000.5', 'TRUE', `'${formula}`],
      [VIN2, '比亚迪', '汉 EV', '2024-02-29', null, 'FALSE', '第一行\n第二行，含"引号"'],
      [VIN3, '长城', '哈弗H6', '2000-01-01', '0', null, "'@SUM(A1:A2)"],
    ]);
  });
});

describe('a full import', () => {
  /** A dealer's export: unique VINs, engine and certificate numbers, plates; brands, models and buyers repeat. */
  function realisticRow(header: string, i: number): OutputCell {
    const brands = ['大众', '丰田', '比亚迪', '长城', '吉利', '奇瑞', '长安', '本田'];
    switch (header) {
      case '车辆识别代号': return testVin(i);
      case '车辆品牌': return brands[i % brands.length]!;
      case '车辆型号': return `型号${i % 40}`;
      case '车辆类型': return i % 3 === 0 ? '小型越野客车' : '小型轿车';
      case '车身颜色': return ['白', '黑', '银', '红'][i % 4]!;
      case '发动机号': return `E${String(100000 + i)}`;
      case '燃料种类': return i % 5 === 0 ? '电' : '汽油';
      case '制造厂名称': return `${brands[i % brands.length]}汽车有限公司`;
      case '出厂日期': return '2024-12-31';
      case '注册登记日期': return '2025-07-14';
      case '待出口转移登记日期': return '2025-08-01';
      case '登记证书编号': return `4400${String(10000000 + i)}`;
      case '号牌号码': return `粤B${String(10000 + i)}`;
      case '出口国家': return ['俄罗斯', '哈萨克斯坦', '阿联酋'][i % 3]!;
      case '买方': return `买方${i % 25}`;
      case '合同号': return `HT-2025-${String(Math.floor(i / 20)).padStart(4, '0')}`;
      case '采购价格': return 88000 + i;
      case '币种': return 'CNY';
      case '行驶里程': return i * 10;
      case '备注': return i % 50 === 0 ? '尾款待付' : null;
      case '改装车': return i % 2 === 0 ? '否' : '是';
      case '底盘品牌': case '改装车品牌': return i % 2 === 0 ? null : '江铃';
      case 'CCC证书编号': return i % 2 === 0 ? null : `2024011101${String(i).padStart(6, '0')}`;
      case '公告批次': return i % 2 === 0 ? null : '第385批';
      case '状态': return '在库';
      default: throw new Error(`no test value for ${header}`);
    }
  }

  it('reads 10,000 XLSX rows, and every row becomes a valid vehicle', async () => {
    const headers = templateHeaders('zh-CN');
    const rows = Array.from({ length: 10_000 }, (_, i) => headers.map((header) => realisticRow(header, i)));
    const bytes = await writeXlsx(headers.map((header) => ({ header })), rows);
    const started = performance.now();
    const table = await read(bytes, 'big.xlsx');
    const elapsed = performance.now() - started;
    console.log(`readSpreadsheet: 10,000 rows x ${headers.length} columns (${(bytes.length / 1024).toFixed(0)} KB XLSX) in ${elapsed.toFixed(0)} ms`);
    expect(table.rows).toHaveLength(10_000);
    expect(table.rows[9_999]!.rowNumber).toBe(10_001);

    const { columns } = matchHeaders(table.headers);
    const problems = table.rows.flatMap((row) => {
      const converted = rowToVehicleInput(row.cells, columns);
      if (converted.blank) return [`${row.rowNumber}: blank`];
      const parsed = NewVehicleSchema.safeParse(converted.input);
      return [...converted.problems.map((p) => `${row.rowNumber}: ${p.field} ${p.code}`), ...(parsed.success ? [] : [`${row.rowNumber}: ${parsed.error.message}`])];
    });
    expect(problems.slice(0, 5)).toEqual([]);
  });
});
