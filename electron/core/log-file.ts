import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { redactDetails, redactText } from '../../shared/domain/redact';
import type { Logger } from './log';

export const LOG_FILE_NAME = 'export-desk.log';

export interface FileLoggerOptions {
  /** The data folder; lines go to `<folder>/logs/export-desk.log`. */
  dataFolder: string;
  /** Rotate when the file would grow past this many bytes. */
  maxBytes?: number;
  /** Rotated files kept (export-desk.log.1 … .N). */
  keep?: number;
  /** Also write to stderr (a door run from a terminal). */
  echo?: boolean;
}

export interface FileLogger extends Logger {
  readonly file: string;
}

/** The home folder's path names the user: it is shown as ~ in logs and diagnostics. */
export function homeFolderMask(): ReadonlyArray<readonly [string, string]> {
  const home = os.homedir();
  return home && home.length > 1 ? [[home, '~']] : [];
}

/**
 * A small rotating file logger (no dependency): one line per entry, personal data removed before
 * writing, the file rotated at ~1 MB with 5 old files kept. A logging failure never stops the app.
 */
export function createFileLogger(options: FileLoggerOptions): FileLogger {
  const folder = path.join(options.dataFolder, 'logs');
  const file = path.join(folder, LOG_FILE_NAME);
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 5;
  const mask = homeFolderMask();
  let size = -1;

  function rotate(): void {
    fs.rmSync(`${file}.${keep}`, { force: true });
    for (let i = keep - 1; i >= 1; i--) if (fs.existsSync(`${file}.${i}`)) fs.renameSync(`${file}.${i}`, `${file}.${i + 1}`);
    if (keep > 0) fs.renameSync(file, `${file}.1`);
    else fs.rmSync(file, { force: true });
    size = 0;
  }

  function write(level: 'INFO' | 'ERROR', message: string, details?: Record<string, unknown>): void {
    const line = `${new Date().toISOString()} ${level} ${redactText(message, mask)}${details ? ` ${JSON.stringify(redactDetails(details, mask))}` : ''}\n`;
    if (options.echo) process.stderr.write(`[export-desk] ${line}`);
    try {
      if (size < 0) {
        fs.mkdirSync(folder, { recursive: true });
        size = fs.existsSync(file) ? fs.statSync(file).size : 0;
      }
      const bytes = Buffer.byteLength(line);
      if (size > 0 && size + bytes > maxBytes) rotate();
      fs.appendFileSync(file, line);
      size += bytes;
    } catch {
      size = -1; // a full disk or a removed folder: try again from scratch next time
    }
  }

  return {
    file,
    info: (message, details) => write('INFO', message, details),
    error: (message, details) => write('ERROR', message, details),
  };
}

/** The last `count` lines of the log (reaching into the newest rotated file if needed), redacted again. */
export function lastLogLines(dataFolder: string, count: number): string[] {
  const file = path.join(dataFolder, 'logs', LOG_FILE_NAME);
  const lines: string[] = [];
  for (const candidate of [file, ...[1, 2, 3, 4, 5].map((i) => `${file}.${i}`)]) {
    if (lines.length >= count) break;
    let text: string;
    try {
      text = fs.readFileSync(candidate, 'utf8');
    } catch {
      continue;
    }
    lines.unshift(...text.split('\n').filter(Boolean).slice(-(count - lines.length)));
  }
  // Lines written by an older version (or edited by hand) are redacted again on the way out.
  const mask = homeFolderMask();
  return lines.slice(-count).map((line) => redactText(line, mask));
}
