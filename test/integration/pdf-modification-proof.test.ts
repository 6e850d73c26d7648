import { describe, expect, it } from 'vitest';
import { renderModificationProof, type ModificationProofInput } from '../../electron/core/pdf/modification-proof';
import { AppFailure } from '../../shared/contract/errors';
import { pdfFonts, pdfPageCount, pdfText, SAMPLE_ENTERPRISE, sampleVehicles } from '../support/pdf-tools';

const MODIFIED = sampleVehicles(4)[3]!;

describe('proof of authenticity of modification', () => {
  it('is one page pre-filled with the modified vehicle, with blanks and a seal box for the modifying manufacturer', async () => {
    const bytes = await renderModificationProof({ enterprise: SAMPLE_ENTERPRISE, vehicle: MODIFIED, generatedOn: '2026-03-01' });
    expect(pdfPageCount(bytes)).toBe(1);
    const rows = pdfText(bytes, { layout: true }).split('\n');
    const valueOf = (label: string) => rows.find((line) => line.includes(label))?.split(label)[1]?.trim();
    expect(valueOf('底盘品牌')).toBe(MODIFIED.chassisBrand);
    expect(valueOf('改装车品牌')).toBe(MODIFIED.modifiedBrand);
    expect(valueOf('车辆型号')).toBe(MODIFIED.model);
    expect(valueOf('车辆识别代号（VIN）')).toBe(MODIFIED.vin);
    expect(valueOf('强制性产品认证（CCC）证书编号')).toBe(MODIFIED.cccCertificateNumber);
    expect(valueOf('批次')).toBe(MODIFIED.miitAnnouncementBatch);
    const text = rows.join('\n');
    for (const part of ['改装真实性证明', '附件2', '改装生产企业名称', '改装生产企业（公章）', '道路机动车辆生产企业及产品公告']) expect(text).toContain(part);
    for (const font of pdfFonts(bytes)) expect(font).toMatchObject({ embedded: true, subset: true });
  });

  it.each([
    ['a vehicle that is not modified', { vehicle: { ...MODIFIED, isModified: false } }, 'vehicle.isModified', 'doc.problem.notModified'],
    ['no vehicle', { vehicle: undefined }, 'vehicle', 'doc.problem.noVehicles'],
    ['a bad date', { generatedOn: '01/03/2026' }, 'generatedOn', 'doc.problem.dateInvalid'],
  ] as Array<[string, Partial<ModificationProofInput>, string, string]>)('refuses %s with INVALID_INPUT', async (_case, changes, field, code) => {
    const input = { enterprise: SAMPLE_ENTERPRISE, vehicle: MODIFIED, generatedOn: '2026-03-01', ...changes } as ModificationProofInput;
    const error = await renderModificationProof(input).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppFailure);
    expect((error as AppFailure).error.code).toBe('INVALID_INPUT');
    expect((error as AppFailure).error.fields).toContainEqual(expect.objectContaining({ field, code }));
  });
});
