import fs from 'node:fs';
import os from 'node:os';
import type { Database } from 'better-sqlite3';
import type { SystemInfo } from '../../../shared/contract/operations';
import { redactText } from '../../../shared/domain/redact';
import { translate } from '../../../shared/i18n/translate';
import { databaseBytes, inventoryCounts } from '../db/erase-repo';
import { homeFolderMask, lastLogLines } from '../log-file';

const LOG_LINES = 50;

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * "Copy diagnostics" for support: versions, platform, counts and sizes, and the end of the log — no
 * values from the inventory (no VINs, names, ID numbers), and the home folder shown as ~.
 */
export function createDiagnosticsService(db: Database, info: () => SystemInfo) {
  return {
    async text(): Promise<{ text: string }> {
      const system = info();
      const mask = homeFolderMask();
      const counts = inventoryCounts(db);
      const onDisk = system.databasePath === ':memory:' ? 0 : fileSize(system.databasePath) + fileSize(`${system.databasePath}-wal`);
      const lines = [
        `${translate('zh-CN', 'diagnostics.title')} / ${translate('en', 'diagnostics.title')}`,
        `app: ${system.appVersion}`,
        `schema: ${system.schemaVersion}`,
        `door: ${system.door}`,
        `os: ${os.platform()} ${os.release()} ${os.arch()}`,
        `node: ${process.versions.node}`,
        `electron: ${process.versions.electron ?? '—'}`,
        `memory: ${megabytes(os.totalmem())} total, ${megabytes(os.freemem())} free`,
        `data folder: ${redactText(system.dataFolder, mask)}`,
        `database: ${megabytes(databaseBytes(db))} in use, ${megabytes(onDisk)} on disk`,
        `vehicles: ${counts.vehicles} (+${counts.deletedVehicles} deleted)`,
        `batches: ${counts.batches}`,
        `requests: ${counts.requests}`,
        `attachments: ${counts.attachments} (${megabytes(counts.attachmentBytes)})`,
        '',
        `last ${LOG_LINES} log lines:`,
        ...lastLogLines(system.dataFolder, LOG_LINES),
      ];
      return { text: `${lines.join('\n')}\n` };
    },
  };
}

export type DiagnosticsService = ReturnType<typeof createDiagnosticsService>;
