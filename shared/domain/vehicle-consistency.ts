import type { FieldProblem } from '../contract/errors';
import type { VehicleFieldName, VehicleFields, VehicleStatus } from '../contract/vehicles';
import type { MessageKey } from '../i18n/messages';
import { bilingual, type MessageParams } from '../i18n/translate';

/**
 * What each status needs before a vehicle may hold it. A licence application carries brand, model,
 * registration date and transfer date exactly as on the certificate (notice item II).
 */
export const STATUS_REQUIRED_FIELDS: Record<VehicleStatus, readonly VehicleFieldName[]> = {
  'in-stock': ['vin', 'brand', 'model'],
  'awaiting-confirmation': ['vin', 'brand', 'model', 'registrationDate', 'transferDate', 'manufacturer'],
  ready: ['vin', 'brand', 'model', 'registrationDate', 'transferDate', 'manufacturer', 'destinationCountry'],
  'in-application': ['vin', 'brand', 'model', 'registrationDate', 'transferDate', 'manufacturer', 'destinationCountry'],
  licensed: ['vin', 'brand', 'model', 'registrationDate', 'transferDate', 'manufacturer', 'destinationCountry'],
  exported: ['vin', 'brand', 'model', 'registrationDate', 'transferDate', 'manufacturer', 'destinationCountry'],
  cancelled: ['vin', 'brand', 'model'],
};

function problem(field: string, code: MessageKey, params?: MessageParams): FieldProblem {
  return { field, code, message: bilingual(code, params) };
}

/**
 * Rules across fields, the same at every door: manufacture ≤ registration ≤ transfer ≤ today,
 * and the fields the status requires. `today` is the dealer's calendar date.
 */
export function checkVehicleConsistency(vehicle: VehicleFields & { status: VehicleStatus }, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { manufactureDate, registrationDate, transferDate } = vehicle;
  for (const field of ['manufactureDate', 'registrationDate', 'transferDate'] as const) {
    const date = vehicle[field];
    if (date && date > today) problems.push(problem(field, 'date.inFuture', { date, today }));
  }
  if (manufactureDate && registrationDate && manufactureDate > registrationDate) {
    problems.push(problem('manufactureDate', 'date.manufactureAfterRegistration', { date: manufactureDate, other: registrationDate }));
  }
  if (registrationDate && transferDate && transferDate < registrationDate) {
    problems.push(problem('transferDate', 'date.transferBeforeRegistration', { date: transferDate, other: registrationDate }));
  }
  for (const field of STATUS_REQUIRED_FIELDS[vehicle.status]) {
    const value = vehicle[field];
    if (value === null || value === '') problems.push(problem(field, 'field.requiredForStatus', { status: { key: `status.${vehicle.status}` } }));
  }
  return problems;
}
