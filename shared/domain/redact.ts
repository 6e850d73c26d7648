/**
 * Removes personal data before anything is logged or copied for support: ID-card numbers (18 and 15
 * digits), phone numbers, e-mail addresses, and whatever sits under a key that names a person
 * (owner, ID number, phone, contact, buyer…), which is dropped whole rather than pattern-matched.
 */

/** Keys whose values are never logged: names of previous owners and buyers, their ID numbers and contacts. */
const PERSONAL_KEY = /owner|holder|idnumber|idcard|id_number|id_card|identity|身份证|车主|所有人|buyer|买方|contact|联系人|phone|mobile|^tel$|telephone|email|e-mail|邮箱|address|地址|person|姓名/i;

const NOT_ALNUM_BEFORE = '(?<![0-9A-Za-z])';
const NOT_ALNUM_AFTER = '(?![0-9A-Za-z])';

/** [pattern, replacement], applied in order (18-digit IDs before 15-digit ones and phones). */
const PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[email]'],
  [new RegExp(`${NOT_ALNUM_BEFORE}\\d{17}[\\dXx]${NOT_ALNUM_AFTER}`, 'g'), '[id-number]'],
  [new RegExp(`${NOT_ALNUM_BEFORE}\\d{15}${NOT_ALNUM_AFTER}`, 'g'), '[id-number]'],
  // Mobile numbers, with or without +86 and separators (138 1234 5678, 138-1234-5678).
  [new RegExp(`${NOT_ALNUM_BEFORE}(?:\\+?86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}${NOT_ALNUM_AFTER}`, 'g'), '[phone]'],
  // Landlines need their area code and a separator, so dates and amounts are left alone.
  [new RegExp(`${NOT_ALNUM_BEFORE}(?:\\+?86[ -]?)?\\(?0\\d{2,3}\\)?[ -]\\d{7,8}${NOT_ALNUM_AFTER}`, 'g'), '[phone]'],
  // "车主：张三", "owner: Li Lei": the name after such a label.
  [/(车主|原车主|所有人|机动车所有人|姓名|owner|holder)(\s*[:：=]\s*)[^\s,;，；"'}]+/gi, '$1$2[name]'],
];

export const REDACTED = '[redacted]';

/** One text with personal data replaced; `extra` are literal strings to hide too (a home folder's user name). */
export function redactText(text: string, extra: ReadonlyArray<readonly [string, string]> = []): string {
  let out = text;
  for (const [literal, replacement] of extra) if (literal) out = out.split(literal).join(replacement);
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** A copy of logged details with personal data removed; Errors become {name, message, stack}. */
export function redactDetails(value: unknown, extra: ReadonlyArray<readonly [string, string]> = [], depth = 0): unknown {
  if (depth > 8) return '[…]';
  if (typeof value === 'string') return redactText(value, extra);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return { name: value.name, message: redactText(value.message, extra), ...(value.stack ? { stack: redactText(value.stack, extra) } : {}) };
  }
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => redactDetails(item, extra, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    out[key] = PERSONAL_KEY.test(key) ? REDACTED : redactDetails(item, extra, depth + 1);
  }
  return out;
}
