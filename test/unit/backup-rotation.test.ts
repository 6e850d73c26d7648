import { describe, expect, it } from 'vitest';
import { backupsToDelete } from '../../electron/core/backup/rotation';
import { addDays } from '../../shared/domain/calendar-date';

/** One backup a day for `days` days up to 2026-11-29 (a Sunday). */
function daily(days: number) {
  return Array.from({ length: days }, (_, i) => {
    const date = addDays('2026-11-29', -i);
    return { name: `export-desk-${date}-030000.backup`, date };
  });
}

describe('backup rotation: 7 daily, 4 weekly', () => {
  it('keeps everything while there are few', () => {
    expect(backupsToDelete(daily(5))).toEqual([]);
  });

  it('keeps the last 7 days, then one backup per week for 4 weeks, and deletes the rest', () => {
    const all = daily(60);
    const deleted = new Set(backupsToDelete(all));
    const kept = all.filter((b) => !deleted.has(b.name)).map((b) => b.date);
    expect(kept.slice(0, 7)).toEqual(all.slice(0, 7).map((b) => b.date));
    expect(kept).toHaveLength(11);
    expect(kept.slice(7)).toEqual(['2026-11-22', '2026-11-15', '2026-11-08', '2026-11-01']);
  });

  it.each([
    // The week of 23–29 November counts as one of the 4 once the kept days leave some of it.
    [1, ['2026-11-29', '2026-11-28', '2026-11-22', '2026-11-15', '2026-11-08']],
    [3, ['2026-11-29', '2026-11-28', '2026-11-27', '2026-11-26', '2026-11-22', '2026-11-15', '2026-11-08']],
    [14, [...daily(14).map((b) => b.date), '2026-11-15', '2026-11-08', '2026-11-01', '2026-10-25']],
  ])('keeps the last %i days (Settings "backup.keep"), then one a week for 4 weeks', (keep, dates) => {
    const all = daily(60);
    const deleted = new Set(backupsToDelete(all, keep));
    expect(all.filter((b) => !deleted.has(b.name)).map((b) => b.date)).toEqual(dates);
  });

  it('keeps only the newest of several backups made on one day', () => {
    const sameDay = [
      { name: 'export-desk-2026-11-29-080000.backup', date: '2026-11-29' },
      { name: 'export-desk-2026-11-29-170000.backup', date: '2026-11-29' },
    ];
    expect(backupsToDelete(sameDay)).toEqual(['export-desk-2026-11-29-080000.backup']);
  });
});
