import type { Database } from 'better-sqlite3';
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
  const row = db.prepare('SELECT * FROM vehicles WHERE id = ?').get(id) as Row | undefined;
  return row && toVehicle(row);
}

export function findLiveByVin(db: Database, vin: string): Vehicle | undefined {
  const row = db.prepare('SELECT * FROM vehicles WHERE vin = ? AND deleted_at IS NULL').get(vin) as Row | undefined;
  return row && toVehicle(row);
}

/** The live VINs among `vins`, for duplicate checks of a whole import at once. */
export function liveVinsAmong(db: Database, vins: string[]): Set<string> {
  const found = new Set<string>();
  const statement = db.prepare(`SELECT vin FROM vehicles WHERE deleted_at IS NULL AND vin IN (SELECT value FROM json_each(?))`).pluck();
  for (let i = 0; i < vins.length; i += 5000) {
    for (const vin of statement.all(JSON.stringify(vins.slice(i, i + 5000))) as string[]) found.add(vin);
  }
  return found;
}

let insertSql: string | undefined;
export function insertVehicle(db: Database, vehicle: StoredVehicle, now: string): Vehicle {
  insertSql ??= `INSERT INTO vehicles (${STORED_FIELDS.map((f) => COLUMN_OF[f]).join(', ')}, created_at, updated_at)
    VALUES (${STORED_FIELDS.map(() => '?').join(', ')}, ?, ?)`;
  const values = STORED_FIELDS.map((field) => toColumnValue(field, vehicle[field]));
  const info = db.prepare(insertSql).run(...values, now, now);
  return getVehicle(db, Number(info.lastInsertRowid))!;
}

export function updateVehicleFields(db: Database, id: number, changes: Partial<StoredVehicle>, now: string): void {
  const fields = (Object.keys(changes) as StoredField[]).filter((field) => field in COLUMN_OF);
  if (fields.length === 0) return;
  const assignments = fields.map((field) => `${COLUMN_OF[field]} = ?`).join(', ');
  db.prepare(`UPDATE vehicles SET ${assignments}, updated_at = ? WHERE id = ?`).run(...fields.map((f) => toColumnValue(f, changes[f])), now, id);
}

export function setDeletedAt(db: Database, id: number, deletedAt: string | null, now: string): void {
  db.prepare('UPDATE vehicles SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, now, id);
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

/** WHERE clause and parameters of a list query (shared by the page and the count). */
function filterOf(query: VehicleListQuery): { sql: string; params: Record<string, string | number> } {
  const where: string[] = query.includeDeleted ? [] : ['deleted_at IS NULL'];
  const params: Record<string, string | number> = {};
  if (query.search) {
    // LIKE ignores ASCII case; plates and VINs are searched by fragment.
    where.push("(vin LIKE @search ESCAPE '\\' OR brand LIKE @search ESCAPE '\\' OR model LIKE @search ESCAPE '\\' OR plate LIKE @search ESCAPE '\\')");
    params.search = `%${escapeLike(query.search)}%`;
  }
  const inList = (column: string, name: string, values: Array<string | number> | undefined) => {
    if (!values || values.length === 0) return;
    where.push(`${column} IN (SELECT value FROM json_each(@${name}))`);
    params[name] = JSON.stringify(values);
  };
  inList('status', 'status', query.status);
  inList('manufacturer_id', 'manufacturerIds', query.manufacturerId);
  inList('destination_country', 'destinations', query.destinationCountry);
  return { sql: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params };
}

export function listVehicles(db: Database, query: VehicleListQuery): { items: Vehicle[]; total: number } {
  const { sql, params } = filterOf(query);
  const direction = query.sortOrder === 'asc' ? 'ASC' : 'DESC';
  // NULLs last whatever the direction, so blank dates do not crowd the top.
  const column = SORT_COLUMNS[query.sortBy];
  const order = `${column} IS NULL, ${column} ${direction}, id ${direction}`;
  const rows = db.prepare(`SELECT * FROM vehicles ${sql} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({ ...params, limit: query.limit, offset: query.offset }) as Row[];
  const total = db.prepare(`SELECT count(*) FROM vehicles ${sql}`).pluck().get(params) as number;
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
  return db.prepare('SELECT DISTINCT destination_country FROM vehicles WHERE deleted_at IS NULL AND destination_country IS NOT NULL ORDER BY 1').pluck().all() as string[];
}
