import { Command, InvalidArgumentError, Option } from 'commander';
import { VEHICLE_FIELD_NAMES, VEHICLE_STATUSES, CURRENCIES, type VehicleFieldName } from '../../shared/contract/vehicles';
import { en, zhCN, type MessageKey } from '../../shared/i18n/messages';

/** `registrationDate` → `registration-date` (commander gives it back as camelCase). */
export function kebab(field: string): string {
  return field.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`);
}

const NUMERIC: readonly VehicleFieldName[] = ['purchasePrice', 'mileageKm'];

function parseNumber(value: string): number {
  const number = Number(value.replace(/,/g, ''));
  if (!Number.isFinite(number)) throw new InvalidArgumentError('expected a number / 应为数字');
  return number;
}

function parseYesNo(value: string): boolean {
  if (/^(yes|y|true|1|是)$/i.test(value)) return true;
  if (/^(no|n|false|0|否)$/i.test(value)) return false;
  throw new InvalidArgumentError('expected yes or no / 应为 是 或 否');
}

function label(field: string): string {
  const key = `vehicle.${field}` as MessageKey;
  return `${zhCN[key]} / ${en[key]}`;
}

/** One option per vehicle field, so the CLI always covers the whole record. */
export function addVehicleFieldOptions(command: Command, { requireIdentity }: { requireIdentity: boolean }): Command {
  for (const field of VEHICLE_FIELD_NAMES) {
    const option = new Option(`--${kebab(field)} <value>`, label(field));
    if (NUMERIC.includes(field)) option.argParser(parseNumber);
    if (field === 'isModified') option.argParser(parseYesNo);
    if (field === 'currency') option.choices([...CURRENCIES]);
    if (requireIdentity && (field === 'vin' || field === 'brand' || field === 'model')) option.makeOptionMandatory();
    command.addOption(option);
  }
  command.addOption(new Option('--status <status>', label('status')).choices([...VEHICLE_STATUSES]));
  return command;
}

/** The fields given on the command line, as contract input ('' clears a field). */
export function vehicleFieldsFrom(options: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const field of [...VEHICLE_FIELD_NAMES, 'status']) if (options[field] !== undefined) fields[field] = options[field];
  return fields;
}
