import type { Rule } from 'antd/es/form';
import type { z } from 'zod';
import { toFieldProblems } from '../../../shared/contract/field-problems';
import { VehicleFieldsSchema } from '../../../shared/contract/vehicles';
import { checkVehicleConsistency, STATUS_REQUIRED_FIELDS } from '../../../shared/domain/vehicle-consistency';
import type { Locale } from '../../../shared/i18n/messages';
import { payloadOf, type FormFieldName, type VehicleFormValues } from './vehicle-form-values';

/**
 * An antd rule that validates a field with the contract's own schema, so the form says what the core would.
 * `blank` is what an empty control stands for ('' for texts, null for numbers).
 */
export function schemaRule(schema: z.ZodType, locale: Locale, blank: unknown = ''): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const parsed = schema.safeParse(value ?? blank);
      if (parsed.success) return;
      const [problem] = toFieldProblems(parsed.error.issues);
      throw new Error(problem ? problem.message[locale] : '');
    },
  };
}

/** The dates ordered against each other and against today. */
export const DATE_FIELDS = ['manufactureDate', 'registrationDate', 'transferDate'] as const;
/** Every field some status requires. */
export const STATUS_DEPENDENT_FIELDS: readonly FormFieldName[] = [...new Set(Object.values(STATUS_REQUIRED_FIELDS).flat())];

/** Fields whose rules read `field`'s value too, so antd re-checks them when it changes. */
export function dependenciesOf(field: FormFieldName): FormFieldName[] {
  const dates: readonly FormFieldName[] = DATE_FIELDS;
  const others = dates.includes(field) ? dates.filter((other) => other !== field) : [];
  return STATUS_DEPENDENT_FIELDS.includes(field) ? [...others, 'status'] : [...others];
}

/** Whether the cross-field rules can say anything about `field`. */
export function hasConsistencyRule(field: FormFieldName): boolean {
  return (DATE_FIELDS as readonly FormFieldName[]).includes(field) || STATUS_DEPENDENT_FIELDS.includes(field);
}

/**
 * The cross-field rules of the core (checkVehicleConsistency), reported on the field they are about:
 * transfer before registration, dates after today, fields the chosen status requires.
 */
export function consistencyRule(field: FormFieldName, today: string, locale: Locale): Rule {
  return ({ getFieldsValue }) => ({
    validator: async () => {
      const values = getFieldsValue(true) as VehicleFormValues;
      const problem = checkVehicleConsistency(payloadOf(values), today).find((candidate) => candidate.field === field);
      if (problem) throw new Error(problem.message[locale]);
    },
  });
}

/** The single correction the VIN check offers ("did you mean …"), if any. */
export function vinSuggestion(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const parsed = VehicleFieldsSchema.shape.vin.safeParse(value);
  if (parsed.success) return undefined;
  return toFieldProblems(parsed.error.issues)[0]?.suggestion;
}
