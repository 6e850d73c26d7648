import { describe, expect, it } from 'vitest';
import { readDate } from '../../shared/ocr/dates';
import { ownerName } from '../../shared/ocr/owner';
import { interpret, type ValueKind } from '../../shared/ocr/values';
import { readVin } from '../../shared/ocr/vin-reading';
import { withCheckDigit } from '../support/vins';

const VIN = 'LS5TFL5E6JB876348';

describe('VIN from OCR text', () => {
  it.each([
    // As read, or with the alphabet rule (no I, O, Q), both confirmed by the check digit.
    [VIN, VIN, 'valid'],
    [' ls5tfl5e6jb876348 ', VIN, 'valid'],
    ['LS5TFL5E6JB876348'.replace('0', 'O'), VIN, 'valid'],
    ['L6TSNKV67GH493O45', 'L6TSNKV67GH493045', 'valid'],
    ['LBVMDDJMOMG890217', 'LBVMDDJM0MG890217', 'valid'],
    // A letter in the serial (positions 14–17 are digits), or one confusable character.
    ['LS5TFL5E6JB87634B', VIN, 'corrected'],
    ['LSSTFL5E6JB876348', VIN, 'corrected'],
    // Several corrections pass the check digit: the likeliest is offered, marked ambiguous.
    ['LSJMMBBVXKC387710', 'LSJMMB8VXKC387710', 'ambiguous'],
    // Wrong length or nothing read.
    ['LS5TFL5E6JB87634', 'LS5TFL5E6JB87634', 'invalid'],
    ['LS5TFL5E6JB8763488', 'LS5TFL5E6JB8763488', 'invalid'],
    ['', null, 'invalid'],
  ])('%j → %s (%s)', (raw, value, outcome) => {
    expect(readVin(raw)).toEqual({ value, outcome });
  });

  it.each([
    ['valid', VIN, 0.97, 0.97, []],
    ['corrected', 'LSSTFL5E6JB876348', 0.97, 0.8, ['ocr.problem.vinCorrected']],
    ['ambiguous', 'LSJMMBBVXKC387710', 0.97, 0.4, ['ocr.problem.vinInvalid']],
    ['invalid', 'LS5TFL5E6JB87634', 0.97, 0.2, ['ocr.problem.vinInvalid']],
  ])('a %s VIN keeps at most its confidence', (_, raw, confidence, expected, problems) => {
    expect(interpret('vin', raw, confidence)).toMatchObject({ confidence: expected, problems });
  });

  it('never corrects into a VIN that fails the check digit', () => {
    for (let n = 0; n < 200; n++) {
      const vin = withCheckDigit(`LSVAU2180N${String(n * 7919).padStart(7, '0')}`);
      const garbled = vin.replace(/[58]/, (ch) => (ch === '5' ? 'S' : 'B'));
      const { value, outcome } = readVin(garbled);
      if (outcome === 'valid' || outcome === 'corrected') expect(withCheckDigit(value!)).toBe(value);
    }
  });
});

describe('dates from OCR text', () => {
  it.each([
    ['2021-03-15', '2021-03-15', true],
    [' 2021 - 03 - 15 ', '2021-03-15', true],
    ['2021.03.15', '2021-03-15', true],
    ['2021年3月5日', '2021-03-05', false],
    ['20210315', '2021-03-15', false],
    ['2021--03-15', '2021-03-15', false],
    ['2021-02-29', null, true],
    ['2020-02-29', '2020-02-29', true],
    ['2021-13-01', null, true],
    ['1899-01-01', null, true],
    ['202-03-15', null, false],
    ['', null, false],
  ])('%j → %s', (raw, date, wellFormed) => {
    expect(readDate(raw)).toEqual({ date, wellFormed });
  });
});

describe('owner names without ID numbers', () => {
  it.each([
    ['张伟/居民身份证/330102198105239335', '张伟'],
    ['张 伟 / 居民 身份 证 / 3301021981', '张伟'],
    ['上海东方二手车出口有限公司/统一社会信用代码/91310000MA1K', '上海东方二手车出口有限公司'],
    ['深圳前海二手车出口有限公司|统一社会信用代码', '深圳前海二手车出口有限公司'],
    ['李娜居民身份证440106198009283943', '李娜'],
    ['王芳 44010619800928394X', '王芳'],
    ['/居民身份证/330102198105239335', null],
    ['', null],
  ])('%j → %s', (raw, name) => {
    expect(ownerName(raw)).toBe(name);
  });
});

describe('other values', () => {
  it.each<[ValueKind, string, string | null, number, string[]]>([
    ['model', 'SVW7141BPD', 'SVW7141BPD', 0.95, []],
    ['model', '-BMW7201MX', 'BMW7201MX', 0.95, []],
    ['model', 'SCT164AAA6', 'SC7164AAA6', 0.8, ['ocr.problem.pattern']],
    ['model', 'CSAT154TDPS', 'CSA7154TDPS', 0.8, ['ocr.problem.pattern']],
    ['model', 'TSL7000BEVARO', 'TSL7000BEVAR0', 0.8, ['ocr.problem.pattern']],
    ['model', '3C7164AAA6', '3C7164AAA6', 0.5, ['ocr.problem.pattern']],
    ['plate', '沪 A·12345', '沪A·12345', 0.95, []],
    ['plate', '沪A"12345', '沪A·12345', 0.95, []],
    ['plate', '粤B.D12345', '粤B·D12345', 0.95, []],
    ['plate', '沪812345', '沪812345', 0.5, ['ocr.problem.pattern']],
    ['plate', '沪A·0Q0872', '沪A0Q0872', 0.5, ['ocr.problem.pattern']],
    ['plate', '苏A·D6713F', '苏A·D6713F', 0.95, []],
    ['certificateNumber', '3100 1234 5678', '310012345678', 0.95, []],
    ['certificateNumber', '31001234567', '31001234567', 0.5, ['ocr.problem.pattern']],
    ['engineNumber', 'dj s123456', 'DJS123456', 0.95, []],
    ['brand', '大 众 汽车', '大众汽车', 0.95, []],
    ['brand', '大众汽东', '大众汽车', 0.8, ['ocr.problem.nameCorrected']],
    ['brand', '荣威', '荣威', 0.85, ['ocr.problem.unknownName']],
    ['brand', '荣<-威', '荣威', 0.8, ['ocr.problem.unknownName', 'ocr.problem.pattern']],
    ['manufacturer', '一 汽 -大 众 汽车 有 限 公司', '一汽-大众汽车有限公司', 0.95, []],
    ['manufacturer', '特斯拉(上海)有限公司', '特斯拉（上海）有限公司', 0.95, []],
    ['manufacturer', '上汽大众汽车有限公同', '上汽大众汽车有限公司', 0.8, ['ocr.problem.nameCorrected']],
    ['manufacturer', '某某汽车制造有限公司', '某某汽车制造有限公司', 0.85, ['ocr.problem.unknownName']],
    ['manufacturer', '某某汽车制造', '某某汽车制造', 0.6, ['ocr.problem.pattern']],
    ['color', '白', '白', 0.95, []],
    ['color', '和白', '白', 0.8, ['ocr.problem.pattern']],
    ['color', '二', '二', 0.6, ['ocr.problem.unknownName']],
    ['fuelType', '汽 油', '汽油', 0.95, []],
    ['vehicleType', '小型轿车', '小型轿车', 0.95, []],
    ['authority', '上海市公安局交通警察总队', '上海市公安局交通警察总队', 0.95, []],
    ['authority', '上海市公安局交通警察总', '上海市公安局交通警察总', 0.6, ['ocr.problem.pattern']],
  ])('%s %j → %j', (kind, raw, value, confidence, problems) => {
    expect(interpret(kind, raw, 0.95)).toEqual({ value, confidence, problems });
  });

  it('an empty reading is no value', () => {
    expect(interpret('brand', '  ', 0.9)).toEqual({ value: null, confidence: 0, problems: [] });
  });
});
