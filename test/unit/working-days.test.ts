import { describe, expect, it } from 'vitest';
import { addWorkingDays, CHINA_2026, isWorkingDay, workingDaysBetween } from '../../shared/domain/working-days';

const calendar = { holidays: new Set(CHINA_2026.holidays), workdays: new Set(CHINA_2026.workdays) };
const plain = { holidays: new Set<string>(), workdays: new Set<string>() };

describe('working days (China, 2026 arrangement)', () => {
  it.each([
    ['2026-11-30', true, 'a Monday'],
    ['2026-11-29', false, 'a Sunday'],
    ['2026-10-01', false, 'National Day'],
    ['2026-10-10', true, 'a Saturday worked to bridge National Day'],
    ['2026-02-14', true, 'a Saturday worked before Spring Festival'],
    ['2026-02-18', false, 'Spring Festival'],
  ])('%s is a working day: %s (%s)', (date, working) => {
    expect(isWorkingDay(date, calendar)).toBe(working);
  });

  it.each([
    ['2026-11-02', 10, '2026-11-16', plain],
    ['2026-09-28', 10, '2026-10-16', calendar], // across National Day: 9/29, 9/30, 10/8, 10/9, the worked Saturday 10/10, 10/12–10/16
    ['2026-02-12', 3, '2026-02-24', calendar], // 2/13, the worked Saturday 2/14, then the holiday to 2/23, then 2/24
  ])('%s + %i working days = %s', (from, n, expected, cal) => {
    expect(addWorkingDays(from, n, cal)).toBe(expected);
    expect(workingDaysBetween(from, expected, cal)).toBe(n);
  });

  it('counts no working days backwards or on the same day', () => {
    expect(workingDaysBetween('2026-11-30', '2026-11-30', calendar)).toBe(0);
    expect(workingDaysBetween('2026-11-30', '2026-11-01', calendar)).toBe(0);
  });
});
