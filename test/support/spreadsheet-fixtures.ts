/**
 * Spreadsheet fixtures built at run time (no binary files in the repository): workbooks through
 * exceljs, CSV in each encoding clerks' machines produce, and ZIP files crafted byte by byte.
 */
import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';

/** An XLSX made by exceljs; `build` fills the workbook (a first sheet "Sheet1" is ready). */
export async function xlsx(build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Sheet1'), workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** An XLSX whose first sheet holds these rows. */
export function xlsxOfRows(rows: unknown[][]): Promise<Buffer> {
  return xlsx((sheet) => rows.forEach((row) => sheet.addRow(row)));
}

let gbkEncoding: Map<string, number[]> | undefined;

/** GBK-encode any text, by inverting Node's own GBK decoder over every two-byte code once. */
export function gbk(text: string): Buffer {
  if (!gbkEncoding) {
    gbkEncoding = new Map();
    const decoder = new TextDecoder('gbk', { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        try {
          const ch = decoder.decode(new Uint8Array([lead, trail]));
          if (!gbkEncoding.has(ch)) gbkEncoding.set(ch, [lead, trail]);
        } catch {
          // not a GBK code
        }
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) <= 0x7f) bytes.push(ch.charCodeAt(0));
    else {
      const code = gbkEncoding.get(ch);
      if (!code) throw new Error(`${ch} has no GBK code`);
      bytes.push(...code);
    }
  }
  return Buffer.from(bytes);
}

export function utf8(text: string, bom = false): Buffer {
  return Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');
}

export function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

export function utf16be(text: string): Buffer {
  const little = Buffer.from(text, 'utf16le');
  return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(little).swap16()]);
}

/** The first bytes of an OLE2 compound file, as an old .xls starts. */
export function legacyXls(extra = ''): Buffer {
  const header = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  Buffer.from(extra, 'utf16le').copy(header, 512);
  return header;
}

export interface CraftedEntry {
  name: string;
  /** The bytes stored in the archive (already deflated when method is 8). */
  data: Buffer;
  method: 0 | 8;
  /** What the directory claims; defaults to the truth. */
  uncompressedSize: number;
}

/** One entry whose real content is `content`, deflated, with honest sizes unless told otherwise. */
export function deflatedEntry(name: string, content: Buffer, claimedUncompressed = content.length): CraftedEntry {
  return { name, data: deflateRawSync(content), method: 8, uncompressedSize: claimedUncompressed };
}

/** A ZIP written byte by byte: local headers, central directory, end record (CRCs left 0). */
export function craftZip(entries: CraftedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(Math.min(entry.uncompressedSize, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(Math.min(entry.uncompressedSize, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += 30 + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts an XLSX must have, so a crafted archive passes the "is it a workbook" check. */
export function workbookParts(): CraftedEntry[] {
  return [deflatedEntry('[Content_Types].xml', Buffer.from('<Types/>')), deflatedEntry('xl/workbook.xml', Buffer.from('<workbook/>'))];
}

/** A CSV of at least `bytes` bytes, built in memory. */
export function csvOfSize(bytes: number): Buffer {
  const line = 'LSVAU2180N2000001,大众,速腾,2025-07-14\r\n';
  const header = '车辆识别代号,车辆品牌,车辆型号,注册登记日期\r\n';
  return Buffer.concat([Buffer.from(header), Buffer.alloc(bytes, line)]);
}
