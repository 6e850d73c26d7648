import { expectedCheckDigit } from '../../shared/domain/vin';

/** A VIN with its check digit (position 9) set right, from any 17-character draft. */
export function withCheckDigit(draft: string): string {
  const expected = expectedCheckDigit(draft.slice(0, 8) + '0' + draft.slice(9));
  if (!expected) throw new Error(`not a VIN draft: ${draft}`);
  return draft.slice(0, 8) + expected + draft.slice(9);
}

/** The n-th of a family of valid Chinese-style VINs (WMI L + serial). */
export function testVin(n: number, prefix = 'LSVAU2180N'): string {
  return withCheckDigit(`${prefix}${String(n).padStart(17 - prefix.length, '0')}`);
}
