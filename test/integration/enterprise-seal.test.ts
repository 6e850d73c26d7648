/**
 * The enterprise's seal image for drafts (issue 9, point 1): set, replace and remove it through the
 * contract; bad files are refused with a bilingual message and the current seal stays; the documents
 * the dealer signs carry it (an image XObject, red on the page, the draft note) only when it is set.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { openCore, type Core } from '../../electron/core/core';
import { silentLogger } from '../../electron/core/log';
import type { AppError } from '../../shared/contract/errors';
import { pdfImages, pdfText, renderPage } from '../support/pdf-tools';
import { sealImage } from '../support/seal-image';
import { testVin } from '../support/vins';
import { pngClaiming } from '../support/png-claim';

let folder: string;
let core: Core;
let batchId = 0;

const b64 = (bytes: Buffer) => bytes.toString('base64');

function ok<T>(result: { ok: true; value: T } | { ok: false; error: AppError }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const storedFiles = () => (fs.existsSync(path.join(folder, 'files')) ? (fs.readdirSync(path.join(folder, 'files'), { recursive: true }) as string[]).filter((name) => /[0-9a-f]{64}$/.test(name)).length : 0);
const attachmentRows = () => (core.db.prepare('SELECT count(*) AS n FROM attachments').get() as { n: number }).n;
const setSeal = (fileName: string, bytes: Buffer) => core.call('settings.setSeal', { file: { fileName, contentBase64: b64(bytes) } });

/** The stored seal decoded: size, and the alpha of a corner and of the star in the middle. */
async function storedSeal() {
  const seal = ok(await core.call('settings.seal', {}));
  if (!seal) return null;
  const { data, info } = await sharp(Buffer.from(seal.contentBase64, 'base64')).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => data.subarray((y * info.width + x) * 4, (y * info.width + x) * 4 + 4);
  return { mediaType: seal.mediaType, format: (await sharp(Buffer.from(seal.contentBase64, 'base64')).metadata()).format, width: info.width, height: info.height, corner: at(2, 2), middle: at(Math.floor(info.width / 2), Math.floor(info.height * 0.54)) };
}

/** Pixels of a page rendered at 50 DPI that are clearly red (the seal; nothing else in the documents is red). */
function redPixels(pdf: Uint8Array, page = 1): Promise<number> {
  return sharp(renderPage(pdf, page, 50))
    .removeAlpha()
    .raw()
    .toBuffer()
    .then((rgb) => {
      let red = 0;
      for (let i = 0; i < rgb.length; i += 3) if (rgb[i]! > 150 && rgb[i + 1]! < 120 && rgb[i + 2]! < 120) red++;
      return red;
    });
}

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-seal-'));
  core = openCore({ databasePath: path.join(folder, 'export-desk.sqlite'), door: 'cli', log: silentLogger, timeZone: 'Asia/Shanghai', clock: { now: () => Date.UTC(2026, 10, 29, 4) } });
  ok(await core.call('settings.update', { 'enterprise.name': '上海浦江二手车出口有限公司' }));
  const vehicle = ok(await core.call('vehicles.add', { vin: testVin(1), brand: '大众', model: '帕萨特', manufacturer: '上汽大众汽车有限公司', registrationDate: '2026-09-01', transferDate: '2026-09-15', destinationCountry: '俄罗斯' }));
  batchId = ok(await core.call('batches.create', { reference: 'SEAL-1', plannedApplicationDate: '2026-12-01' })).id;
  ok(await core.call('batches.addVehicles', { batchId, vehicleIds: [vehicle.id], overrideReason: '测试公章' }));
  ok(await core.call('requests.create', { batchId }));
});

afterAll(() => {
  core?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('setting the seal image', () => {
  it.each([
    ['a transparent PNG', 'seal.png', () => sealImage(), { width: 386, height: 386 }],
    ['a JPEG scan of the stamp on white paper', 'scan.jpg', () => sealImage({ on: 'paper', format: 'jpeg', side: 500 }), { width: 482, height: 482 }],
    ['an opaque PNG scan, named .jpg', 'scan.jpg', () => sealImage({ on: 'paper', format: 'png', side: 500 }), { width: 482, height: 482 }],
    ['a large transparent PNG (scaled to 600 px)', '大公章.png', () => sealImage({ side: 1600 }), { width: 600, height: 600 }],
  ])('keeps %s as a trimmed PNG with a transparent background', async (_what, fileName, make, size) => {
    const saved = ok(await setSeal(fileName, await make()));
    // JPEG noise may move a trimmed edge by a pixel or two.
    expect(Math.abs(saved.width - size.width)).toBeLessThanOrEqual(3);
    expect(Math.abs(saved.height - size.height)).toBeLessThanOrEqual(3);
    expect(ok(await core.call('settings.get', {}))['enterprise.sealAttachmentId']).toBe(saved.attachmentId);
    const stored = (await storedSeal())!;
    expect(stored).toMatchObject({ mediaType: 'image/png', format: 'png', width: saved.width, height: saved.height });
    expect(stored.corner[3]).toBe(0); // outside the ring: the paper is gone
    expect(stored.middle[3]).toBeGreaterThan(200); // the star stays solid
    expect(stored.middle[0]).toBeGreaterThan(150);
    expect(stored.middle[1]).toBeLessThan(100);
  });

  it('replaces the seal: the old row and file go once the new one is kept, and remove clears it', async () => {
    const first = ok(await setSeal('first.png', await sealImage({ text: '甲公司' })));
    const firstFile = core.db.prepare('SELECT sha256 FROM attachments WHERE id = ?').get(first.attachmentId) as { sha256: string };
    const before = { rows: attachmentRows(), files: storedFiles() };
    const second = ok(await setSeal('second.png', await sealImage({ text: '乙公司' })));
    expect(second.attachmentId).not.toBe(first.attachmentId);
    expect({ rows: attachmentRows(), files: storedFiles() }).toEqual(before);
    expect(core.db.prepare('SELECT 1 FROM attachments WHERE id = ?').get(first.attachmentId)).toBeUndefined();
    expect(fs.existsSync(path.join(folder, 'files', firstFile.sha256.slice(0, 2), firstFile.sha256))).toBe(false);

    expect(ok(await core.call('settings.removeSeal', {}))).toEqual({ removed: true });
    expect(ok(await core.call('settings.seal', {}))).toBeNull();
    expect(ok(await core.call('settings.get', {}))['enterprise.sealAttachmentId']).toBeNull();
    expect({ rows: attachmentRows(), files: storedFiles() }).toEqual({ rows: before.rows - 1, files: before.files - 1 });
    expect(ok(await core.call('settings.removeSeal', {}))).toEqual({ removed: false });
  });

  it('is not set through settings.update, so it always names a checked image', async () => {
    const result = await core.call('settings.update', { 'enterprise.sealAttachmentId': 1 } as never);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
  });
});

describe('bad seal files are refused with a message naming them, and the current seal stays', () => {
  const noise = (width: number, height: number) => sharp(Buffer.from(Array.from({ length: width * height * 3 }, (_, i) => (i * 2654435761) >>> 24)), { raw: { width, height, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
  const pngHeader = (width: number, height: number) => pngClaiming(width, height, { colourType: 6, validCrc: true }); // only its claim is absurd


  /** A JPEG start and frame header (SOF0) stating the size, then a scan with a few bytes of data. */
  const jpegHeader = (width: number, height: number) => {
    const frame = Buffer.from([0xff, 0xc0, 0x00, 0x0b, 0x08, 0, 0, 0, 0, 0x01, 0x01, 0x11, 0x00]);
    frame.writeUInt16BE(height, 5);
    frame.writeUInt16BE(width, 7);
    return Buffer.concat([Buffer.from([0xff, 0xd8]), frame, Buffer.from([0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 1, 2, 3, 0xff, 0xd9])]);
  };

  it.each([
    ['a GIF named .png', '公章.png', async () => Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(100)]), 'SEAL_IMAGE_UNSUPPORTED', /not a PNG or JPEG/],
    ['a PDF named .jpg', 'seal.jpg', async () => Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'), 'SEAL_IMAGE_UNSUPPORTED', /not a PNG or JPEG/],
    ['a WEBP image', 'seal.webp', () => sealImage().then((png) => sharp(png).webp().toBuffer()), 'SEAL_IMAGE_UNSUPPORTED', /not a PNG or JPEG/],
    ['a PNG over 2 MB', 'big.png', () => noise(1000, 800), 'SEAL_IMAGE_TOO_LARGE', /\(2\.3 MB; at most 2 MB\)/],
    ['a PNG of 2400 × 600 px', 'wide.png', () => sealImage().then((png) => sharp(png).resize(2400, 600, { fit: 'fill' }).png().toBuffer()), 'SEAL_IMAGE_TOO_LARGE', /2400 × 600 px; at most 2000 × 2000 px/],
    ['a tiny PNG claiming 30000 × 30000 px', 'bomb.png', async () => pngHeader(30000, 30000), 'SEAL_IMAGE_TOO_LARGE', /30000 × 30000 px/],
    ['a small JPEG claiming 60000 × 40000 px', 'bomb.jpg', async () => jpegHeader(60000, 40000), 'SEAL_IMAGE_TOO_LARGE', /60000 × 40000 px/],
    ['a PNG cut short', 'cut.png', () => sealImage().then((png) => png.subarray(0, Math.floor(png.length / 2))), 'SEAL_IMAGE_UNREADABLE', /damaged or cut short/],
    ['a zero-byte file', 'empty.png', async () => Buffer.alloc(0), 'SEAL_IMAGE_UNREADABLE', /damaged or cut short/],
    ['a blank white scan', 'white.jpg', () => sharp({ create: { width: 300, height: 300, channels: 3, background: '#ffffff' } }).jpeg().toBuffer(), 'SEAL_IMAGE_UNREADABLE', /no seal found/],
  ])('refuses %s', async (_what, fileName, make, code, english) => {
    const current = ok(await setSeal('current.png', await sealImage()));
    const before = { seal: await core.call('settings.seal', {}), rows: attachmentRows(), files: storedFiles() };
    const result = await setSeal(fileName, await make());
    expect(result.ok).toBe(false);
    const error = (result as { ok: false; error: AppError }).error;
    expect(error.code).toBe(code);
    expect(error.message.en).toMatch(english);
    expect(error.message.en).toContain(fileName);
    expect(error.message['zh-CN']).toContain(fileName);
    expect(error.message['zh-CN']).toContain('原有的公章图片保持不变');
    expect({ seal: await core.call('settings.seal', {}), rows: attachmentRows(), files: storedFiles() }).toEqual(before);
    expect(ok(await core.call('settings.get', {}))['enterprise.sealAttachmentId']).toBe(current.attachmentId);
  });
});

describe('documents the dealer signs carry the seal only when it is set', () => {
  const pdfOf = (file: { contentBase64: string }) => Buffer.from(file.contentBase64, 'base64');
  const documents: Array<[string, () => Promise<Buffer>]> = [
    ['the licence application appendix', async () => pdfOf(ok(await core.call('documents.appendix', { batchId })))],
    ['the confirmation request letter', async () => pdfOf(ok(await core.call('documents.requests', { batchId }))[0]!)],
    ['the application packet (contents sheet)', async () => pdfOf(ok(await core.call('documents.packet', { batchId })))],
  ];

  it.each(documents)('%s: without a seal, no image, no red and no draft note', async (_what, make) => {
    ok(await core.call('settings.removeSeal', {}));
    const pdf = await make();
    expect(pdfImages(pdf)).toEqual([]);
    expect(await redPixels(pdf)).toBe(0);
    expect(pdfText(pdf)).not.toContain('草稿 DRAFT');
  });

  it.each(documents)('%s: with a seal, an image XObject with its soft mask, red on page 1 and the draft note', async (_what, make) => {
    const saved = ok(await setSeal('seal.png', await sealImage()));
    const pdf = await make();
    const images = pdfImages(pdf).filter((image) => image.page === 1);
    expect(images).toEqual([
      { page: 1, type: 'image', width: saved.width, height: saved.height },
      { page: 1, type: 'smask', width: saved.width, height: saved.height },
    ]);
    expect(await redPixels(pdf)).toBeGreaterThan(300);
    expect(pdfText(pdf, { first: 1, last: 1 })).toContain('草稿 DRAFT — 以实际盖章为准');
  });

  it('draws the seal semi-transparent (opacity 0.85)', async () => {
    ok(await setSeal('seal.png', await sealImage()));
    const pdf = pdfOf(ok(await core.call('documents.appendix', { batchId })));
    const page = (await PDFDocument.load(pdf)).getPage(0);
    const states = page.node.Resources()?.lookup(PDFName.of('ExtGState'), PDFDict);
    const opacities = (states?.values() ?? []).map((state) => page.doc.context.lookup(state, PDFDict).lookup(PDFName.of('ca'), PDFNumber).asNumber());
    expect(opacities).toEqual([0.85]);
  });

  it('is kept in backups like any other file, and comes back with a restore', async () => {
    const saved = ok(await setSeal('seal.png', await sealImage({ text: '丙公司' })));
    const sealBefore = ok(await core.call('settings.seal', {}));
    const backup = ok(await core.call('backup.create', { file: path.join(folder, 'with-seal.sqlite') }));
    ok(await core.call('settings.removeSeal', {}));
    ok(await core.call('backup.restore', { file: backup.file }));
    expect(ok(await core.call('settings.get', {}))['enterprise.sealAttachmentId']).toBe(saved.attachmentId);
    expect(ok(await core.call('settings.seal', {}))).toEqual(sealBefore);
  });
});

describe('the seal image on the command line', () => {
  async function cli(args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['--db', path.join(folder, 'cli', 'inventory.sqlite'), ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { LANG: 'zh_CN.UTF-8' } });
    return { code, stdout, stderr };
  }

  it('sets, shows and removes it; a bad file exits 1 with the message; `config set` points to `config seal`', async () => {
    fs.mkdirSync(path.join(folder, 'cli'), { recursive: true });
    const good = path.join(folder, 'cli', '公章.png');
    const bad = path.join(folder, 'cli', 'stamp.gif');
    fs.writeFileSync(good, await sealImage());
    fs.writeFileSync(bad, Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(64)]));
    expect(await cli(['config', 'seal'])).toMatchObject({ code: 0, stdout: 'no seal image / 未设置公章图片\n' });
    expect(await cli(['config', 'seal', good])).toMatchObject({ code: 0, stdout: 'seal image saved, 386 × 386 px / 公章图片已保存\n' });
    const refused = await cli(['config', 'seal', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('stamp.gif 不是 PNG 或 JPEG 图片');
    expect(await cli(['--json', 'config', 'seal'])).toMatchObject({ code: 0, stdout: '{\n  "set": true\n}\n' });
    expect((await cli(['config', 'set', 'enterprise.sealAttachmentId', '1'])).code).toBe(2);
    expect(await cli(['config', 'seal', '--remove'])).toMatchObject({ code: 0, stdout: 'seal image removed / 公章图片已删除\n' });
    expect(await cli(['config', 'seal'])).toMatchObject({ code: 0, stdout: 'no seal image / 未设置公章图片\n' });
  });
});
