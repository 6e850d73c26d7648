import { isoWeekday, toDayNumber } from '../../../shared/domain/calendar-date';

export interface BackupOnDisk {
  name: string;
  /** The calendar date it was made. */
  date: string;
}

/** Keep the newest backup of each of the last 7 days that have one, and one per ISO week for the 4 weeks before. */
export function backupsToDelete(backups: BackupOnDisk[], keepDaily = 7, keepWeekly = 4): string[] {
  const newestFirst = [...backups].sort((a, b) => (a.date === b.date ? b.name.localeCompare(a.name) : b.date.localeCompare(a.date)));
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<number>();
  for (const backup of newestFirst) {
    if (days.size < keepDaily && !days.has(backup.date)) {
      days.add(backup.date);
      keep.add(backup.name);
      continue;
    }
    if (days.has(backup.date)) continue;
    // The Monday of its week identifies the week.
    const week = toDayNumber(backup.date) - (isoWeekday(backup.date) - 1);
    if (weeks.size < keepWeekly && !weeks.has(week)) {
      weeks.add(week);
      keep.add(backup.name);
    }
  }
  return backups.map((b) => b.name).filter((name) => !keep.has(name));
}
