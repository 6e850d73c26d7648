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
import { normaliseSeal } from '../../electron/core/files/seal-image';
import type { EnterpriseProfile } from '../../electron/core/pdf/inputs';
import { comparePngs, renderPage, SAMPLE_ENTERPRISE, sampleScan, sampleVehicles } from '../support/pdf-tools';
import { sealImage } from '../support/seal-image';

const BASELINES = path.resolve(__dirname, '..', 'fixtures', 'pdf-baselines');
const DPI = 50;
/** Share of pixels allowed to differ by more than 48 grey levels (anti-aliasing, a poppler update). */
const TOLERANCE = 0.01;

const VEHICLES = sampleVehicles(12);
VEHICLES[2] = { ...VEHICLES[2]!, brand: '㐀䶮😀' + '很长的品牌名称'.repeat(6) };
const BATCH = { enterprise: SAMPLE_ENTERPRISE, batchReference: 'EX-2026-0001', applicationDate: '2026-03-02' };

const appendix = (enterprise: EnterpriseProfile = SAMPLE_ENTERPRISE) => renderAppendix({ ...BATCH, enterprise, generatedOn: '2026-03-01', vehicles: VEHICLES });
const request = (enterprise: EnterpriseProfile = SAMPLE_ENTERPRISE) =>
  renderConfirmationRequest({
    ...BATCH,
    enterprise,
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

async function packet(enterprise: EnterpriseProfile = SAMPLE_ENTERPRISE): Promise<Uint8Array> {
  const scan = await sampleScan('Certificate');
  return renderApplicationPacket({
    ...BATCH,
    enterprise,
    appendix: await appendix(enterprise),
    confirmations: [{ manufacturer: '一汽丰田汽车有限公司', file: { fileName: 'toyota.jpg', kind: 'jpeg', bytes: scan } }],
    certificateScans: VEHICLES.slice(0, 4).map((v) => ({ vin: v.vin, files: [{ fileName: `${v.vin}.jpg`, kind: 'jpeg' as const, bytes: scan }] })),
    modificationProofs: [{ vin: VEHICLES[3]!.vin, file: { fileName: 'proof.pdf', kind: 'pdf', bytes: await proof() } }],
  });
}

/** The sample enterprise with the test seal (某某公司), normalised as the core keeps it. */
async function sealedEnterprise(): Promise<EnterpriseProfile> {
  const seal = await normaliseSeal(await sealImage(), 'seal.png');
  return { ...SAMPLE_ENTERPRISE, seal: { png: seal.png, width: seal.width, height: seal.height } };
}

/** Grey, 16-level palette PNG: a few KB, and still within the comparison's tolerance. */
function compact(png: Buffer): Promise<Buffer> {
  return sharp(png).greyscale().png({ palette: true, colours: 16, compressionLevel: 9 }).toBuffer();
}

/** A part of the page as fractions of its size. */
interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Page 1 rendered, cut to `region` if given, compacted for the comparison. */
async function look(pdf: Uint8Array, region?: Region): Promise<Buffer> {
  const page = renderPage(pdf, 1, DPI);
  if (!region) return compact(page);
  const { width = 0, height = 0 } = await sharp(page).metadata();
  const box = { left: Math.round(region.left * width), top: Math.round(region.top * height), width: Math.round(region.width * width), height: Math.round(region.height * height) };
  return compact(await sharp(page).extract(box).png().toBuffer());
}

/**
 * Where the seal goes, for the sealed variants: a whole page would hide a missing seal within the
 * tolerance (it is under 1% of the page), the part around the signature does not.
 */
const SEAL_REGIONS: Record<string, Region> = {
  appendix: { left: 0.5, top: 0.55, width: 0.5, height: 0.3 },
  'confirmation-request': { left: 0.5, top: 0.5, width: 0.5, height: 0.3 },
  'application-packet': { left: 0.5, top: 0.3, width: 0.5, height: 0.3 },
};
const unsealed: Record<string, (enterprise?: EnterpriseProfile) => Promise<Uint8Array>> = { appendix, 'confirmation-request': request, 'application-packet': packet };

describe('documents look as they did (page 1 at 50 DPI against a committed baseline)', () => {
  it.each([
    ['appendix', appendix],
    ['confirmation-request', request],
    ['confirmation-form', confirmationForm],
    ['application-packet', packet],
    ['modification-proof', proof],
    // With a seal image: the seal over the signature, semi-transparent, with its draft note (page 1 holds each).
    ['appendix-sealed', async () => appendix(await sealedEnterprise()), SEAL_REGIONS.appendix],
    ['confirmation-request-sealed', async () => request(await sealedEnterprise()), SEAL_REGIONS['confirmation-request']],
    ['application-packet-sealed', async () => packet(await sealedEnterprise()), SEAL_REGIONS['application-packet']],
  ] as Array<[string, () => Promise<Uint8Array>, Region?]>)('%s', async (name, render, region) => {
    const actual = await look(await render(), region);
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

  it.each(Object.keys(SEAL_REGIONS))('notices a missing seal on the %s (the sealed baseline is not the plain page)', async (name) => {
    const render = unsealed[name]!;
    const region = SEAL_REGIONS[name];
    const [plain, sealed] = await Promise.all([look(await render(), region), look(await render(await sealedEnterprise()), region)]);
    expect((await comparePngs(plain, sealed)).ratio).toBeGreaterThan(TOLERANCE * 2);
  });
});
