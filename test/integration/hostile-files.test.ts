/**
 * A corpus of bad files (issue 8, point 4) through the operations that take files: each is refused with a
 * bilingual message that names the file, and nothing is written (no rows, no stored file, no swap).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/core';
import { insertAttachment } from '../../electron/core/db/attachments-repo';
import { pdfHasScript } from '../../electron/core/services/requests-service';
import { silentLogger } from '../../electron/core/log';
import type { AppError } from '../../shared/contract/errors';
import { craftZip, deflatedEntry, workbookParts, xlsx, xlsxOfRows } from '../support/spreadsheet-fixtures';
import { testVin } from '../support/vins';
import { pngClaiming } from '../support/png-claim';

let folder: string;
let core: Core;
const tried: string[] = [];

const b64 = (bytes: Buffer) => bytes.toString('base64');

/** What must not change when a bad file is refused. */
function snapshot() {
  const count = (table: string) => (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const files = fs.existsSync(path.join(folder, 'files')) ? fs.readdirSync(path.join(folder, 'files'), { recursive: true }).length : 0;
  return { vehicles: count('vehicles'), attachments: count('attachments'), documents: count('generated_documents'), audit: count('audit_log'), files, folder: fs.readdirSync(folder).sort() };
}

/** Refused with one of `codes`, naming the file in both languages; nothing written. */
async function expectRefused(what: string, fileName: string, codes: string[], call: () => Promise<{ ok: boolean; error?: AppError }>) {
  const before = snapshot();
  const result = await call();
  expect(result.ok, `${what} was accepted`).toBe(false);
  const error = result.error!;
  expect(codes, `${what}: ${error.code} ${error.message.en}`).toContain(error.code);
  expect(error.message['zh-CN'], what).toContain(fileName);
  expect(error.message.en, what).toContain(fileName);
  expect(snapshot(), what).toEqual(before);
  tried.push(`${what} → ${error.code}: ${error.message.en} / ${error.message['zh-CN']}`);
}

const png = (width: number, height: number) => pngClaiming(width, height);

/** A tiny PDF; `catalog` is added to the catalogue dictionary, `more` are extra objects. */
const pdf = (catalog = '', more = '') =>
  Buffer.from(`%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R ${catalog} >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n${more}trailer\n<< /Root 1 0 R >>\n%%EOF\n`, 'latin1');

/** A PDF hiding its OpenAction in a compressed object stream. */
const pdfWithObjectStream = () => {
  const inner = deflateSync(Buffer.from('3 0 << /S /JavaScript /JS (app.alert\\(1\\)) >>', 'latin1'));
  return Buffer.concat([Buffer.from('%PDF-1.7\n4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ' + inner.length + ' >>\nstream\n', 'latin1'), inner, Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1')]);
};

const fakeJpeg = (whole: boolean) => {
  // SOI, a baseline frame header, a scan header and some data; a whole file ends with EOI.
  const body = Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x10, 0x00, 0x10, 0x01, 0x01, 0x11, 0x00, 0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 1, 2, 3, 4, 5]);
  return whole ? Buffer.concat([body, Buffer.from([0xff, 0xd9])]) : body;
};

let requestId = 0;
let vehicleId = 0;
let batchId = 0;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-hostile-'));
  core = openCore({ databasePath: path.join(folder, 'export-desk.sqlite'), door: 'cli', log: silentLogger, timeZone: 'Asia/Shanghai', clock: { now: () => Date.UTC(2026, 10, 29, 4) } });
  const ok = <T>(result: { ok: true; value: T } | { ok: false; error: AppError }): T => {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value;
  };
  ok(await core.call('settings.update', { 'enterprise.name': '上海出口贸易有限公司' }));
  const vehicle = ok(await core.call('vehicles.add', { vin: testVin(1), brand: '大众', model: '帕萨特', manufacturer: '上汽大众汽车有限公司', registrationDate: '2026-09-01', transferDate: '2026-09-15', destinationCountry: '俄罗斯' }));
  vehicleId = vehicle.id;
  const batch = ok(await core.call('batches.create', { reference: 'HOSTILE-1', plannedApplicationDate: '2026-12-01' }));
  batchId = batch.id;
  ok(await core.call('batches.addVehicles', { batchId, vehicleIds: [vehicleId], overrideReason: '测试恶意文件' }));
  const [request] = ok(await core.call('requests.create', { batchId }));
  requestId = request!.id;
  ok(await core.call('requests.send', { id: requestId, channel: 'email', sentOn: '2026-11-20' }));
});

afterAll(() => {
  core?.close();
  fs.rmSync(folder, { recursive: true, force: true });
  console.log(`[hostile] ${tried.length} bad files tried:\n${tried.map((line) => `  ${line}`).join('\n')}`);
});

describe('bad spreadsheets given to vehicles.importPreview and vehicles.import', () => {
  const bomb = () => craftZip([...workbookParts(), deflatedEntry('xl/worksheets/sheet1.xml', Buffer.alloc(60_000_000, 0x20), 60_000_000)]);
  it.each([
    ['a zero-byte file', 'empty.xlsx', async () => Buffer.alloc(0)],
    ['a truncated workbook', 'cut-short.xlsx', async () => (await xlsxOfRows([['车辆识别代号', '车辆品牌', '车辆型号'], [testVin(2), '大众', '速腾']])).subarray(0, 700)],
    ['a PNG with a spreadsheet name', 'photo.xlsx', async () => png(100, 100)],
    ['an old binary .xls renamed', 'legacy.xlsx', async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1016)])],
    ['a zip bomb disguised as XLSX', 'bomb.xlsx', async () => bomb()],
    ['a PDF with a spreadsheet name', 'list.csv', async () => pdf()],
  ])('refuses %s with a message naming it', async (what, fileName, make) => {
    const contentBase64 = b64(await make());
    for (const operation of ['vehicles.importPreview', 'vehicles.import'] as const) {
      await expectRefused(`${operation}: ${what} (${fileName})`, fileName, ['FILE_UNREADABLE', 'FILE_FORMAT_UNSUPPORTED', 'FILE_TOO_LARGE', 'SPREADSHEET_EMPTY', 'SPREADSHEET_NO_HEADER_MATCH'], () => core.call(operation, { fileName, contentBase64 }));
    }
  });

  it('reads a workbook with formulas and external links as values only: nothing is fetched or run', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['车辆识别代号', '车辆品牌', '车辆型号']);
      sheet.addRow([{ formula: "'[https://evil.example/book.xlsx]Sheet1'!A1", result: testVin(3) }, { formula: 'WEBSERVICE("https://evil.example/x")', result: '大众' }, { formula: 'HYPERLINK("file:///etc/passwd","x")', result: '速腾' }]);
    });
    const before = snapshot();
    const preview = await core.call('vehicles.importPreview', { fileName: 'links.xlsx', contentBase64: b64(bytes) });
    expect(preview.ok).toBe(true);
    if (preview.ok) expect(preview.value.rows[0]).toMatchObject({ vin: testVin(3), brand: '大众', model: '速腾' });
    expect(snapshot()).toEqual(before);
    tried.push('links.xlsx (formulas with an external workbook, WEBSERVICE, HYPERLINK) → previewed from cached values only, nothing fetched or written');
  });
});

describe('bad scans given to requests.reply', () => {
  const reply = (fileName: string, bytes: Buffer) => () => core.call('requests.reply', { id: requestId, outcome: 'confirmed', file: { fileName, contentBase64: b64(bytes) }, coveredVehicleIds: [vehicleId] });
  it.each([
    ['a zero-byte file', '回函.jpg', Buffer.alloc(0), ['FILE_UNREADABLE']],
    ['a text file named .pdf', '回函.pdf', Buffer.from('这不是 PDF，只是一段文字'), ['FILE_FORMAT_UNSUPPORTED']],
    ['a spreadsheet named .jpg', 'stamp.jpg', craftZip(workbookParts()), ['FILE_FORMAT_UNSUPPORTED']],
    ['an executable named .png', 'stamp.png', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), ['FILE_FORMAT_UNSUPPORTED']],
    ['a PNG claiming 30000×30000 pixels', 'huge.png', png(30000, 30000), ['FILE_UNREADABLE']],
    ['a PDF with /OpenAction /JS', 'confirm-js.pdf', pdf('/OpenAction 3 0 R', '3 0 obj\n<< /S /JavaScript /JS (app.alert\\(1\\)) >>\nendobj\n'), ['FILE_FORMAT_UNSUPPORTED', 'FILE_UNREADABLE']],
    ['a PDF with a document-level JavaScript name tree', 'names-js.pdf', pdf('/Names << /JavaScript 3 0 R >>', '3 0 obj\n<< /Names [(a) 4 0 R] >>\nendobj\n'), ['FILE_FORMAT_UNSUPPORTED', 'FILE_UNREADABLE']],
    ['a PDF spelling /JavaScript with #-escapes', 'escaped.pdf', pdf('/OpenAction << /S /J#61vaScript /J#53 (x) >>'), ['FILE_FORMAT_UNSUPPORTED', 'FILE_UNREADABLE']],
    ['a PDF launching a program', 'launch.pdf', pdf('/OpenAction << /S /Launch /F (calc.exe) >>'), ['FILE_FORMAT_UNSUPPORTED', 'FILE_UNREADABLE']],
    ['a PDF hiding JavaScript in a compressed object stream', 'objstm.pdf', pdfWithObjectStream(), ['FILE_FORMAT_UNSUPPORTED', 'FILE_UNREADABLE']],
  ])('refuses %s', async (what, fileName, bytes, codes) => {
    await expectRefused(`requests.reply: ${what} (${fileName})`, fileName, codes, reply(fileName, bytes));
    expect((await core.call('requests.get', { id: requestId })).ok && (await core.call('requests.get', { id: requestId }) as { value: { status: string } }).value.status).toBe('sent');
  });

  it('keeps plain PDFs, including pdf-lib ones with compressed object streams (no false alarm)', async () => {
    const document = await PDFDocument.create();
    document.addPage([595, 842]).drawText('Confirmed');
    expect(pdfHasScript(Buffer.from(await document.save({ useObjectStreams: true })))).toBe(false);
    expect(pdfHasScript(pdf())).toBe(false);
    // Random bytes inside an image stream may spell "/JS": they are not looked at.
    expect(pdfHasScript(Buffer.concat([Buffer.from('%PDF-1.7\n5 0 obj\n<< /Filter /DCTDecode /Length 20 >>\nstream\n'), Buffer.from('xx/JS yy/JavaScript '), Buffer.from('\nendstream\nendobj\n%%EOF\n')]))).toBe(false);
  });
});

describe('bad scans reaching documents.packet', () => {
  it.each([
    ['a truncated JPEG stored as a certificate scan', '行驶证-截断.jpg', fakeJpeg(false)],
    ['a PNG claiming 30000×30000 pixels stored as a certificate scan', '行驶证-巨大.png', png(30000, 30000)],
    ['a zero-byte scan', '行驶证-空.jpg', Buffer.alloc(0)],
  ])('refuses %s, naming it, and records no document', async (what, fileName, bytes) => {
    // Stored as older versions (or another door) might have: straight into the store and the table.
    const { sha256, size } = core.services.attachments.put(bytes);
    const row = insertAttachment(core.db, { sha256, fileName, mediaType: 'image/jpeg', size, kind: 'certificate-scan', vehicleId, batchId: null, note: null, createdAt: '2026-11-29T00:00:00.000Z' });
    try {
      await expectRefused(`documents.packet: ${what} (${fileName})`, fileName, ['FILE_UNREADABLE', 'FILE_FORMAT_UNSUPPORTED'], () => core.call('documents.packet', { batchId }));
    } finally {
      core.db.prepare('DELETE FROM attachments WHERE id = ?').run(row.id);
    }
  });
});

describe('files that are not backups given to backup.restore', () => {
  it.each([
    ['a text file', 'notes.sqlite', () => Buffer.from('not a database at all')],
    ['a zero-byte file', 'empty-backup.sqlite', () => Buffer.alloc(0)],
    ['the inventory database itself (no manifest)', 'inventory-copy.sqlite', () => fs.readFileSync(path.join(folder, 'export-desk.sqlite'))],
    ['a backup cut in half', 'half-backup.sqlite', () => fs.readFileSync(path.join(folder, 'whole-backup.sqlite')).subarray(0, 8192)],
    ['a zip archive named like a backup', 'backup.sqlite', () => craftZip(workbookParts())],
  ])('refuses %s and leaves the inventory as it was', async (what, fileName, make) => {
    if (!fs.existsSync(path.join(folder, 'whole-backup.sqlite'))) {
      const made = await core.call('backup.create', { file: path.join(folder, 'whole-backup.sqlite') });
      expect(made.ok).toBe(true);
    }
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    const file = path.join(folder, 'incoming', fileName);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, make());
    const databaseBefore = fs.readFileSync(path.join(folder, 'export-desk.sqlite'));
    await expectRefused(`backup.restore: ${what} (${fileName})`, fileName, ['BACKUP_INVALID', 'FILE_UNREADABLE', 'DB_TOO_NEW'], () => core.call('backup.restore', { file }));
    expect(fs.readFileSync(path.join(folder, 'export-desk.sqlite')).equals(databaseBefore)).toBe(true);
    expect((await core.call('system.info', {})).ok).toBe(true);
  });
});
