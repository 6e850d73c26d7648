import type { Database } from 'better-sqlite3';
import { sql } from './statements';

/** What a vehicle's registration certificate says, as read (and confirmed by the clerk) at stock-in. */
export function saveCertificateReading(db: Database, vehicleId: number, values: Record<string, string | null>, now: string): void {
  sql(db, 'DELETE FROM certificate_readings WHERE vehicle_id = ?').run(vehicleId);
  for (const [field, value] of Object.entries(values)) sql(db, 'INSERT INTO certificate_readings (vehicle_id, field, value, read_at) VALUES (?, ?, ?, ?)').run(vehicleId, field, value, now);
}

export function certificateReadingOf(db: Database, vehicleId: number): Record<string, string | null> {
  const rows = sql(db, 'SELECT field, value FROM certificate_readings WHERE vehicle_id = ?').all(vehicleId) as Array<{ field: string; value: string | null }>;
  return Object.fromEntries(rows.map((row) => [row.field, row.value]));
}
