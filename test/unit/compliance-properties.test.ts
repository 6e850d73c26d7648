import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { assess, CURRENT_POLICY } from '../../shared/compliance';
import { addDays, fromDayNumber, toDayNumber } from '../../shared/domain/calendar-date';

const EFFECTIVE = CURRENT_POLICY.effectiveDate;
const CUT_OFF = CURRENT_POLICY.transitionalTransferBefore;
const WINDOW = CURRENT_POLICY.confirmationWindowDays;

const dateBetween = (from: string, to: string) => fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
const registration = dateBetween('2024-01-01', '2030-12-31');
const application = dateBetween('2024-01-01', '2031-12-31');

/** An independent day count, through UTC (never local time), to check the calendar arithmetic against. */
function utcDay(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Registration ≤ transfer (or none) ≤ application: dates as they can really be. */
const orderedDates = fc
  .record({ registrationDate: registration, toApplication: fc.integer({ min: 0, max: 900 }), transferShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true })) })
  .map(({ registrationDate, toApplication, transferShare }) => ({
    registrationDate,
    transferDate: transferShare === null ? null : addDays(registrationDate, Math.floor(transferShare * toApplication)),
    applicationDate: addDays(registrationDate, toApplication),
  }));

const isRequired = (registrationDate: string, transferDate: string | null, applicationDate: string) =>
  assess({ registrationDate, transferDate }, applicationDate).status === 'confirmation-required';

describe('assess: properties', () => {
  it('daysSinceRegistration is the day difference, and clearsOn is registration + 181 days', () => {
    fc.assert(
      fc.property(registration, application, fc.option(registration), (registrationDate, applicationDate, transferDate) => {
        const result = assess({ registrationDate, transferDate }, applicationDate);
        expect(result.daysSinceRegistration).toBe(utcDay(applicationDate) - utcDay(registrationDate));
        expect(result.clearsOn && utcDay(result.clearsOn)).toBe(utcDay(registrationDate) + WINDOW + 1);
      }),
    );
  });

  it('follows R1 for every possible set of dates', () => {
    fc.assert(
      fc.property(orderedDates, ({ registrationDate, transferDate, applicationDate }) => {
        const days = utcDay(applicationDate) - utcDay(registrationDate);
        const expected =
          applicationDate < EFFECTIVE || days > WINDOW
            ? 'not-required'
            : transferDate !== null && transferDate < CUT_OFF
              ? 'transitional-exempt'
              : 'confirmation-required';
        expect(assess({ registrationDate, transferDate }, applicationDate).status).toBe(expected);
      }),
    );
  });

  it('clearsOn is the first application date that needs no confirmation', () => {
    const noExemption = fc
      .record({ registrationDate: registration, transferAfter: fc.option(fc.integer({ min: 0, max: WINDOW })) })
      .map(({ registrationDate, transferAfter }) => ({
        registrationDate,
        transferDate: transferAfter === null ? null : addDays(registrationDate, transferAfter),
      }))
      .filter(({ transferDate }) => transferDate === null || transferDate >= CUT_OFF);
    fc.assert(
      fc.property(noExemption, ({ registrationDate, transferDate }) => {
        const { clearsOn } = assess({ registrationDate, transferDate }, registrationDate);
        if (clearsOn === null) throw new Error('a valid registration date always has a clears-on date');
        expect(isRequired(registrationDate, transferDate, clearsOn)).toBe(false);
        const dayBefore = addDays(clearsOn, -1);
        if (dayBefore >= EFFECTIVE) expect(isRequired(registrationDate, transferDate, dayBefore)).toBe(true);
      }),
    );
  });

  it('from the effective date on, once a confirmation is not needed it is never needed again', () => {
    fc.assert(
      fc.property(orderedDates, fc.integer({ min: 0, max: 800 }), ({ registrationDate, transferDate, applicationDate }, later) => {
        fc.pre(applicationDate >= EFFECTIVE);
        if (!isRequired(registrationDate, transferDate, applicationDate)) {
          expect(isRequired(registrationDate, transferDate, addDays(applicationDate, later))).toBe(false);
        }
      }),
    );
  });

  it('real dates in order are never invalid; an application before registration always is', () => {
    fc.assert(
      fc.property(orderedDates, fc.integer({ min: 1, max: 400 }), ({ registrationDate, transferDate, applicationDate }, early) => {
        expect(assess({ registrationDate, transferDate }, applicationDate).status).not.toBe('invalid');
        expect(assess({ registrationDate, transferDate: null }, addDays(registrationDate, -early)).status).toBe('invalid');
      }),
    );
  });

  it('explains every verdict in both languages, whatever it is given', () => {
    const anyDate = fc.oneof(registration, fc.constant(null), fc.string({ maxLength: 12 }), fc.constantFrom('', '2026-02-30', '2026/01/01'));
    fc.assert(
      fc.property(anyDate, anyDate, fc.oneof(application, fc.string({ maxLength: 12 })), (registrationDate, transferDate, applicationDate) => {
        const result = assess({ registrationDate, transferDate }, applicationDate);
        expect(result.reasons.length).toBeGreaterThan(0);
        for (const { message } of result.reasons) {
          for (const text of [message['zh-CN'], message.en]) {
            expect(text).toBeTruthy();
            expect(text.replaceAll(String(registrationDate), '').replaceAll(String(transferDate), '').replaceAll(applicationDate, '')).not.toMatch(/\{\w+\}/);
          }
        }
      }),
    );
  });
});

describe('assess: properties in every time zone', () => {
  const savedZone = process.env.TZ;
  afterEach(() => {
    if (savedZone === undefined) delete process.env.TZ;
    else process.env.TZ = savedZone;
  });

  it('gives the same answers in Shanghai, UTC and Los Angeles', () => {
    fc.assert(
      fc.property(orderedDates, ({ registrationDate, transferDate, applicationDate }) => {
        const answers = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles'].map((zone) => {
          process.env.TZ = zone;
          return assess({ registrationDate, transferDate }, applicationDate);
        });
        expect(answers[1]).toEqual(answers[0]);
        expect(answers[2]).toEqual(answers[0]);
      }),
      { numRuns: 300 },
    );
  });
});
