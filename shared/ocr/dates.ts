/** Dates as printed on certificates (2021-03-15), read back from OCR text that may have lost separators. */
import { parseParts, type CalendarDate } from '../domain/calendar-date';

export interface DateReading {
  date: CalendarDate | null;
  /** The text had exactly the printed form YYYY-MM-DD. */
  wellFormed: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

function calendar(year: number, month: number, day: number): CalendarDate | null {
  if (year < 1950 || year > 2100) return null;
  const text = `${year}-${pad(month)}-${pad(day)}`;
  return parseParts(text) ? text : null;
}

export function readDate(raw: string): DateReading {
  const text = raw.replace(/\s+/g, '').replace(/[年月./_—–]/g, '-').replace(/日$/, '');
  const formed = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (formed) return { date: calendar(Number(formed[1]), Number(formed[2]), Number(formed[3])), wellFormed: true };
  const loose = /(\d{4})-+(\d{1,2})-+(\d{1,2})/.exec(text);
  if (loose) return { date: calendar(Number(loose[1]), Number(loose[2]), Number(loose[3])), wellFormed: false };
  // Separators lost: eight digits are still a date.
  const digits = text.replace(/\D/g, '');
  if (digits.length === 8) return { date: calendar(Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6))), wellFormed: false };
  return { date: null, wellFormed: false };
}
