import type { Database } from 'better-sqlite3';
import { fail } from '../../../shared/contract/errors';
import type { NewVehicle, Vehicle, VehicleChange, VehicleFields, VehicleList, VehicleListQuery, AuditEntryView, VehicleStatus } from '../../../shared/contract/vehicles';
import { VEHICLE_FIELD_NAMES } from '../../../shared/contract/vehicles';
import { checkVehicleConsistency } from '../../../shared/domain/vehicle-consistency';
import { auditFor, recordAudit, type AuditSource } from '../db/audit-repo';
import { findManufacturerByName, insertManufacturer } from '../db/manufacturers-repo';
import { findLiveByVin, getVehicle, insertVehicle, listVehicles, setDeletedAt, updateVehicleFields, type StoredVehicle } from '../db/vehicles-repo';
import { isoNow, type Clock } from '../clock';

const AUDITED = [...VEHICLE_FIELD_NAMES, 'status'] as const;
type AuditedField = (typeof AUDITED)[number];

function auditText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return String(value);
}

export interface VehicleService {
  add(vehicle: NewVehicle, source?: AuditSource): Promise<Vehicle>;
  /** Add a vehicle and, in the same transaction, whatever belongs with it (its scans, its certificate reading). */
  addWith(vehicle: NewVehicle, source: AuditSource, alongside: (created: Vehicle, now: string) => void): Promise<Vehicle>;
  /** Many vehicles in one transaction: all are added, or none. */
  addMany(vehicles: NewVehicle[], source: AuditSource, onProgress?: (done: number) => void): Promise<number>;
  update(change: VehicleChange, source?: AuditSource): Promise<Vehicle>;
  remove(id: number): Promise<Vehicle>;
  restore(id: number): Promise<Vehicle>;
  get(id: number): Promise<Vehicle>;
  getByVin(vin: string): Promise<Vehicle>;
  list(query: VehicleListQuery): Promise<VehicleList>;
  history(id: number): Promise<AuditEntryView[]>;
}

export function createVehicleService(db: Database, clock: Clock, today: () => string): VehicleService {
  function requireVehicle(id: number): Vehicle {
    return getVehicle(db, id) ?? fail('NOT_FOUND', { what: `vehicle #${id}` });
  }

  function consistent(vehicle: VehicleFields & { status: VehicleStatus }): void {
    const problems = checkVehicleConsistency(vehicle, today());
    if (problems.length > 0) fail('VEHICLE_INCONSISTENT', undefined, problems);
  }

  /** The manufacturer a certificate name points to, created on first sight. */
  function manufacturerIdFor(name: string | null, now: string): number | null {
    if (!name) return null;
    return (findManufacturerByName(db, name) ?? insertManufacturer(db, name, now)).id;
  }

  function insertOne(vehicle: NewVehicle, source: AuditSource, now: string): Vehicle {
    consistent(vehicle);
    if (findLiveByVin(db, vehicle.vin)) fail('DUPLICATE_VIN', { vin: vehicle.vin });
    const stored: StoredVehicle = { ...vehicle, manufacturerId: manufacturerIdFor(vehicle.manufacturer, now) };
    const created = insertVehicle(db, stored, now);
    // One row holds what the vehicle was created with; later changes are recorded field by field.
    const snapshot = Object.fromEntries(AUDITED.map((field) => [field, created[field]]).filter(([, value]) => value !== null));
    recordAudit(db, { entity: 'vehicle', entityId: created.id, action: 'create', newValue: JSON.stringify(snapshot), source, at: now });
    return created;
  }

  const addInTransaction = db.transaction((vehicle: NewVehicle, source: AuditSource) => insertOne(vehicle, source, isoNow(clock)));

  const addWithInTransaction = db.transaction((vehicle: NewVehicle, source: AuditSource, alongside: (created: Vehicle, now: string) => void): Vehicle => {
    const now = isoNow(clock);
    const created = insertOne(vehicle, source, now);
    alongside(created, now);
    return created;
  });

  const addManyInTransaction = db.transaction((vehicles: NewVehicle[], source: AuditSource, onProgress?: (done: number) => void) => {
    const now = isoNow(clock);
    vehicles.forEach((vehicle, index) => {
      insertOne(vehicle, source, now);
      if (onProgress && (index + 1) % 500 === 0) onProgress(index + 1);
    });
    return vehicles.length;
  });

  const updateInTransaction = db.transaction(({ id, changes }: VehicleChange, source: AuditSource): Vehicle => {
    const before = requireVehicle(id);
    if (before.deletedAt) fail('NOT_FOUND', { what: `vehicle #${id}` });
    const after = { ...before, ...changes };
    consistent(after);
    if (changes.vin && changes.vin !== before.vin && findLiveByVin(db, changes.vin)) fail('DUPLICATE_VIN', { vin: changes.vin });
    const now = isoNow(clock);
    const changed = (Object.keys(changes) as AuditedField[]).filter((field) => auditText(before[field]) !== auditText(after[field]));
    if (changed.length === 0) return before;
    const stored: Partial<StoredVehicle> = Object.fromEntries(changed.map((field) => [field, after[field]]));
    if (changed.includes('manufacturer')) stored.manufacturerId = manufacturerIdFor(after.manufacturer, now);
    updateVehicleFields(db, id, stored, now);
    for (const field of changed) {
      recordAudit(db, { entity: 'vehicle', entityId: id, action: 'update', field, oldValue: auditText(before[field]), newValue: auditText(after[field]), source, at: now });
    }
    return requireVehicle(id);
  });

  const removeInTransaction = db.transaction((id: number): Vehicle => {
    const vehicle = requireVehicle(id);
    if (vehicle.deletedAt) return vehicle;
    const now = isoNow(clock);
    setDeletedAt(db, id, now, now);
    recordAudit(db, { entity: 'vehicle', entityId: id, action: 'delete', source: 'manual', at: now });
    return requireVehicle(id);
  });

  const restoreInTransaction = db.transaction((id: number): Vehicle => {
    const vehicle = requireVehicle(id);
    if (!vehicle.deletedAt) return vehicle;
    // Someone may have entered the same VIN again since.
    if (findLiveByVin(db, vehicle.vin)) fail('DUPLICATE_VIN', { vin: vehicle.vin });
    const now = isoNow(clock);
    setDeletedAt(db, id, null, now);
    recordAudit(db, { entity: 'vehicle', entityId: id, action: 'restore', source: 'manual', at: now });
    return requireVehicle(id);
  });

  return {
    async add(vehicle, source = 'manual') {
      return addInTransaction(vehicle, source);
    },
    async addWith(vehicle, source, alongside) {
      return addWithInTransaction(vehicle, source, alongside);
    },
    async addMany(vehicles, source, onProgress) {
      return addManyInTransaction(vehicles, source, onProgress);
    },
    async update(change, source = 'manual') {
      return updateInTransaction(change, source);
    },
    async remove(id) {
      return removeInTransaction(id);
    },
    async restore(id) {
      return restoreInTransaction(id);
    },
    async get(id) {
      return requireVehicle(id);
    },
    async getByVin(vin) {
      return findLiveByVin(db, vin) ?? fail('NOT_FOUND', { what: vin });
    },
    async list(query) {
      return listVehicles(db, query);
    },
    async history(id) {
      requireVehicle(id);
      return auditFor(db, 'vehicle', id);
    },
  };
}
