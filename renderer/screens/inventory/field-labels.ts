import type { FieldProblem } from '../../../shared/contract/errors';
import { zhCN, type Locale, type MessageKey } from '../../../shared/i18n/messages';
import { translate } from '../../../shared/i18n/translate';

/** The vehicle field a problem or audit entry names (`changes.transferDate` → `transferDate`). */
export function fieldNameOf(path: string): string {
  return path.split('.').pop() ?? path;
}

/** The label of a vehicle field (`vehicle.<field>`), or the raw name for a field without one. */
export function fieldLabel(locale: Locale, field: string): string {
  const key = `vehicle.${fieldNameOf(field)}`;
  return key in zhCN ? translate(locale, key as MessageKey) : field;
}

/** "注册登记日期：状态为“可申报”时必须填写" — a problem with the field it is about. */
export function problemText(locale: Locale, problem: FieldProblem): string {
  return translate(locale, 'inventory.fieldProblem', { field: fieldLabel(locale, problem.field), message: problem.message[locale] });
}
