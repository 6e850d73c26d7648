import type { Database } from 'better-sqlite3';
import { sql } from './statements';
import type { AuditEntryView } from '../../../shared/contract/vehicles';

export type AuditSource = 'manual' | 'ocr' | 'import' | 'system';
export interface AuditEntry {
  entity: 'vehicle' | 'batch' | 'request' | 'manufacturer';
  entityId: number;
  action: 'create' | 'update' | 'delete' | 'restore';
  field?: string;
  oldValue?: string | null;
  newValue?: string | null;
  source: AuditSource;
  at: string;
}

export function recordAudit(db: Database, entry: AuditEntry): void {
  sql(db, 
    'INSERT INTO audit_log (entity, entity_id, action, field, old_value, new_value, source, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(entry.entity, entry.entityId, entry.action, entry.field ?? null, entry.oldValue ?? null, entry.newValue ?? null, entry.source, entry.at);
}

/** The history of one entity, oldest first. */
export function auditFor(db: Database, entity: 'vehicle' | 'batch' | 'request' | 'manufacturer', entityId: number): AuditEntryView[] {
  const rows = sql(db, 'SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id').all(entity, entityId) as Array<{
    id: number;
    action: AuditEntry['action'];
    field: string | null;
    old_value: string | null;
    new_value: string | null;
    source: AuditSource;
    at: string;
  }>;
  return rows.map((row) => ({ id: row.id, action: row.action, field: row.field, oldValue: row.old_value, newValue: row.new_value, source: row.source, at: row.at }));
}
