import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/core';
import { silentLogger } from '../../electron/core/log';
import type { OcrResult } from '../../shared/contract/ocr';
import { generateCertificate, type GeneratedCertificate } from '../fixtures/certificates';
import { useTempFolder } from '../support/temp-folder';

const tempFolder = useTempFolder();
let core: Core;
let certificate: GeneratedCertificate;
let files: Array<{ fileName: string; contentBase64: string }>;
let reading: OcrResult;

beforeAll(async () => {
  certificate = await generateCertificate(11);
  files = certificate.images.map((image, i) => ({ fileName: `scan-${i + 1}.jpg`, contentBase64: Buffer.from(image.bytes).toString('base64') }));
}, 60_000);

afterAll(() => core?.close());

describe('reading a certificate and saving the reviewed vehicle', () => {
  it('reads the scans through the contract, marking doubtful values', async () => {
    core = openCore({ databasePath: path.join(tempFolder(), 'inventory.sqlite'), door: 'cli', log: silentLogger, timeZone: 'Asia/Shanghai' });
    const result = await core.call('ocr.recognize', { files });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    reading = result.value;
    expect(reading.pages.map((p) => p.pageType).sort()).toEqual(['registration', 'vehicle']);
    for (const name of result.value.doubtful) expect(reading.fields[name]!.confidence).toBeLessThan(0.9);
    for (const problem of reading.problems) expect(problem.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  }, 120_000);

  it('saves the clerk’s reviewed values with the scans and the certificate reading, in one go, audited as OCR', async () => {
    const truth = certificate.truth.expected;
    // The clerk corrects every doubtful value against the scan: here, the truth.
    const vehicle = { vin: truth.vin, brand: truth.brand, model: truth.model, manufacturer: truth.manufacturer, registrationDate: truth.registrationDate, transferDate: truth.transferDate, manufactureDate: truth.manufactureDate, destinationCountry: '哈萨克斯坦' };
    const saved = await core.call('ocr.saveVehicle', { vehicle, files, certificate: { vin: truth.vin, brand: truth.brand, model: truth.model, registrationDate: truth.registrationDate, transferDate: truth.transferDate } });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    const scans = await core.call('attachments.list', { vehicleId: saved.value.id });
    expect(scans.ok && scans.value.map((s) => [s.kind, s.mediaType])).toEqual([
      ['certificate-scan', 'image/jpeg'],
      ['certificate-scan', 'image/jpeg'],
    ]);
    const history = await core.call('vehicles.history', { id: saved.value.id });
    expect(history.ok && history.value[0]).toMatchObject({ action: 'create', source: 'ocr' });

    // Later someone edits the brand away from the certificate: readiness says so (notice item II).
    await core.call('vehicles.update', { id: saved.value.id, changes: { brand: `${truth.brand}X` } });
    const readiness = await core.call('compliance.vehicle', { id: saved.value.id });
    expect(readiness.ok && readiness.value.blockers.map((b) => b.code)).toContain('readiness.mismatch.brand');
  }, 60_000);

  it('saves nothing when a file is not a scan', async () => {
    const before = core.db.prepare('SELECT count(*) AS n FROM vehicles').get();
    const bad = await core.call('ocr.saveVehicle', { vehicle: { vin: 'LSVAU218XN2183294', brand: 'B', model: 'M' }, files: [{ fileName: 'notes.txt', contentBase64: Buffer.from('hello').toString('base64') }], certificate: {} });
    expect(bad).toMatchObject({ ok: false, error: { code: 'FILE_FORMAT_UNSUPPORTED' } });
    expect(core.db.prepare('SELECT count(*) AS n FROM vehicles').get()).toEqual(before);
  });
});
