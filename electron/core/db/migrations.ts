import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** Numbered migrations; each runs in one transaction and sets PRAGMA user_version. Never edit a shipped one. */
export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'vehicles and audit log',
    up(db) {
      db.exec(`
        CREATE TABLE vehicles (
          id INTEGER PRIMARY KEY,
          vin TEXT NOT NULL,
          brand TEXT NOT NULL,
          model TEXT NOT NULL,
          status TEXT NOT NULL DEFAULT 'in-stock'
            CHECK (status IN ('in-stock','awaiting-confirmation','ready','in-application','licensed','exported','cancelled')),
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          deleted_at TEXT
        );
        CREATE UNIQUE INDEX vehicles_vin_live ON vehicles(vin) WHERE deleted_at IS NULL;
        CREATE INDEX vehicles_created_at ON vehicles(created_at);
        CREATE TABLE audit_log (
          id INTEGER PRIMARY KEY,
          entity TEXT NOT NULL,
          entity_id INTEGER NOT NULL,
          action TEXT NOT NULL CHECK (action IN ('create','update','delete','restore')),
          field TEXT,
          old_value TEXT,
          new_value TEXT,
          source TEXT NOT NULL CHECK (source IN ('manual','ocr','import','system')),
          at TEXT NOT NULL
        );
        CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
      `);
    },
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Bring the schema up to date, one migration per transaction, so a crash leaves a whole version. */
export function migrate(db: Database, migrations: Migration[] = MIGRATIONS): number {
  let current = schemaVersion(db);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    current = migration.version;
  }
  return current;
}
