import type { Database } from 'better-sqlite3';
import { sql } from './statements';

export type AttachmentKind = 'certificate-scan' | 'confirmation-reply' | 'modification-proof' | 'document' | 'other';

export interface AttachmentRow {
  id: number;
  sha256: string;
  fileName: string;
  mediaType: string;
  size: number;
  kind: AttachmentKind;
  vehicleId: number | null;
  batchId: number | null;
  note: string | null;
  createdAt: string;
}

const SELECT = `SELECT id, sha256, file_name AS fileName, media_type AS mediaType, size, kind, vehicle_id AS vehicleId, batch_id AS batchId, note, created_at AS createdAt FROM attachments`;

/** All SQL touching `attachments`: what each stored file is and whom it belongs to. */
export function insertAttachment(db: Database, row: Omit<AttachmentRow, 'id'>): AttachmentRow {
  const info = sql(db, 'INSERT INTO attachments (sha256, file_name, media_type, size, kind, vehicle_id, batch_id, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    row.sha256, row.fileName, row.mediaType, row.size, row.kind, row.vehicleId, row.batchId, row.note, row.createdAt,
  );
  return getAttachment(db, Number(info.lastInsertRowid))!;
}

export function getAttachment(db: Database, id: number): AttachmentRow | undefined {
  return sql(db, `${SELECT} WHERE id = ?`).get(id) as AttachmentRow | undefined;
}

export function attachmentsOfVehicle(db: Database, vehicleId: number, kind?: AttachmentKind): AttachmentRow[] {
  return kind ? (sql(db, `${SELECT} WHERE vehicle_id = ? AND kind = ? ORDER BY id`).all(vehicleId, kind) as AttachmentRow[]) : (sql(db, `${SELECT} WHERE vehicle_id = ? ORDER BY id`).all(vehicleId) as AttachmentRow[]);
}

/** Vehicles among `ids` that have at least one attachment of this kind. */
export function vehiclesWithAttachment(db: Database, kind: AttachmentKind): Set<number> {
  return new Set((sql(db, 'SELECT DISTINCT vehicle_id AS id FROM attachments WHERE kind = ? AND vehicle_id IS NOT NULL').all(kind) as Array<{ id: number }>).map((r) => r.id));
}

export function deleteAttachment(db: Database, id: number): void {
  sql(db, 'DELETE FROM attachments WHERE id = ?').run(id);
}

/** Whether any attachment row still points at this stored file. */
export function hashInUse(db: Database, sha256: string): boolean {
  return sql(db, 'SELECT 1 AS used FROM attachments WHERE sha256 = ? LIMIT 1').get(sha256) !== undefined;
}
