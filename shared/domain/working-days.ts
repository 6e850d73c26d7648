import { addDays, isoWeekday, type CalendarDate } from './calendar-date';

/**
 * Working days in China: Monday to Friday, minus public holidays, plus the weekend days that are
 * made working days to bridge a holiday (调休). Both lists are the dealer's (Settings), per year.
 */
export interface WorkingCalendar {
  holidays: ReadonlySet<CalendarDate>;
  /** Weekend days that are working days. */
  workdays: ReadonlySet<CalendarDate>;
}

export function isWorkingDay(date: CalendarDate, calendar: WorkingCalendar): boolean {
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  return isoWeekday(date) <= 5;
}

/** Working days after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: CalendarDate, to: CalendarDate, calendar: WorkingCalendar): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) count += 1;
  return count;
}

/** The date `n` working days after `from`. */
export function addWorkingDays(from: CalendarDate, n: number, calendar: WorkingCalendar): CalendarDate {
  let day = from;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left -= 1;
  }
  return day;
}

/**
 * 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04; checked against the Xinhua text), as shipped defaults;
 * the dealer can change them in Settings.
 */
export const CHINA_2026: { holidays: CalendarDate[]; workdays: CalendarDate[] } = {
  holidays: [
    '2026-01-01', '2026-01-02', '2026-01-03',
    '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
    '2026-04-04', '2026-04-05', '2026-04-06',
    '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05',
    '2026-06-19', '2026-06-20', '2026-06-21',
    '2026-09-25', '2026-09-26', '2026-09-27',
    '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
  ],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};
