/**
 * Vehicle identification numbers (ISO 3779 / GB 16735): 17 characters, no I, O or Q, with a check
 * digit at position 9 (mandatory for Chinese VINs).
 */
const TRANSLITERATION: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const VIN_ALPHABET = /^[A-HJ-NPR-Z0-9]{17}$/;

/** Characters commonly mistaken for one another when typing or reading a scan. */
export const CONFUSABLE: Record<string, string[]> = {
  '0': ['D', 'Q', 'O'], O: ['0', 'D', 'Q'], D: ['0'], Q: ['0'],
  '1': ['I', 'L', '7'], I: ['1', 'L'], L: ['1'], '7': ['1'],
  '2': ['Z'], Z: ['2'], '5': ['S'], S: ['5'], '8': ['B'], B: ['8'],
  '6': ['G'], G: ['6'], U: ['V'], V: ['U'],
};

/** Upper-case, drop spaces and separators, fold full-width characters. */
export function normalizeVin(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\-_.·]/g, '')
    .toUpperCase();
}

function valueOf(ch: string): number | undefined {
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48;
  return TRANSLITERATION[ch];
}

/** The check character a VIN should carry at position 9, or null when it has foreign characters. */
export function expectedCheckDigit(vin: string): string | null {
  if (vin.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = valueOf(vin[i]!);
    if (value === undefined) return null;
    sum += value * WEIGHTS[i]!;
  }
  const remainder = sum % 11;
  return remainder === 10 ? 'X' : String(remainder);
}

export type VinProblem = 'vin.length' | 'vin.alphabet' | 'vin.checkDigit';
export type VinCheck =
  | { ok: true; vin: string }
  | { ok: false; vin: string; problem: VinProblem; expected?: string; suggestions: string[] };

function isValidVin(vin: string): boolean {
  return VIN_ALPHABET.test(vin) && expectedCheckDigit(vin) === vin[8];
}

/**
 * How many GB 16735 habits a VIN breaks: the model-year code (position 10) is never I, O, Q, U, Z or 0,
 * and the last four characters are digits. Used only to rank suggestions, never to refuse a VIN.
 */
function implausibility(vin: string): number {
  let count = /[IOQUZ0]/.test(vin[9]!) ? 1 : 0;
  if (!/^\d{4}$/.test(vin.slice(13))) count += 1;
  return count;
}

/** Valid VINs one confusable-character substitution away from `vin`, the most plausible first. */
export function vinSuggestions(vin: string): string[] {
  if (vin.length !== 17) return [];
  const found = new Set<string>();
  for (let i = 0; i < 17; i++) {
    for (const replacement of CONFUSABLE[vin[i]!] ?? []) {
      const candidate = vin.slice(0, i) + replacement + vin.slice(i + 1);
      if (isValidVin(candidate)) found.add(candidate);
    }
  }
  // I, O and Q never appear in a VIN: replacing all of them at once is a suggestion too.
  const alphabetFixed = vin.replace(/I/g, '1').replace(/[OQ]/g, '0');
  if (alphabetFixed !== vin && isValidVin(alphabetFixed)) found.add(alphabetFixed);
  const candidates = [...found];
  const best = Math.min(...candidates.map(implausibility));
  return candidates.filter((candidate) => implausibility(candidate) === best).sort();
}

export function checkVin(raw: string): VinCheck {
  const vin = normalizeVin(raw);
  if (vin.length !== 17) return { ok: false, vin, problem: 'vin.length', suggestions: [] };
  if (!/^[A-Z0-9]{17}$/.test(vin) || !VIN_ALPHABET.test(vin)) {
    return { ok: false, vin, problem: 'vin.alphabet', suggestions: vinSuggestions(vin) };
  }
  const expected = expectedCheckDigit(vin)!;
  if (expected !== vin[8]) {
    return { ok: false, vin, problem: 'vin.checkDigit', expected, suggestions: vinSuggestions(vin) };
  }
  return { ok: true, vin };
}
