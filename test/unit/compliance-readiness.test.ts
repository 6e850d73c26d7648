import { describe, expect, it } from 'vitest';
import { readiness, type ReadinessFacts, type ReadinessVehicle } from '../../shared/compliance';
import { complianceEn, complianceZh } from '../../shared/i18n/areas/compliance';
import type { Bilingual } from '../../shared/i18n/translate';

function expectFilled(message: Bilingual): void {
  for (const text of [message['zh-CN'], message.en]) {
    expect(text).toBeTruthy();
    expect(text).not.toMatch(/\{\w+\}/);
  }
}

const APPLIED = '2026-06-29';

/** Registered 2026-03-01, applied on day 120: needs a confirmation, and has one. */
function readyVehicle(changes: Partial<ReadinessVehicle> = {}): ReadinessVehicle {
  return {
    vin: 'LSVAU2180N2123456',
    brand: '比亚迪牌',
    model: 'BYD7152WT6HEVC2',
    registrationDate: '2026-03-01',
    transferDate: '2026-03-10',
    manufactureDate: '2026-02-10',
    manufacturer: '比亚迪汽车工业有限公司',
    destinationCountry: '哈萨克斯坦',
    isModified: false,
    chassisBrand: null,
    modifiedBrand: null,
    cccCertificateNumber: null,
    miitAnnouncementBatch: null,
    ...changes,
  };
}

function facts(vehicle: Partial<ReadinessVehicle> = {}, rest: Partial<Omit<ReadinessFacts, 'vehicle'>> = {}): ReadinessFacts {
  return { vehicle: readyVehicle(vehicle), hasCertificateScan: true, confirmation: 'confirmed', hasModificationProof: false, certificateMismatches: [], ...rest };
}

const modified: Partial<ReadinessVehicle> = {
  isModified: true,
  chassisBrand: '东风牌',
  modifiedBrand: '程力威牌',
  cccCertificateNumber: '2021011101123456',
  miitAnnouncementBatch: '第 372 批',
};

function check(input: ReadinessFacts, applicationDate = APPLIED) {
  const result = readiness(input, applicationDate);
  for (const blocker of result.blockers) {
    expectFilled(blocker.message);
    expectFilled(blocker.action);
  }
  expect(result.ready).toBe(result.blockers.length === 0);
  return result;
}

describe('readiness: a vehicle with nothing missing is ready', () => {
  it.each([
    ['confirmation required and confirmed', facts(), APPLIED, 'confirmation-required'],
    ['not required: past 180 days', facts({ registrationDate: '2025-06-01', transferDate: '2026-01-05', manufactureDate: null }, { confirmation: 'none' }), '2026-02-01', 'not-required'],
    ['not required: before the effective date', facts({ registrationDate: '2025-10-01', transferDate: '2025-12-05', manufactureDate: null }, { confirmation: 'refused' }), '2025-12-31', 'not-required'],
    ['transitional: transferred before 2026', facts({ registrationDate: '2025-10-01', transferDate: '2025-12-20', manufactureDate: null }, { confirmation: 'none' }), '2026-01-10', 'transitional-exempt'],
    ['transitional, even if the manufacturer refused', facts({ registrationDate: '2025-10-01', transferDate: '2025-12-20', manufactureDate: null, manufacturer: null }, { confirmation: 'refused' }), '2026-01-10', 'transitional-exempt'],
    ['modified vehicle with everything', facts(modified, { hasModificationProof: true }), APPLIED, 'confirmation-required'],
    ['no modification proof needed when not modified', facts({}, { hasModificationProof: false }), APPLIED, 'confirmation-required'],
  ] as const)('%s', (_name, input, applicationDate, status) => {
    const result = check(input, applicationDate);
    expect(result.assessment.status).toBe(status);
    expect(result.blockers).toEqual([]);
    expect(result.ready).toBe(true);
  });
});

describe('readiness: each blocker', () => {
  it.each([
    ['brand missing', facts({ brand: '' }), APPLIED, ['readiness.brandMissing']],
    ['brand only spaces', facts({ brand: '   ' }), APPLIED, ['readiness.brandMissing']],
    ['model missing', facts({ model: '' }), APPLIED, ['readiness.modelMissing']],
    // the assessment is invalid too, but one blocker says it
    ['registration date missing', facts({ registrationDate: null }), APPLIED, ['readiness.registrationDateMissing']],
    ['transfer date missing', facts({ transferDate: null }), APPLIED, ['readiness.transferDateMissing']],
    ['destination country missing', facts({ destinationCountry: null }), APPLIED, ['readiness.destinationCountryMissing']],
    ['registration date not a date', facts({ registrationDate: '2026-02-30', manufactureDate: null }), APPLIED, ['compliance.invalid.registrationDate']],
    ['transfer date not a date', facts({ transferDate: '2026-3-10' }), APPLIED, ['compliance.invalid.transferDate']],
    ['transfer before registration', facts({ transferDate: '2026-02-27' }), APPLIED, ['compliance.invalid.transferBeforeRegistration']],
    ['application before registration', facts({ transferDate: null }), '2026-02-27', ['readiness.transferDateMissing', 'compliance.invalid.applicationBeforeRegistration']],
    ['application before transfer', facts(), '2026-03-09', ['compliance.invalid.applicationBeforeTransfer']],
    ['application date not a date', facts(), '29/06/2026', ['compliance.invalid.applicationDate']],
    ['manufacture date not a date', facts({ manufactureDate: '2026-02-31' }), APPLIED, ['readiness.manufactureDateInvalid']],
    ['manufactured after registration', facts({ manufactureDate: '2026-03-02' }), APPLIED, ['readiness.manufactureAfterRegistration']],
    ['no certificate scan', facts({}, { hasCertificateScan: false }), APPLIED, ['readiness.certificateScanMissing']],
    ['confirmation not requested', facts({}, { confirmation: 'none' }), APPLIED, ['readiness.confirmationNotRequested']],
    ['confirmation requested, awaiting', facts({}, { confirmation: 'requested' }), APPLIED, ['readiness.confirmationAwaiting']],
    ['confirmation refused', facts({}, { confirmation: 'refused' }), APPLIED, ['readiness.confirmationRefused']],
    ['confirmation needed, manufacturer unknown', facts({ manufacturer: null }, { confirmation: 'none' }), APPLIED, ['readiness.manufacturerMissing', 'readiness.confirmationNotRequested']],
    ['transfer 2026-01-01 is not transitional', facts({ registrationDate: '2025-10-01', transferDate: '2026-01-01', manufactureDate: null }, { confirmation: 'none' }), '2026-01-10', ['readiness.confirmationNotRequested']],
    ['modified: chassis brand missing', facts({ ...modified, chassisBrand: null }, { hasModificationProof: true }), APPLIED, ['readiness.chassisBrandMissing']],
    ['modified: modified-vehicle brand missing', facts({ ...modified, modifiedBrand: ' ' }, { hasModificationProof: true }), APPLIED, ['readiness.modifiedBrandMissing']],
    ['modified: CCC number missing', facts({ ...modified, cccCertificateNumber: null }, { hasModificationProof: true }), APPLIED, ['readiness.cccMissing']],
    ['modified: MIIT announcement batch missing', facts({ ...modified, miitAnnouncementBatch: null }, { hasModificationProof: true }), APPLIED, ['readiness.miitBatchMissing']],
    ['modified: no proof of authenticity', facts(modified, { hasModificationProof: false }), APPLIED, ['readiness.modificationProofMissing']],
    [
      'modified: nothing filled in',
      facts({ isModified: true }),
      APPLIED,
      ['readiness.chassisBrandMissing', 'readiness.modifiedBrandMissing', 'readiness.cccMissing', 'readiness.miitBatchMissing', 'readiness.modificationProofMissing'],
    ],
    ...(['brand', 'model', 'registrationDate', 'transferDate', 'vin'] as const).map(
      (field) => [`certificate says another ${field}`, facts({}, { certificateMismatches: [{ field, certificateValue: 'A', recordValue: 'B' }] }), APPLIED, [`readiness.mismatch.${field}`]] as const,
    ),
  ] as const)('%s', (_name, input, applicationDate, codes) => {
    const result = check(input, applicationDate);
    expect(result.ready).toBe(false);
    expect(result.blockers.map((b) => b.code)).toEqual(codes);
  });

  it('reports every blocker at once', () => {
    const result = check(facts({ brand: '', destinationCountry: null, isModified: true }, { hasCertificateScan: false, confirmation: 'requested' }));
    expect(result.blockers.map((b) => b.code)).toEqual([
      'readiness.brandMissing',
      'readiness.destinationCountryMissing',
      'readiness.certificateScanMissing',
      'readiness.chassisBrandMissing',
      'readiness.modifiedBrandMissing',
      'readiness.cccMissing',
      'readiness.miitBatchMissing',
      'readiness.modificationProofMissing',
      'readiness.confirmationAwaiting',
    ]);
  });

  it('says what the record and the certificate each say', () => {
    const mismatch = { field: 'brand', certificateValue: '比亚迪牌', recordValue: '比亚迪' } as const;
    const [blocker] = check(facts({}, { certificateMismatches: [mismatch] })).blockers;
    expect(blocker?.message).toEqual({
      'zh-CN': '车辆品牌与登记证书不一致：记录为“比亚迪”，登记证书为“比亚迪牌”',
      en: 'Brand differs from the registration certificate: record says “比亚迪”, certificate says “比亚迪牌”',
    });
  });

  it('offers the clears-on date as the way out of a missing confirmation', () => {
    for (const confirmation of ['none', 'requested', 'refused'] as const) {
      const [blocker] = check(facts({}, { confirmation })).blockers;
      expect(blocker?.action['zh-CN']).toContain('2026-08-29');
      expect(blocker?.action.en).toContain('on or after 2026-08-29');
    }
  });
});

describe('compliance messages', () => {
  const keys = Object.keys(complianceZh) as Array<keyof typeof complianceZh>;
  const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it.each(keys)('%s exists in both languages with the same parameters', (key) => {
    expect(key).toMatch(/^(compliance|readiness)\./);
    expect(complianceZh[key]).toBeTruthy();
    expect(complianceEn[key]).toBeTruthy();
    expect(params(complianceEn[key])).toEqual(params(complianceZh[key]));
  });

  it('has no English key without a Chinese one', () => {
    expect(Object.keys(complianceEn).sort()).toEqual([...keys].sort());
  });
});
