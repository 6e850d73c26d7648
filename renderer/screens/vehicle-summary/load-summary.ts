import type { AppError, Result } from '../../../shared/contract/errors';
import type { OutputOf } from '../../../shared/contract/operations';
import type { ConfirmationRequest } from '../../../shared/contract/requests';
import type { Settings } from '../../../shared/contract/settings';
import type { AuditEntryView, Vehicle } from '../../../shared/contract/vehicles';
import { client } from '../../api/client';
import { batchesOfVehicle, requestsOfVehicle, type BatchMembership, type VehicleReadiness } from './summary-facts';

export type Attachment = OutputOf<'attachments.list'>[number];

/** Everything one printed summary shows, read through the contract at one moment. */
export interface SummaryData {
  vehicle: Vehicle;
  /** The application date the 180-day rule and readiness were assessed for. */
  applicationDate: string;
  readiness: VehicleReadiness;
  /** The cut-off date of the transitional case (transfer registered before it). */
  transitionalBefore: string;
  attachments: Attachment[];
  history: AuditEntryView[];
  settings: Settings;
  requests: ConfirmationRequest[];
  batches: BatchMembership[];
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new SummaryLoadError(result.error);
  return result.value;
}

export class SummaryLoadError extends Error {
  constructor(readonly error: AppError) {
    super(error.message.en);
  }
}

/** Reads the summary of one vehicle for an application on `applicationDate`; throws SummaryLoadError. */
export async function loadSummary(vehicleId: number, applicationDate: string): Promise<SummaryData> {
  const [vehicle, readiness, policy, attachments, history, settings, requests, batches] = await Promise.all([
    client.call('vehicles.get', { id: vehicleId }),
    client.call('compliance.vehicle', { id: vehicleId, applicationDate }),
    client.call('compliance.policy', {}),
    client.call('attachments.list', { vehicleId }),
    client.call('vehicles.history', { id: vehicleId }),
    client.call('settings.get', {}),
    client.call('requests.list', {}),
    client.call('batches.list', {}),
  ]);
  const trail = value(history);
  return {
    vehicle: value(vehicle),
    applicationDate,
    readiness: value(readiness),
    transitionalBefore: value(policy).transitionalTransferBefore,
    attachments: value(attachments),
    history: trail,
    settings: value(settings),
    requests: requestsOfVehicle(value(requests), vehicleId),
    batches: batchesOfVehicle(trail, value(batches)),
  };
}
