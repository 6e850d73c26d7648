import { describe, expect, it } from 'vitest';
import { checkCreditCode } from '../../shared/domain/credit-code';

describe('unified social credit code (GB 32100-2015)', () => {
  it.each([['91330100716105852F'], ['91440300708461136T'], ['91110000802100433B'], [' 9144 0300 7084 6113 6t ']])('accepts %j', (code) => {
    expect(checkCreditCode(code).ok).toBe(true);
  });

  it.each([
    ['91330100716105852G', 'creditCode.check', 'F'],
    ['9133010071610585', 'creditCode.length', undefined],
    ['91330100716105852I', 'creditCode.alphabet', undefined],
    ['9133010071610585ZF', 'creditCode.alphabet', undefined],
  ])('refuses %s with %s', (code, problem, expected) => {
    const result = checkCreditCode(code);
    expect(result).toMatchObject({ ok: false, problem });
    if (expected) expect(result).toMatchObject({ expected });
  });
});
