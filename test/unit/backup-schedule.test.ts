import { describe, expect, it } from 'vitest';
import { isBackupDue } from '../../electron/core/backup/schedule';
import type { BackupSchedule } from '../../shared/contract/setting-fields';

const TODAY = '2026-11-29';

describe('isBackupDue: whether the automatic backup runs today', () => {
  it.each<[string, string | null, BackupSchedule, boolean]>([
    ['daily, no backup yet', null, 'daily', true],
    ['daily, one made today', '2026-11-29', 'daily', false],
    ['daily, the newest from yesterday', '2026-11-28', 'daily', true],
    ['daily, the newest a month old', '2026-10-29', 'daily', true],
    ['weekly, no backup yet', null, 'weekly', true],
    ['weekly, one made today', '2026-11-29', 'weekly', false],
    ['weekly, the newest 6 days old', '2026-11-23', 'weekly', false],
    ['weekly, the newest exactly 7 days old', '2026-11-22', 'weekly', true],
    ['weekly, the newest across a month end, 8 days old', '2026-11-21', 'weekly', true],
    ['off, no backup yet', null, 'off', false],
    ['off, the newest a year old', '2025-11-29', 'off', false],
    ['daily, the newest dated tomorrow (clock was wrong)', '2026-11-30', 'daily', true],
    ['weekly, the newest dated next week (clock was wrong)', '2026-12-05', 'weekly', true],
  ])('%s → %s', (_case, last, schedule, due) => {
    expect(isBackupDue(last, schedule, TODAY)).toBe(due);
  });

  it('counts calendar days across a year end', () => {
    expect(isBackupDue('2026-12-26', 'weekly', '2027-01-01')).toBe(false);
    expect(isBackupDue('2026-12-25', 'weekly', '2027-01-01')).toBe(true);
  });
});
