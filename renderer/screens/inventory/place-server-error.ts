import type { FormInstance } from 'antd';
import type { AppError } from '../../../shared/contract/errors';
import type { Locale } from '../../../shared/i18n/messages';
import { fieldNameOf, problemText } from './field-labels';
import { isFormField, type FormFieldName, type VehicleFormValues } from './vehicle-form-values';

/**
 * Put the core's refusal of a vehicle beside the fields it names (scrolling to the first); returns the
 * text for above the buttons when something is not about a field, else null.
 */
export function placeServerError(form: FormInstance<VehicleFormValues>, error: AppError, locale: Locale): string | null {
  const onFields = (error.fields ?? []).filter((problem) => isFormField(fieldNameOf(problem.field)));
  const elsewhere = (error.fields ?? []).filter((problem) => !isFormField(fieldNameOf(problem.field)));
  const fields = onFields.map((problem) => ({ name: fieldNameOf(problem.field) as FormFieldName, errors: [problem.message[locale]] }));
  if (error.code === 'DUPLICATE_VIN') fields.push({ name: 'vin', errors: [error.message[locale]] });
  form.setFields(fields);
  if (fields[0]) form.scrollToField(fields[0].name, { block: 'center' });
  if (fields.length > 0 && elsewhere.length === 0) return null;
  return [error.message[locale], ...elsewhere.map((problem) => problemText(locale, problem))].join(' ');
}
