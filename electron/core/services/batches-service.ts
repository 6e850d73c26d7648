import type { Database } from 'better-sqlite3';
import { BATCH_TRANSITIONS, type AddToBatch, type AddToBatchResult, type Batch, type BatchChange, type BatchDetail, type BatchStatus, type NewBatch } from '../../../shared/contract/batches';
import { fail } from '../../../shared/contract/errors';
import type { Vehicle } from '../../../shared/contract/vehicles';
import { bilingual } from '../../../shared/i18n/translate';
import { recordAudit } from '../db/audit-repo';
import { addBatchVehicle, batchVehicleIds, findBatchByReference, getBatch, insertBatch, listBatches, openBatchOfVehicle, referencesStartingWith, removeBatchVehicle, updateBatchFields } from '../db/batches-repo';
import { getVehicle } from '../db/vehicles-repo';
import { isoNow, type Clock } from '../clock';
import type { ComplianceService } from './compliance-service';

const EDITABLE: readonly BatchStatus[] = ['draft'];

/**
 * Application batches: the vehicles of one export-licence application. A vehicle joins only when the
 * compliance engine says it is ready, or with an override whose reason the audit trail keeps.
 */
export function createBatchService(db: Database, clock: Clock, today: () => string, compliance: ComplianceService) {
  function requireBatch(id: number): Batch {
    return getBatch(db, id) ?? fail('NOT_FOUND', { what: `batch #${id}` });
  }

  function nextReference(): string {
    const prefix = `P${today()}-`;
    const taken = new Set(referencesStartingWith(db, prefix));
    for (let n = 1; ; n++) {
      const reference = `${prefix}${String(n).padStart(2, '0')}`;
      if (!taken.has(reference)) return reference;
    }
  }

  const create = db.transaction((input: NewBatch): Batch => {
    const reference = input.reference ?? nextReference();
    if (findBatchByReference(db, reference)) fail('BATCH_REFERENCE_TAKEN', { reference });
    const now = isoNow(clock);
    const batch = insertBatch(db, { ...input, reference }, now);
    recordAudit(db, { entity: 'batch', entityId: batch.id, action: 'create', newValue: reference, source: 'manual', at: now });
    return batch;
  });

  const update = db.transaction(({ id, changes }: BatchChange): Batch => {
    const before = requireBatch(id);
    if (changes.status && changes.status !== before.status) {
      if (!BATCH_TRANSITIONS[before.status].includes(changes.status)) {
        fail('BATCH_TRANSITION', { reference: before.reference, from: { key: `batch.status.${before.status}` }, to: { key: `batch.status.${changes.status}` } });
      }
      if (changes.status === 'submitted' && before.vehicleCount === 0) fail('BATCH_EMPTY', { reference: before.reference });
      const licenceNumber = changes.licenceNumber ?? before.licenceNumber;
      if (changes.status === 'licensed' && !licenceNumber) {
        fail('INVALID_INPUT', undefined, [{ field: 'licenceNumber', code: 'batch.licenceNumberRequired', message: bilingual('batch.licenceNumberRequired') }]);
      }
    }
    const now = isoNow(clock);
    updateBatchFields(db, id, changes, now);
    for (const [field, value] of Object.entries(changes)) {
      const old = before[field as keyof Batch];
      if (String(old ?? '') !== String(value ?? '')) recordAudit(db, { entity: 'batch', entityId: id, action: 'update', field, oldValue: old === null ? null : String(old), newValue: value === null ? null : String(value), source: 'manual', at: now });
    }
    return requireBatch(id);
  });

  const addVehicles = db.transaction(({ batchId, vehicleIds, overrideReason }: AddToBatch): AddToBatchResult => {
    const batch = requireBatch(batchId);
    if (!EDITABLE.includes(batch.status)) fail('BATCH_NOT_EDITABLE', { reference: batch.reference, status: { key: `batch.status.${batch.status}` } });
    const applicationDate = batch.plannedApplicationDate ?? today();
    const now = isoNow(clock);
    const added: Array<{ vehicleId: number; vin: string; overridden: boolean }> = [];
    const refused: Array<{ vehicleId: number; vin: string; reasons: Array<{ 'zh-CN': string; en: string }> }> = [];
    for (const vehicleId of [...new Set(vehicleIds)]) {
      const vehicle = getVehicle(db, vehicleId);
      if (!vehicle || vehicle.deletedAt) {
        refused.push({ vehicleId, vin: '', reasons: [bilingual('error.NOT_FOUND', { what: `#${vehicleId}` })] });
        continue;
      }
      const other = openBatchOfVehicle(db, vehicleId);
      if (other) {
        // Already here is fine; in another open batch is not, override or not.
        if (other.id !== batchId) refused.push({ vehicleId, vin: vehicle.vin, reasons: [bilingual('batch.inOtherBatch', { reference: other.reference })] });
        continue;
      }
      const readiness = compliance.forVehicle(vehicle, applicationDate);
      if (!readiness.ready && !overrideReason) {
        refused.push({ vehicleId, vin: vehicle.vin, reasons: readiness.blockers.map((b) => b.message) });
        continue;
      }
      const override = readiness.ready ? null : overrideReason!;
      addBatchVehicle(db, batchId, vehicleId, override, now);
      recordAudit(db, { entity: 'vehicle', entityId: vehicleId, action: 'update', field: 'batch', newValue: override ? `${batch.reference} (override: ${override})` : batch.reference, source: 'manual', at: now });
      added.push({ vehicleId, vin: vehicle.vin, overridden: override !== null });
    }
    if (added.length > 0) updateBatchFields(db, batchId, {}, now);
    return { added, refused };
  });

  const removeVehicles = db.transaction(({ batchId, vehicleIds }: { batchId: number; vehicleIds: number[] }): Batch => {
    const batch = requireBatch(batchId);
    if (!EDITABLE.includes(batch.status)) fail('BATCH_NOT_EDITABLE', { reference: batch.reference, status: { key: `batch.status.${batch.status}` } });
    const now = isoNow(clock);
    for (const vehicleId of vehicleIds) {
      if (removeBatchVehicle(db, batchId, vehicleId)) recordAudit(db, { entity: 'vehicle', entityId: vehicleId, action: 'update', field: 'batch', oldValue: batch.reference, newValue: null, source: 'manual', at: now });
    }
    return requireBatch(batchId);
  });

  function detail(batch: Batch): BatchDetail {
    const applicationDate = batch.plannedApplicationDate ?? today();
    const vehicles = batchVehicleIds(db, batch.id).map(({ vehicleId, overrideReason }) => {
      const vehicle = getVehicle(db, vehicleId) as Vehicle;
      return { ...vehicle, overrideReason, ready: compliance.forVehicle(vehicle, applicationDate).ready };
    });
    return { ...batch, vehicles };
  }

  return {
    async create(input: NewBatch): Promise<Batch> {
      return create(input);
    },
    async list(): Promise<Batch[]> {
      return listBatches(db);
    },
    async get(reference: { id: number } | { reference: string }): Promise<BatchDetail> {
      const batch = 'id' in reference ? requireBatch(reference.id) : (findBatchByReference(db, reference.reference) ?? fail('NOT_FOUND', { what: reference.reference }));
      return detail(batch);
    },
    async update(change: BatchChange): Promise<Batch> {
      return update(change);
    },
    async addVehicles(input: AddToBatch): Promise<AddToBatchResult> {
      return addVehicles(input);
    },
    async removeVehicles(input: { batchId: number; vehicleIds: number[] }): Promise<Batch> {
      return removeVehicles(input);
    },
  };
}

export type BatchService = ReturnType<typeof createBatchService>;
