/**
 * The column dictionary of vehicle spreadsheets: for each field the header our template uses in
 * each language, plus the names clerks, dealers' systems and the certificate itself use for it.
 * Headers are compared after `normalizeHeader`, so spacing, full-width forms, `*` required marks,
 * bracketed hints and trailing colons never matter.
 */
import type { VehicleFieldName } from '../contract/vehicles';
import type { Locale } from '../i18n/messages';

export type ImportFieldName = VehicleFieldName | 'status';

export interface ColumnDefinition {
  field: ImportFieldName;
  zh: string;
  en: string;
  aliases: readonly string[];
}

/** In the order of VehicleFieldsSchema, then status: the order of the import template. */
export const VEHICLE_COLUMNS: readonly ColumnDefinition[] = [
  { field: 'vin', zh: '车辆识别代号', en: 'VIN', aliases: ['车架号', '车辆识别代号/车架号', '识别代号', '车架号码', 'VIN码', 'VIN号', '车辆VIN', 'Vehicle identification number', 'Chassis number', 'Frame number'] },
  { field: 'brand', zh: '车辆品牌', en: 'Brand', aliases: ['品牌', '厂牌', 'Make', 'Vehicle brand'] },
  { field: 'model', zh: '车辆型号', en: 'Model', aliases: ['型号', '车型', 'Vehicle model'] },
  { field: 'vehicleType', zh: '车辆类型', en: 'Vehicle type', aliases: ['车辆种类', '类型', 'Type', 'Body type'] },
  { field: 'color', zh: '车身颜色', en: 'Colour', aliases: ['颜色', 'Color', 'Body colour', 'Body color'] },
  { field: 'engineNumber', zh: '发动机号', en: 'Engine number', aliases: ['发动机号码', '发动机编号', 'Engine no', 'Engine'] },
  { field: 'fuelType', zh: '燃料种类', en: 'Fuel type', aliases: ['燃料类型', '燃油类型', '燃料', 'Fuel'] },
  { field: 'manufacturer', zh: '制造厂名称', en: 'Manufacturer', aliases: ['制造厂', '生产厂家', '厂商', '制造商', '生产企业', '生产企业名称', 'Maker'] },
  { field: 'manufactureDate', zh: '出厂日期', en: 'Manufacture date', aliases: ['车辆出厂日期', '生产日期', '制造日期', 'Date of manufacture', 'Production date'] },
  { field: 'registrationDate', zh: '注册登记日期', en: 'Registration date', aliases: ['注册日期', '登记日期', '初次登记日期', '初登日期', 'First registration date', 'Date of registration'] },
  { field: 'transferDate', zh: '待出口转移登记日期', en: 'Transfer date', aliases: ['转移登记日期', '转移日期', '过户日期', 'Export transfer date', 'Transfer registration date'] },
  { field: 'certificateNumber', zh: '登记证书编号', en: 'Certificate number', aliases: ['证书编号', '登记证书号', '登记证编号', '机动车登记证书编号', 'Registration certificate number', 'Certificate no'] },
  { field: 'plate', zh: '号牌号码', en: 'Plate', aliases: ['车牌号', '车牌', '车牌号码', '号牌', 'Plate number', 'Licence plate', 'License plate', 'Registration number'] },
  { field: 'destinationCountry', zh: '出口国家', en: 'Destination country', aliases: ['目的国', '出口国', '目的国家', '出口目的国', 'Destination', 'Country of destination'] },
  { field: 'buyer', zh: '买方', en: 'Buyer', aliases: ['买家', '境外买方', '客户', 'Customer', 'Consignee'] },
  { field: 'contractRef', zh: '合同号', en: 'Contract number', aliases: ['合同编号', '合同', 'Contract', 'Contract no', 'Contract ref', 'Contract reference'] },
  { field: 'purchasePrice', zh: '采购价格', en: 'Purchase price', aliases: ['采购价', '收购价', '收购价格', '进价', 'Price', 'Cost'] },
  { field: 'currency', zh: '币种', en: 'Currency', aliases: ['货币', '币别'] },
  { field: 'mileageKm', zh: '行驶里程', en: 'Mileage', aliases: ['里程', '表显里程', '公里数', 'Mileage km', 'Odometer'] },
  { field: 'notes', zh: '备注', en: 'Notes', aliases: ['说明', 'Note', 'Remarks', 'Remark', 'Comments', 'Comment'] },
  { field: 'isModified', zh: '改装车', en: 'Modified vehicle', aliases: ['是否改装', '是否改装车', 'Modified', 'Is modified'] },
  { field: 'chassisBrand', zh: '底盘品牌', en: 'Chassis brand', aliases: [] },
  { field: 'modifiedBrand', zh: '改装车品牌', en: 'Modified brand', aliases: ['改装品牌', 'Modified vehicle brand'] },
  { field: 'cccCertificateNumber', zh: 'CCC证书编号', en: 'CCC certificate number', aliases: ['CCC证书号', 'CCC编号', '3C证书编号', 'CCC', 'CCC number', 'CCC certificate', 'CCC certificate no'] },
  { field: 'miitAnnouncementBatch', zh: '公告批次', en: 'MIIT announcement batch', aliases: ['公告批次号', '工信部公告批次', '工信部公告批次号', 'Announcement batch', 'MIIT batch'] },
  { field: 'status', zh: '状态', en: 'Status', aliases: ['车辆状态', 'Vehicle status'] },
];

/** Bracketed hints: (必填), （YYYY-MM-DD）, [km], 【可选】, <...>. */
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕|<[^<>]*>|《[^《》]*》/g;

/**
 * The comparable form of a header: NFKC folds full-width letters, digits, brackets and the
 * ideographic space; then case, required marks, hints, spacing, light punctuation and
 * trailing colons go. A header that is nothing but a hint keeps its hint text.
 */
export function normalizeHeader(header: string): string {
  const folded = header.normalize('NFKC').toLowerCase().replace(/[\u200b-\u200d\ufeff]/g, '');
  const squeeze = (text: string) => text.replace(/[*\s_\-.·]/g, '').replace(/[:]+$/, '');
  const withoutHints = squeeze(folded.replace(BRACKETED, ''));
  return withoutHints || squeeze(folded.replace(/[()[\]【】〔〕<>《》]/g, ''));
}

const BY_NAME: ReadonlyMap<string, ImportFieldName> = (() => {
  const map = new Map<string, ImportFieldName>();
  for (const column of VEHICLE_COLUMNS) {
    for (const name of [column.zh, column.en, column.field, ...column.aliases]) map.set(normalizeHeader(name), column.field);
  }
  return map;
})();

/**
 * The field a header names, or null. A header joining names with a slash ("车牌号/号牌号码")
 * counts when every part that names a field names the same one.
 */
export function fieldForHeader(header: string): ImportFieldName | null {
  const exact = BY_NAME.get(normalizeHeader(header));
  if (exact) return exact;
  const named = new Set(header.split(/[/／|｜、]/).map((part) => BY_NAME.get(normalizeHeader(part))).filter((field) => field !== undefined));
  return named.size === 1 ? [...named][0]! : null;
}

export interface HeaderMatch {
  /** For each header, its field; null when unknown, blank, or a repeat of a field already taken. */
  columns: Array<ImportFieldName | null>;
  /** Non-blank headers that name no field, as written. */
  unmatched: string[];
  /** Fields named by more than one header; the leftmost header wins. */
  duplicates: ImportFieldName[];
}

export function matchHeaders(headers: readonly string[]): HeaderMatch {
  const taken = new Set<ImportFieldName>();
  const duplicates = new Set<ImportFieldName>();
  const unmatched: string[] = [];
  const columns = headers.map((header) => {
    const field = fieldForHeader(header ?? '');
    if (field === null) {
      if ((header ?? '').trim() !== '') unmatched.push(header.trim());
      return null;
    }
    if (taken.has(field)) {
      duplicates.add(field);
      return null;
    }
    taken.add(field);
    return field;
  });
  return { columns, unmatched, duplicates: [...duplicates] };
}

/** The header row of the import template in one language (every column, template order). */
export function templateHeaders(locale: Locale): string[] {
  return VEHICLE_COLUMNS.map((column) => (locale === 'zh-CN' ? column.zh : column.en));
}
