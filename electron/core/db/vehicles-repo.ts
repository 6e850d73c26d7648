import type { Database } from 'better-sqlite3';
import { confirmationWindow } from '../../../shared/compliance/window';
import { COMPLIANCE_STATUS_SQL, complianceParams } from './compliance-sql';
import { sql } from './statements';
import type { Vehicle, VehicleFieldName, VehicleFields, VehicleListQuery, VehicleSortField, VehicleStatus } from '../../../shared/contract/vehicles';

/** All SQL touching `vehicles`; plain functions taking the database first. */
type StoredField = VehicleFieldName | 'status' | 'manufacturerId';

/** Field name → column name. Money is kept in cents, flags as 0/1. */
const COLUMN_OF: Record<StoredField, string> = {
  vin: 'vin',
  brand: 'brand',
  model: 'model',
  vehicleType: 'vehicle_type',
  color: 'color',
  engineNumber: 'engine_number',
  fuelType: 'fuel_type',
  manufacturer: 'manufacturer',
  manufacturerId: 'manufacturer_id',
  manufactureDate: 'manufacture_date',
  registrationDate: 'registration_date',
  transferDate: 'transfer_date',
  certificateNumber: 'certificate_number',
  plate: 'plate',
  destinationCountry: 'destination_country',
  buyer: 'buyer',
  contractRef: 'contract_ref',
  purchasePrice: 'purchase_price_cents',
  currency: 'currency',
  mileageKm: 'mileage_km',
  notes: 'notes',
  isModified: 'is_modified',
  chassisBrand: 'chassis_brand',
  modifiedBrand: 'modified_brand',
  cccCertificateNumber: 'ccc_certificate_number',
  miitAnnouncementBatch: 'miit_announcement_batch',
  status: 'status',
};

const STORED_FIELDS = Object.keys(COLUMN_OF) as StoredField[];

type Row = Record<string, string | number | null>;

function toColumnValue(field: StoredField, value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (field === 'purchasePrice') return Math.round((value as number) * 100);
  if (field === 'isModified') return value ? 1 : 0;
  return value as string | number;
}

function toVehicle(row: Row): Vehicle {
  const vehicle: Record<string, unknown> = { id: row.id, createdAt: row.created_at, updatedAt: row.updated_at, deletedAt: row.deleted_at ?? null };
  for (const field of STORED_FIELDS) {
    const raw = row[COLUMN_OF[field]] ?? null;
    if (field === 'purchasePrice') vehicle[field] = raw === null ? null : (raw as number) / 100;
    else if (field === 'isModified') vehicle[field] = raw === 1;
    else vehicle[field] = raw;
  }
  return vehicle as Vehicle;
}

export type StoredVehicle = VehicleFields & { status: VehicleStatus; manufacturerId: number | null };

export function getVehicle(db: Database, id: number): Vehicle | undefined {
  const row = sql(db, 'SELECT * FROM vehicles WHERE id = ?').get(id) as Row | undefined;
  return row && toVehicle(row);
}

export function findLiveByVin(db: Database, vin: string): Vehicle | undefined {
  const row = sql(db, 'SELECT * FROM vehicles WHERE vin = ? AND deleted_at IS NULL').get(vin) as Row | undefined;
  return row && toVehicle(row);
}

/** The live VINs among `vins`, for duplicate checks of a whole import at once. */
export function liveVinsAmong(db: Database, vins: string[]): Set<string> {
  const found = new Set<string>();
  const statement = sql(db, 'SELECT vin FROM vehicles WHERE deleted_at IS NULL AND vin IN (SELECT value FROM json_each(?))');
  for (let i = 0; i < vins.length; i += 5000) {
    for (const row of statement.all(JSON.stringify(vins.slice(i, i + 5000))) as Array<{ vin: string }>) found.add(row.vin);
  }
  return found;
}

let insertSql: string | undefined;
export function insertVehicle(db: Database, vehicle: StoredVehicle, now: string): Vehicle {
  insertSql ??= `INSERT INTO vehicles (${STORED_FIELDS.map((f) => COLUMN_OF[f]).join(', ')}, created_at, updated_at)
    VALUES (${STORED_FIELDS.map(() => '?').join(', ')}, ?, ?)`;
  const values = STORED_FIELDS.map((field) => toColumnValue(field, vehicle[field]));
  const info = sql(db, insertSql).run(...values, now, now);
  return getVehicle(db, Number(info.lastInsertRowid))!;
}

export function updateVehicleFields(db: Database, id: number, changes: Partial<StoredVehicle>, now: string): void {
  const fields = (Object.keys(changes) as StoredField[]).filter((field) => field in COLUMN_OF);
  if (fields.length === 0) return;
  const assignments = fields.map((field) => `${COLUMN_OF[field]} = ?`).join(', ');
  sql(db, `UPDATE vehicles SET ${assignments}, updated_at = ? WHERE id = ?`).run(...fields.map((f) => toColumnValue(f, changes[f])), now, id);
}

export function setDeletedAt(db: Database, id: number, deletedAt: string | null, now: string): void {
  sql(db, 'UPDATE vehicles SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, now, id);
}

const SORT_COLUMNS: Record<VehicleSortField, string> = {
  vin: 'vin',
  brand: 'brand',
  model: 'model',
  manufacturer: 'manufacturer',
  registrationDate: 'registration_date',
  transferDate: 'transfer_date',
  destinationCountry: 'destination_country',
  plate: 'plate',
  status: 'status',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** Search text as an FTS5 string literal (a phrase of trigrams); quotes doubled. */
function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * WHERE clause and parameters of a list query (shared by the page and the count). IN lists are
 * written out as placeholders so SQLite can use the indexes on status and destination.
 */
function filterOf(query: VehicleListQuery, walkSortIndex = false): { where: string; params: Record<string, string | number> } {
  // A unary + keeps SQLite from using an index for that term, so it walks the sort column's index instead.
  const term = (expression: string) => (walkSortIndex ? `+${expression}` : expression);
  const where: string[] = query.includeDeleted ? [] : ['deleted_at IS NULL'];
  const params: Record<string, string | number> = {};
  if (query.search) {
    // The trigram index finds any fragment of 3+ characters (VIN, brand, model, plate) without a scan;
    // shorter text is matched with LIKE over the narrow search table, still not the wide vehicle rows.
    const text = query.search;
    if ([...text].length >= 3) {
      where.push(`${term('id')} IN (SELECT rowid FROM vehicle_search WHERE vehicle_search MATCH @search)`);
      params.search = ftsPhrase(text);
    } else {
      where.push(`${term('id')} IN (SELECT id FROM vehicle_search_text WHERE text LIKE @search ESCAPE '\\')`);
      params.search = `%${escapeLike(text)}%`;
    }
  }
  const inList = (column: string, name: string, values: ReadonlyArray<string | number> | undefined) => {
    if (!values) return;
    if (values.length === 0) return void where.push('0'); // an empty selection selects nothing
    where.push(`${term(column)} IN (${values.map((_, i) => `@${name}${i}`).join(', ')})`);
    values.forEach((value, i) => (params[`${name}${i}`] = value));
  };
  inList('status', 'status', query.status?.length ? query.status : undefined);
  inList('manufacturer_id', 'manufacturer', query.manufacturerId?.length ? query.manufacturerId : undefined);
  inList('destination_country', 'destination', query.destinationCountry?.length ? query.destinationCountry : undefined);
  inList('id', 'id', query.ids);
  if (query.compliance) {
    where.push(`(${COMPLIANCE_STATUS_SQL}) IN (${query.compliance.states.map((_, i) => `@c_state${i}`).join(', ')})`);
    query.compliance.states.forEach((state, i) => (params[`c_state${i}`] = state));
    Object.assign(params, complianceParams(confirmationWindow(query.compliance.applicationDate)));
  }
  return { where: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** Above this many matches, reading the sort index in order beats sorting the matches. */
const SORT_BY_INDEX_ABOVE = 2000;

export function listVehicles(db: Database, query: VehicleListQuery): { items: Vehicle[]; total: number } {
  const filter = filterOf(query);
  const { total } = sql(db, `SELECT count(*) AS total FROM vehicles ${filter.where}`).get(filter.params) as { total: number };
  // Few matches: let SQLite filter by index and sort them. Many: walk the sort index and stop after a page.
  const { where, params } = total > SORT_BY_INDEX_ABOVE ? filterOf(query, true) : filter;
  const direction = query.sortOrder === 'asc' ? 'ASC' : 'DESC';
  // SQLite's own NULL order (blank first ascending, last descending) matches the indexes in both directions.
  const column = SORT_COLUMNS[query.sortBy];
  const order = `${column} ${direction}, id ${direction}`;
  const rows = sql(db, `SELECT * FROM vehicles ${where} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({ ...params, limit: query.limit, offset: query.offset }) as Row[];
  return { items: rows.map(toVehicle), total };
}

/** Every vehicle matching a query, in pages, for exports. */
export function* iterateVehicles(db: Database, query: VehicleListQuery, pageSize = 5000): Generator<Vehicle> {
  for (let offset = 0; ; offset += pageSize) {
    const page = listVehicles(db, { ...query, offset, limit: pageSize });
    yield* page.items;
    if (page.items.length < pageSize) return;
  }
}

/** Distinct destinations in use, for the filter menus. */
export function destinationsInUse(db: Database): string[] {
  const rows = sql(db, 'SELECT DISTINCT destination_country AS name FROM vehicles WHERE deleted_at IS NULL AND destination_country IS NOT NULL ORDER BY 1').all() as Array<{ name: string }>;
  return rows.map((row) => row.name);
}

export interface VehicleDates {
  id: number;
  vin: string;
  brand: string;
  model: string;
  manufacturer: string | null;
  registrationDate: string | null;
  transferDate: string | null;
}

/** The narrow rows the compliance dashboard needs: live vehicles not yet licensed, exported or cancelled. */
export function vehiclesAwaitingExport(db: Database): VehicleDates[] {
  return sql(
    db,
    `SELECT id, vin, brand, model, manufacturer, registration_date AS registrationDate, transfer_date AS transferDate
     FROM vehicles WHERE deleted_at IS NULL AND status IN ('in-stock', 'awaiting-confirmation', 'ready', 'in-application')`,
  ).all() as VehicleDates[];
}
