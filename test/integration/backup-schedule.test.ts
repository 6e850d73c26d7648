import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/core';
import { silentLogger } from '../../electron/core/log';
import { addDays } from '../../shared/domain/calendar-date';
import type { BackupSchedule } from '../../shared/contract/setting-fields';
import { useTempFolder } from '../support/temp-folder';

const tempFolder = useTempFolder();
/** The fixed clock: 2026-11-29 12:00 in Shanghai (a Sunday). */
const TODAY = '2026-11-29';

function open(folder: string): Core {
  return openCore({ databasePath: path.join(folder, 'inventory.sqlite'), door: 'cli', log: silentLogger, timeZone: 'Asia/Shanghai', clock: { now: () => Date.UTC(2026, 10, 29, 4) } });
}

/** Backups from earlier runs, one per day `ago` (days before today). */
function earlierBackups(folder: string, ago: number[]): string {
  const backups = path.join(folder, 'backups');
  fs.mkdirSync(backups, { recursive: true });
  for (const days of ago) fs.writeFileSync(path.join(backups, `export-desk-${addDays(TODAY, -days)}-030000.backup`), 'earlier');
  return backups;
}

describe('the automatic backup follows the schedule in Settings', () => {
  it.each<[string, boolean, BackupSchedule, number[]]>([
    ['daily, the newest from yesterday', true, 'daily', [1]],
    ['daily, one already made today', false, 'daily', [0]],
    ['weekly, the newest 6 days old', false, 'weekly', [6, 13]],
    ['weekly, the newest 7 days old', true, 'weekly', [7, 14]],
    ['weekly, none yet', true, 'weekly', []],
    ['off, the newest a month old', false, 'off', [30]],
  ])('%s: backs up now: %s', async (_case, made, schedule, ago) => {
    const folder = tempFolder();
    const backups = earlierBackups(folder, ago);
    const core = open(folder);
    expect(await core.call('settings.update', { 'backup.schedule': schedule })).toMatchObject({ ok: true });
    const created = await core.services.backups.scheduled();
    core.close();
    if (made) expect(created).toMatch(new RegExp(`export-desk-${TODAY}-\\d{6}\\.backup$`));
    else expect(created).toBeNull();
    expect(fs.readdirSync(backups)).toHaveLength(ago.length + (made ? 1 : 0));
  });

  it('rotates to the number kept in Settings, and deletes nothing while the schedule is off', async () => {
    const folder = tempFolder();
    const backups = earlierBackups(folder, Array.from({ length: 20 }, (_, i) => i + 1));
    const core = open(folder);
    await core.call('settings.update', { 'backup.schedule': 'off', 'backup.keep': 3 });
    expect(await core.services.backups.scheduled()).toBeNull();
    expect(fs.readdirSync(backups)).toHaveLength(20);

    await core.call('settings.update', { 'backup.schedule': 'daily' });
    expect(await core.services.backups.scheduled()).not.toBeNull();
    const dates = fs.readdirSync(backups).map((name) => name.slice('export-desk-'.length, 'export-desk-'.length + 10)).sort().reverse();
    // Today and the 2 days before, then the newest left of each week for 4 weeks (the files reach back to 9 November).
    expect(dates).toEqual(['2026-11-29', '2026-11-28', '2026-11-27', '2026-11-26', '2026-11-22', '2026-11-15']);
    core.close();
  });
});
