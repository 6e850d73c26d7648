import type { Database } from 'better-sqlite3';
import { fail } from '../../../shared/contract/errors';
import type { NewVehicle, Vehicle, VehicleList, VehicleListQuery } from '../../../shared/contract/vehicles';
import { recordAudit, type AuditSource } from '../db/audit-repo';
import { findLiveByVin, insertVehicle, listVehicles } from '../db/vehicles-repo';
import { isoNow, type Clock } from '../clock';

const AUDITED_ON_CREATE = ['vin', 'brand', 'model'] as const;

export interface VehicleService {
  add(vehicle: NewVehicle, source?: AuditSource): Promise<Vehicle>;
  list(query: VehicleListQuery): Promise<VehicleList>;
}

export function createVehicleService(db: Database, clock: Clock): VehicleService {
  const addInTransaction = db.transaction((vehicle: NewVehicle, source: AuditSource): Vehicle => {
    if (findLiveByVin(db, vehicle.vin)) fail('DUPLICATE_VIN', { vin: vehicle.vin });
    const now = isoNow(clock);
    const created = insertVehicle(db, vehicle, now);
    for (const field of AUDITED_ON_CREATE) {
      recordAudit(db, { entity: 'vehicle', entityId: created.id, action: 'create', field, newValue: created[field], source, at: now });
    }
    return created;
  });

  return {
    async add(vehicle, source = 'manual') {
      return addInTransaction(vehicle, source);
    },
    async list(query) {
      return listVehicles(db, query);
    },
  };
}
