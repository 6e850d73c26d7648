import type { Database } from 'better-sqlite3';
import type { NewVehicle, Vehicle, VehicleListQuery, VehicleStatus } from '../../../shared/contract/vehicles';

/** All SQL touching `vehicles`; plain functions taking the database first. */
interface VehicleRow {
  id: number;
  vin: string;
  brand: string;
  model: string;
  status: VehicleStatus;
  created_at: string;
  updated_at: string;
}

const SORT_COLUMNS: Record<VehicleListQuery['sortBy'], string> = {
  vin: 'vin',
  brand: 'brand',
  model: 'model',
  status: 'status',
  createdAt: 'created_at',
};

function toVehicle(row: VehicleRow): Vehicle {
  return {
    id: row.id,
    vin: row.vin,
    brand: row.brand,
    model: row.model,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findLiveByVin(db: Database, vin: string): Vehicle | undefined {
  const row = db.prepare('SELECT * FROM vehicles WHERE vin = ? AND deleted_at IS NULL').get(vin) as VehicleRow | undefined;
  return row && toVehicle(row);
}

export function insertVehicle(db: Database, vehicle: NewVehicle, now: string): Vehicle {
  const info = db
    .prepare('INSERT INTO vehicles (vin, brand, model, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
    .run(vehicle.vin, vehicle.brand, vehicle.model, now, now);
  const row = db.prepare('SELECT * FROM vehicles WHERE id = ?').get(info.lastInsertRowid) as VehicleRow;
  return toVehicle(row);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

export function listVehicles(db: Database, query: VehicleListQuery): { items: Vehicle[]; total: number } {
  const where: string[] = ['deleted_at IS NULL'];
  const params: Record<string, string | number> = {};
  if (query.search) {
    where.push("(vin LIKE @search ESCAPE '\\' OR brand LIKE @search ESCAPE '\\' OR model LIKE @search ESCAPE '\\')");
    params.search = `%${escapeLike(query.search)}%`; // LIKE ignores ASCII case
  }
  if (query.status) {
    where.push('status = @status');
    params.status = query.status;
  }
  const whereSql = where.join(' AND ');
  const order = `${SORT_COLUMNS[query.sortBy]} ${query.sortOrder === 'asc' ? 'ASC' : 'DESC'}, id ${query.sortOrder === 'asc' ? 'ASC' : 'DESC'}`;
  const rows = db
    .prepare(`SELECT * FROM vehicles WHERE ${whereSql} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: query.limit, offset: query.offset }) as VehicleRow[];
  const { total } = db.prepare(`SELECT count(*) AS total FROM vehicles WHERE ${whereSql}`).get(params) as { total: number };
  return { items: rows.map(toVehicle), total };
}
