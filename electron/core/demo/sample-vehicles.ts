/**
 * The sample inventory: about fifty plausible vehicles from six manufacturers, with registration dates
 * spread over every 180-day state as of `today` (clearing within a week, within a month, later, already
 * clear, the transitional case where the calendar still allows it, and missing dates). Deterministic, so
 * the same day always gives the same sample.
 */
import type { InputOf } from '../../../shared/contract/operations';
import { addDays, type CalendarDate } from '../../../shared/domain/calendar-date';
import { expectedCheckDigit } from '../../../shared/domain/vin';
import { CURRENT_POLICY } from '../../../shared/compliance/policy';

export interface SampleMaker {
  manufacturer: string;
  brand: string;
  models: readonly string[];
  /** World manufacturer identifier (VIN positions 1–3) and descriptor (4–8). */
  wmi: string;
  vds: string;
  fuel: string;
}

export const SAMPLE_MAKERS: readonly SampleMaker[] = [
  { manufacturer: '上汽大众汽车有限公司', brand: '大众汽车', models: ['SVW7141BPV', 'SVW71520EJ'], wmi: 'LSV', vds: 'AU218', fuel: '汽油' },
  { manufacturer: '比亚迪汽车工业有限公司', brand: '比亚迪', models: ['BYD7005BEV', 'BYD6470ST6HEV'], wmi: 'LGX', vds: 'CE4C1', fuel: '纯电动' },
  { manufacturer: '广汽丰田汽车有限公司', brand: '丰田', models: ['GTM7200GB', 'GTM6480SHEV'], wmi: 'LVG', vds: 'DA3F2', fuel: '汽油' },
  { manufacturer: '长城汽车股份有限公司', brand: '哈弗', models: ['CC6460RM21', 'CC6470UM00'], wmi: 'LGW', vds: 'EF6EA', fuel: '汽油' },
  { manufacturer: '浙江吉利汽车有限公司', brand: '吉利', models: ['MR7153D08', 'MR6471DPHEV'], wmi: 'L6T', vds: 'A7247', fuel: '插电式混合动力' },
  { manufacturer: '上汽通用五菱汽车股份有限公司', brand: '五菱', models: ['LZW7001EVB', 'LZW6450PF'], wmi: 'LZW', vds: 'ACAGA', fuel: '纯电动' },
];

const COLOURS = ['白', '黑', '银', '灰', '蓝', '红'] as const;
const DESTINATIONS = ['哈萨克斯坦', '俄罗斯', '吉尔吉斯斯坦', '阿联酋', '乌兹别克斯坦'] as const;
const PLATE_PREFIXES = ['沪A', '苏E', '浙B', '粤B', '京N'] as const;

export type SampleGroup = 'clears-in-7' | 'clears-in-30' | 'required-later' | 'not-required' | 'transitional' | 'missing-dates';

export interface SampleVehicle {
  group: SampleGroup;
  input: InputOf<'vehicles.add'>;
}

/** Days since registration per group, one vehicle each. */
const GROUPS: ReadonlyArray<{ group: SampleGroup; daysAgo: readonly number[] }> = [
  { group: 'clears-in-7', daysAgo: [180, 178, 177, 175, 174] },
  { group: 'clears-in-30', daysAgo: [172, 168, 165, 161, 158, 155, 152, 151] },
  { group: 'required-later', daysAgo: [146, 140, 135, 128, 117, 104, 96, 88, 75, 63, 52, 41, 33, 27, 21, 16, 12] },
  { group: 'not-required', daysAgo: [181, 186, 190, 205, 230, 262, 301, 344, 398, 455, 520, 610, 700, 845, 990, 1100, 1200, 1460] },
  { group: 'missing-dates', daysAgo: [0, 0] },
];

/** A valid VIN (ISO 3779 check digit) for a maker and serial. */
export function sampleVin(maker: SampleMaker, serial: number, modelYear: string): string {
  const draft = `${maker.wmi}${maker.vds}0${modelYear}S${String(100000 + serial).padStart(6, '0')}`;
  const check = expectedCheckDigit(draft);
  if (!check) throw new Error(`bad VIN draft ${draft}`);
  return `${draft.slice(0, 8)}${check}${draft.slice(9)}`;
}

/** GB 16735 model-year letter for a year (2010 = A … skipping I, O, Q, U, Z). */
function modelYearCode(year: number): string {
  const codes = 'ABCDEFGHJKLMNPRSTVWXY123456789';
  return codes[(((year - 2010) % codes.length) + codes.length) % codes.length]!;
}

export function sampleVehicles(today: CalendarDate): SampleVehicle[] {
  const plan: Array<{ group: SampleGroup; daysAgo: number }> = GROUPS.flatMap(({ group, daysAgo }) => daysAgo.map((days) => ({ group, daysAgo: days })));
  // The transitional case (transfer before the cut-off, registered inside the window) only exists while the
  // window still reaches back before the cut-off; after that no real vehicle can be in it.
  const cutoff = CURRENT_POLICY.transitionalTransferBefore;
  const windowStart = addDays(today, -CURRENT_POLICY.confirmationWindowDays);
  if (windowStart < cutoff) for (const days of [170, 160, 150]) if (addDays(today, -days) < cutoff) plan.push({ group: 'transitional', daysAgo: days });

  return plan.map(({ group, daysAgo }, index) => {
    const maker = SAMPLE_MAKERS[index % SAMPLE_MAKERS.length]!;
    const model = maker.models[index % maker.models.length]!;
    const registration = addDays(today, -daysAgo);
    const manufactured = addDays(registration, -(20 + ((index * 7) % 60)));
    const usualTransfer = addDays(registration, Math.min(daysAgo, 3 + ((index * 5) % 25)));
    // Vehicles meant to need a confirmation are transferred after the cut-off, so they are not transitional by accident.
    const needsConfirmation = group === 'clears-in-7' || group === 'clears-in-30' || group === 'required-later';
    const transfer =
      group === 'transitional' ? addDays(cutoff, -1 - (index % 5))
      : group === 'missing-dates' ? null
      : needsConfirmation && usualTransfer < cutoff && cutoff <= today ? cutoff
      : usualTransfer;
    const year = Number(manufactured.slice(0, 4));
    const destination = DESTINATIONS[index % DESTINATIONS.length]!;
    // Vehicles that no longer need a confirmation are mostly ready to apply; the rest wait for one.
    const status = group === 'missing-dates' ? 'in-stock' : group === 'not-required' ? (index % 4 === 0 ? 'in-stock' : 'ready') : index % 3 === 0 ? 'in-stock' : 'awaiting-confirmation';
    const input: InputOf<'vehicles.add'> = {
      vin: sampleVin(maker, index + 1, modelYearCode(year)),
      brand: maker.brand,
      model,
      vehicleType: '小型普通客车',
      color: COLOURS[index % COLOURS.length]!,
      engineNumber: `${maker.wmi.slice(1)}${String(830000 + index * 137).padStart(7, '0')}`,
      fuelType: maker.fuel,
      manufacturer: maker.manufacturer,
      manufactureDate: manufactured,
      registrationDate: group === 'missing-dates' ? null : registration,
      transferDate: transfer,
      certificateNumber: group === 'missing-dates' ? null : `3100${String(2468013 + index * 911).padStart(8, '0')}`,
      plate: `${PLATE_PREFIXES[index % PLATE_PREFIXES.length]}${String(10000 + ((index * 7919) % 89999)).slice(0, 5)}`,
      destinationCountry: group === 'missing-dates' ? null : destination,
      buyer: group === 'missing-dates' ? null : `${destination}贸易伙伴 ${1 + (index % 4)} 号`,
      purchasePrice: 68000 + ((index * 12347) % 180000),
      currency: 'CNY',
      mileageKm: 150 + ((index * 733) % 42000),
      notes: group === 'missing-dates' ? '刚收车，登记证书还在路上' : null,
      status,
    };
    return { group, input };
  });
}
