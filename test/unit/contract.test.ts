import { describe, expect, it } from 'vitest';
import { appError, ERROR_CODES } from '../../shared/contract/errors';
import { toFieldProblems } from '../../shared/contract/field-problems';
import { contract, isOperationName, OPERATION_NAMES } from '../../shared/contract/operations';
import { NewVehicleSchema } from '../../shared/contract/vehicles';
import { en, zhCN } from '../../shared/i18n/messages';

function problemsOf(input: unknown) {
  const parsed = NewVehicleSchema.safeParse(input);
  return parsed.success ? [] : toFieldProblems(parsed.error.issues);
}

describe('the contract', () => {
  it('names each operation once, each with an input and an output schema', () => {
    expect(OPERATION_NAMES.length).toBeGreaterThan(0);
    for (const name of OPERATION_NAMES) {
      expect(isOperationName(name)).toBe(true);
      expect(contract[name].input.safeParse).toBeTypeOf('function');
      expect(contract[name].output.safeParse).toBeTypeOf('function');
    }
    expect(isOperationName('__proto__')).toBe(false);
    expect(isOperationName('constructor')).toBe(false);
  });

  it('has a zh-CN and an en text for every error code', () => {
    for (const code of ERROR_CODES) {
      // Any parameter a text asks for gets a value, so a leftover {name} means a misspelt parameter.
      const anyParams = new Proxy({}, { get: () => 'x', has: () => true });
      const error = appError(code, anyParams);
      expect(error.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(error.message.en).toMatch(/[a-z]/i);
      expect(error.message.en).not.toMatch(/\{\w+\}/);
    }
  });

  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const text of [...Object.values(en), ...Object.values(zhCN)]) expect(text.trim()).not.toBe('');
  });

  it.each([
    [{ vin: 'LSVAU218XN2183294', brand: '大众', model: 'SVW7141' }, []],
    [{ brand: '大众', model: 'SVW7141' }, [['vin', 'field.required']]],
    [{ vin: 'LSVAU218XN2183294', brand: '   ', model: 'SVW7141' }, [['brand', 'field.required']]],
    [{ vin: 'LSVAU218XN2183294', brand: 'x'.repeat(101), model: 'SVW7141' }, [['brand', 'field.tooLong']]],
    [{ vin: 'LSVAU2180N2183294', brand: '大众', model: 'SVW7141' }, [['vin', 'vin.checkDigit']]],
    [{ vin: 'LSVAU218XN2183294', brand: '大众', model: 'SVW7141', extra: 1 }, [['(input)', 'field.invalid']]],
  ])('%j gives field problems %j', (input, expected) => {
    expect(problemsOf(input).map((p) => [p.field, p.code])).toEqual(expected);
  });

  it('lists the plausible corrections, and offers one-click only when a single one fits', () => {
    const [ambiguous] = problemsOf({ vin: 'LSVAU218XNZ183294', brand: '大众', model: 'SVW7141' });
    expect(ambiguous?.message['zh-CN']).toContain('LSVAU218XN2183294');
    expect(ambiguous?.message.en).toContain('Did you mean');
    expect(ambiguous?.suggestion).toBeUndefined();

    const [alphabet] = problemsOf({ vin: 'LSVAU218XN2I83294', brand: '大众', model: 'SVW7141' });
    expect(alphabet?.code).toBe('vin.alphabet');
    expect(alphabet?.suggestion).toBe('LSVAU218XN2183294');
    expect(alphabet?.message['zh-CN']).toContain('是否应为 LSVAU218XN2183294');
  });
});
