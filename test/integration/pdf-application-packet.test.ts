import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderApplicationPacket, type ApplicationPacketInput } from '../../electron/core/pdf/application-packet';
import { renderAppendix } from '../../electron/core/pdf/appendix';
import { renderConfirmationRequest } from '../../electron/core/pdf/confirmation-request';
import type { ScanFile } from '../../electron/core/pdf/inputs';
import { renderModificationProof } from '../../electron/core/pdf/modification-proof';
import { AppFailure, type AppError } from '../../shared/contract/errors';
import { pdfPageCount, pdfPageTexts, pdfText, SAMPLE_ENTERPRISE, sampleScan, sampleVehicles } from '../support/pdf-tools';

const VEHICLES = sampleVehicles(6);
let base: ApplicationPacketInput;
let twoPagePdf: Uint8Array;
let jpeg: Buffer;

/** A PDF whose trailer says it is encrypted (what a password-protected scanner PDF looks like to a reader). */
async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const text = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
  const marked = text.replace(/trailer\s*<</, (match) => `${match}\n/Encrypt << /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>`);
  expect(marked).not.toBe(text);
  return Buffer.from(marked, 'latin1');
}

async function failureOf(rendering: Promise<unknown>): Promise<AppError> {
  const error = await rendering.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppFailure);
  return (error as AppFailure).error;
}

const scan = (fileName: string, kind: ScanFile['kind'], bytes: Uint8Array): ScanFile => ({ fileName, kind, bytes });

beforeAll(async () => {
  const appendix = await renderAppendix({ enterprise: SAMPLE_ENTERPRISE, batchReference: 'EX-2026-0001', applicationDate: '2026-03-02', generatedOn: '2026-03-01', vehicles: VEHICLES });
  const request = await renderConfirmationRequest({
    enterprise: SAMPLE_ENTERPRISE,
    manufacturer: { name: '一汽丰田汽车有限公司' },
    batchReference: 'EX-2026-0001',
    requestDate: '2026-02-01',
    replyBy: '2026-02-15',
    vehicles: VEHICLES,
  });
  const proof = await renderModificationProof({ enterprise: SAMPLE_ENTERPRISE, vehicle: VEHICLES[3]!, generatedOn: '2026-03-01' });
  jpeg = await sampleScan('Certificate');
  const landscape = await sampleScan('Landscape', 'jpeg', { width: 1754, height: 1240 });
  const png = await sampleScan('Stamped confirmation', 'png');
  const twoPages = await PDFDocument.create();
  for (let i = 0; i < 2; i++) twoPages.addPage([595.28, 841.89]).drawText(`scanner page ${i + 1}`, { x: 50, y: 700 });
  twoPagePdf = await twoPages.save();
  base = {
    enterprise: SAMPLE_ENTERPRISE,
    batchReference: 'EX-2026-0001',
    applicationDate: '2026-03-02',
    appendix,
    confirmations: [
      { manufacturer: '一汽丰田汽车有限公司', file: scan('toyota-stamped.pdf', 'pdf', request) },
      { manufacturer: '比亚迪汽车工业有限公司', file: scan('byd-stamped.png', 'png', png) },
    ],
    certificateScans: [
      { vin: VEHICLES[0]!.vin, files: [scan('c0-p1.jpg', 'jpeg', jpeg), scan('c0-p2.jpg', 'jpeg', landscape)] },
      { vin: VEHICLES[1]!.vin, files: [scan('c1.pdf', 'pdf', twoPagePdf)] },
      { vin: VEHICLES[2]!.vin, files: [scan('c2.jpg', 'jpeg', jpeg)] },
    ],
    modificationProofs: [{ vin: VEHICLES[3]!.vin, file: scan('proof.pdf', 'pdf', proof) }],
  };
});

describe('application packet', () => {
  it('puts contents, appendix, confirmations, certificates and proofs in order, with the page numbers the contents cite', async () => {
    const bytes = await renderApplicationPacket(base);
    const total = pdfPageCount(bytes);
    const appendixPages = pdfPageCount(base.appendix);
    const requestPages = pdfPageCount(base.confirmations[0]!.file.bytes);
    const proofPages = pdfPageCount(base.modificationProofs[0]!.file.bytes);
    // Contents (1), appendix, two confirmations, certificates 2 + 2 + 1, the proof.
    const expected: Array<[string, number]> = [
      ['本批次车辆明细', appendixPages],
      ['一汽丰田汽车有限公司', requestPages],
      ['比亚迪汽车工业有限公司', 1],
      [`VIN ${VEHICLES[0]!.vin}`, 2],
      [`VIN ${VEHICLES[1]!.vin}`, 2],
      [`VIN ${VEHICLES[2]!.vin}`, 1],
      [`VIN ${VEHICLES[3]!.vin}`, proofPages],
    ];
    const contentsPages = 1;
    expect(total).toBe(contentsPages + expected.reduce((n, [, count]) => n + count, 0));

    const contents = pdfText(bytes, { first: 1, last: contentsPages, layout: true });
    expect(contents.replace(/\s+/g, '')).toContain(`本套材料共${total}页（含目录${contentsPages}页）`);
    let page = contentsPages + 1;
    for (const [detail, count] of expected) {
      const row = contents.split('\n').find((line) => line.includes(detail));
      const cited = count === 1 ? `${page}` : `${page}–${page + count - 1}`;
      expect(row, detail).toMatch(new RegExp(`\\s${cited}\\s+${count}\\s*$`));
      page += count;
    }

    // Each page carries its packet number, and the parts are where the contents say.
    const pages = pdfPageTexts(bytes);
    expect(pages).toHaveLength(total);
    pages.forEach((text, index) => expect(text.replace(/\s+/g, '')).toContain(`申请材料${index + 1}/${total}`));
    expect(pages[1]).toContain('出口许可证申请附件');
    expect(pages[1 + appendixPages]).toContain('关于出具《售后维修服务确认函》的申请');
    expect(pages[1 + appendixPages + requestPages + 1 + 2]).toContain('scanner page 1');
    expect(pages[total - proofPages]).toContain('改装真实性证明');
  });

  it('places image scans on A4 pages, landscape scans on landscape pages', async () => {
    const doc = await PDFDocument.load(await renderApplicationPacket(base));
    const sizes = doc.getPages().map((p) => [Math.round(p.getWidth()), Math.round(p.getHeight())]);
    const appendixPages = pdfPageCount(base.appendix);
    const requestPages = pdfPageCount(base.confirmations[0]!.file.bytes);
    const firstCertificate = 1 + appendixPages + requestPages + 1;
    expect(sizes[firstCertificate]).toEqual([595, 842]);
    expect(sizes[firstCertificate + 1]).toEqual([842, 595]);
  });

  it('turns a phone photo the way its EXIF orientation says (portrait page for a portrait photo stored sideways)', async () => {
    const sideways = await sharp(await sampleScan('Phone photo', 'jpeg', { width: 1600, height: 1200 }))
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const input = { ...base, confirmations: [], certificateScans: [{ vin: VEHICLES[0]!.vin, files: [scan('phone.jpg', 'jpeg', sideways)] }], modificationProofs: [] };
    const doc = await PDFDocument.load(await renderApplicationPacket(input));
    const last = doc.getPages()[doc.getPageCount() - 1]!;
    expect([Math.round(last.getWidth()), Math.round(last.getHeight())]).toEqual([595, 842]);
  });

  it('numbers right when the contents sheet itself takes several pages', async () => {
    const tiny = await sampleScan('Small', 'jpeg', { width: 120, height: 170 });
    const many = sampleVehicles(90, 'LFV2A21K5N');
    const input = { ...base, confirmations: [], modificationProofs: [], certificateScans: many.map((v) => ({ vin: v.vin, files: [scan(`${v.vin}.jpg`, 'jpeg', tiny)] })) };
    const bytes = await renderApplicationPacket(input);
    const total = pdfPageCount(bytes);
    const pages = pdfPageTexts(bytes);
    const contentsPages = pages.findIndex((text) => text.includes('出口许可证申请附件（续）') || text.includes('二手车出口车辆明细'));
    expect(contentsPages).toBeGreaterThan(1);
    expect(total).toBe(contentsPages + pdfPageCount(base.appendix) + many.length);
    const contents = pdfText(bytes, { first: 1, last: contentsPages, layout: true });
    expect(contents.replace(/\s+/g, '')).toContain(`本套材料共${total}页（含目录${contentsPages}页）`);
    const lastRow = contents.split('\n').find((line) => line.includes(many[many.length - 1]!.vin));
    expect(lastRow).toMatch(new RegExp(`\\s${total}\\s+1\\s*$`));
  });

  it.each([
    ['a truncated JPEG', 'cert-cut.jpg', 'jpeg' as const, async () => jpeg.subarray(0, Math.floor(jpeg.length / 2)), '被截断', 'cut short'],
    ['a text file posing as a scan', 'notes.jpg', 'jpeg' as const, async () => Buffer.from('这不是扫描件 not a scan\n'), '不是 JPEG、PNG 或 PDF 文件', 'not a JPEG, PNG or PDF'],
    ['an empty file', 'empty.png', 'png' as const, async () => new Uint8Array(0), '文件是空的', 'empty'],
    ['a truncated PNG', 'cut.png', 'png' as const, async () => (await sampleScan('x', 'png')).subarray(0, 400), '被截断', 'cut short'],
    ['an encrypted PDF', 'locked.pdf', 'pdf' as const, encryptedPdf, '加密', 'encrypted'],
    ['a truncated PDF', 'cut.pdf', 'pdf' as const, async () => twoPagePdf.subarray(0, twoPagePdf.length - 200), '被截断', 'cut short'],
  ])('refuses %s with FILE_UNREADABLE naming the file', async (_case, fileName, kind, bytes, zhReason, enReason) => {
    const input = { ...base, certificateScans: [...base.certificateScans, { vin: VEHICLES[4]!.vin, files: [scan(`scans/${fileName}`, kind, await bytes())] }] };
    const error = await failureOf(renderApplicationPacket(input));
    expect(error.code).toBe('FILE_UNREADABLE');
    expect(error.message['zh-CN']).toContain(fileName);
    expect(error.message['zh-CN']).toContain(zhReason);
    expect(error.message.en).toContain(fileName);
    expect(error.message.en).toContain(enReason);
    expect(error.message.en).not.toContain('scans/');
  });

  it('refuses an appendix that is not a PDF', async () => {
    const error = await failureOf(renderApplicationPacket({ ...base, appendix: Buffer.from('not a pdf') }));
    expect(error.code).toBe('FILE_UNREADABLE');
    expect(error.message['zh-CN']).toContain('出口许可证申请附件');
  });
});
