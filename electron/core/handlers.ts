import type { SystemInfo } from '../../shared/contract/operations';
import { normalizeVin } from '../../shared/domain/vin';
import type { Handlers } from './dispatch';
import type { RunningCalls } from './jobs';
import type { Database } from 'better-sqlite3';
import { destinationsInUse } from './db/vehicles-repo';
import { listManufacturers } from './db/manufacturers-repo';
import type { VehicleService } from './services/vehicles-service';

export interface Services {
  info: () => SystemInfo;
  running: RunningCalls;
  vehicles: VehicleService;
  db: Database;
}

/** One handler per contract operation; each only forwards to a service. */
export function createHandlers(services: Services): Handlers {
  return {
    'system.info': async () => services.info(),
    'jobs.cancel': async ({ callId }) => ({ cancelled: services.running.cancel(callId) }),
    'vehicles.add': async (input) => services.vehicles.add(input),
    'vehicles.get': async (input) => ('id' in input ? services.vehicles.get(input.id) : services.vehicles.getByVin(normalizeVin(input.vin))),
    'vehicles.update': async (change) => services.vehicles.update(change),
    'vehicles.delete': async ({ id }) => services.vehicles.remove(id),
    'vehicles.restore': async ({ id }) => services.vehicles.restore(id),
    'vehicles.list': async (query) => services.vehicles.list(query),
    'vehicles.history': async ({ id }) => services.vehicles.history(id),
    'vehicles.facets': async () => ({
      manufacturers: listManufacturers(services.db).map(({ id, name }) => ({ id, name })),
      destinations: destinationsInUse(services.db),
    }),
    'manufacturers.list': async () => listManufacturers(services.db),
  };
}
