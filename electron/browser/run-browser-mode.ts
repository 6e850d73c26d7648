import { AppFailure } from '../../shared/contract/errors';
import { rendererBundleFolder } from '../core/bundle-files';
import path from 'node:path';
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
  // The daily backup waits a minute after start-up: out of the way of the clerk's first actions
  // (in browser mode a backup at second 2 left the first-run wizard's save hanging; see the session note).
  setTimeout(() => void core.services.backups.daily().catch((error: unknown) => process.stderr.write(`daily backup failed / 每日备份失败: ${String(error)}\n`)), 60_000).unref();
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
