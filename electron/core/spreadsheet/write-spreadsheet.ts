/**
 * Writes tables for clerks to open in Excel or WPS: XLSX with a bold, frozen, filterable header
 * row, and CSV in UTF-8 with a BOM (without it Excel shows Chinese as mojibake). Dates go out as
 * `YYYY-MM-DD` text, never as Excel dates, so no time zone can move them; neither format lets a
 * cell become a formula (CSV injection: =cmd|'/C calc'!A0).
 */
import ExcelJS from 'exceljs';

export type ColumnKind = 'text' | 'date' | 'number';

export interface OutputColumn {
  header: string;
  /** In Excel's character widths; by default from the header and the first rows. */
  width?: number;
  /** text and date columns are formatted as text (@), so Excel never reinterprets a VIN or a date. */
  kind?: ColumnKind;
}

export type OutputCell = string | number | boolean | null;

const EXCEL_MAX_TEXT = 32_767;
/** Characters XML 1.0 cannot carry, and unpaired surrogates: one would make the file unopenable. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function xlsxText(text: string): string {
  return text.replace(NOT_XML, '').slice(0, EXCEL_MAX_TEXT);
}

/** Width as Excel counts it: a Chinese character is two columns wide. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(char) ? 2 : 1;
  return width;
}

function autoWidth(column: OutputColumn, index: number, rows: ReadonlyArray<ReadonlyArray<OutputCell>>): number {
  let widest = displayWidth(column.header);
  for (const row of rows.slice(0, 200)) {
    const value = row[index];
    if (value !== null && value !== undefined) widest = Math.max(widest, displayWidth(String(value).split(/\r?\n/)[0] ?? ''));
  }
  return Math.min(60, Math.max(8, widest + 2));
}

function xlsxCell(value: OutputCell | undefined, kind: ColumnKind | undefined): OutputCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return !Number.isFinite(value) ? null : kind === 'text' ? String(value) : value;
  // A string is stored as a string even when it starts with "=": exceljs writes a formula only
  // from a { formula } value, so text from a clerk can never run.
  if (typeof value === 'string') return xlsxText(value);
  return value;
}

export async function writeXlsx(
  columns: ReadonlyArray<OutputColumn>,
  rows: ReadonlyArray<ReadonlyArray<OutputCell>>,
  options: { sheetName?: string } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column, index) => ({
    width: column.width ?? autoWidth(column, index, rows),
    ...(column.kind === 'text' || column.kind === 'date' ? { style: { numFmt: '@' } } : {}),
  }));
  const header = sheet.addRow(columns.map((column) => xlsxText(column.header)));
  header.font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((column, index) => xlsxCell(row[index], column.kind)));
  if (columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const UTF8_BOM = '\ufeff';
/** What Excel, WPS and LibreOffice take as the start of a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: OutputCell | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 with CRLF line ends, in UTF-8 with a BOM. */
export function writeCsv(headers: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<OutputCell>>): Buffer {
  const lines = [headers.map(csvField).join(',')];
  for (const row of rows) lines.push(Array.from({ length: Math.max(headers.length, row.length) }, (_, index) => csvField(row[index])).join(','));
  return Buffer.from(UTF8_BOM + lines.join('\r\n') + '\r\n', 'utf8');
}
