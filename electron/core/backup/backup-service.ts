import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { AttachmentStore } from '../files/attachment-store';
import { appVersion } from '../app-version';
import { isoNow, type Clock } from '../clock';
import type { BackupSchedule } from '../../../shared/contract/setting-fields';
import { backupsToDelete } from './rotation';
import { isBackupDue } from './schedule';
import { writeBackup, type BackupManifest } from './backup-file';

const NAME = /^export-desk-(\d{4}-\d{2}-\d{2})-(\d{6})\.backup$/;

export interface BackupListing {
  file: string;
  date: string;
  size: number;
}

export function defaultBackupFolder(dataFolder: string): string {
  return path.join(dataFolder, 'backups');
}

/** Backups in a folder, newest first. */
export function listBackups(folder: string): BackupListing[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .map((name) => ({ name, match: NAME.exec(name) }))
    .filter((entry) => entry.match)
    .map((entry) => {
      const file = path.join(folder, entry.name);
      return { file, date: entry.match![1]!, size: fs.statSync(file).size };
    })
    .sort((a, b) => b.file.localeCompare(a.file));
}

export interface BackupPlan {
  schedule: BackupSchedule;
  /** Backups kept by the rotation: the newest of each of this many days, then one a week for 4 weeks. */
  keep: number;
}

/** Manual and scheduled backups of the inventory and its files, rotated as the plan (Settings) says. */
export function createBackupService(options: { db: () => Database; store: () => AttachmentStore; clock: Clock; today: () => string; folder: () => string; plan: () => BackupPlan }) {
  function fileNameFor(): string {
    const time = isoNow(options.clock).slice(11, 19).replace(/:/g, '');
    return `export-desk-${options.today()}-${time}.backup`;
  }

  return {
    folder: options.folder,
    list: () => listBackups(options.folder()),

    async create(outFile?: string): Promise<{ file: string; manifest: BackupManifest }> {
      const file = outFile ?? path.join(options.folder(), fileNameFor());
      const manifest = await writeBackup(options.db(), options.store(), file, { appVersion: appVersion(), createdAt: isoNow(options.clock) });
      return { file, manifest };
    },

    /** The automatic backup: made if due by the schedule, then the rotation (none when off). Returns the new file, or null. */
    async scheduled(): Promise<string | null> {
      const { schedule, keep } = options.plan();
      if (schedule === 'off') return null;
      const newest = listBackups(options.folder())[0];
      const created = isBackupDue(newest?.date ?? null, schedule, options.today()) ? (await this.create()).file : null;
      const all = listBackups(options.folder());
      for (const name of backupsToDelete(all.map((b) => ({ name: b.file, date: b.date })), keep)) fs.rmSync(name, { force: true });
      return created;
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
