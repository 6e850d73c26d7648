import type { AuditEntryView } from '../../../shared/contract/vehicles';
import type { OutputOf } from '../../../shared/contract/operations';
import type { Batch } from '../../../shared/contract/batches';
import type { ConfirmationRequest } from '../../../shared/contract/requests';

export type VehicleReadiness = OutputOf<'compliance.vehicle'>;

/** A batch the vehicle is in now, with the override reason it was added with, if any. */
export interface BatchMembership {
  batch: Batch;
  overrideReason: string | null;
}

/** How the core records an override in the audit trail: `P2026-11-29-01 (override: reason)`. */
const OVERRIDE_PREFIX = ' (override: ';

/**
 * The batches the vehicle is in, replayed from its audit trail: every add and remove records a
 * `batch` entry (newValue = the reference on add, null with oldValue = the reference on remove).
 * References are matched against the known batches, so a reference with spaces or brackets still matches.
 */
export function batchesOfVehicle(history: AuditEntryView[], batches: Batch[]): BatchMembership[] {
  const byReference = new Map(batches.map((batch) => [batch.reference, batch]));
  const current = new Map<string, string | null>();
  for (const entry of [...history].sort((a, b) => a.id - b.id)) {
    if (entry.field !== 'batch') continue;
    if (entry.newValue === null) {
      if (entry.oldValue !== null) current.delete(entry.oldValue);
      continue;
    }
    const added = entry.newValue;
    const reference = byReference.has(added) ? added : [...byReference.keys()].find((ref) => added.startsWith(ref + OVERRIDE_PREFIX));
    if (reference === undefined) continue;
    current.set(reference, reference === added ? null : added.slice(reference.length + OVERRIDE_PREFIX.length, -1));
  }
  return [...current].map(([reference, overrideReason]) => ({ batch: byReference.get(reference)!, overrideReason }));
}

/** The confirmation requests that name this vehicle, newest first. */
export function requestsOfVehicle(requests: ConfirmationRequest[], vehicleId: number): ConfirmationRequest[] {
  return requests.filter((request) => request.vehicles.some((vehicle) => vehicle.id === vehicleId)).sort((a, b) => b.id - a.id);
}

export type ConfirmationSummary = 'not-needed' | 'unknown' | 'none' | 'requested' | 'confirmed' | 'refused';

/**
 * Where the after-sales confirmation stands, read from the core's own verdict: a vehicle that needs
 * one and is not blocked by it has it; otherwise the blocker says which step is missing.
 */
export function confirmationSummary(readiness: VehicleReadiness): ConfirmationSummary {
  const { status } = readiness.assessment;
  if (status === 'invalid') return 'unknown';
  if (status !== 'confirmation-required') return 'not-needed';
  const codes = new Set(readiness.blockers.map((blocker) => blocker.code));
  if (codes.has('readiness.confirmationRefused')) return 'refused';
  if (codes.has('readiness.confirmationAwaiting')) return 'requested';
  if (codes.has('readiness.confirmationNotRequested')) return 'none';
  return 'confirmed';
}

/** The newest `count` entries of the audit trail. */
export function latestHistory(history: AuditEntryView[], count: number): AuditEntryView[] {
  return [...history].sort((a, b) => b.id - a.id).slice(0, count);
}
