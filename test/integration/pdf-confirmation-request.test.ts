import { describe, expect, it } from 'vitest';
import { renderConfirmationRequest, type ConfirmationRequestInput } from '../../electron/core/pdf/confirmation-request';
import { AppFailure, type AppError } from '../../shared/contract/errors';
import { pdfFonts, pdfPageTexts, pdfText, SAMPLE_ENTERPRISE, sampleVehicles } from '../support/pdf-tools';

const VEHICLES = sampleVehicles(24);
const MAKERS = ['上汽大众汽车有限公司', '一汽丰田汽车有限公司', '比亚迪汽车工业有限公司', '浙江吉利汽车有限公司'];

function requestInput(manufacturer: string, changes: Partial<ConfirmationRequestInput> = {}): ConfirmationRequestInput {
  return {
    enterprise: SAMPLE_ENTERPRISE,
    manufacturer: { name: manufacturer, afterSalesDepartment: '售后服务部', contactPerson: '李工' },
    batchReference: 'EX-2026-0001',
    requestDate: '2026-03-02',
    replyBy: '2026-03-16',
    vehicles: VEHICLES,
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

describe('after-sales confirmation request', () => {
  it.each(MAKERS)('for %s holds only its own vehicles, with each one’s country of export', async (maker) => {
    const text = pdfText(await renderConfirmationRequest(requestInput(maker)), { layout: true });
    const ours = VEHICLES.filter((v) => v.manufacturer === maker);
    const others = VEHICLES.filter((v) => v.manufacturer !== maker);
    expect(ours.length).toBeGreaterThan(0);
    for (const vehicle of ours) {
      const rows = text.split('\n').filter((line) => line.includes(vehicle.vin));
      // Once in the letter's table, once in the confirmation form's table, each with the country.
      expect(rows).toHaveLength(2);
      for (const row of rows) expect(row).toContain(vehicle.destinationCountry!);
    }
    for (const vehicle of others) expect(text).not.toContain(vehicle.vin);
  });

  it('matches the manufacturer however its name is spaced or written (full-width, dashes)', async () => {
    const text = pdfText(await renderConfirmationRequest(requestInput(' 一汽丰田汽车有限公司 ')));
    expect(VEHICLES.filter((v) => v.manufacturer === '一汽丰田汽车有限公司').every((v) => text.includes(v.vin))).toBe(true);
  });

  it('is a letter citing notice 648 and the reply date, then a bilingual form on its own numbered pages', async () => {
    const bytes = await renderConfirmationRequest(
      requestInput('一汽丰田汽车有限公司', {
        knownOutlets: [
          { country: '俄罗斯', name: 'Toyota Center Moscow', address: 'Leningradsky pr. 39, Moscow', contact: '+7 495 123 45 67' },
          { country: '巴西', name: 'Not of this batch', address: '—', contact: '—' },
        ],
      }),
    );
    const pages = pdfPageTexts(bytes);
    const letter = pages[0]!.replace(/\s+/g, '');
    expect(letter).toContain('关于出具《售后维修服务确认函》的申请');
    expect(letter).toContain('一汽丰田汽车有限公司售后服务部：');
    expect(letter).toContain('商贸函〔2025〕648号');
    expect(letter).toContain('180天（含）');
    expect(letter).toContain('2026年3月16日前');
    expect(letter).toContain('export@example.cn');
    expect(letter).toContain('第1页/共1页');

    const formStart = pages.findIndex((page) => page.includes('Confirmation of After-Sales Service'));
    expect(formStart).toBe(1);
    const form = pages.slice(formStart).join('\n');
    const flat = form.replace(/\s+/g, '');
    for (const label of ['网点名称', 'Outletname', '地址', 'Address', '联系方式', 'Contact', '生产企业公章', "Manufacturer'sofficialseal"]) expect(flat).toContain(label);
    expect(form).toContain('Toyota Center Moscow');
    expect(form).not.toContain('Not of this batch');
    expect(flat).toContain('售后服务网点—俄罗斯');
    expect(flat).toContain(`确认函第1页/共${pages.length - formStart}页`);
  });

  it('embeds its font as a subset', async () => {
    for (const font of pdfFonts(await renderConfirmationRequest(requestInput('比亚迪汽车工业有限公司')))) {
      expect(font).toMatchObject({ embedded: true, subset: true });
    }
  });

  it.each([
    ['no vehicles at all', requestInput('一汽丰田汽车有限公司', { vehicles: [] }), 'vehicles', 'doc.problem.noVehicles'],
    ['none of this manufacturer', requestInput('长城汽车股份有限公司'), 'vehicles', 'doc.problem.noVehiclesOfManufacturer'],
    [
      'a vehicle without a country of export',
      requestInput('一汽丰田汽车有限公司', { vehicles: VEHICLES.map((v, i) => (i === 1 ? { ...v, destinationCountry: null } : v)) }),
      'vehicles.1.destinationCountry',
      'doc.problem.countryMissing',
    ],
    ['no reply date', requestInput('一汽丰田汽车有限公司', { replyBy: '' }), 'replyBy', 'doc.problem.required'],
  ] as Array<[string, ConfirmationRequestInput, string, string]>)('refuses %s with INVALID_INPUT', async (_case, input, field, code) => {
    const error = await failureOf(renderConfirmationRequest(input));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fields).toContainEqual(expect.objectContaining({ field, code }));
  });
});
