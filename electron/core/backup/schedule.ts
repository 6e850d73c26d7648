import type { BackupSchedule } from '../../../shared/contract/setting-fields';
import { daysBetween } from '../../../shared/domain/calendar-date';

const INTERVAL_DAYS: Record<Exclude<BackupSchedule, 'off'>, number> = { daily: 1, weekly: 7 };

/**
 * Whether the automatic backup should run today: never when off; otherwise when there is no backup yet,
 * or the newest is at least a day (daily) or 7 days (weekly) old, counted in calendar days as backups
 * are named. A backup dated after today (the PC's clock was wrong) does not hold the next one back.
 */
export function isBackupDue(lastBackupDate: string | null, schedule: BackupSchedule, today: string): boolean {
  if (schedule === 'off') return false;
  if (lastBackupDate === null) return true;
  const age = daysBetween(lastBackupDate, today);
  return age < 0 || age >= INTERVAL_DAYS[schedule];
}
