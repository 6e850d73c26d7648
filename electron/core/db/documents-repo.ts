import type { Database } from 'better-sqlite3';
import { sql } from './statements';

export type DocumentKind = 'appendix' | 'confirmation-request' | 'packet' | 'modification-proof';

export interface GeneratedDocumentRow {
  id: number;
  kind: DocumentKind;
  batchId: number | null;
  manufacturerId: number | null;
  vehicleId: number | null;
  attachmentId: number;
  fileName: string;
  size: number;
  sha256: string;
  supersededAt: string | null;
  createdAt: string;
}

const SELECT = `SELECT d.id, d.kind, d.batch_id AS batchId, d.manufacturer_id AS manufacturerId, d.vehicle_id AS vehicleId, d.attachment_id AS attachmentId,
  a.file_name AS fileName, a.size, a.sha256, d.superseded_at AS supersededAt, d.created_at AS createdAt
  FROM generated_documents d JOIN attachments a ON a.id = d.attachment_id`;

/** Record a generated document; the previous one of the same kind and subject is kept, marked superseded. */
export function recordDocument(db: Database, row: { kind: DocumentKind; batchId: number | null; manufacturerId: number | null; vehicleId: number | null; attachmentId: number }, now: string): number {
  sql(
    db,
    `UPDATE generated_documents SET superseded_at = @now WHERE superseded_at IS NULL AND kind = @kind
       AND batch_id IS @batchId AND manufacturer_id IS @manufacturerId AND vehicle_id IS @vehicleId`,
  ).run({ ...row, now });
  return Number(
    sql(db, 'INSERT INTO generated_documents (batch_id, kind, manufacturer_id, vehicle_id, attachment_id, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      row.batchId, row.kind, row.manufacturerId, row.vehicleId, row.attachmentId, now,
    ).lastInsertRowid,
  );
}

export function documentsOfBatch(db: Database, batchId: number): GeneratedDocumentRow[] {
  return sql(db, `${SELECT} WHERE d.batch_id = ? ORDER BY d.created_at DESC, d.id DESC`).all(batchId) as GeneratedDocumentRow[];
}

export function getDocument(db: Database, id: number): GeneratedDocumentRow | undefined {
  return sql(db, `${SELECT} WHERE d.id = ?`).get(id) as GeneratedDocumentRow | undefined;
}
