import type { Database } from 'better-sqlite3';
import { sql } from './statements';

/** All SQL touching `settings`: plain key/value rows, values as JSON. */
export function readSettingRows(db: Database): Record<string, unknown> {
  const rows = sql(db, 'SELECT key, value FROM settings').all() as Array<{ key: string; value: string }>;
  return Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
}

export function writeSetting(db: Database, key: string, value: unknown, now: string): void {
  if (value === null || value === undefined) sql(db, 'DELETE FROM settings WHERE key = ?').run(key);
  else sql(db, 'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at').run(key, JSON.stringify(value), now);
}
