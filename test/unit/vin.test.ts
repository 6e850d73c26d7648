import { describe, expect, it } from 'vitest';
import { checkVin, expectedCheckDigit, normalizeVin, vinSuggestions } from '../../shared/domain/vin';
import { testVin, withCheckDigit } from '../support/vins';

describe('VIN', () => {
  it.each([
    // The ISO 3779 textbook example and VINs whose check digit is X or a digit.
    ['1M8GDM9AXKP042788', 'X'],
    ['11111111111111111', '1'],
    ['LSVAU2180N2183294', 'X'],
    ['1HGCM82633A004352', '3'],
  ])('expected check digit of %s is %s', (vin, digit) => {
    expect(expectedCheckDigit(vin)).toBe(digit);
  });

  it.each([
    [' lsvau218xn2183294 ', 'LSVAU218XN2183294'],
    ['ＬＳＶＡＵ２１８ＸＮ２１８３２９４', 'LSVAU218XN2183294'],
    ['LSVAU-218X-N2183294', 'LSVAU218XN2183294'],
  ])('normalises %j to %s', (raw, vin) => {
    expect(normalizeVin(raw)).toBe(vin);
    expect(checkVin(raw)).toEqual({ ok: true, vin });
  });

  it.each([
    ['LSVAU218XN218329', 'vin.length'],
    ['LSVAU218XN21832945', 'vin.length'],
    ['LSVAU218XN218329!', 'vin.alphabet'],
    ['LSVAU218XN2I83294', 'vin.alphabet'],
    ['LSVAU2180N2183294', 'vin.checkDigit'],
  ])('%s is refused with %s', (vin, problem) => {
    const result = checkVin(vin);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toBe(problem);
  });

  it('names the expected check digit', () => {
    const result = checkVin('LSVAU2180N2183294');
    expect(result).toMatchObject({ ok: false, problem: 'vin.checkDigit', expected: 'X' });
  });

  it.each([
    // [a valid VIN's draft, position typed wrong (0-based), the character typed instead]
    ['LSVAU2180N2183294', 5, 'Z'],
    ['LSVAU2180N2183294', 12, 'B'],
    ['LFV2A21K0G3000001', 16, 'I'],
    ['LFV2A21K0G3000001', 11, 'O'],
  ])('suggests the VIN one confusion away from %s (position %i typed as %s)', (draft, position, typed) => {
    const valid = withCheckDigit(draft);
    const wrong = valid.slice(0, position) + typed + valid.slice(position + 1);
    expect(checkVin(wrong).ok).toBe(false);
    expect(vinSuggestions(wrong)).toContain(valid);
  });

  it('ranks away suggestions that break GB 16735 habits (letters in the last four places)', () => {
    // Typed Z for 2 at position 11; every candidate keeps digits at 14–17.
    for (const suggestion of vinSuggestions('LSVAU218XNZ183294')) expect(suggestion.slice(13)).toMatch(/^\d{4}$/);
  });

  it('never suggests an invalid VIN', () => {
    for (let n = 1; n <= 200; n++) {
      const vin = testVin(n);
      const broken = vin.slice(0, 12) + (vin[12] === '8' ? 'B' : '8') + vin.slice(13);
      for (const suggestion of vinSuggestions(broken)) expect(checkVin(suggestion).ok).toBe(true);
    }
  });
});
