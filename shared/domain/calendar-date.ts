/**
 * Calendar dates as `YYYY-MM-DD` strings. Arithmetic goes through a day number (days since
 * 1970-01-01 in the proleptic Gregorian calendar) computed without `Date`, so no time zone
 * can shift a date by one.
 */
export type CalendarDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function parseParts(date: string): { year: number; month: number; day: number } | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || year > 2999 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'string' && parseParts(value) !== null;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function toDayNumber(date: CalendarDate): number {
  const parts = parseParts(date);
  if (!parts) throw new RangeError(`not a calendar date: ${date}`);
  const y = parts.month <= 2 ? parts.year - 1 : parts.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthIndex = parts.month + (parts.month > 2 ? -3 : 9);
  const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + parts.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Inverse of toDayNumber (civil_from_days). */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** later − earlier in calendar days. */
export function daysBetween(earlier: CalendarDate, later: CalendarDate): number {
  return toDayNumber(later) - toDayNumber(earlier);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CalendarDate): number {
  const weekdayFromThursday = ((toDayNumber(date) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return ((weekdayFromThursday + 3) % 7) + 1;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Today's calendar date in a given IANA zone; the only place a clock meets a calendar date. */
export function todayIn(timeZone: string, now: number): CalendarDate {
  let formatter = formatters.get(timeZone);
  // Building a formatter costs ~0.1 ms; 'en-CA' formats as YYYY-MM-DD.
  if (!formatter) formatters.set(timeZone, (formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return formatter.format(now);
}
