import type { Database } from 'better-sqlite3';
import type { RequestStatus } from '../../../shared/contract/requests';
import { sql } from './statements';

// Moved to calendar-repo; re-exported so earlier callers keep working.
export { workingCalendar } from './calendar-repo';

/** All SQL touching confirmation requests, their vehicles and service outlets (the working calendar: calendar-repo). */
export interface RequestRow {
  id: number;
  manufacturerId: number;
  manufacturer: string;
  batchId: number | null;
  batchReference: string | null;
  status: RequestStatus;
  sentOn: string | null;
  channel: 'email' | 'post' | 'courier' | 'portal' | null;
  contact: string | null;
  trackingNumber: string | null;
  replyOn: string | null;
  replyAttachmentId: number | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

const SELECT = `SELECT r.id, r.manufacturer_id AS manufacturerId, m.name AS manufacturer, r.batch_id AS batchId, b.reference AS batchReference,
  r.status, r.sent_on AS sentOn, r.channel, r.contact, r.tracking_number AS trackingNumber, r.reply_on AS replyOn,
  r.reply_attachment_id AS replyAttachmentId, r.notes, r.created_at AS createdAt, r.updated_at AS updatedAt
  FROM confirmation_requests r JOIN manufacturers m ON m.id = r.manufacturer_id LEFT JOIN batches b ON b.id = r.batch_id`;

export function getRequest(db: Database, id: number): RequestRow | undefined {
  return sql(db, `${SELECT} WHERE r.id = ?`).get(id) as RequestRow | undefined;
}

export function listRequests(db: Database): RequestRow[] {
  return sql(db, `${SELECT} ORDER BY r.created_at DESC, r.id DESC`).all() as RequestRow[];
}

export function insertRequest(db: Database, manufacturerId: number, batchId: number | null, now: string): number {
  return Number(sql(db, 'INSERT INTO confirmation_requests (manufacturer_id, batch_id, created_at, updated_at) VALUES (?, ?, ?, ?)').run(manufacturerId, batchId, now, now).lastInsertRowid);
}

export function addRequestVehicle(db: Database, requestId: number, vehicleId: number, country: string | null): void {
  sql(db, 'INSERT INTO confirmation_request_vehicles (request_id, vehicle_id, country) VALUES (?, ?, ?)').run(requestId, vehicleId, country);
}

export function requestVehicles(db: Database, requestId: number): Array<{ id: number; vin: string; brand: string; model: string; country: string | null; covered: boolean | null }> {
  const rows = sql(
    db,
    `SELECT v.id, v.vin, v.brand, v.model, rv.country, rv.covered FROM confirmation_request_vehicles rv JOIN vehicles v ON v.id = rv.vehicle_id WHERE rv.request_id = ? ORDER BY v.vin`,
  ).all(requestId) as Array<{ id: number; vin: string; brand: string; model: string; country: string | null; covered: number | null }>;
  return rows.map((row) => ({ ...row, covered: row.covered === null ? null : row.covered === 1 }));
}

const REQUEST_COLUMNS = { status: 'status', sentOn: 'sent_on', channel: 'channel', contact: 'contact', trackingNumber: 'tracking_number', replyOn: 'reply_on', replyAttachmentId: 'reply_attachment_id', notes: 'notes' } as const;

export function updateRequestFields(db: Database, id: number, changes: Partial<Record<keyof typeof REQUEST_COLUMNS, string | number | null>>, now: string): void {
  const fields = Object.keys(changes) as Array<keyof typeof REQUEST_COLUMNS>;
  // A new status or sent date ends any overdue spell: becoming overdue again reminds again.
  const newSpell = 'status' in changes || 'sentOn' in changes ? ', overdue_notified_at = NULL' : '';
  sql(db, `UPDATE confirmation_requests SET ${fields.map((f) => `${REQUEST_COLUMNS[f]} = ?`).join(', ')}${newSpell}, updated_at = ? WHERE id = ?`).run(...fields.map((f) => changes[f] ?? null), now, id);
}

/** Requests whose overdue reminder was already handed out (and not yet reset). */
export function overdueNotifiedIds(db: Database): Set<number> {
  const rows = sql(db, 'SELECT id FROM confirmation_requests WHERE overdue_notified_at IS NOT NULL').all() as Array<{ id: number }>;
  return new Set(rows.map((r) => r.id));
}

/** Mark (a timestamp) or reset (null) the overdue reminder of one request. */
export function setOverdueNotified(db: Database, id: number, at: string | null): void {
  sql(db, 'UPDATE confirmation_requests SET overdue_notified_at = ? WHERE id = ?').run(at, id);
}

export function setCoverage(db: Database, requestId: number, vehicleId: number, covered: boolean): void {
  sql(db, 'UPDATE confirmation_request_vehicles SET covered = ? WHERE request_id = ? AND vehicle_id = ?').run(covered ? 1 : 0, requestId, vehicleId);
}

/**
 * Each vehicle's standing with manufacturers: confirmed (a reply covers it), requested (a sent request
 * awaits a reply), refused (replies came back without it), or absent (none: not requested, or only drafts).
 */
export function confirmationStates(db: Database, onlyVehicleId?: number): Map<number, 'confirmed' | 'requested' | 'refused'> {
  const rows = sql(
    db,
    `SELECT rv.vehicle_id AS vehicleId,
       max(rv.covered = 1) AS confirmed,
       max(r.status IN ('sent', 'partly-confirmed') AND rv.covered IS NULL) AS waiting,
       max(rv.covered = 0) AS refused
     FROM confirmation_request_vehicles rv JOIN confirmation_requests r ON r.id = rv.request_id
     WHERE r.status <> 'cancelled' AND (@only IS NULL OR rv.vehicle_id = @only) GROUP BY rv.vehicle_id`,
  ).all({ only: onlyVehicleId ?? null }) as Array<{ vehicleId: number; confirmed: number | null; waiting: number | null; refused: number | null }>;
  const states = new Map<number, 'confirmed' | 'requested' | 'refused'>();
  for (const row of rows) {
    if (row.confirmed) states.set(row.vehicleId, 'confirmed');
    else if (row.waiting) states.set(row.vehicleId, 'requested');
    else if (row.refused) states.set(row.vehicleId, 'refused');
  }
  return states;
}

/** Vehicles in a draft, sent or partly confirmed request, or already confirmed: no second request for them. */
export function vehiclesAlreadyRequested(db: Database): Set<number> {
  const rows = sql(
    db,
    `SELECT DISTINCT rv.vehicle_id AS id FROM confirmation_request_vehicles rv JOIN confirmation_requests r ON r.id = rv.request_id
     WHERE (r.status IN ('draft', 'sent', 'partly-confirmed') AND rv.covered IS NULL) OR rv.covered = 1`,
  ).all() as Array<{ id: number }>;
  return new Set(rows.map((r) => r.id));
}

export function insertOutlet(db: Database, outlet: { manufacturerId: number; country: string; name: string; address: string | null; contact: string | null; requestId: number | null }, now: string): void {
  sql(db, 'INSERT INTO service_outlets (manufacturer_id, country, name, address, contact, request_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    outlet.manufacturerId, outlet.country, outlet.name, outlet.address, outlet.contact, outlet.requestId, now,
  );
}

export interface OutletRow {
  id: number;
  manufacturerId: number;
  country: string;
  name: string;
  address: string | null;
  contact: string | null;
  /** The first reply that named it; null when added by hand. */
  requestId: number | null;
}

/** A manufacturer's known outlets; the same outlet named by several replies is listed once (under its first id). */
export function outletsOf(db: Database, manufacturerId: number): OutletRow[] {
  return sql(
    db,
    `SELECT min(id) AS id, manufacturer_id AS manufacturerId, country, name, address, contact, min(request_id) AS requestId
     FROM service_outlets WHERE manufacturer_id = ? GROUP BY country, name, address, contact ORDER BY country, name, id`,
  ).all(manufacturerId) as OutletRow[];
}

export function getOutlet(db: Database, id: number): OutletRow | undefined {
  return sql(db, 'SELECT id, manufacturer_id AS manufacturerId, country, name, address, contact, request_id AS requestId FROM service_outlets WHERE id = ?').get(id) as OutletRow | undefined;
}

/** Whether the manufacturer already has this very outlet (same country, name, address and contact). */
export function hasOutlet(db: Database, outlet: Omit<OutletRow, 'id' | 'requestId'>): boolean {
  return sql(db, 'SELECT 1 AS found FROM service_outlets WHERE manufacturer_id = ? AND country = ? AND name = ? AND address IS ? AND contact IS ? LIMIT 1').get(
    outlet.manufacturerId, outlet.country, outlet.name, outlet.address, outlet.contact,
  ) !== undefined;
}

/** Remove an outlet with every duplicate of it (the list shows them as one). */
export function deleteOutletLike(db: Database, outlet: Omit<OutletRow, 'id' | 'requestId'>): number {
  return sql(db, 'DELETE FROM service_outlets WHERE manufacturer_id = ? AND country = ? AND name = ? AND address IS ? AND contact IS ?').run(
    outlet.manufacturerId, outlet.country, outlet.name, outlet.address, outlet.contact,
  ).changes;
}
