import type { InputOf } from '../../../shared/contract/operations';
import { unchangedDefaultsOf } from '../../store/inventory-store';
import {
  VEHICLE_FIELD_NAMES,
  type Vehicle,
  type VehicleFieldName,
  type VehicleFields,
  type VehicleStatus,
} from '../../../shared/contract/vehicles';

/** Every field the Add/Edit form holds: the vehicle's own fields plus its status. */
export type FormFieldName = VehicleFieldName | 'status';
export const FORM_FIELD_NAMES: readonly FormFieldName[] = [...VEHICLE_FIELD_NAMES, 'status'];

/** What the form store holds: dates as `YYYY-MM-DD` strings, blanks as '' or null. */
export type VehicleFormValues = { [K in VehicleFieldName]?: VehicleFields[K] | '' } & { status?: VehicleStatus };

export const MODIFIED_VEHICLE_FIELDS = ['chassisBrand', 'modifiedBrand', 'cccCertificateNumber', 'miitAnnouncementBatch'] as const;
const NUMBER_FIELDS: readonly FormFieldName[] = ['purchasePrice', 'mileageKm'];

export function isFormField(name: string): name is FormFieldName {
  return (FORM_FIELD_NAMES as readonly string[]).includes(name);
}

export function emptyFormValues(): VehicleFormValues {
  return { currency: 'CNY', isModified: false, status: 'in-stock' };
}

export function formValuesOf(vehicle: Vehicle): VehicleFormValues {
  const values: Record<string, unknown> = {};
  for (const field of FORM_FIELD_NAMES) values[field] = vehicle[field];
  return values as VehicleFormValues;
}

/**
 * The form's values as the contract takes them: texts trimmed, blanks as null, the VIN in capitals,
 * and the modified-vehicle fields cleared when the vehicle is not modified.
 */
export function payloadOf(values: VehicleFormValues): VehicleFields & { status: VehicleStatus } {
  const payload: Record<string, unknown> = {};
  for (const field of FORM_FIELD_NAMES) {
    const value: unknown = values[field];
    if (field === 'isModified') payload[field] = value === true;
    else if (field === 'currency') payload[field] = value || 'CNY';
    else if (field === 'status') payload[field] = value || 'in-stock';
    else if (NUMBER_FIELDS.includes(field)) payload[field] = typeof value === 'number' ? value : null;
    else if (typeof value === 'string') payload[field] = value.trim() === '' ? null : field === 'vin' ? value.trim().toUpperCase() : value.trim();
    else payload[field] = value ?? null;
  }
  if (!payload.isModified) for (const field of MODIFIED_VEHICLE_FIELDS) payload[field] = null;
  return payload as VehicleFields & { status: VehicleStatus };
}

/** A new vehicle for vehicles.add; required texts stay '' so the core names them. */
export function newVehicleOf(values: VehicleFormValues): InputOf<'vehicles.add'> {
  const payload = payloadOf(values);
  return { ...payload, vin: payload.vin ?? '', brand: payload.brand ?? '', model: payload.model ?? '' };
}

/**
 * Only the fields that differ from the stored vehicle, for vehicles.update; {} when nothing changed.
 * Currency and the modified flag always go along (see unchangedDefaultsOf).
 */
export function changesOf(vehicle: Vehicle, values: VehicleFormValues): InputOf<'vehicles.update'>['changes'] {
  const payload = payloadOf(values) as Record<FormFieldName, unknown>;
  const changes: Record<string, unknown> = {};
  for (const field of FORM_FIELD_NAMES) {
    const before: unknown = vehicle[field] ?? null;
    const after = payload[field] ?? null;
    if (before !== after) changes[field] = field === 'vin' || field === 'brand' || field === 'model' ? (after ?? '') : after;
  }
  return Object.keys(changes).length === 0 ? {} : { ...unchangedDefaultsOf(vehicle), ...changes };
}
