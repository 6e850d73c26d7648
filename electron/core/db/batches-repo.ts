import type { Database } from 'better-sqlite3';
import type { Batch, BatchStatus } from '../../../shared/contract/batches';
import { sql } from './statements';

/** All SQL touching `batches` and `batch_vehicles`. */
interface BatchRow {
  id: number;
  reference: string;
  planned_application_date: string | null;
  destination_country: string | null;
  notes: string | null;
  status: BatchStatus;
  licence_number: string | null;
  vehicle_count: number;
  created_at: string;
  updated_at: string;
}

const SELECT_BATCH = `SELECT b.*, (SELECT count(*) FROM batch_vehicles bv WHERE bv.batch_id = b.id) AS vehicle_count FROM batches b`;

function toBatch(row: BatchRow): Batch {
  return {
    id: row.id,
    reference: row.reference,
    plannedApplicationDate: row.planned_application_date,
    destinationCountry: row.destination_country,
    notes: row.notes,
    status: row.status,
    licenceNumber: row.licence_number,
    vehicleCount: row.vehicle_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getBatch(db: Database, id: number): Batch | undefined {
  const row = sql(db, `${SELECT_BATCH} WHERE b.id = ?`).get(id) as BatchRow | undefined;
  return row && toBatch(row);
}

export function findBatchByReference(db: Database, reference: string): Batch | undefined {
  const row = sql(db, `${SELECT_BATCH} WHERE b.reference = ?`).get(reference) as BatchRow | undefined;
  return row && toBatch(row);
}

export function listBatches(db: Database): Batch[] {
  return (sql(db, `${SELECT_BATCH} ORDER BY b.created_at DESC, b.id DESC`).all() as BatchRow[]).map(toBatch);
}

export function referencesStartingWith(db: Database, prefix: string): string[] {
  return (sql(db, "SELECT reference FROM batches WHERE reference LIKE ? ESCAPE '\\'").all(`${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) as Array<{ reference: string }>).map((r) => r.reference);
}

export function insertBatch(db: Database, batch: { reference: string; plannedApplicationDate: string | null; destinationCountry: string | null; notes: string | null }, now: string): Batch {
  const info = sql(db, 'INSERT INTO batches (reference, planned_application_date, destination_country, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    batch.reference, batch.plannedApplicationDate, batch.destinationCountry, batch.notes, now, now,
  );
  return getBatch(db, Number(info.lastInsertRowid))!;
}

const BATCH_COLUMNS = { plannedApplicationDate: 'planned_application_date', destinationCountry: 'destination_country', notes: 'notes', status: 'status', licenceNumber: 'licence_number' } as const;

export function updateBatchFields(db: Database, id: number, changes: Partial<Record<keyof typeof BATCH_COLUMNS, string | null>>, now: string): void {
  const fields = (Object.keys(changes) as Array<keyof typeof BATCH_COLUMNS>).filter((f) => f in BATCH_COLUMNS);
  if (fields.length === 0) return;
  sql(db, `UPDATE batches SET ${fields.map((f) => `${BATCH_COLUMNS[f]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(...fields.map((f) => changes[f] ?? null), now, id);
}

export function batchVehicleIds(db: Database, batchId: number): Array<{ vehicleId: number; overrideReason: string | null }> {
  return sql(db, 'SELECT vehicle_id AS vehicleId, override_reason AS overrideReason FROM batch_vehicles WHERE batch_id = ? ORDER BY position').all(batchId) as Array<{ vehicleId: number; overrideReason: string | null }>;
}

/** The open (draft or submitted) batch a vehicle is already in, if any. */
export function openBatchOfVehicle(db: Database, vehicleId: number): { id: number; reference: string } | undefined {
  return sql(db, "SELECT b.id, b.reference FROM batches b JOIN batch_vehicles bv ON bv.batch_id = b.id WHERE bv.vehicle_id = ? AND b.status IN ('draft', 'submitted')").get(vehicleId) as { id: number; reference: string } | undefined;
}

export function addBatchVehicle(db: Database, batchId: number, vehicleId: number, overrideReason: string | null, now: string): void {
  const { next } = sql(db, 'SELECT coalesce(max(position), 0) + 1 AS next FROM batch_vehicles WHERE batch_id = ?').get(batchId) as { next: number };
  sql(db, 'INSERT INTO batch_vehicles (batch_id, vehicle_id, position, override_reason, added_at) VALUES (?, ?, ?, ?, ?)').run(batchId, vehicleId, next, overrideReason, now);
}

export function removeBatchVehicle(db: Database, batchId: number, vehicleId: number): boolean {
  return sql(db, 'DELETE FROM batch_vehicles WHERE batch_id = ? AND vehicle_id = ?').run(batchId, vehicleId).changes > 0;
}
