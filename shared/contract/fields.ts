import { z } from 'zod';
import { checkVin } from '../domain/vin';
import type { MessageKey } from '../i18n/messages';
import type { MessageParams } from '../i18n/translate';

/**
 * Field schemas that carry our own message keys (in `params.messageKey`), so every door reports
 * the same bilingual text for the same mistake.
 */
export function issueParams(messageKey: MessageKey, params: MessageParams = {}, suggestions: string[] = []) {
  return { messageKey, params, suggestions };
}

export const VinField = z.string().transform((raw, ctx) => {
  const result = checkVin(raw);
  if (!result.ok) {
    const params: Record<string, string | number> = { length: result.vin.length, expected: result.expected ?? '' };
    ctx.addIssue({ code: 'custom', message: result.problem, params: issueParams(result.problem, params, result.suggestions.slice(0, 3)) });
    return z.NEVER;
  }
  return result.vin;
});

/** A required single-line text, trimmed, as printed on the certificate. */
export function textField(max: number) {
  return z.string().trim().min(1).max(max);
}

export const IsoTimestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);

/** An optional text: blank becomes null, so "cleared" and "never set" are the same. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));
}
