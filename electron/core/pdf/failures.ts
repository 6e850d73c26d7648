/** The typed errors of the document renderers, with texts in both languages. */
import { AppFailure, appError, type FieldProblem } from '../../../shared/contract/errors';
import { LOCALES, type Locale } from '../../../shared/i18n/messages';
import { translate } from '../../../shared/i18n/translate';
import { both, en, zh, type DocKey, type DocParams } from './texts';

export function problem(field: string, key: DocKey, params?: DocParams): FieldProblem {
  return { field, code: key, message: both(key, params) };
}

/** Bad input: INVALID_INPUT with the problems per field. */
export function invalidInput(problems: FieldProblem[]): never {
  throw new AppFailure(appError('INVALID_INPUT', undefined, problems));
}

/** A scan or attached PDF that cannot be used: FILE_UNREADABLE naming the file, with the reason in each language. */
export function unreadable(file: string, reason: DocKey): never {
  const text = (locale: Locale) => translate(locale, 'error.FILE_UNREADABLE', { file, reason: locale === 'en' ? en(reason) : zh(reason) });
  const message = Object.fromEntries(LOCALES.map((locale) => [locale, text(locale)])) as Record<Locale, string>;
  throw new AppFailure({ code: 'FILE_UNREADABLE', message });
}
