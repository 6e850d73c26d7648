import { AppFailure } from '../../shared/contract/errors';
import { rendererBundleFolder } from '../core/bundle-files';
import path from 'node:path';
import { startBackupTimer } from '../core/backup/backup-timer';
import { openCore } from '../core/core';
import { createFileLogger } from '../core/log-file';
import { resolveDatabasePath } from '../core/data-folder';
import { startBrowserServer, type BrowserServer } from './server';

export interface BrowserModeOptions {
  port?: number;
  databasePath?: string;
}

/** Open the core and serve it with the renderer on loopback; prints the URL (with its token) on stdout. */
export async function runBrowserMode(options: BrowserModeOptions): Promise<BrowserServer> {
  let core;
  try {
    const databasePath = resolveDatabasePath(options.databasePath);
    // Logs go to <data folder>/logs (rotated, personal data removed) and to the terminal.
    core = openCore({ databasePath, door: 'browser', log: createFileLogger({ dataFolder: path.dirname(databasePath), echo: true }) });
  } catch (error) {
    if (error instanceof AppFailure) {
      process.stderr.write(`${error.error.message['zh-CN']}\n${error.error.message.en}\n`);
      process.exit(1);
    }
    throw error;
  }
  const server = await startBrowserServer({ core, rendererFolder: rendererBundleFolder(), ...(options.port === undefined ? {} : { port: options.port }) });
  process.stdout.write(`ExportDesk browser mode / 浏览器模式: ${server.url}\n`);
  // The automatic backup as Settings schedule it (first check a minute after start-up, then hourly).
  startBackupTimer(() => core.services.backups.scheduled(), (error) => process.stderr.write(`automatic backup failed / 自动备份失败: ${String(error)}\n`));
  const stop = () => {
    void server.close().then(() => {
      core.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}
