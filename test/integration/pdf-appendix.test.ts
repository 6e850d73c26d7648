import { describe, expect, it } from 'vitest';
import { renderAppendix, type AppendixInput } from '../../electron/core/pdf/appendix';
import { AppFailure, type AppError } from '../../shared/contract/errors';
import { pdfFonts, pdfPageCount, pdfPageTexts, pdfText, pdfWords, SAMPLE_ENTERPRISE, sampleVehicles } from '../support/pdf-tools';

function appendixInput(count: number, changes: Partial<AppendixInput> = {}): AppendixInput {
  return {
    enterprise: SAMPLE_ENTERPRISE,
    batchReference: 'EX-2026-0001',
    applicationDate: '2026-03-02',
    generatedOn: '2026-03-01',
    vehicles: sampleVehicles(count),
    ...changes,
  };
}

async function failureOf(rendering: Promise<unknown>): Promise<AppError> {
  const error = await rendering.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppFailure);
  return (error as AppFailure).error;
}

describe('licence application appendix', () => {
  it.each([1, 30, 500])('holds every VIN and both dates exactly, with page numbers and the header on every page (%i vehicles)', async (count) => {
    const input = appendixInput(count);
    const bytes = await renderAppendix(input);
    const text = pdfText(bytes, { layout: true });
    const missing = input.vehicles.filter((v) => {
      // One row of the layout text carries the VIN and its two dates, in that order.
      const row = text.split('\n').find((line) => line.includes(v.vin));
      return !row || !row.includes(`${v.registrationDate}`) || !row.includes(`${v.transferDate}`) || row.indexOf(v.registrationDate!) > row.indexOf(v.transferDate!);
    });
    expect(missing.map((v) => v.vin)).toEqual([]);

    const pages = pdfPageTexts(bytes);
    expect(pages.length).toBe(pdfPageCount(bytes));
    pages.forEach((page, index) => {
      // pdftotext drops evenly spaced blanks (it takes them for letter-spacing), so compare without blanks.
      expect(page.replace(/ /g, '')).toContain(`第 ${index + 1} 页 / 共 ${pages.length} 页`.replace(/ /g, ''));
      expect(page).toContain('车辆识别代号（VIN）');
      expect(page).toContain('注册登记');
    });
    // The seal box and the declaration close the last page only.
    expect(pages[pages.length - 1]).toContain('申请企业（盖章）');
    expect(pages.slice(0, -1).join('')).not.toContain('申请企业（盖章）');
    expect(pages[pages.length - 1]).toContain(`合计：共 ${count} 辆`);
  });

  it('embeds the font as a subset with a Unicode map', async () => {
    const fonts = pdfFonts(await renderAppendix(appendixInput(3)));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansHans-/);
    }
  });

  it('prints brand and model exactly as given, and the chassis brand of modified vehicles', async () => {
    const vehicles = sampleVehicles(8);
    vehicles[0] = { ...vehicles[0]!, brand: '梅赛德斯-奔驰', model: 'BJ7204GEL(AMG)' };
    const bytes = await renderAppendix(appendixInput(8, { vehicles }));
    const text = pdfText(bytes, { layout: true });
    const firstRow = text.split('\n').find((line) => line.includes(vehicles[0]!.vin));
    expect(firstRow).toContain('BJ7204GEL(AMG)');
    // A brand wider than its cell wraps there; its characters stay as given.
    const words = pdfWords(bytes).map((w) => w.text);
    expect(words.join('')).toContain('梅赛德斯-奔驰');
    expect(text).toContain('底盘品牌');
    const modifiedRow = text.split('\n').find((line) => line.includes(vehicles[3]!.vin));
    expect(modifiedRow).toContain('东风');
  });

  it('gives the same bytes for the same input (no clock, no random names)', async () => {
    const [first, second] = [await renderAppendix(appendixInput(5)), await renderAppendix(appendixInput(5))];
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('has no chassis column when no vehicle is modified', async () => {
    const vehicles = sampleVehicles(3).filter((v) => !v.isModified);
    expect(pdfText(await renderAppendix(appendixInput(3, { vehicles })))).not.toContain('底盘品牌');
  });

  it('wraps a 200-character brand inside its cell: the row grows, nothing crosses into the model column', async () => {
    const vehicles = sampleVehicles(3);
    const brand = '超长品牌'.repeat(50);
    vehicles[1] = { ...vehicles[1]!, brand };
    const bytes = await renderAppendix(appendixInput(3, { vehicles }));
    const words = pdfWords(bytes);
    const model = words.find((w) => w.text === vehicles[1]!.model)!;
    const brandWords = words.filter((w) => /^[超长品牌]+$/.test(w.text));
    expect(brandWords.length).toBeGreaterThan(5);
    expect(brandWords.every((w) => w.xMax < model.xMin)).toBe(true);
    // All 200 characters are there, in order.
    expect(brandWords.map((w) => w.text).join('')).toContain(brand);
  });

  it.each([
    ['CJK extension A (in the font)', '㐀䶮', '㐀䶮'],
    ['an emoji (not in the font)', '品牌😀', '品牌〔U+1F600〕'],
    ['CJK extension B (not in the font)', '𠀀', '〔U+20000〕'],
    ['a Turkish letter (not in the font)', 'Ş', '〔U+015E〕'],
    ['a joiner sequence', '👍🏽', '〔U+1F44D〕〔U+1F3FD〕'],
  ])('draws %s without a box or a crash', async (_case, brand, shown) => {
    const vehicles = sampleVehicles(2);
    vehicles[0] = { ...vehicles[0]!, brand };
    // A mark may wrap inside the narrow brand column: compare without line breaks.
    const text = pdfText(await renderAppendix(appendixInput(2, { vehicles }))).replace(/\s+/g, '');
    expect(text).toContain(shown);
  });

  it.each([
    ['no vehicles', { vehicles: [] }, 'vehicles', 'doc.problem.noVehicles'],
    ['no enterprise name', { enterprise: { name: ' ' } }, 'enterprise.name', 'doc.problem.required'],
    ['a malformed date', { applicationDate: '2026/03/02' }, 'applicationDate', 'doc.problem.dateInvalid'],
    ['an impossible registration date', { vehicles: [{ ...sampleVehicles(1)[0]!, registrationDate: '2025-02-30' }] }, 'vehicles.0.registrationDate', 'doc.problem.dateInvalid'],
  ] as Array<[string, Partial<AppendixInput>, string, string]>)('refuses %s with INVALID_INPUT naming the field', async (_case, changes, field, code) => {
    const error = await failureOf(renderAppendix(appendixInput(1, changes)));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fields).toContainEqual(expect.objectContaining({ field, code }));
    const problem = error.fields!.find((f) => f.field === field)!;
    expect(problem.message['zh-CN']).not.toMatch(/\{\w+\}/);
    expect(problem.message.en).not.toMatch(/\{\w+\}/);
  });
});
