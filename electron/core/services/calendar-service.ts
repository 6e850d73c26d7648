import type { Database } from 'better-sqlite3';
import type { CalendarDay, SetCalendarDay } from '../../../shared/contract/calendar';
import { deleteCalendarDay, getCalendarDay, listCalendarDays, upsertCalendarDay } from '../db/calendar-repo';
import { readCalendarFile } from './calendar-import';

/**
 * The dealer's working-day calendar: list a year, add or replace a day, remove one, load a year
 * from a file. Input is already checked by the contract; overdue reads the table at every use.
 */
export function createCalendarService(db: Database) {
  const setAll = db.transaction((days: SetCalendarDay[]) => {
    for (const day of days) upsertCalendarDay(db, { date: day.date, kind: day.kind, name: day.name ?? null });
  });
  return {
    list(year?: number): CalendarDay[] {
      return listCalendarDays(db, year);
    },
    set(day: SetCalendarDay): CalendarDay {
      setAll([day]);
      return getCalendarDay(db, day.date)!;
    },
    remove(date: string): { removed: boolean } {
      return { removed: deleteCalendarDay(db, date) };
    },
    /** Every row or none: the file is read and checked in full before anything is written. */
    async import(file: { fileName: string; contentBase64: string }) {
      const days = await readCalendarFile(file);
      setAll(days);
      return { fileName: file.fileName.split(/[\\/]/).pop() ?? file.fileName, imported: days.length, years: [...new Set(days.map((d) => Number(d.date.slice(0, 4))))].sort((a, b) => a - b) };
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
