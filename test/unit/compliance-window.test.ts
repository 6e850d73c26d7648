import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, confirmationWindow, statusInWindow } from '../../shared/compliance';
import { fromDayNumber, toDayNumber } from '../../shared/domain/calendar-date';

const day = fc.integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2030-12-31') }).map(fromDayNumber);
const maybeDate = fc.oneof(day, fc.constant(null), fc.constant(''), fc.constant('2025-02-30'));

describe('the confirmation window', () => {
  it.each([
    ['2026-06-30', { inForce: true, requiredIfRegisteredOnOrAfter: '2026-01-01' }],
    ['2025-12-31', { inForce: false, requiredIfRegisteredOnOrAfter: '2025-07-04' }],
    ['2028-08-27', { inForce: true, requiredIfRegisteredOnOrAfter: '2028-02-29' }],
  ])('for an application on %s is %j', (applicationDate, expected) => {
    expect(confirmationWindow(applicationDate)).toMatchObject({ ...expected, transitionalIfTransferBefore: '2026-01-01' });
  });

  it('decides exactly as assess() for any dates, blank or malformed ones included', () => {
    fc.assert(
      fc.property(maybeDate, maybeDate, day, (registrationDate, transferDate, applicationDate) => {
        const dates = { registrationDate, transferDate };
        expect(statusInWindow(dates, confirmationWindow(applicationDate))).toBe(assess(dates, applicationDate).status);
      }),
      { numRuns: 5000 },
    );
  });
});
