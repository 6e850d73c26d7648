import type { Database } from 'better-sqlite3';
import { sql } from './statements';

/** All SQL of erasing a vehicle for good (the opposite of the soft delete in vehicles-repo). */
export interface ErasedRows {
  attachments: number;
  /** Content hashes the erased attachment rows pointed to. */
  hashes: string[];
}

export function vehicleVin(db: Database, id: number): string | undefined {
  return (sql(db, 'SELECT vin FROM vehicles WHERE id = ?').get(id) as { vin: string } | undefined)?.vin;
}

/** Deletes the vehicle and every row that names it; must run inside a transaction. */
export function deleteVehicleRows(db: Database, id: number): ErasedRows {
  const rows = sql(db, 'SELECT id, sha256 FROM attachments WHERE vehicle_id = ?').all(id) as Array<{ id: number; sha256: string }>;
  // Generated documents made for this vehicle (modification proofs) point at its attachments.
  sql(db, 'DELETE FROM generated_documents WHERE vehicle_id = ? OR attachment_id IN (SELECT id FROM attachments WHERE vehicle_id = ?)').run(id, id);
  sql(db, 'DELETE FROM attachments WHERE vehicle_id = ?').run(id);
  sql(db, 'DELETE FROM batch_vehicles WHERE vehicle_id = ?').run(id);
  sql(db, 'DELETE FROM confirmation_request_vehicles WHERE vehicle_id = ?').run(id);
  // The history holds the vehicle's values (a snapshot on creation, old and new values on changes).
  sql(db, "DELETE FROM audit_log WHERE entity = 'vehicle' AND entity_id = ?").run(id);
  sql(db, 'DELETE FROM vehicles WHERE id = ?').run(id);
  return { attachments: rows.length, hashes: [...new Set(rows.map((row) => row.sha256))] };
}

/** Hashes among `hashes` that no attachment row uses any more. */
export function unusedHashes(db: Database, hashes: string[]): string[] {
  return hashes.filter((hash) => sql(db, 'SELECT 1 AS used FROM attachments WHERE sha256 = ? LIMIT 1').get(hash) === undefined);
}

/** Counts for diagnostics: no values, only how many. */
export function inventoryCounts(db: Database): { vehicles: number; deletedVehicles: number; batches: number; requests: number; attachments: number; attachmentBytes: number } {
  const one = (text: string) => (sql(db, text).get() as { n: number | null }).n ?? 0;
  return {
    vehicles: one('SELECT count(*) AS n FROM vehicles WHERE deleted_at IS NULL'),
    deletedVehicles: one('SELECT count(*) AS n FROM vehicles WHERE deleted_at IS NOT NULL'),
    batches: one('SELECT count(*) AS n FROM batches'),
    requests: one('SELECT count(*) AS n FROM confirmation_requests'),
    attachments: one('SELECT count(*) AS n FROM attachments'),
    attachmentBytes: one('SELECT sum(size) AS n FROM attachments'),
  };
}

/** The database's own idea of its size (pages × page size). */
export function databaseBytes(db: Database): number {
  return (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
}
