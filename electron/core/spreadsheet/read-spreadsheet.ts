/**
 * Reads a clerk's spreadsheet (XLSX or CSV, told apart by content, not by extension) into a plain
 * table of cells. Sizes are checked before anything is parsed, so a huge file or a zip bomb is
 * refused in milliseconds; every failure is an AppFailure with a bilingual text, never a stack.
 */
import ExcelJS from 'exceljs';
import { inflateRawSync } from 'node:zlib';
import { AppFailure, type ErrorCode } from '../../../shared/contract/errors';
import { excelSerialToDate, type CellValue } from '../../../shared/import/cell-values';
import { LOCALES, type Locale, type MessageKey } from '../../../shared/i18n/messages';
import { bilingual, translate, type MessageParams } from '../../../shared/i18n/translate';
import { fromDayNumber } from '../../../shared/domain/calendar-date';

export interface SpreadsheetLimits {
  maxFileBytes: number;
  /** Sum of the uncompressed sizes of an XLSX's parts. */
  maxUncompressedBytes: number;
  /** Uncompressed ÷ compressed of one part, checked for parts above ratioCheckAboveBytes. */
  maxCompressionRatio: number;
  ratioCheckAboveBytes: number;
  maxDataRows: number;
}

const MB = 1024 * 1024;
export const SPREADSHEET_LIMITS: SpreadsheetLimits = {
  maxFileBytes: 50 * MB,
  maxUncompressedBytes: 300 * MB,
  maxCompressionRatio: 200,
  ratioCheckAboveBytes: 10 * MB,
  maxDataRows: 100_000,
};

export interface SheetWarning {
  rowNumber?: number;
  /** A message key of the spreadsheet area; params fill its text. */
  code: MessageKey;
  params: Record<string, string | number>;
}

export interface SheetRow {
  /** 1-based, as the clerk sees it in Excel (a CSV record with a line break inside is one row). */
  rowNumber: number;
  /** One per header, null for blank. */
  cells: CellValue[];
}

export interface SheetTable {
  headers: string[];
  rows: SheetRow[];
  /** CSV only: utf-8, utf-16le, utf-16be or gb18030 (a superset of GBK). */
  encoding?: string;
  /** XLSX only: the sheet that was read. */
  sheetName?: string;
  warnings: SheetWarning[];
}

export interface SpreadsheetFile {
  /** A file name or path; only its base name ever reaches a message. */
  name: string;
  bytes: Buffer;
}

// ───────────────────────────── failures ─────────────────────────────

type LocalizedPart = { key: MessageKey; params?: MessageParams };

/** An error whose text has parts in the reader's language (a reason, the formats expected). */
function failWith(code: ErrorCode, params: MessageParams, parts: Record<string, LocalizedPart> = {}): never {
  const text = (locale: Locale) => {
    const filled: MessageParams = { ...params };
    for (const [name, part] of Object.entries(parts)) filled[name] = translate(locale, part.key, part.params);
    return translate(locale, `error.${code}` as MessageKey, filled);
  };
  const message = Object.fromEntries(LOCALES.map((locale) => [locale, text(locale)])) as Record<Locale, string>;
  throw new AppFailure({ code, message });
}

function unreadable(file: string, reason: MessageKey, params?: MessageParams): never {
  return failWith('FILE_UNREADABLE', { file }, { reason: { key: reason, params } });
}

function unsupported(file: string, expected: MessageKey = 'spreadsheet.expectedFormats'): never {
  return failWith('FILE_FORMAT_UNSUPPORTED', { file }, { expected: { key: expected } });
}

function tooManyRows(file: string, maxRows: number): never {
  // FILE_TOO_LARGE's own text speaks of megabytes; a row count needs a text of its own.
  throw new AppFailure({ code: 'FILE_TOO_LARGE', message: bilingual('spreadsheet.tooManyRows', { file, maxRows }) });
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() || name;
}

const megabytes = (bytes: number) => Math.round((bytes / MB) * 10) / 10;
/** Rounded up, so a file just over the limit never reads as exactly the limit. */
const megabytesUp = (bytes: number) => Math.ceil((bytes / MB) * 10) / 10;

// ───────────────────────────── entry ─────────────────────────────

export async function readSpreadsheet(file: SpreadsheetFile, limits: Partial<SpreadsheetLimits> = {}): Promise<SheetTable> {
  const limit = { ...SPREADSHEET_LIMITS, ...limits };
  const name = baseName(file.name);
  const bytes = file.bytes;
  if (bytes.length > limit.maxFileBytes) {
    failWith('FILE_TOO_LARGE', { file: name, sizeMb: megabytesUp(bytes.length), maxMb: megabytes(limit.maxFileBytes) });
  }
  if (bytes.length === 0) failWith('SPREADSHEET_EMPTY', { file: name });
  if (startsWith(bytes, ZIP_SIGNATURES)) return readXlsx(name, bytes, limit);
  if (startsWith(bytes, [OLE2_SIGNATURE])) {
    // Old .xls and password-protected .xlsx both live in an OLE2 compound file.
    if (bytes.includes(ENCRYPTED_PACKAGE)) unreadable(name, 'spreadsheet.reason.encrypted');
    unsupported(name, 'spreadsheet.expectedNotLegacyXls');
  }
  return readCsv(name, bytes, limit);
}

const ZIP_SIGNATURES = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1')];
const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

function startsWith(bytes: Buffer, signatures: Buffer[]): boolean {
  return signatures.some((signature) => bytes.length >= signature.length && bytes.subarray(0, signature.length).equals(signature));
}

// ───────────────────────────── table assembly (both formats) ─────────────────────────────

interface RawRow {
  rowNumber: number;
  cells: CellValue[];
}

const TITLE_LOOKAHEAD = 10;

function isEmpty(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && !/\S/.test(value));
}

function filledCount(cells: readonly CellValue[]): number {
  let count = 0;
  for (const cell of cells) if (!isEmpty(cell)) count++;
  return count;
}

function headerText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.date;
  return String(value).replace(/\s+/g, ' ').trim();
}

/**
 * Headers and data rows from raw rows: blank rows go (their numbers stay), the header is the
 * first non-blank row — unless it is a lone title cell ("2025年7月出口车辆清单") above a row with
 * several cells, which is then the header and the title a warning.
 */
function assembleTable(file: string, rows: Iterable<RawRow>, maxDataRows: number, warnings: SheetWarning[]) {
  let header: RawRow | undefined;
  const pending: RawRow[] = [];
  const data: RawRow[] = [];
  const addData = (row: RawRow) => {
    if (data.length >= maxDataRows) tooManyRows(file, maxDataRows);
    data.push(row);
  };
  const settleHeader = (index: number) => {
    header = pending[index]!;
    for (const title of pending.slice(0, index)) {
      const text = title.cells.map(headerText).join(' ').trim().slice(0, 60);
      warnings.push({ rowNumber: title.rowNumber, code: 'spreadsheet.titleRowSkipped', params: { rowNumber: title.rowNumber, text } });
    }
    for (const row of pending.slice(index + 1)) addData(row);
  };
  for (const row of rows) {
    if (header) {
      if (filledCount(row.cells) > 0) addData(row);
      continue;
    }
    const filled = filledCount(row.cells);
    if (filled === 0) continue;
    pending.push(row);
    if (filled >= 2) settleHeader(pending.length - 1);
    else if (pending.length === TITLE_LOOKAHEAD) settleHeader(0);
  }
  if (!header && pending.length > 0) settleHeader(0);
  if (!header || data.length === 0) failWith('SPREADSHEET_EMPTY', { file });

  // Rectangular: as wide as the rightmost non-blank cell anywhere.
  let width = 0;
  for (const row of [header, ...data]) {
    for (let index = row.cells.length - 1; index >= width; index--) {
      if (!isEmpty(row.cells[index])) {
        width = index + 1;
        break;
      }
    }
  }
  const fit = (cells: CellValue[]) => {
    const fitted = cells.length === width ? cells : cells.slice(0, width);
    for (let index = 0; index < width; index++) fitted[index] = isEmpty(fitted[index]) ? null : fitted[index]!;
    return fitted;
  };
  return {
    headerRowNumber: header.rowNumber,
    headers: fit(header.cells).map(headerText),
    rows: data.map((row) => ({ rowNumber: row.rowNumber, cells: fit(row.cells) })),
  };
}

function sortWarnings(warnings: SheetWarning[]): SheetWarning[] {
  return warnings
    .map((warning, order) => ({ warning, order }))
    .sort((a, b) => (a.warning.rowNumber ?? 0) - (b.warning.rowNumber ?? 0) || a.order - b.order)
    .map(({ warning }) => warning);
}

// ───────────────────────────── CSV ─────────────────────────────

function decodeText(file: string, bytes: Buffer): { text: string; encoding: string } {
  const decode = (label: string, body: Buffer) => new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(body);
  const attempts: Array<[string, number]> = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) attempts.push(['utf-8', 3]);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) attempts.push(['utf-16le', 2]);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) attempts.push(['utf-16be', 2]);
  else attempts.push(['utf-8', 0], ['gb18030', 0]);
  for (const [encoding, skip] of attempts) {
    let text: string;
    try {
      text = decode(encoding, bytes.subarray(skip));
    } catch {
      continue;
    }
    if (looksBinary(text)) break;
    return { text, encoding };
  }
  return unsupported(file);
}

/** NUL, or more than a few control characters, in the first 64 KiB: an image, a PDF, not a table. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  if (sample.includes('\0')) return true;
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const controls = sample.match(/[\x01-\x08\x0e-\x19\x1b-\x1f\x7f]/g)?.length ?? 0;
  return controls > Math.max(2, sample.length / 1000);
}

const DELIMITERS = [',', '\t', ';'] as const;

/** The delimiter used most often, outside quotes, in the first lines that have any. */
function detectDelimiter(text: string): string {
  const lines = text.slice(0, 65536).split(/\r\n|\r|\n/, 12);
  for (const line of lines) {
    const unquoted = line.replace(/"[^"]*"/g, '');
    const counts = DELIMITERS.map((delimiter) => unquoted.split(delimiter).length - 1);
    const most = Math.max(...counts);
    if (most > 0) return DELIMITERS[counts.indexOf(most)]!;
  }
  return ',';
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** RFC 4180 records, leniently: a stray quote inside an unquoted field is kept as text. */
function* csvRecords(text: string, delimiter: string, warnings: SheetWarning[]): Generator<RawRow> {
  const separator = delimiter.charCodeAt(0);
  const end = text.length;
  let at = 0;
  let rowNumber = 0;
  const fieldEnd = (from: number) => {
    let index = from;
    while (index < end) {
      const code = text.charCodeAt(index);
      if (code === separator || code === CR || code === LF) break;
      index++;
    }
    return index;
  };
  while (at < end) {
    rowNumber++;
    const cells: CellValue[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(at) === QUOTE) {
        value = '';
        let from = at + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote === -1) {
            warnings.push({ rowNumber, code: 'spreadsheet.unclosedQuote', params: { rowNumber } });
            value += text.slice(from);
            from = end;
            break;
          }
          value += text.slice(from, quote);
          if (text.charCodeAt(quote + 1) === QUOTE) {
            value += '"';
            from = quote + 2;
          } else {
            from = quote + 1;
            break;
          }
        }
        const stop = fieldEnd(from);
        value += text.slice(from, stop); // text after a closing quote: keep it rather than lose it
        at = stop;
      } else {
        const stop = fieldEnd(at);
        value = text.slice(at, stop);
        at = stop;
      }
      cells.push(value === '' ? null : value);
      if (at < end && text.charCodeAt(at) === separator) {
        at++;
        if (at === end) cells.push(null);
        else continue;
      }
      break;
    }
    if (text.charCodeAt(at) === CR) at++;
    if (text.charCodeAt(at) === LF) at++;
    yield { rowNumber, cells };
  }
}

function readCsv(file: string, bytes: Buffer, limit: SpreadsheetLimits): SheetTable {
  const decoded = decodeText(file, bytes);
  let text = decoded.text.endsWith('\x1a') ? decoded.text.slice(0, -1) : decoded.text; // a DOS end-of-file mark
  let delimiter: string;
  // Excel's own hint line, "sep=;", which Excel hides: row 1 is the line after it.
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint) {
    delimiter = hint[1]!;
    text = text.slice(hint[0].length);
  } else {
    delimiter = detectDelimiter(text);
  }
  const warnings: SheetWarning[] = [];
  const table = assembleTable(file, csvRecords(text, delimiter, warnings), limit.maxDataRows, warnings);
  return { headers: table.headers, rows: table.rows, encoding: decoded.encoding, warnings: sortWarnings(warnings) };
}

// ───────────────────────────── XLSX: the ZIP container ─────────────────────────────

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;

class ZipDamaged extends Error {}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - 22 - MAX_16);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  throw new ZipDamaged('no end of central directory');
}

/** The central directory's list of parts, with their declared sizes; ZIP64 fields included. */
function readCentralDirectory(bytes: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(bytes);
  let directorySize = bytes.readUInt32LE(eocd + 12);
  let directoryOffset = bytes.readUInt32LE(eocd + 16);
  if (directoryOffset === MAX_32 || directorySize === MAX_32 || bytes.readUInt16LE(eocd + 10) === MAX_16) {
    const locator = eocd - 20;
    if (locator >= 0 && bytes.readUInt32LE(locator) === ZIP64_LOCATOR_SIGNATURE) {
      const record = Number(bytes.readBigUInt64LE(locator + 8));
      if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE) throw new ZipDamaged('bad zip64 record');
      directorySize = Number(bytes.readBigUInt64LE(record + 40));
      directoryOffset = Number(bytes.readBigUInt64LE(record + 48));
    }
  }
  if (directoryOffset + directorySize > eocd) throw new ZipDamaged('central directory out of bounds');
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  const stop = directoryOffset + directorySize;
  while (at < stop) {
    if (at + 46 > stop || bytes.readUInt32LE(at) !== CENTRAL_ENTRY_SIGNATURE) throw new ZipDamaged('bad central directory entry');
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    };
    applyZip64Extra(entry, bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** ZIP64 puts the real sizes in extra field 0x0001, in this order, only for fields set to 0xFFFFFFFF. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  const wanted = (['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const).filter((key) => entry[key] === MAX_32);
  if (wanted.length === 0) return;
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      wanted.forEach((key, index) => {
        if (at + 4 + index * 8 + 8 <= extra.length) entry[key] = Number(extra.readBigUInt64LE(at + 4 + index * 8));
      });
      return;
    }
    at += 4 + size;
  }
}

/**
 * Refuses a zip bomb before anything is inflated, from the declared sizes; then inflates each
 * part with its declared size as a hard cap, so a directory that lies about sizes, or a file cut
 * short, is caught here rather than inside the XLSX parser.
 */
function checkZip(file: string, bytes: Buffer, limit: SpreadsheetLimits): ZipEntry[] {
  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(bytes);
  } catch {
    return unreadable(file, 'spreadsheet.reason.zipDamaged');
  }
  const bomb = (uncompressed: number, compressed: number) =>
    unreadable(file, 'spreadsheet.reason.zipBomb', { sizeMb: megabytesUp(uncompressed), ratio: Math.round(uncompressed / Math.max(1, compressed)) });
  let total = 0;
  let totalCompressed = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    totalCompressed += entry.compressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limit.ratioCheckAboveBytes && ratio > limit.maxCompressionRatio) bomb(entry.uncompressedSize, entry.compressedSize);
  }
  if (total > limit.maxUncompressedBytes) bomb(total, totalCompressed);
  for (const entry of entries) {
    let content: Buffer;
    try {
      content = entryContent(bytes, entry);
    } catch (error) {
      if (error instanceof RangeError && (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') unreadable(file, 'spreadsheet.reason.zipSizeLie');
      return unreadable(file, 'spreadsheet.reason.zipDamaged');
    }
    // Too many rows is known here, before exceljs spends seconds and gigabytes finding it out.
    if (WORKSHEET_PART.test(entry.name) && rowsWithValues(content) > limit.maxDataRows + TITLE_LOOKAHEAD + 1) tooManyRows(file, limit.maxDataRows);
  }
  return entries;
}

/** A part's content, inflated with its declared size as a hard cap. */
function entryContent(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER_SIGNATURE) throw new ZipDamaged('bad local header');
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipDamaged('cut short');
  const stored = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw new ZipDamaged('stored size mismatch');
    return stored;
  }
  if (entry.method !== 8) throw new ZipDamaged('unknown compression');
  const inflated = inflateRawSync(stored, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  if (inflated.length !== entry.uncompressedSize) throw new ZipDamaged('size mismatch');
  return inflated;
}

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const ROW_OPEN = Buffer.from('<row');
const ROW_CLOSE = Buffer.from('</row>');
const VALUE_TAGS = [Buffer.from('<v>'), Buffer.from('<v '), Buffer.from('<is>')];

/** Rows of sheet XML holding a value: formatting-only rows (<row/>, styled empty cells) do not count. */
function rowsWithValues(xml: Buffer): number {
  let count = 0;
  for (let at = xml.indexOf(ROW_OPEN); at !== -1; ) {
    const next = xml[at + 4];
    const tagEnd = xml.indexOf(0x3e /* > */, at);
    if (tagEnd === -1) break;
    if (next !== 0x20 && next !== 0x3e) {
      at = xml.indexOf(ROW_OPEN, at + 4); // <rowBreaks> and the like
      continue;
    }
    if (xml[tagEnd - 1] === 0x2f /* / */) {
      at = xml.indexOf(ROW_OPEN, tagEnd);
      continue;
    }
    const close = xml.indexOf(ROW_CLOSE, tagEnd);
    if (close === -1) break;
    const row = xml.subarray(tagEnd, close);
    if (VALUE_TAGS.some((tag) => row.includes(tag))) count++;
    at = xml.indexOf(ROW_OPEN, close);
  }
  return count;
}

// ───────────────────────────── XLSX: the workbook ─────────────────────────────

/**
 * Parts of a sheet we never use; skipping them is faster and avoids parser trouble. Without
 * `hyperlinks`, a link cell is simply its text.
 */
const IGNORED_NODES = [
  'sheetViews', 'sheetFormatPr', 'cols', 'autoFilter', 'hyperlinks', 'dataValidations', 'conditionalFormatting', 'extLst',
  'drawing', 'picture', 'headerFooter', 'pageSetup', 'printOptions', 'rowBreaks', 'pageMargins', 'sheetProtection', 'tableParts',
];

async function readXlsx(file: string, bytes: Buffer, limit: SpreadsheetLimits): Promise<SheetTable> {
  const entries = checkZip(file, bytes, limit);
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) unsupported(file); // .ods, .xlsb, .docx, a plain .zip
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its parameter with a Buffer of its own; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_NODES });
  } catch {
    unreadable(file, 'spreadsheet.reason.workbookDamaged');
  }
  try {
    return tableOfWorkbook(file, workbook, limit);
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    return unreadable(file, 'spreadsheet.reason.workbookDamaged');
  }
}

function hasData(sheet: ExcelJS.Worksheet): boolean {
  let found = false;
  sheet.eachRow((row) => {
    if (!found && row.hasValues) row.eachCell((cell) => (found ||= cell.type !== ExcelJS.ValueType.Merge && !isEmpty(plainValue(cell.value))));
  });
  return found;
}

function tableOfWorkbook(file: string, workbook: ExcelJS.Workbook, limit: SpreadsheetLimits): SheetTable {
  const withData = workbook.worksheets.filter(hasData);
  const visible = withData.filter((sheet) => sheet.state === 'visible' || sheet.state === undefined);
  const sheet = visible[0] ?? withData[0];
  if (!sheet) return failWith('SPREADSHEET_EMPTY', { file });
  const warnings: SheetWarning[] = [];
  const others = withData.filter((other) => other !== sheet).map((other) => other.name);
  if (others.length > 0) warnings.push({ code: 'spreadsheet.otherSheetsIgnored', params: { sheet: sheet.name, others: others.join(', ') } });
  // Certainly too many rows, even allowing for title rows: no need to convert any cell.
  if (sheet.actualRowCount > limit.maxDataRows + TITLE_LOOKAHEAD + 1) tooManyRows(file, limit.maxDataRows);

  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  const cellWarnings: SheetWarning[] = [];
  const rows: RawRow[] = [];
  const byNumber = new Map<number, RawRow>();
  sheet.eachRow((row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell((cell, column) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        // Only the top-left cell of a merge holds the value; exceljs would repeat it here.
        const master = cell.master;
        const merge = merges.get(master.address) ?? { top: Number(master.row), left: Number(master.col), bottom: 0, right: 0 };
        merge.bottom = Math.max(merge.bottom, rowNumber);
        merge.right = Math.max(merge.right, column);
        merges.set(master.address, merge);
        return;
      }
      cells[column - 1] = cellValue(cell, rowNumber, cellWarnings);
    });
    for (let index = 0; index < cells.length; index++) if (cells[index] === undefined) cells[index] = null;
    const raw = { rowNumber, cells };
    rows.push(raw);
    byNumber.set(rowNumber, raw);
  });

  const table = assembleTable(file, rows, limit.maxDataRows, warnings);
  warnings.push(...cellWarnings.filter((warning) => (warning.rowNumber ?? 0) >= table.headerRowNumber));
  for (const merge of merges.values()) {
    const masterValue = byNumber.get(merge.top)?.cells[merge.left - 1] ?? null;
    // A merge only loses data when the value it spreads over reaches the data rows.
    if (merge.bottom <= table.headerRowNumber || isEmpty(masterValue)) continue;
    const range = `${columnLetters(merge.left)}${merge.top}:${columnLetters(merge.right)}${merge.bottom}`;
    warnings.push({ rowNumber: merge.top, code: 'spreadsheet.mergedCells', params: { range } });
  }
  return { headers: table.headers, rows: table.rows, sheetName: sheet.name, warnings: sortWarnings(warnings) };
}

function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** exceljs gives dates as UTC midnights; back to the serial, so Excel's 1900 leap-day quirk is honoured. */
function dateOf(value: Date): CellValue {
  const time = value.getTime();
  if (Number.isNaN(time)) return null;
  const dayNumber = Math.floor(time / 86_400_000);
  const serial = dayNumber + 25569; // 1899-12-30 is day -25569
  const date = excelSerialToDate(serial);
  if (date) return { date };
  // Out of range, or the 1900-02-29 that never was: kept as written, so the date check names it.
  return { date: serial === 60 ? '1900-02-29' : fromDayNumber(dayNumber) };
}

type ExcelValue = ExcelJS.CellValue | undefined;

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'richText' in value) return (value as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join('');
  return value === null || value === undefined ? '' : String(value);
}

/** A value with no formula or error around it: text, number, boolean or date. */
function plainValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateOf(value);
  if ('richText' in value) return textOf(value);
  if ('hyperlink' in value) return textOf(value.text);
  if ('formula' in value || 'sharedFormula' in value) return plainValue(value.result as ExcelValue);
  return null; // errors, and anything exceljs may add
}

function cellValue(cell: ExcelJS.Cell, rowNumber: number, warnings: SheetWarning[]): CellValue {
  const value = cell.value;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    if ('formula' in value || 'sharedFormula' in value) {
      const result = value.result;
      if (result === undefined || result === null) {
        warnings.push({ rowNumber, code: 'spreadsheet.formulaNoResult', params: { cell: cell.address } });
        return null;
      }
      if (typeof result === 'object' && 'error' in result) return errorCell(cell.address, rowNumber, result.error, warnings);
      return plainValue(result as ExcelValue);
    }
    if ('error' in value) return errorCell(cell.address, rowNumber, value.error, warnings);
  }
  return plainValue(value);
}

function errorCell(address: string, rowNumber: number, error: string, warnings: SheetWarning[]): null {
  warnings.push({ rowNumber, code: 'spreadsheet.errorCell', params: { cell: address, error: String(error) } });
  return null;
}
