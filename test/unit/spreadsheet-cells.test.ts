import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NewVehicleSchema } from '../../shared/contract/vehicles';
import { fromDayNumber, toDayNumber } from '../../shared/domain/calendar-date';
import { messages, type MessageKey } from '../../shared/i18n/messages';
import { cellText, excelSerialToDate, parseBooleanCell, parseDateCell, parseNumberCell, type CellValue } from '../../shared/import/cell-values';
import { rowToVehicleInput } from '../../shared/import/row-to-vehicle';
import { matchHeaders, type ImportFieldName } from '../../shared/import/vehicle-columns';
import { testVin } from '../support/vins';

describe('parseDateCell', () => {
  it.each<[CellValue, string]>([
    ['2025-07-14', '2025-07-14'],
    ['2025/7/14', '2025-07-14'],
    ['2025/07/14', '2025-07-14'],
    ['2025.7.14', '2025-07-14'],
    ['2025-7-4', '2025-07-04'],
    ['2025年7月14日', '2025-07-14'],
    ['2025年07月14日', '2025-07-14'],
    ['2025 年 7 月 14 日', '2025-07-14'],
    ['2025年7月14号', '2025-07-14'],
    ['20250714', '2025-07-14'],
    ['２０２５年７月１４日', '2025-07-14'],
    ['２０２５－０７－１４', '2025-07-14'],
    ['  2025-07-14  ', '2025-07-14'],
    ['\t2025/7/14\n', '2025-07-14'],
    ['2025-07-14 00:00:00', '2025-07-14'],
    ['2025/7/14 13:45', '2025-07-14'],
    ['2025-07-14T08:30:00', '2025-07-14'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    [{ date: '2025-07-14' }, '2025-07-14'],
    [45852, '2025-07-14'],
    [45852.75, '2025-07-14'],
    [61, '1900-03-01'],
    [59, '1900-02-28'],
    [1, '1900-01-01'],
    [36526, '2000-01-01'],
    [20250714, '2025-07-14'],
  ])('%j is %s', (value, date) => {
    expect(parseDateCell(value)).toEqual({ ok: true, value: date });
  });

  it.each<[CellValue]>([[null], [''], ['   '], ['/'], ['-'], ['—'], ['　']])('%j is no date (blank)', (value) => {
    expect(parseDateCell(value)).toEqual({ ok: true, value: null });
  });

  it.each<[CellValue]>([
    ['2025-02-30'],
    ['2025-13-01'],
    ['2025-00-10'],
    ['2023-02-29'],
    ['1900-02-29'],
    ['20250230'],
    ['2025年7月'],
    ['25/7/14'],
    ['14/07/2025'],
    ['07/14/2025'],
    ['tomorrow'],
    ['明天'],
    ['45852'],
    [60], // Lotus 1-2-3's 1900-02-29, a day that never was
    [0],
    [-5],
    [Number.NaN],
    [true],
    [{ date: '2025-02-30' }],
    [{ date: '1900-02-29' }],
  ])('%j is not a date', (value) => {
    expect(parseDateCell(value)).toEqual({ ok: false, problem: 'date.invalid' });
  });

  it('reads every day from 1900-03-01 to 2999-12-31 in each written form, and as a serial', () => {
    const first = toDayNumber('1900-03-01');
    const last = toDayNumber('2999-12-31');
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        const date = fromDayNumber(day);
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        for (const written of [date, `${y}/${m}/${d}`, `${y}.${m}.${d}`, `${y}年${m}月${d}日`, date.replace(/-/g, '')]) {
          expect(parseDateCell(written)).toEqual({ ok: true, value: date });
        }
        expect(excelSerialToDate(day + 25569)).toBe(date); // serial 25569 is 1970-01-01, day 0
      }),
    );
  });
});

describe('parseNumberCell', () => {
  it.each<[CellValue, number]>([
    [1234.5, 1234.5],
    [0, 0],
    ['1234', 1234],
    ['1,234.50', 1234.5],
    ['12,345,678', 12345678],
    ['１２３４', 1234],
    ['１，２３４．５', 1234.5],
    ['¥1,234.50', 1234.5],
    ['￥ 88,000', 88000],
    ['$12,000', 12000],
    ['US$12,000', 12000],
    ['RMB 5000', 5000],
    ['88000元', 88000],
    ['35000公里', 35000],
    ['35000 km', 35000],
    ['3.5万', 35000],
    ['1.23万公里', 12300],
    ['12万元', 120000],
    ['  42  ', 42],
    ['.5', 0.5],
    ['-3', -3],
  ])('%j is %d', (value, number) => {
    expect(parseNumberCell(value)).toEqual({ ok: true, value: number });
  });

  it.each<[CellValue]>([[null], [''], [' '], ['-'], ['/']])('%j is no number (blank)', (value) => {
    expect(parseNumberCell(value)).toEqual({ ok: true, value: null });
  });

  it.each<[CellValue]>([['abc'], ['1,2'], ['1.234,50'], ['12a'], ['1..2'], ['¥'], ['万'], [true], [{ date: '2025-07-14' }], [Number.POSITIVE_INFINITY]])(
    '%j is not a number',
    (value) => {
      expect(parseNumberCell(value)).toEqual({ ok: false, problem: 'spreadsheet.numberInvalid' });
    },
  );
});

describe('parseBooleanCell', () => {
  it.each<[CellValue, boolean]>([
    ['是', true], ['否', false], ['Y', true], ['N', false], ['y', true], ['n', false], ['yes', true], ['No', false],
    ['TRUE', true], ['false', false], ['1', true], ['0', false], ['√', true], ['×', false], ['✓', true], ['✗', false],
    [' 是 ', true], ['Ｙ', true], [true, true], [false, false], [1, true], [0, false],
  ])('%j is %s', (value, expected) => {
    expect(parseBooleanCell(value)).toEqual({ ok: true, value: expected });
  });

  it.each<[CellValue]>([[null], [''], ['  '], ['/']])('%j is neither (blank)', (value) => {
    expect(parseBooleanCell(value)).toEqual({ ok: true, value: null });
  });

  it.each<[CellValue]>([['maybe'], ['可能'], [2], ['x'], [{ date: '2025-07-14' }]])('%j is not yes or no', (value) => {
    expect(parseBooleanCell(value)).toEqual({ ok: false, problem: 'spreadsheet.booleanInvalid' });
  });
});

describe('cellText', () => {
  it.each<[CellValue, string | null]>([
    [null, null],
    ['', null],
    ['   ', null],
    ['/', null],
    ['  大众  ', '大众'],
    ['一汽-大众\t 速腾', '一汽-大众 速腾'],
    ['第一行\n第二行', '第一行 第二行'],
    ['\u3000全角空格\u3000', '全角空格'],
    ['zero\u200bwidth', 'zerowidth'],
    [12345, '12345'],
    [1.5, '1.5'],
    [true, 'true'],
    [{ date: '2025-07-14' }, '2025-07-14'],
    ['ＬＳＶ', 'ＬＳＶ'],
  ])('%j reads as %j', (value, text) => {
    expect(cellText(value)).toBe(text);
  });

  it('keeps line breaks when asked (notes)', () => {
    expect(cellText('  第一行  \r\n\r\n  第二行   二 ', { multiline: true })).toBe('第一行\n\n第二行 二');
  });
});

describe('rowToVehicleInput', () => {
  const vin = testVin(1);
  const headers = ['序号', '车辆识别代号', '品牌', '型号', '注册登记日期', '采购价格', '币种', '行驶里程', '改装车', '状态', '备注', '出厂日期'];
  const columns = matchHeaders(headers).columns;

  it('builds input the vehicle schema accepts', () => {
    const cells: CellValue[] = [1, ` ${vin} `, '大众', '速腾', { date: '2025-07-14' }, '¥88,000.50', '人民币', '3.5万', '否', '在库', '首付已到\n尾款待付', 45852];
    const result = rowToVehicleInput(cells, columns);
    expect(result).toEqual({
      blank: false,
      problems: [],
      input: {
        vin,
        brand: '大众',
        model: '速腾',
        registrationDate: '2025-07-14',
        purchasePrice: 88000.5,
        currency: 'CNY',
        mileageKm: 35000,
        isModified: false,
        status: 'in-stock',
        notes: '首付已到\n尾款待付',
        manufactureDate: '2025-07-14',
      },
    });
    expect(NewVehicleSchema.safeParse(result.blank ? {} : result.input).success).toBe(true);
  });

  it('leaves blank cells out, so the schema reports required fields and applies defaults', () => {
    const result = rowToVehicleInput([7, vin, '', null, '', '', '', '', '', '', '', ''], columns);
    expect(result).toEqual({ blank: false, input: { vin }, problems: [] });
    const parsed = NewVehicleSchema.safeParse(result.blank ? {} : result.input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['brand', 'model']);
  });

  it.each<[string, CellValue, string, string]>([
    ['注册登记日期', '2025-02-30', 'registrationDate', 'date.invalid'],
    ['注册登记日期', 60, 'registrationDate', 'date.invalid'],
    ['出厂日期', '明年', 'manufactureDate', 'date.invalid'],
    ['采购价格', '八万', 'purchasePrice', 'spreadsheet.numberInvalid'],
    ['行驶里程', '1,2', 'mileageKm', 'spreadsheet.numberInvalid'],
    ['改装车', '可能', 'isModified', 'spreadsheet.booleanInvalid'],
  ])('reports %s = %j as %s: %s', (header, cell, field, code) => {
    const result = rowToVehicleInput([vin, '大众', '速腾', cell], matchHeaders(['VIN', '品牌', '型号', header]).columns);
    expect(result.blank).toBe(false);
    if (result.blank) return;
    expect(result.problems).toEqual([{ field, code, params: { value: String(cell) } }]);
    expect(result.input).not.toHaveProperty(field);
    expect(messages['zh-CN'][code as MessageKey]).toContain('{value}');
  });

  it.each<[CellValue, string]>([
    ['人民币', 'CNY'], ['RMB', 'CNY'], ['cny', 'CNY'], ['美元', 'USD'], ['US$', 'USD'], ['usd', 'USD'], ['欧元', 'EUR'],
    ['港币', 'HKD'], ['日元', 'JPY'], ['英镑', 'GBP'], ['卢布', 'RUB'], ['迪拉姆', 'AED'], ['坚戈', 'KZT'], ['比索', '比索'],
  ])('currency %j is %s', (cell, code) => {
    const result = rowToVehicleInput([cell], ['currency']);
    expect(result).toEqual({ blank: false, input: { currency: code }, problems: [] });
  });

  it.each<[CellValue, string]>([
    ['在库', 'in-stock'], ['已出口', 'exported'], ['In stock', 'in-stock'], ['LICENSED', 'licensed'], ['ready', 'ready'], ['不知道', '不知道'],
  ])('status %j is %s', (cell, status) => {
    expect(rowToVehicleInput([cell], ['status'])).toEqual({ blank: false, input: { status }, problems: [] });
  });

  it.each<[string, CellValue[]]>([
    ['all null', [null, null, null]],
    ['blank strings and dashes', ['', '  ', '/']],
    ['only the 序号 column, which is not a field', [12, null, null]],
    ['shorter than the header', []],
  ])('reports a row that is %s as blank', (_, cells) => {
    expect(rowToVehicleInput(cells, [null, 'vin', 'brand'])).toEqual({ blank: true });
  });

  it('uses the leftmost of two columns for one field', () => {
    expect(rowToVehicleInput(['大众', '丰田'], ['brand', 'brand'])).toEqual({ blank: false, input: { brand: '大众' }, problems: [] });
  });

  it('turns numbers in text columns into text', () => {
    const result = rowToVehicleInput([123456789012, 20250714], ['certificateNumber', 'engineNumber'] satisfies ImportFieldName[]);
    expect(result).toEqual({ blank: false, input: { certificateNumber: '123456789012', engineNumber: '20250714' }, problems: [] });
  });
});
