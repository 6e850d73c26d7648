/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from an alphabet
 * without I, O, S, V and Z; the 18th is a check character over the first 17.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]!);
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  const check = 31 - (sum % 31);
  return ALPHABET[check === 31 ? 0 : check]!;
}

export type CreditCodeProblem = 'creditCode.length' | 'creditCode.alphabet' | 'creditCode.check';

export function checkCreditCode(raw: string): { ok: true; code: string } | { ok: false; code: string; problem: CreditCodeProblem; expected?: string } {
  const code = raw.replace(/\s/g, '').toUpperCase();
  if (code.length !== 18) return { ok: false, code, problem: 'creditCode.length' };
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (expected === null || !ALPHABET.includes(code[17]!)) return { ok: false, code, problem: 'creditCode.alphabet' };
  if (expected !== code[17]) return { ok: false, code, problem: 'creditCode.check', expected };
  return { ok: true, code };
}
