/**
 * Normalisers for one spreadsheet cell, as typed by clerks or left by other programs: dates in
 * every Chinese habit and as Excel serials, amounts with currency signs and thousands separators,
 * yes/no in Chinese, English and tick marks. Pure: no `Date`, so no time zone can shift a date.
 */
import { fromDayNumber, isCalendarDate } from '../domain/calendar-date';

/** What a reader hands over for one cell; Excel date cells arrive already as a calendar date. */
export type CellValue = string | number | boolean | { date: string } | null;

export type CellParse<T, Problem extends string> = { ok: true; value: T | null } | { ok: false; problem: Problem };

/** Cells that only say "nothing here": blank, or a lone dash or slash as paper forms use. */
const PLACEHOLDER = /^[\s\-/—–－／]*$/;

/** Full-width digits, letters and punctuation to ASCII, ideographic space to space (NFKC). */
function fold(text: string): string {
  return text.normalize('NFKC').replace(/[\u200b-\u200d\ufeff]/g, '');
}

function isDateCell(value: CellValue): value is { date: string } {
  return typeof value === 'object' && value !== null;
}

/**
 * The text of a cell, trimmed with inner whitespace collapsed to one space; null when blank.
 * `multiline` keeps line breaks (for notes), collapsing within each line.
 */
export function cellText(value: CellValue, options: { multiline?: boolean } = {}): string | null {
  if (value === null) return null;
  if (isDateCell(value)) return value.date;
  const raw = String(value).replace(/[\u200b-\u200d\ufeff]/g, '');
  const text = options.multiline
    ? raw
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .join('\n')
        .replace(/^\n+|\n+$/g, '')
    : raw.replace(/\s+/g, ' ').trim();
  return PLACEHOLDER.test(text) ? null : text;
}

export function isBlankCell(value: CellValue): boolean {
  return cellText(value) === null;
}

// Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is 1900-02-29, a day that never
// was (kept from Lotus 1-2-3), so serials from 61 on are one more than the plain day count.
const SERIAL_DAY_ZERO = -25569; // day number of 1899-12-30
const LOTUS_LEAP_DAY = 60;
const LAST_SERIAL = 2958465; // 9999-12-31

/** The calendar date of an Excel serial (time of day ignored), or null for none. */
export function excelSerialToDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_SERIAL + 1) return null;
  const whole = Math.floor(serial + 1e-9);
  if (whole === LOTUS_LEAP_DAY) return null;
  const date = fromDayNumber(SERIAL_DAY_ZERO + whole + (whole < LOTUS_LEAP_DAY ? 1 : 0));
  return isCalendarDate(date) ? date : null;
}

function pad(part: string): string {
  return part.padStart(2, '0');
}

/** Year first, always: 2025-07-14, 2025/7/14, 2025.7.14, 2025年7月14日, with an optional time after. */
const SEPARATED_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

function dateFromText(text: string): string | null {
  const match = SEPARATED_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  if (!match) return null;
  const date = `${match[1]}-${pad(match[2]!)}-${pad(match[3]!)}`;
  return isCalendarDate(date) ? date : null;
}

function dateFromNumber(value: number): string | null {
  // 20250714 typed into a number cell; no serial is that large (9999-12-31 is 2958465).
  if (Number.isInteger(value) && value >= 19000101 && value <= 29991231) return dateFromText(String(value));
  return excelSerialToDate(value);
}

export function parseDateCell(value: CellValue): CellParse<string, 'date.invalid'> {
  const invalid = { ok: false, problem: 'date.invalid' } as const;
  if (value === null) return { ok: true, value: null };
  if (isDateCell(value)) return isCalendarDate(value.date) ? { ok: true, value: value.date } : invalid;
  if (typeof value === 'boolean') return invalid;
  if (typeof value === 'number') {
    const date = dateFromNumber(value);
    return date ? { ok: true, value: date } : invalid;
  }
  const text = fold(value).trim();
  if (PLACEHOLDER.test(text)) return { ok: true, value: null };
  const date = dateFromText(text);
  return date ? { ok: true, value: date } : invalid;
}

const CURRENCY_PREFIX = /^(?:[¥$€£₽₸]|US\$|HK\$|RMB|CNY|USD|EUR|HKD)/i;
const UNIT_SUFFIX = /(?:元|人民币|美元|欧元|港币|港元|公里|千米|km)$/i;
const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

function numberFromText(text: string): number | null {
  let rest = text.replace(/\s+/g, '').replace(CURRENCY_PREFIX, '').replace(UNIT_SUFFIX, '');
  // 万 (ten thousand) is how mileage and prices are often written: 3.5万公里, 12万元.
  const tenThousands = rest.endsWith('万');
  if (tenThousands) rest = rest.slice(0, -1);
  if (!PLAIN_NUMBER.test(rest) || !/\d/.test(rest)) return null;
  const number = Number(rest.replace(/,/g, ''));
  if (!Number.isFinite(number)) return null;
  // toFixed keeps 1.23万 at 12300 rather than 12300.000000000002.
  return tenThousands ? Number((number * 10000).toFixed(6)) : number;
}

export function parseNumberCell(value: CellValue): CellParse<number, 'spreadsheet.numberInvalid'> {
  const invalid = { ok: false, problem: 'spreadsheet.numberInvalid' } as const;
  if (value === null) return { ok: true, value: null };
  if (typeof value === 'number') return Number.isFinite(value) ? { ok: true, value } : invalid;
  if (typeof value !== 'string') return invalid;
  const text = fold(value).trim();
  if (PLACEHOLDER.test(text)) return { ok: true, value: null };
  const number = numberFromText(text);
  return number === null ? invalid : { ok: true, value: number };
}

const TRUE_WORDS = new Set(['是', '对', 'y', 'yes', 'true', '1', '√', '✓', '✔', '☑']);
const FALSE_WORDS = new Set(['否', '不是', '非', 'n', 'no', 'false', '0', '×', '✗', '✘', '☐']);

export function parseBooleanCell(value: CellValue): CellParse<boolean, 'spreadsheet.booleanInvalid'> {
  const invalid = { ok: false, problem: 'spreadsheet.booleanInvalid' } as const;
  if (value === null) return { ok: true, value: null };
  if (typeof value === 'boolean') return { ok: true, value };
  if (typeof value === 'number') return value === 1 ? { ok: true, value: true } : value === 0 ? { ok: true, value: false } : invalid;
  if (typeof value !== 'string') return invalid;
  const text = fold(value).trim().toLowerCase();
  if (text === '') return { ok: true, value: null };
  if (TRUE_WORDS.has(text)) return { ok: true, value: true };
  if (FALSE_WORDS.has(text)) return { ok: true, value: false };
  return PLACEHOLDER.test(text) ? { ok: true, value: null } : invalid;
}
