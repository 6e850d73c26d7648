import type { SystemInfo } from '../../shared/contract/operations';
import type { Handlers } from './dispatch';
import type { RunningCalls } from './jobs';
import type { VehicleService } from './services/vehicles-service';

export interface Services {
  info: () => SystemInfo;
  running: RunningCalls;
  vehicles: VehicleService;
}

/** One handler per contract operation; each only forwards to a service. */
export function createHandlers(services: Services): Handlers {
  return {
    'system.info': async () => services.info(),
    'jobs.cancel': async ({ callId }) => ({ cancelled: services.running.cancel(callId) }),
    'vehicles.add': async (input) => services.vehicles.add(input),
    'vehicles.list': async (query) => services.vehicles.list(query),
  };
}
