import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { AppFailure, fail } from '../../../shared/contract/errors';
import { LATEST_SCHEMA_VERSION, migrate } from './migrations';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const QUICK_CHECK_ABOVE_BYTES = 50 * 1024 * 1024;

/** Read-only look at an existing file, so a foreign or newer database is refused before anything writes. */
function inspectExisting(file: string): void {
  const handle = fs.openSync(file, 'r');
  const header = Buffer.alloc(16);
  let read: number;
  try {
    read = fs.readSync(handle, header, 0, 16, 0);
  } finally {
    fs.closeSync(handle);
  }
  if (read === 0) return; // an empty file is a new database
  if (read < 16 || !header.equals(SQLITE_HEADER)) fail('DB_NOT_SQLITE', { path: file });
  // A crash in rollback-journal mode leaves a hot journal, which a read-only probe cannot roll back
  // ("attempt to write a readonly database"): let a read-write connection roll it back first.
  if (fs.existsSync(`${file}-journal`)) rollBackHotJournal(file);
  let probe: Database | undefined;
  try {
    probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const version = probe.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) fail('DB_TOO_NEW', { path: file, found: version, supported: LATEST_SCHEMA_VERSION });
    // A full check on an ordinary inventory; the quicker one on very large files (start-up stays fast).
    const check = probe.pragma(fs.statSync(file).size > QUICK_CHECK_ABOVE_BYTES ? 'quick_check' : 'integrity_check', { simple: true });
    if (check !== 'ok') fail('DB_DAMAGED', { path: file, reason: String(check).slice(0, 200) });
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    // SQLite says "malformed" or "not a database" for damage deeper in the file.
    const reason = error instanceof Error ? error.message : String(error);
    fail(/malformed|corrupt/i.test(reason) ? 'DB_DAMAGED' : 'DB_UNREADABLE', { path: file, reason });
  } finally {
    probe?.close();
  }
}

function rollBackHotJournal(file: string): void {
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file, { fileMustExist: true });
    db.pragma('schema_version'); // the first read rolls a hot journal back
  } catch {
    // Damage shows up in the checks that follow, with a clear message.
  } finally {
    db?.close();
  }
}

/** Open (or create) the inventory database: checked, WAL, foreign keys on, migrated. */
export function openDatabase(file: string): Database {
  if (file !== ':memory:') {
    if (fs.existsSync(file)) inspectExisting(file);
    else fs.mkdirSync(path.dirname(file), { recursive: true });
  }
  const db = new BetterSqlite3(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    migrate(db);
    // Keep the query planner's statistics fresh (cheap: only analyses what needs it).
    db.pragma('optimize = 0x10002');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
