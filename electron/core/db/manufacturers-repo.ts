import type { Database } from 'better-sqlite3';
import { sql } from './statements';
import type { Manufacturer } from '../../../shared/contract/manufacturers';
import { manufacturerKey } from '../../../shared/domain/manufacturer-name';

/** All SQL touching `manufacturers`. */
interface ManufacturerRow {
  id: number;
  name: string;
  aliases: string;
  contact_person: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  after_sales_department: string | null;
  created_at: string;
  updated_at: string;
  vehicle_count?: number;
}

function toManufacturer(row: ManufacturerRow): Manufacturer {
  return {
    id: row.id,
    name: row.name,
    aliases: JSON.parse(row.aliases) as string[],
    contactPerson: row.contact_person,
    email: row.email,
    phone: row.phone,
    address: row.address,
    afterSalesDepartment: row.after_sales_department,
    vehicleCount: row.vehicle_count ?? 0,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The manufacturer a certificate's 制造厂名称 names, by its own name or one of its aliases. */
export function findManufacturerByName(db: Database, name: string): Manufacturer | undefined {
  const key = manufacturerKey(name);
  const row = sql(db, 'SELECT * FROM manufacturers WHERE name_key = ?').get(key) as ManufacturerRow | undefined;
  if (row) return toManufacturer(row);
  // Aliases are few (a dealer deals with dozens of manufacturers): compare their keys here.
  const withAliases = sql(db, "SELECT * FROM manufacturers WHERE aliases <> '[]'").all() as ManufacturerRow[];
  const match = withAliases.find((candidate) => (JSON.parse(candidate.aliases) as string[]).some((alias) => manufacturerKey(alias) === key));
  return match && toManufacturer(match);
}

export function insertManufacturer(db: Database, name: string, now: string): Manufacturer {
  const info = sql(db, 'INSERT INTO manufacturers (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)').run(name, manufacturerKey(name), now, now);
  return toManufacturer(sql(db, 'SELECT * FROM manufacturers WHERE id = ?').get(info.lastInsertRowid) as ManufacturerRow);
}

const WITH_COUNT = `SELECT m.*, (SELECT count(*) FROM vehicles v WHERE v.manufacturer_id = m.id AND v.deleted_at IS NULL) AS vehicle_count FROM manufacturers m`;

export function listManufacturers(db: Database): Manufacturer[] {
  const rows = sql(db, `${WITH_COUNT} ORDER BY m.name`).all() as ManufacturerRow[];
  return rows.map(toManufacturer);
}

export function getManufacturer(db: Database, id: number): Manufacturer | undefined {
  const row = sql(db, `${WITH_COUNT} WHERE m.id = ?`).get(id) as ManufacturerRow | undefined;
  return row && toManufacturer(row);
}

const CONTACT_COLUMNS = { contactPerson: 'contact_person', email: 'email', phone: 'phone', address: 'address', afterSalesDepartment: 'after_sales_department' } as const;
export type ManufacturerFields = { [K in keyof typeof CONTACT_COLUMNS]: string | null } & { aliases: string[] };

/** Write the given contact fields and aliases (the name never changes here); bumps updated_at. */
export function updateManufacturerFields(db: Database, id: number, changes: Partial<ManufacturerFields>, now: string): void {
  const assignments: string[] = [];
  const values: Array<string | null> = [];
  for (const [field, column] of Object.entries(CONTACT_COLUMNS) as Array<[keyof typeof CONTACT_COLUMNS, string]>) {
    if (!(field in changes)) continue;
    assignments.push(`${column} = ?`);
    values.push(changes[field] ?? null);
  }
  if (changes.aliases) {
    assignments.push('aliases = ?');
    values.push(JSON.stringify(changes.aliases));
  }
  sql(db, `UPDATE manufacturers SET ${[...assignments, 'updated_at = ?'].join(', ')} WHERE id = ?`).run(...values, now, id);
}

/** What a confirmation request letter is addressed with. */
export function manufacturerContact(db: Database, id: number): { name: string; contactPerson: string | null; address: string | null; afterSalesDepartment: string | null; email: string | null; phone: string | null } | undefined {
  return sql(db, 'SELECT name, contact_person AS contactPerson, address, after_sales_department AS afterSalesDepartment, email, phone FROM manufacturers WHERE id = ?').get(id) as ReturnType<typeof manufacturerContact>;
}
