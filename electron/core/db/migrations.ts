import type { Database } from 'better-sqlite3';
import { CHINA_2026 } from '../../../shared/domain/working-days';

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
  {
    version: 2,
    name: 'full vehicle record and manufacturers',
    up(db) {
      db.exec(`
        CREATE TABLE manufacturers (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL,
          name_key TEXT NOT NULL UNIQUE,
          aliases TEXT NOT NULL DEFAULT '[]',
          contact_person TEXT,
          email TEXT,
          phone TEXT,
          address TEXT,
          after_sales_department TEXT,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        ALTER TABLE vehicles ADD COLUMN vehicle_type TEXT;
        ALTER TABLE vehicles ADD COLUMN color TEXT;
        ALTER TABLE vehicles ADD COLUMN engine_number TEXT;
        ALTER TABLE vehicles ADD COLUMN fuel_type TEXT;
        ALTER TABLE vehicles ADD COLUMN manufacturer TEXT;
        ALTER TABLE vehicles ADD COLUMN manufacturer_id INTEGER REFERENCES manufacturers(id) ON DELETE SET NULL;
        ALTER TABLE vehicles ADD COLUMN manufacture_date TEXT;
        ALTER TABLE vehicles ADD COLUMN registration_date TEXT;
        ALTER TABLE vehicles ADD COLUMN transfer_date TEXT;
        ALTER TABLE vehicles ADD COLUMN certificate_number TEXT;
        ALTER TABLE vehicles ADD COLUMN plate TEXT;
        ALTER TABLE vehicles ADD COLUMN destination_country TEXT;
        ALTER TABLE vehicles ADD COLUMN buyer TEXT;
        ALTER TABLE vehicles ADD COLUMN contract_ref TEXT;
        ALTER TABLE vehicles ADD COLUMN purchase_price_cents INTEGER;
        ALTER TABLE vehicles ADD COLUMN currency TEXT NOT NULL DEFAULT 'CNY';
        ALTER TABLE vehicles ADD COLUMN mileage_km INTEGER;
        ALTER TABLE vehicles ADD COLUMN notes TEXT;
        ALTER TABLE vehicles ADD COLUMN is_modified INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE vehicles ADD COLUMN chassis_brand TEXT;
        ALTER TABLE vehicles ADD COLUMN modified_brand TEXT;
        ALTER TABLE vehicles ADD COLUMN ccc_certificate_number TEXT;
        ALTER TABLE vehicles ADD COLUMN miit_announcement_batch TEXT;
        CREATE INDEX vehicles_status ON vehicles(status, created_at);
        CREATE INDEX vehicles_manufacturer_id ON vehicles(manufacturer_id);
        CREATE INDEX vehicles_registration_date ON vehicles(registration_date);
        CREATE INDEX vehicles_transfer_date ON vehicles(transfer_date);
        CREATE INDEX vehicles_destination ON vehicles(destination_country);
        CREATE INDEX vehicles_brand ON vehicles(brand);
        CREATE INDEX vehicles_plate ON vehicles(plate);
        CREATE INDEX vehicles_updated_at ON vehicles(updated_at);
      `);
    },
  },
  {
    version: 3,
    name: 'search index (trigram) over VIN, brand, model and plate; partial indexes for live vehicles',
    up(db) {
      // Lists always leave out deleted vehicles: partial indexes keep filters, counts and sorts inside the index.
      db.exec(`
        DROP INDEX vehicles_created_at;
        DROP INDEX vehicles_status;
        DROP INDEX vehicles_manufacturer_id;
        DROP INDEX vehicles_registration_date;
        DROP INDEX vehicles_transfer_date;
        DROP INDEX vehicles_destination;
        DROP INDEX vehicles_brand;
        DROP INDEX vehicles_plate;
        DROP INDEX vehicles_updated_at;
        CREATE INDEX live_by_status ON vehicles(status, destination_country) WHERE deleted_at IS NULL;
        CREATE INDEX live_by_destination ON vehicles(destination_country) WHERE deleted_at IS NULL;
        CREATE INDEX live_by_manufacturer_id ON vehicles(manufacturer_id) WHERE deleted_at IS NULL;
        CREATE INDEX live_by_created_at ON vehicles(created_at) WHERE deleted_at IS NULL;
        CREATE INDEX live_by_updated_at ON vehicles(updated_at) WHERE deleted_at IS NULL;
        CREATE INDEX live_by_registration_date ON vehicles(registration_date) WHERE deleted_at IS NULL;
        CREATE INDEX live_by_transfer_date ON vehicles(transfer_date) WHERE deleted_at IS NULL;
        CREATE INDEX live_by_brand ON vehicles(brand) WHERE deleted_at IS NULL;
        CREATE INDEX live_by_model ON vehicles(model) WHERE deleted_at IS NULL;
        CREATE INDEX live_by_manufacturer ON vehicles(manufacturer) WHERE deleted_at IS NULL;
        CREATE INDEX live_by_plate ON vehicles(plate) WHERE deleted_at IS NULL;
      `);
      // vehicle_search_text: one narrow row per vehicle, scanned by LIKE for 1–2 character queries (大众);
      // vehicle_search: a trigram index over it for 3+ characters (VIN fragments, 比亚迪, plates).
      db.exec(`
        CREATE TABLE vehicle_search_text (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
        CREATE VIRTUAL TABLE vehicle_search USING fts5(text, content = 'vehicle_search_text', content_rowid = 'id', tokenize = 'trigram');
        INSERT INTO vehicle_search_text (id, text)
          SELECT id, vin || ' ' || brand || ' ' || model || ' ' || coalesce(plate, '') FROM vehicles;
        INSERT INTO vehicle_search (vehicle_search) VALUES ('rebuild');
        CREATE TRIGGER vehicle_search_insert AFTER INSERT ON vehicles BEGIN
          INSERT INTO vehicle_search_text (id, text) VALUES (new.id, new.vin || ' ' || new.brand || ' ' || new.model || ' ' || coalesce(new.plate, ''));
          INSERT INTO vehicle_search (rowid, text) VALUES (new.id, new.vin || ' ' || new.brand || ' ' || new.model || ' ' || coalesce(new.plate, ''));
        END;
        CREATE TRIGGER vehicle_search_update AFTER UPDATE OF vin, brand, model, plate ON vehicles BEGIN
          INSERT INTO vehicle_search (vehicle_search, rowid, text) SELECT 'delete', id, text FROM vehicle_search_text WHERE id = old.id;
          UPDATE vehicle_search_text SET text = new.vin || ' ' || new.brand || ' ' || new.model || ' ' || coalesce(new.plate, '') WHERE id = new.id;
          INSERT INTO vehicle_search (rowid, text) VALUES (new.id, new.vin || ' ' || new.brand || ' ' || new.model || ' ' || coalesce(new.plate, ''));
        END;
        CREATE TRIGGER vehicle_search_delete AFTER DELETE ON vehicles BEGIN
          INSERT INTO vehicle_search (vehicle_search, rowid, text) SELECT 'delete', id, text FROM vehicle_search_text WHERE id = old.id;
          DELETE FROM vehicle_search_text WHERE id = old.id;
        END;
      `);
    },
  },
  {
    version: 4,
    name: 'settings, attachments, application batches and generated documents',
    up(db) {
      db.exec(`
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE batches (
          id INTEGER PRIMARY KEY,
          reference TEXT NOT NULL UNIQUE,
          planned_application_date TEXT,
          destination_country TEXT,
          notes TEXT,
          status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'licensed', 'refused')),
          licence_number TEXT,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE TABLE batch_vehicles (
          batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
          vehicle_id INTEGER NOT NULL REFERENCES vehicles(id),
          position INTEGER NOT NULL,
          override_reason TEXT,
          added_at TEXT NOT NULL,
          PRIMARY KEY (batch_id, vehicle_id)
        );
        CREATE INDEX batch_vehicles_vehicle ON batch_vehicles(vehicle_id);
        -- Files live under the data folder, named by content hash; these rows say what each one is for.
        CREATE TABLE attachments (
          id INTEGER PRIMARY KEY,
          sha256 TEXT NOT NULL,
          file_name TEXT NOT NULL,
          media_type TEXT NOT NULL,
          size INTEGER NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('certificate-scan', 'confirmation-reply', 'modification-proof', 'document', 'other')),
          vehicle_id INTEGER REFERENCES vehicles(id) ON DELETE CASCADE,
          batch_id INTEGER REFERENCES batches(id) ON DELETE CASCADE,
          note TEXT,
          created_at TEXT NOT NULL
        );
        CREATE INDEX attachments_vehicle ON attachments(vehicle_id, kind);
        CREATE INDEX attachments_batch ON attachments(batch_id, kind);
        CREATE INDEX attachments_sha256 ON attachments(sha256);
        CREATE TABLE generated_documents (
          id INTEGER PRIMARY KEY,
          batch_id INTEGER REFERENCES batches(id) ON DELETE CASCADE,
          kind TEXT NOT NULL CHECK (kind IN ('appendix', 'confirmation-request', 'packet', 'modification-proof')),
          manufacturer_id INTEGER REFERENCES manufacturers(id),
          vehicle_id INTEGER REFERENCES vehicles(id),
          attachment_id INTEGER NOT NULL REFERENCES attachments(id),
          superseded_at TEXT,
          created_at TEXT NOT NULL
        );
        CREATE INDEX generated_documents_batch ON generated_documents(batch_id, kind, superseded_at);
      `);
    },
  },
  {
    version: 5,
    name: 'confirmation requests, replies, service outlets and the working calendar',
    up(db) {
      db.exec(`
        CREATE TABLE confirmation_requests (
          id INTEGER PRIMARY KEY,
          manufacturer_id INTEGER NOT NULL REFERENCES manufacturers(id),
          batch_id INTEGER REFERENCES batches(id) ON DELETE SET NULL,
          status TEXT NOT NULL DEFAULT 'draft'
            CHECK (status IN ('draft', 'sent', 'confirmed', 'partly-confirmed', 'refused', 'cancelled')),
          sent_on TEXT,
          channel TEXT CHECK (channel IN ('email', 'post', 'courier', 'portal')),
          contact TEXT,
          tracking_number TEXT,
          reply_on TEXT,
          reply_attachment_id INTEGER REFERENCES attachments(id),
          notes TEXT,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
        CREATE INDEX confirmation_requests_status ON confirmation_requests(status, sent_on);
        CREATE INDEX confirmation_requests_manufacturer ON confirmation_requests(manufacturer_id);
        CREATE TABLE confirmation_request_vehicles (
          request_id INTEGER NOT NULL REFERENCES confirmation_requests(id) ON DELETE CASCADE,
          vehicle_id INTEGER NOT NULL REFERENCES vehicles(id),
          country TEXT,
          -- null: no reply yet; 1: the reply confirms this vehicle; 0: the reply leaves it out or refuses it.
          covered INTEGER,
          PRIMARY KEY (request_id, vehicle_id)
        );
        CREATE INDEX confirmation_request_vehicles_vehicle ON confirmation_request_vehicles(vehicle_id);
        CREATE TABLE service_outlets (
          id INTEGER PRIMARY KEY,
          manufacturer_id INTEGER NOT NULL REFERENCES manufacturers(id),
          country TEXT NOT NULL,
          name TEXT NOT NULL,
          address TEXT,
          contact TEXT,
          request_id INTEGER REFERENCES confirmation_requests(id) ON DELETE SET NULL,
          created_at TEXT NOT NULL
        );
        CREATE INDEX service_outlets_manufacturer ON service_outlets(manufacturer_id, country);
        CREATE TABLE calendar_days (date TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')), name TEXT);
      `);
      // The shipped 2026 arrangement; the dealer edits it in Settings.
      const insert = db.prepare("INSERT INTO calendar_days (date, kind) VALUES (?, ?)");
      for (const date of CHINA_2026.holidays) insert.run(date, 'holiday');
      for (const date of CHINA_2026.workdays) insert.run(date, 'workday');
    },
  },
  {
    version: 6,
    name: 'what each vehicle’s registration certificate says, as read by OCR',
    up(db) {
      db.exec(`
        CREATE TABLE certificate_readings (
          vehicle_id INTEGER NOT NULL REFERENCES vehicles(id) ON DELETE CASCADE,
          field TEXT NOT NULL,
          value TEXT,
          read_at TEXT NOT NULL,
          PRIMARY KEY (vehicle_id, field)
        );
      `);
    },
  },
  {
    version: 7,
    name: 'when the clerk was told that a confirmation request became overdue',
    up(db) {
      // Set when the overdue reminder is handed out; cleared when the request stops being overdue.
      db.exec('ALTER TABLE confirmation_requests ADD COLUMN overdue_notified_at TEXT;');
    },
  },
  {
    version: 8,
    name: 'names of the shipped 2026 holidays and adjusted working days',
    up(db) {
      // The State Council notice's groups, each from its first to its last day (调休 workdays included);
      // only unnamed rows, so nothing a dealer entered is overwritten.
      const name = db.prepare('UPDATE calendar_days SET name = ? WHERE name IS NULL AND date BETWEEN ? AND ?');
      for (const [first, last, holiday] of [
        ['2026-01-01', '2026-01-04', '元旦'],
        ['2026-02-14', '2026-02-28', '春节'],
        ['2026-04-04', '2026-04-06', '清明节'],
        ['2026-05-01', '2026-05-09', '劳动节'],
        ['2026-06-19', '2026-06-21', '端午节'],
        ['2026-09-25', '2026-09-27', '中秋节'],
        ['2026-09-20', '2026-09-20', '国庆节'],
        ['2026-10-01', '2026-10-10', '国庆节'],
      ]) name.run(holiday, first, last);
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
