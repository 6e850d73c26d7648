import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { AppFailure, fail } from '../../../shared/contract/errors';
import { LATEST_SCHEMA_VERSION, schemaVersion } from '../db/migrations';
import type { AttachmentStore } from '../files/attachment-store';

/**
 * A backup is one SQLite file: SQLite's online backup of the inventory, plus every attached file as a
 * blob (a backup that restores a vehicle without its scans is not a backup) and a manifest. SQLite
 * itself can then check it, and no archive format is needed.
 */
export interface BackupManifest {
  format: 'export-desk-backup';
  formatVersion: 1;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  vehicles: number;
  files: number;
  bytes: number;
}

const SQLITE_HEADER = 'SQLite format 3\0';

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function fsyncFile(file: string): void {
  const handle = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

/** Write a backup of the open database and its files to `outFile` (atomically: temp file, fsync, rename). */
export async function writeBackup(db: Database, store: AttachmentStore, outFile: string, meta: { appVersion: string; createdAt: string }): Promise<BackupManifest> {
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const temporary = `${outFile}.${process.pid}.partial`;
  fs.rmSync(temporary, { force: true });
  try {
    await db.backup(temporary);
    const copy = new BetterSqlite3(temporary);
    try {
      copy.pragma('journal_mode = DELETE');
      copy.exec('CREATE TABLE backup_files (sha256 TEXT PRIMARY KEY, content BLOB NOT NULL); CREATE TABLE backup_manifest (json TEXT NOT NULL);');
      const hashes = (copy.prepare('SELECT DISTINCT sha256 FROM attachments').all() as Array<{ sha256: string }>).map((row) => row.sha256);
      const insert = copy.prepare('INSERT INTO backup_files (sha256, content) VALUES (?, ?)');
      let bytes = 0;
      copy.transaction(() => {
        for (const hash of hashes) {
          const content = store.get(hash);
          bytes += content.length;
          insert.run(hash, content);
        }
      })();
      const manifest: BackupManifest = {
        format: 'export-desk-backup',
        formatVersion: 1,
        appVersion: meta.appVersion,
        schemaVersion: schemaVersion(copy),
        createdAt: meta.createdAt,
        vehicles: (copy.prepare('SELECT count(*) AS n FROM vehicles').get() as { n: number }).n,
        files: hashes.length,
        bytes,
      };
      copy.prepare('INSERT INTO backup_manifest (json) VALUES (?)').run(JSON.stringify(manifest));
      copy.close();
      fsyncFile(temporary);
      fs.renameSync(temporary, outFile);
      return manifest;
    } finally {
      if (copy.open) copy.close();
    }
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** Check a backup file before trusting it: SQLite's integrity check, its manifest, and every file's hash. */
export function inspectBackup(file: string): BackupManifest {
  const name = path.basename(file);
  let header: Buffer;
  try {
    header = Buffer.alloc(16);
    const handle = fs.openSync(file, 'r');
    fs.readSync(handle, header, 0, 16, 0);
    fs.closeSync(handle);
  } catch (error) {
    fail('FILE_UNREADABLE', { file: name, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found / 文件不存在' : String(error) });
  }
  if (header.toString('latin1') !== SQLITE_HEADER) fail('BACKUP_INVALID', { file: name, reason: 'not a backup file / 不是备份文件' });
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') fail('BACKUP_INVALID', { file: name, reason: `integrity check: ${String(check)}` });
    const row = db.prepare("SELECT json FROM backup_manifest").get() as { json: string } | undefined;
    const manifest = row ? (JSON.parse(row.json) as BackupManifest) : undefined;
    if (!manifest || manifest.format !== 'export-desk-backup') fail('BACKUP_INVALID', { file: name, reason: 'no manifest / 缺少备份清单' });
    if (manifest.schemaVersion > LATEST_SCHEMA_VERSION) fail('DB_TOO_NEW', { path: name, found: manifest.schemaVersion, supported: LATEST_SCHEMA_VERSION });
    for (const stored of db.prepare('SELECT sha256, content FROM backup_files').iterate() as Iterable<{ sha256: string; content: Buffer }>) {
      if (sha256(stored.content) !== stored.sha256) fail('BACKUP_INVALID', { file: name, reason: `damaged attachment ${stored.sha256.slice(0, 12)}` });
    }
    return manifest;
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    return fail('BACKUP_INVALID', { file: name, reason: error instanceof Error ? error.message : String(error) });
  } finally {
    db?.close();
  }
}

/**
 * Put a checked backup in place of the database at `databasePath` (which must be closed): the current
 * file is kept aside, files go back into the store, and the database is written whole before the swap.
 */
export function restoreBackup(file: string, databasePath: string, store: AttachmentStore, keptAsideName: string): { manifest: BackupManifest; keptAside: string | null } {
  const manifest = inspectBackup(file);
  const source = new BetterSqlite3(file, { readonly: true });
  try {
    for (const stored of source.prepare('SELECT sha256, content FROM backup_files').iterate() as Iterable<{ content: Buffer }>) store.put(stored.content);
  } finally {
    source.close();
  }
  const incoming = `${databasePath}.restoring`;
  // A restore killed half-way leaves the copy and its rollback journal behind: remove both, or SQLite
  // would replay that old journal into the fresh copy.
  for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(incoming + suffix, { force: true });
  fs.copyFileSync(file, incoming);
  const db = new BetterSqlite3(incoming);
  try {
    db.exec('DROP TABLE backup_files; DROP TABLE backup_manifest; VACUUM;');
    // WAL before the swap: the app then never writes this file in rollback-journal mode, where a crash
    // leaves a hot journal behind (closing checkpoints and removes the -wal, and the mode stays in the file).
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
  fsyncFile(incoming);
  let keptAside: string | null = null;
  if (fs.existsSync(databasePath)) {
    keptAside = path.join(path.dirname(databasePath), keptAsideName);
    // Keep the current file under a second name, then swap with one rename: a crash at any moment leaves
    // a database at databasePath, the old one or the restored one (never none).
    try {
      fs.linkSync(databasePath, keptAside);
    } catch {
      fs.copyFileSync(databasePath, keptAside);
    }
    for (const suffix of ['-wal', '-shm']) if (fs.existsSync(databasePath + suffix)) fs.renameSync(databasePath + suffix, keptAside + suffix);
  }
  fs.renameSync(incoming, databasePath);
  return { manifest, keptAside };
}
