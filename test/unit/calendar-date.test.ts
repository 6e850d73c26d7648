import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, isCalendarDate, isoWeekday, toDayNumber, todayIn } from '../../shared/domain/calendar-date';

describe('calendar dates', () => {
  it.each([
    ['2026-01-01', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-1-1', false],
    ['2026-01-01T00:00:00Z', false],
    ['', false],
  ])('isCalendarDate(%s) is %s', (date, valid) => {
    expect(isCalendarDate(date)).toBe(valid);
  });

  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2026-01-01', 20454],
  ])('%s is day %i', (date, day) => {
    expect(toDayNumber(date)).toBe(day);
    expect(fromDayNumber(day)).toBe(date);
  });

  it.each([
    ['2025-07-05', 180, '2026-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it.each([
    ['2026-11-30', 1],
    ['2026-11-29', 7],
    ['2026-01-01', 4],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it('agrees with UTC Date arithmetic for every day from 1900 to 2999', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2999-12-31') }), (day) => {
        const viaDate = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(day)).toBe(viaDate);
        expect(toDayNumber(viaDate)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });

  it('takes today from the named zone, not the machine', () => {
    const instant = Date.UTC(2026, 0, 31, 17, 30); // 01:30 on Feb 1 in Shanghai
    expect(todayIn('Asia/Shanghai', instant)).toBe('2026-02-01');
    expect(todayIn('UTC', instant)).toBe('2026-01-31');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2026-01-31');
  });
});
