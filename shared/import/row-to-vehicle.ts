/**
 * One spreadsheet row to the raw input of NewVehicleSchema. Only the cell forms are settled here
 * (text, YYYY-MM-DD, numbers, booleans, currency and status codes); the schema still validates
 * the values, so a row is checked by the same rules as the form.
 */
import { CURRENCIES, VEHICLE_STATUSES } from '../contract/vehicles';
import { messages, LOCALES } from '../i18n/messages';
import { cellText, isBlankCell, parseBooleanCell, parseDateCell, parseNumberCell, type CellValue } from './cell-values';
import type { ImportFieldName } from './vehicle-columns';

type Kind = 'text' | 'multiline' | 'date' | 'number' | 'boolean' | 'currency' | 'status';

/** Typed against every field, so a new field in the contract must be given a kind here. */
const KINDS: Record<ImportFieldName, Kind> = {
  vin: 'text',
  brand: 'text',
  model: 'text',
  vehicleType: 'text',
  color: 'text',
  engineNumber: 'text',
  fuelType: 'text',
  manufacturer: 'text',
  manufactureDate: 'date',
  registrationDate: 'date',
  transferDate: 'date',
  certificateNumber: 'text',
  plate: 'text',
  destinationCountry: 'text',
  buyer: 'text',
  contractRef: 'text',
  purchasePrice: 'number',
  currency: 'currency',
  mileageKm: 'number',
  notes: 'multiline',
  isModified: 'boolean',
  chassisBrand: 'text',
  modifiedBrand: 'text',
  cccCertificateNumber: 'text',
  miitAnnouncementBatch: 'text',
  status: 'status',
};

/** How clerks write the currencies we know; anything else goes to the schema as written. */
const CURRENCY_NAMES: Record<string, (typeof CURRENCIES)[number]> = {
  人民币: 'CNY', RMB: 'CNY', 元: 'CNY', '¥': 'CNY',
  美元: 'USD', 美金: 'USD', 'US$': 'USD', $: 'USD',
  欧元: 'EUR', '€': 'EUR',
  港币: 'HKD', 港元: 'HKD', 'HK$': 'HKD',
  日元: 'JPY', 円: 'JPY',
  英镑: 'GBP', '£': 'GBP',
  卢布: 'RUB', 俄罗斯卢布: 'RUB', '₽': 'RUB',
  迪拉姆: 'AED', 阿联酋迪拉姆: 'AED',
  坚戈: 'KZT', 哈萨克斯坦坚戈: 'KZT', '₸': 'KZT',
};

function currencyCode(text: string): string {
  const folded = text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  return CURRENCY_NAMES[folded] ?? folded;
}

/** Status codes, or their labels in either language ("在库", "In stock"). */
const STATUS_NAMES: ReadonlyMap<string, string> = new Map(
  VEHICLE_STATUSES.flatMap((status) => [
    [status, status] as const,
    ...LOCALES.map((locale) => [messages[locale][`status.${status}`].toLowerCase(), status] as const),
  ]),
);

function statusCode(text: string): string {
  return STATUS_NAMES.get(text.normalize('NFKC').trim().toLowerCase()) ?? text;
}

export interface CellProblem {
  field: string;
  code: string;
  params: Record<string, string | number>;
}

export type RowConversion = { blank: true } | { blank: false; input: Record<string, unknown>; problems: CellProblem[] };

/** The value a field takes from a cell; undefined leaves the field out (blank), so defaults apply. */
function convert(field: ImportFieldName, cell: CellValue, problems: CellProblem[]): unknown {
  const problem = (code: string) => {
    problems.push({ field, code, params: { value: cellText(cell) ?? '' } });
    return undefined;
  };
  switch (KINDS[field]) {
    case 'date': {
      const parsed = parseDateCell(cell);
      return parsed.ok ? (parsed.value ?? undefined) : problem(parsed.problem);
    }
    case 'number': {
      const parsed = parseNumberCell(cell);
      return parsed.ok ? (parsed.value ?? undefined) : problem(parsed.problem);
    }
    case 'boolean': {
      const parsed = parseBooleanCell(cell);
      return parsed.ok ? (parsed.value ?? undefined) : problem(parsed.problem);
    }
    case 'currency': {
      const text = cellText(cell);
      return text === null ? undefined : currencyCode(text);
    }
    case 'status': {
      const text = cellText(cell);
      return text === null ? undefined : statusCode(text);
    }
    case 'multiline':
      return cellText(cell, { multiline: true }) ?? undefined;
    case 'text':
      return cellText(cell) ?? undefined;
  }
}

/**
 * The raw vehicle input of one row. A row is blank when every cell under a recognised column is
 * blank (a pre-numbered 序号 column alone is not a vehicle); the caller skips it.
 */
export function rowToVehicleInput(cells: readonly CellValue[], columns: ReadonlyArray<ImportFieldName | null>): RowConversion {
  const mapped = columns.flatMap((field, index) => (field === null ? [] : [{ field, cell: cells[index] ?? null }]));
  if (mapped.every(({ cell }) => isBlankCell(cell))) return { blank: true };
  const input: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  const seen = new Set<ImportFieldName>();
  for (const { field, cell } of mapped) {
    if (seen.has(field)) continue; // a repeated column: the leftmost wins, as in matchHeaders
    seen.add(field);
    const value = convert(field, cell, problems);
    if (value !== undefined) input[field] = value;
  }
  return { blank: false, input, problems };
}
