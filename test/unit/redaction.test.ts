import { describe, expect, it } from 'vitest';
import { REDACTED, redactDetails, redactText } from '../../shared/domain/redact';

describe('redaction of personal data', () => {
  it.each([
    ['18-digit ID number', '身份证 110101199003071234 已核对', '身份证 [id-number] 已核对'],
    ['18-digit ID ending in X', 'id=44030119851231123X.', 'id=[id-number].'],
    ['15-digit ID number', '旧证 110101900307123', '旧证 [id-number]'],
    ['mobile phone', '电话13812345678', '电话[phone]'],
    ['mobile with +86 and spaces', 'call +86 138 1234 5678 now', 'call [phone] now'],
    ['mobile with dashes', '138-1234-5678', '[phone]'],
    ['landline with area code', '021-12345678', '[phone]'],
    ['e-mail address', 'from zhang.san+cars@example.com.cn', 'from [email]'],
    ['owner name after a label', '车主：张三，VIN LSVAU2180N2183297', '车主：[name]，VIN LSVAU2180N2183297'],
    ['owner name in English', 'owner: LiLei ok', 'owner: [name] ok'],
  ])('removes a %s', (_what, input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it.each([
    ['a VIN', 'LSVAU2180N2183297'],
    ['a date', '2026-11-29'],
    ['a timestamp', '2026-11-29T18:05:00.123Z'],
    ['a price', '128000.50'],
    ['a short number', 'request #12, 3 vehicles'],
    ['a content hash', 'a3f1c9e0b7d24f6a8c5e1b0d9f7a6c4e2b1d0f9e8a7c6b5d4e3f2a1b0c9d8e7f'],
    ['a 16-digit number', '1234567890123456'],
  ])('keeps %s', (_what, input) => {
    expect(redactText(input)).toBe(input);
  });

  it.each([
    ['previousOwner', { previousOwner: '张三' }],
    ['ownerName', { ownerName: 'Li Lei' }],
    ['idNumber', { idNumber: '110101199003071234' }],
    ['phone', { phone: 'whatever' }],
    ['buyer', { buyer: 'OOO Avto' }],
    ['contact', { contact: 'Ivan' }],
    ['email', { email: 'x' }],
  ])('drops whatever is under the key %s', (key, details) => {
    expect(redactDetails(details)).toEqual({ [key]: REDACTED });
  });

  it('walks nested details and errors, and hides the home folder', () => {
    const error = new Error('cannot read /home/zhangsan/scans/110101199003071234.jpg');
    const out = redactDetails({ operation: 'requests.reply', error, rows: [{ vin: 'LSVAU2180N2183297', owner: '张三' }] }, [['/home/zhangsan', '~']]) as Record<string, unknown>;
    expect(JSON.stringify(out)).not.toMatch(/zhangsan|110101199003071234|张三/);
    expect(out.operation).toBe('requests.reply');
    expect((out.error as { message: string }).message).toBe('cannot read ~/scans/[id-number].jpg');
    expect(out.rows).toEqual([{ vin: 'LSVAU2180N2183297', owner: REDACTED }]);
  });
});
