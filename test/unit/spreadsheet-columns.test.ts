import { describe, expect, it } from 'vitest';
import { NewVehicleSchema } from '../../shared/contract/vehicles';
import { messages, type MessageKey } from '../../shared/i18n/messages';
import {
  fieldForHeader,
  matchHeaders,
  normalizeHeader,
  templateHeaders,
  VEHICLE_COLUMNS,
  type ImportFieldName,
} from '../../shared/import/vehicle-columns';

const ALL_FIELDS = Object.keys(NewVehicleSchema.shape) as ImportFieldName[];

describe('the column dictionary', () => {
  it('has exactly one entry for every field of a new vehicle, status included', () => {
    expect(VEHICLE_COLUMNS.map((column) => column.field).sort()).toEqual([...ALL_FIELDS].sort());
  });

  it('never lets one name mean two fields', () => {
    const owner = new Map<string, ImportFieldName>();
    const clashes: string[] = [];
    for (const column of VEHICLE_COLUMNS) {
      for (const name of [column.zh, column.en, column.field, ...column.aliases]) {
        const key = normalizeHeader(name);
        const previous = owner.get(key);
        if (previous && previous !== column.field) clashes.push(`${name}: ${previous} / ${column.field}`);
        owner.set(key, column.field);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each([
    ['vin', '车辆识别代号'], ['vin', 'VIN'], ['vin', '车架号'], ['vin', '车辆识别代号/车架号'], ['vin', '识别代号'],
    ['brand', '车辆品牌'], ['brand', '品牌'], ['model', '车辆型号'], ['model', '型号'],
    ['registrationDate', '注册登记日期'], ['registrationDate', '注册日期'], ['registrationDate', '登记日期'], ['registrationDate', '初次登记日期'],
    ['transferDate', '待出口转移登记日期'], ['transferDate', '转移登记日期'], ['transferDate', '转移日期'],
    ['manufacturer', '制造厂名称'], ['manufacturer', '制造厂'], ['manufacturer', '生产厂家'], ['manufacturer', '厂商'],
    ['vehicleType', '车辆类型'], ['fuelType', '燃料种类'], ['color', '车身颜色'], ['color', '颜色'],
    ['destinationCountry', '出口国家'], ['destinationCountry', '目的国'], ['destinationCountry', '出口国'],
    ['plate', '号牌号码'], ['plate', '车牌号'], ['plate', '车牌'],
    ['certificateNumber', '登记证书编号'], ['certificateNumber', '证书编号'],
    ['manufactureDate', '出厂日期'], ['manufactureDate', '车辆出厂日期'],
    ['engineNumber', '发动机号'], ['buyer', '买方'], ['contractRef', '合同号'], ['purchasePrice', '采购价格'], ['currency', '币种'],
    ['mileageKm', '行驶里程'], ['mileageKm', '里程'], ['notes', '备注'], ['isModified', '改装车'], ['chassisBrand', '底盘品牌'],
    ['modifiedBrand', '改装车品牌'], ['cccCertificateNumber', 'CCC证书编号'], ['miitAnnouncementBatch', '公告批次'], ['status', '状态'],
  ])('%s is named %s', (field, header) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it.each([
    ['  VIN  ', 'vin'],
    ['vin', 'vin'],
    ['Vin', 'vin'],
    ['ＶＩＮ', 'vin'],
    ['*车辆识别代号', 'vin'],
    ['＊车辆识别代号', 'vin'],
    ['车辆识别代号(必填)', 'vin'],
    ['车辆识别代号（必填）', 'vin'],
    ['车辆识别代号 (VIN)', 'vin'],
    ['【必填】车辆型号', 'model'],
    ['注册登记日期（YYYY-MM-DD）', 'registrationDate'],
    ['注册登记日期:', 'registrationDate'],
    ['注册登记日期：', 'registrationDate'],
    ['车辆　品牌', 'brand'],
    ['车 辆 品 牌', 'brand'],
    ['Registration Date', 'registrationDate'],
    ['REGISTRATION_DATE', 'registrationDate'],
    ['registrationDate', 'registrationDate'],
    ['行驶里程（公里）', 'mileageKm'],
    ['Mileage (km)', 'mileageKm'],
    ['CCC 证书编号', 'cccCertificateNumber'],
    ['车牌号/号牌号码', 'plate'],
    ['\ufeff车辆识别代号', 'vin'],
  ])('%j is recognised as %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it.each([['序号'], [''], ['   '], ['品牌/型号'], ['(必填)'], ['车辆']])('%j names no field', (header) => {
    expect(fieldForHeader(header)).toBeNull();
  });

  it.each([['zh-CN' as const], ['en' as const]])('the app’s own field labels in %s are recognised, so an export imports again', (locale) => {
    const table = messages[locale] as Record<string, string>;
    const labelled = ALL_FIELDS.filter((field) => `vehicle.${field}` in table);
    expect(labelled.length).toBeGreaterThan(0);
    for (const field of labelled) expect([field, fieldForHeader(table[`vehicle.${field}` as MessageKey]!)]).toEqual([field, field]);
  });
});

describe('matchHeaders', () => {
  it('maps each header to its field and lists what it could not use', () => {
    const result = matchHeaders(['序号', '*车辆识别代号', '品牌', '型号', '客户备注栏', '', 'VIN', '颜色', 'Brand']);
    expect(result.columns).toEqual([null, 'vin', 'brand', 'model', null, null, null, 'color', null]);
    expect(result.unmatched).toEqual(['序号', '客户备注栏']);
    expect(result.duplicates).toEqual(['vin', 'brand']);
  });

  it('returns all null for a header row that matches nothing', () => {
    const result = matchHeaders(['姓名', '电话', '地址']);
    expect(result.columns).toEqual([null, null, null]);
    expect(result.unmatched).toEqual(['姓名', '电话', '地址']);
    expect(result.duplicates).toEqual([]);
  });

  it.each([['zh-CN' as const], ['en' as const]])('recognises every header of the %s template, in template order', (locale) => {
    const headers = templateHeaders(locale);
    expect(headers).toHaveLength(VEHICLE_COLUMNS.length);
    expect(matchHeaders(headers)).toEqual({ columns: VEHICLE_COLUMNS.map((column) => column.field), unmatched: [], duplicates: [] });
  });

  it('gives the template in Chinese or English', () => {
    expect(templateHeaders('zh-CN').slice(0, 3)).toEqual(['车辆识别代号', '车辆品牌', '车辆型号']);
    expect(templateHeaders('en').slice(0, 3)).toEqual(['VIN', 'Brand', 'Model']);
  });
});
