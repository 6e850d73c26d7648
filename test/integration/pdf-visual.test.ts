/**
 * Visual regression: page 1 of each document rendered at 50 DPI by pdftoppm and compared with a
 * committed baseline (test/fixtures/pdf-baselines/). pdftotext would pass even with tofu boxes;
 * pixels do not. A missing baseline is written (and said so); a differing one fails the test:
 * look at the .actual.png written beside it, and delete the baseline if the change is intended.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderApplicationPacket } from '../../electron/core/pdf/application-packet';
import { renderAppendix } from '../../electron/core/pdf/appendix';
import { renderConfirmationRequest } from '../../electron/core/pdf/confirmation-request';
import { renderModificationProof } from '../../electron/core/pdf/modification-proof';
import { comparePngs, renderPage, SAMPLE_ENTERPRISE, sampleScan, sampleVehicles } from '../support/pdf-tools';

const BASELINES = path.resolve(__dirname, '..', 'fixtures', 'pdf-baselines');
const DPI = 50;
/** Share of pixels allowed to differ by more than 48 grey levels (anti-aliasing, a poppler update). */
const TOLERANCE = 0.01;

const VEHICLES = sampleVehicles(12);
VEHICLES[2] = { ...VEHICLES[2]!, brand: '㐀䶮😀' + '很长的品牌名称'.repeat(6) };
const BATCH = { enterprise: SAMPLE_ENTERPRISE, batchReference: 'EX-2026-0001', applicationDate: '2026-03-02' };

const appendix = () => renderAppendix({ ...BATCH, generatedOn: '2026-03-01', vehicles: VEHICLES });
const request = () =>
  renderConfirmationRequest({
    ...BATCH,
    manufacturer: { name: '一汽丰田汽车有限公司', afterSalesDepartment: '售后服务部', contactPerson: '李工' },
    requestDate: '2026-02-01',
    replyBy: '2026-02-15',
    vehicles: VEHICLES,
    knownOutlets: [{ country: '俄罗斯', name: 'Toyota Center Moscow', address: 'Leningradsky pr. 39, Moscow', contact: '+7 495 123 45 67' }],
  });
const proof = () => renderModificationProof({ enterprise: SAMPLE_ENTERPRISE, vehicle: VEHICLES[3]!, generatedOn: '2026-03-01' });

/** The confirmation form alone: page 1 of the request after its letter pages. */
async function confirmationForm(): Promise<Uint8Array> {
  const source = await PDFDocument.load(await request());
  const out = await PDFDocument.create();
  const [page] = await out.copyPages(source, [source.getPageCount() - 1]);
  out.addPage(page);
  return out.save();
}

async function packet(): Promise<Uint8Array> {
  const scan = await sampleScan('Certificate');
  return renderApplicationPacket({
    ...BATCH,
    appendix: await appendix(),
    confirmations: [{ manufacturer: '一汽丰田汽车有限公司', file: { fileName: 'toyota.jpg', kind: 'jpeg', bytes: scan } }],
    certificateScans: VEHICLES.slice(0, 4).map((v) => ({ vin: v.vin, files: [{ fileName: `${v.vin}.jpg`, kind: 'jpeg' as const, bytes: scan }] })),
    modificationProofs: [{ vin: VEHICLES[3]!.vin, file: { fileName: 'proof.pdf', kind: 'pdf', bytes: await proof() } }],
  });
}

/** Grey, 16-level palette PNG: a few KB, and still within the comparison's tolerance. */
function compact(png: Buffer): Promise<Buffer> {
  return sharp(png).greyscale().png({ palette: true, colours: 16, compressionLevel: 9 }).toBuffer();
}

describe('documents look as they did (page 1 at 50 DPI against a committed baseline)', () => {
  it.each([
    ['appendix', appendix],
    ['confirmation-request', request],
    ['confirmation-form', confirmationForm],
    ['application-packet', packet],
    ['modification-proof', proof],
  ] as Array<[string, () => Promise<Uint8Array>]>)('%s', async (name, render) => {
    const actual = await compact(renderPage(await render(), 1, DPI));
    const file = path.join(BASELINES, `${name}.png`);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(BASELINES, { recursive: true });
      fs.writeFileSync(file, actual);
      console.log(`pdf-visual: wrote the missing baseline ${path.relative(process.cwd(), file)}; look at it, then commit it.`);
      return;
    }
    const difference = await comparePngs(actual, fs.readFileSync(file));
    if (!difference.sameSize || difference.ratio >= TOLERANCE) fs.writeFileSync(file.replace(/\.png$/, '.actual.png'), actual);
    expect(difference.sameSize, `${name}: page size changed`).toBe(true);
    expect(difference.ratio, `${name}: ${(difference.ratio * 100).toFixed(2)}% of pixels differ`).toBeLessThan(TOLERANCE);
  });
});

describe('the visual comparison itself', () => {
  it('notices when a page is not the one of the baseline', async () => {
    const appendixPage = await compact(renderPage(await appendix(), 1, DPI));
    const proofPage = await compact(renderPage(await proof(), 1, DPI));
    expect((await comparePngs(appendixPage, appendixPage)).ratio).toBe(0);
    expect((await comparePngs(appendixPage, proofPage)).ratio).toBeGreaterThan(TOLERANCE);
  });
});
