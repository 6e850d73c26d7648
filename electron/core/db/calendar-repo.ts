import type { Database } from 'better-sqlite3';
import type { CalendarDay } from '../../../shared/contract/calendar';
import type { WorkingCalendar } from '../../../shared/domain/working-days';
import { sql } from './statements';

/** All SQL touching `calendar_days`: the dealer's public holidays and adjusted working days (调休). */
const COLUMNS = 'SELECT date, kind, name FROM calendar_days';

export function listCalendarDays(db: Database, year?: number): CalendarDay[] {
  if (year === undefined) return sql(db, `${COLUMNS} ORDER BY date`).all() as CalendarDay[];
  // Dates are YYYY-MM-DD text, so a year is a plain text range.
  return sql(db, `${COLUMNS} WHERE date BETWEEN ? AND ? ORDER BY date`).all(`${year}-01-01`, `${year}-12-31`) as CalendarDay[];
}

export function getCalendarDay(db: Database, date: string): CalendarDay | undefined {
  return sql(db, `${COLUMNS} WHERE date = ?`).get(date) as CalendarDay | undefined;
}

export function upsertCalendarDay(db: Database, day: CalendarDay): void {
  sql(db, 'INSERT INTO calendar_days (date, kind, name) VALUES (?, ?, ?) ON CONFLICT(date) DO UPDATE SET kind = excluded.kind, name = excluded.name').run(day.date, day.kind, day.name);
}

export function deleteCalendarDay(db: Database, date: string): boolean {
  return sql(db, 'DELETE FROM calendar_days WHERE date = ?').run(date).changes > 0;
}

/** Read at every use, never cached: an edit in Settings changes overdue at once. */
export function workingCalendar(db: Database): WorkingCalendar {
  const rows = sql(db, 'SELECT date, kind FROM calendar_days').all() as Array<{ date: string; kind: 'holiday' | 'workday' }>;
  return { holidays: new Set(rows.filter((r) => r.kind === 'holiday').map((r) => r.date)), workdays: new Set(rows.filter((r) => r.kind === 'workday').map((r) => r.date)) };
}
