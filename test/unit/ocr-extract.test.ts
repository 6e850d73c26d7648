import { describe, expect, it } from 'vitest';
import { readCertificate } from '../../shared/ocr/read-certificate';
import { CONFIDENT, FIELD_NAMES, KEY_FIELDS, type OcrPage } from '../../shared/ocr/types';
import { makeTruth } from '../fixtures/certificates/truth';
import { regionPages } from '../fixtures/certificates/words';

const truth = makeTruth(11);
const last = truth.transfers[truth.transfers.length - 1]!;

describe('reading a certificate from recognised cells', () => {
  it('returns every field as printed, with confidence, box and page', () => {
    const reading = readCertificate(regionPages(truth));
    for (const name of FIELD_NAMES) expect(reading.fields[name].value, name).toBe(truth.expected[name]);
    for (const name of KEY_FIELDS) expect(reading.fields[name].confidence, name).toBeGreaterThanOrEqual(CONFIDENT);
    expect(reading.fields.vin.box).toMatchObject({ page: 1 });
    expect(reading.fields.registrationDate.box).toMatchObject({ page: 0 });
    expect(reading.pages).toEqual([{ page: 0, pageType: 'registration' }, { page: 1, pageType: 'vehicle' }]);
    expect(reading.problems.filter((p) => (KEY_FIELDS as readonly string[]).includes(p.field))).toEqual([]);
  });

  it('lists the transfers in order with owner names only', () => {
    const reading = readCertificate(regionPages(truth));
    expect(reading.transfers.map((t) => [t.entry, t.owner.value, t.date.value, t.authority.value, t.plate.value])).toEqual(
      truth.transfers.map((t, i) => [i + 1, t.owner.name, t.date, t.authority, t.plate]),
    );
  });

  it('never returns an owner ID number, not even in part', () => {
    const json = JSON.stringify(readCertificate(regionPages(truth)));
    for (const entry of [truth.registration, ...truth.transfers]) {
      expect(json).not.toContain(entry.owner.idNumber.slice(0, 8));
      expect(json).not.toContain(entry.owner.idNumber.slice(-6));
    }
    // The first owner is not returned at all.
    expect(json).not.toContain(`"${truth.registration.owner.name}"`);
  });

  it('reads the pages in either order', () => {
    const [first, second] = regionPages(truth);
    const reading = readCertificate([second!, first!]);
    expect(reading.fields.vin.value).toBe(truth.expected.vin);
    expect(reading.fields.transferDate.value).toBe(truth.expected.transferDate);
  });

  it('marks the fields of a missing page', () => {
    const reading = readCertificate([regionPages(truth)[1]!]);
    expect(reading.fields.registrationDate).toEqual({ value: null, confidence: 0, box: null });
    expect(reading.problems).toContainEqual({ field: 'registrationDate', code: 'ocr.problem.pageMissing' });
    expect(reading.fields.vin.value).toBe(truth.expected.vin);
  });
});

describe('transferDate and the enterprise name', () => {
  // A certificate where a company (the "enterprise" here) owned the car before the last transfer.
  const companyEntry = (t: ReturnType<typeof makeTruth>) => t.transfers.slice(0, -1).findIndex((e) => e.owner.idType === '统一社会信用代码');
  const several = Array.from({ length: 60 }, (_, i) => makeTruth(100 + i)).find((t) => companyEntry(t) >= 0)!;
  const index = companyEntry(several);
  const earlier = several.transfers[index]!;

  it('is the latest transfer when no enterprise is named', () => {
    const reading = readCertificate(regionPages(several));
    expect(reading.fields.transferDate.value).toBe(several.transfers[several.transfers.length - 1]!.date);
    expect(reading.transfers.every((t) => t.matchesEnterprise === null)).toBe(true);
  });

  it.each([
    ['exact name', (name: string) => name],
    ['an OCR slip in one character', (name: string) => name.slice(0, 2) + '某' + name.slice(3)],
    ['spaces and brackets', (name: string) => ` ${name} `],
  ])('is the latest transfer to the enterprise (%s)', (_, variant) => {
    const reading = readCertificate(regionPages(several), { enterpriseName: variant(earlier.owner.name) });
    const latestMatch = [...several.transfers].reverse().find((t) => t.owner.name === earlier.owner.name)!;
    expect(reading.fields.transferDate.value).toBe(latestMatch.date);
    expect(reading.transfers[index]!.matchesEnterprise).toBe(true);
  });

  it('falls back to the latest transfer, doubtful, when the enterprise is not found', () => {
    const reading = readCertificate(regionPages(several), { enterpriseName: '完全不同的贸易有限公司' });
    expect(reading.fields.transferDate.value).toBe(several.transfers[several.transfers.length - 1]!.date);
    expect(reading.fields.transferDate.confidence).toBeLessThan(CONFIDENT);
    expect(reading.problems).toContainEqual({ field: 'transferDate', code: 'ocr.problem.enterpriseNotFound' });
  });
});

describe('cross-checks never leave a doubtful value confident', () => {
  const pagesWith = (read: Record<string, string | null>, alternatives?: Record<string, string[]>): OcrPage[] =>
    regionPages(truth, { read, ...(alternatives ? { alternatives } : {}) });

  it.each([
    ['manufacture after registration', { manufactureDate: '2099-01-01' }, ['manufactureDate', 'registrationDate']],
    ['a transfer before registration', { 'entry0.date': last.date.replace(/^\d{4}/, (y) => String(Number(y) + 1)) }, ['registrationDate']],
    ['issue before registration', { issueDate: '1990-01-01' }, ['issueDate']],
  ])('%s: the dates involved are doubtful', (_, read, fields) => {
    const reading = readCertificate(pagesWith(read), { today: '2100-01-01' });
    for (const field of fields) {
      expect(reading.fields[field as 'issueDate'].confidence, field).toBeLessThan(CONFIDENT);
      expect(reading.problems, field).toContainEqual({ field, code: 'ocr.problem.dateOrder' });
    }
  });

  it('a date after today is doubtful', () => {
    const reading = readCertificate(regionPages(truth), { today: '2000-01-01' });
    expect(reading.fields.transferDate.confidence).toBeLessThan(CONFIDENT);
    expect(reading.problems).toContainEqual({ field: 'transferDate', code: 'ocr.problem.dateFuture' });
  });

  it.each([
    ['an impossible date', { 'entry0.date': '2021-02-30' }, 'registrationDate', null, 'ocr.problem.dateInvalid'],
    ['a VIN with a wrong character', { vin: truth.expected.vin.slice(0, 3) + 'Q' + truth.expected.vin.slice(4) }, 'vin', undefined, undefined],
    ['an unknown brand', { brand: '某某牌' }, 'brand', '某某牌', 'ocr.problem.unknownName'],
    ['a model number with a letter among its digits', { model: truth.expected.model.replace(/\d/, 'B') }, 'model', undefined, 'ocr.problem.pattern'],
  ])('%s', (_, read, field, value, problem) => {
    const reading = readCertificate(pagesWith(read));
    const result = reading.fields[field as 'vin'];
    if (value !== undefined) expect(result.value).toBe(value);
    if (result.value !== truth.expected[field as 'vin']) expect(result.confidence).toBeLessThan(CONFIDENT);
    if (problem) expect(reading.problems).toContainEqual({ field, code: problem });
  });

  it('two readings of the VIN that disagree, both passing the check digit, make it doubtful', () => {
    const other = truth.expected.vin === 'LSVAU218XN2183294' ? 'LFV2A21K557004212' : 'LSVAU218XN2183294';
    const reading = readCertificate(pagesWith({}, { vin: [other] }));
    expect(reading.fields.vin.confidence).toBeLessThan(CONFIDENT);
    expect(reading.problems).toContainEqual({ field: 'vin', code: 'ocr.problem.readingsDisagree' });
  });

  it('a reading failing the check digit does not outvote two that pass it', () => {
    const broken = truth.expected.vin.slice(0, 16) + (truth.expected.vin[16] === '1' ? '2' : '1');
    const reading = readCertificate(pagesWith({ vin: broken }, { vin: [truth.expected.vin, truth.expected.vin] }));
    expect(reading.fields.vin.value).toBe(truth.expected.vin);
    expect(reading.fields.vin.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });

  it('registration and issue dates read alike confirm each other', () => {
    const same = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(makeTruth).find((t) => t.expected.issueDate === t.expected.registrationDate)!;
    const reading = readCertificate(regionPages(same, { confidence: 70 }));
    expect(reading.fields.registrationDate.confidence).toBeGreaterThanOrEqual(0.95);
    expect(reading.fields.issueDate.confidence).toBeGreaterThanOrEqual(0.95);
  });

  it('the same plate read in two entries confirms it; a plate of the wrong shape gets no such help', () => {
    const kept = Array.from({ length: 60 }, (_, i) => makeTruth(200 + i)).find((t) => t.transfers.length >= 2 && t.transfers.every((e) => e.plate === t.registration.plate))!;
    expect(readCertificate(regionPages(kept, { confidence: 70 })).fields.plate).toMatchObject({ value: kept.expected.plate, confidence: 0.92 });
    const misread = kept.expected.plate.replace('·', '·0');
    const read = Object.fromEntries([0, 1, 2, 3, 4, 5, 6].map((i) => [`entry${i}.plate`, misread]));
    const reading = readCertificate(regionPages(kept, { confidence: 95, read }));
    expect(reading.fields.plate.confidence).toBeLessThan(CONFIDENT);
  });

  it('an unreadable cell is null with zero confidence', () => {
    const reading = readCertificate(pagesWith({ model: null }));
    expect(reading.fields.model).toEqual({ value: null, confidence: 0, box: null });
    expect(reading.problems).toContainEqual({ field: 'model', code: 'ocr.problem.unreadable' });
  });
});
