import { afterEach, describe, expect, it } from 'vitest';
import { assess, CURRENT_POLICY, POLICY_2025_648, type Assessment, type Policy } from '../../shared/compliance';
import type { Bilingual } from '../../shared/i18n/translate';

/** Both languages present and every `{param}` filled in. */
function expectFilled(message: Bilingual): void {
  for (const text of [message['zh-CN'], message.en]) {
    expect(text).toBeTruthy();
    expect(text).not.toMatch(/\{\w+\}/);
  }
}

function check(registrationDate: string | null, transferDate: string | null, applicationDate: string): Assessment {
  const result = assess({ registrationDate, transferDate }, applicationDate);
  expect(result.reasons.length).toBeGreaterThan(0);
  result.reasons.forEach((reason) => expectFilled(reason.message));
  return result;
}

describe('policy 2025-648', () => {
  it('keeps the rule in one versioned place', () => {
    expect(CURRENT_POLICY).toBe(POLICY_2025_648);
    expect(POLICY_2025_648).toMatchObject({
      id: '2025-648',
      issuedOn: '2025-11-11',
      effectiveDate: '2026-01-01',
      confirmationWindowDays: 180,
      transitionalTransferBefore: '2026-01-01',
    });
    expect(POLICY_2025_648.document.zh).toContain('商贸函〔2025〕648号');
    expect(POLICY_2025_648.document.en).toContain('[2025] No. 648');
  });

  it('is the only source of the numbers: another policy changes the verdict', () => {
    const stricter: Policy = { ...POLICY_2025_648, id: 'test', confirmationWindowDays: 365, effectiveDate: '2027-01-01', transitionalTransferBefore: '2027-01-01' };
    const dates = { registrationDate: '2026-03-01', transferDate: '2026-03-10' };
    expect(assess(dates, '2026-06-29', stricter).status).toBe('not-required'); // before its effective date
    expect(assess(dates, '2027-01-02', stricter)).toMatchObject({ status: 'transitional-exempt', clearsOn: '2027-03-02' });
    const later = { registrationDate: '2027-01-05', transferDate: '2027-01-10' };
    expect(assess(later, '2027-09-01', stricter)).toMatchObject({ status: 'confirmation-required', clearsOn: '2028-01-06' });
    expect(assess(later, '2027-09-01').status).toBe('not-required'); // 239 days under the real policy
  });
});

describe('assess: the 180-day rule', () => {
  it.each([
    // name, registration, transfer, application, status, days, clearsOn
    ['day 179', '2026-03-01', '2026-03-10', '2026-08-27', 'confirmation-required', 179, '2026-08-29'],
    ['day 180 (inclusive)', '2026-03-01', '2026-03-10', '2026-08-28', 'confirmation-required', 180, '2026-08-29'],
    ['day 181', '2026-03-01', '2026-03-10', '2026-08-29', 'not-required', 181, '2026-08-29'],
    ['day 0 (applied on the registration day)', '2026-03-01', '2026-03-01', '2026-03-01', 'confirmation-required', 0, '2026-08-29'],
    ['no transfer date yet', '2026-03-01', null, '2026-06-29', 'confirmation-required', 120, '2026-08-29'],
    ['long after clearing', '2024-02-29', '2026-01-15', '2026-02-01', 'not-required', 703, '2024-08-28'],
    // leap years: the window crosses 29 February, or starts on it
    ['window crosses 2028-02-29, day 180', '2027-09-02', '2027-09-20', '2028-02-29', 'confirmation-required', 180, '2028-03-01'],
    ['window crosses 2028-02-29, day 181', '2027-09-02', '2027-09-20', '2028-03-01', 'not-required', 181, '2028-03-01'],
    ['same window in a common year', '2026-09-02', '2026-09-20', '2027-03-02', 'not-required', 181, '2027-03-02'],
    ['registered on 2028-02-29, day 180', '2028-02-29', '2028-03-05', '2028-08-27', 'confirmation-required', 180, '2028-08-28'],
    ['registered on 2028-02-29, day 181', '2028-02-29', '2028-03-05', '2028-08-28', 'not-required', 181, '2028-08-28'],
    // year ends
    ['day 180 on 31 December', '2026-07-04', '2026-07-10', '2026-12-31', 'confirmation-required', 180, '2027-01-01'],
    ['day 181 on 1 January', '2026-07-04', '2026-07-10', '2027-01-01', 'not-required', 181, '2027-01-01'],
    // the effective date, both sides
    ['applied 2025-12-31, rule not in force', '2025-10-01', null, '2025-12-31', 'not-required', 91, '2026-03-31'],
    ['applied 2026-01-01, rule in force', '2025-10-01', null, '2026-01-01', 'confirmation-required', 92, '2026-03-31'],
    ['day 179 the day before the rule', '2025-07-05', null, '2025-12-31', 'not-required', 179, '2026-01-02'],
    ['day 180 on the effective date', '2025-07-05', null, '2026-01-01', 'confirmation-required', 180, '2026-01-02'],
    ['day 181 the day after', '2025-07-05', null, '2026-01-02', 'not-required', 181, '2026-01-02'],
    ['before the rule, transfer before the cut-off too', '2025-10-01', '2025-11-01', '2025-12-15', 'not-required', 75, '2026-03-31'],
    // the transitional cut-off, both sides
    ['transfer 2025-12-31: transitional', '2025-11-20', '2025-12-31', '2026-02-01', 'transitional-exempt', 73, '2026-05-20'],
    ['transfer 2026-01-01: not transitional', '2025-11-20', '2026-01-01', '2026-02-01', 'confirmation-required', 73, '2026-05-20'],
    ['transitional on the effective date', '2025-12-01', '2025-12-31', '2026-01-01', 'transitional-exempt', 31, '2026-05-31'],
    ['transfer before the cut-off but already cleared', '2025-01-10', '2025-06-01', '2026-03-01', 'not-required', 415, '2025-07-10'],
  ] as const)('%s', (_name, registration, transfer, application, status, days, clearsOn) => {
    const result = check(registration, transfer, application);
    expect(result).toMatchObject({ status, daysSinceRegistration: days, clearsOn });
  });

  it.each([
    ['compliance.required', '2026-03-01', '2026-03-10', '2026-06-29'],
    ['compliance.cleared', '2026-03-01', '2026-03-10', '2026-08-29'],
    ['compliance.notInForce', '2025-10-01', null, '2025-12-31'],
    ['compliance.transitional', '2025-11-20', '2025-12-31', '2026-02-01'],
  ])('explains itself with %s', (code, registration, transfer, application) => {
    expect(check(registration, transfer, application).reasons.map((r) => r.code)).toEqual([code]);
  });

  it('puts the numbers in the explanation', () => {
    const [reason] = check('2026-03-01', '2026-03-10', '2026-06-29').reasons;
    expect(reason?.message).toEqual({
      'zh-CN': '注册登记后第 120 天申请，不超过 180 天，需要厂商出具的售后维修服务确认函；2026-08-29 起申请不再需要',
      en: "Applied 120 days after registration (180 or fewer): a manufacturer's Confirmation of After-Sales Service is required; not required from 2026-08-29",
    });
    expect(check('2025-11-20', '2025-12-31', '2026-02-01').reasons[0]?.message.en).toContain('2025-12-31, before 2026-01-01');
    expect(check('2025-10-01', null, '2025-12-31').reasons[0]?.message['zh-CN']).toContain('2026-01-01');
  });
});

describe('assess: dates that cannot be right', () => {
  it.each([
    // name, registration, transfer, application, reason codes, days, clearsOn
    ['no registration date', null, null, '2026-03-01', ['compliance.invalid.registrationMissing'], null, null],
    ['blank registration date', '  ', '2026-01-10', '2026-03-01', ['compliance.invalid.registrationMissing'], null, null],
    ['registration date 30 February', '2026-02-30', null, '2026-03-01', ['compliance.invalid.registrationDate'], null, null],
    ['registration date with slashes', '2026/01/05', null, '2026-03-01', ['compliance.invalid.registrationDate'], null, null],
    ['registration 29 February of a common year', '2027-02-29', null, '2027-03-01', ['compliance.invalid.registrationDate'], null, null],
    ['transfer date not a date', '2026-01-05', '2026-13-01', '2026-03-01', ['compliance.invalid.transferDate'], 55, '2026-07-05'],
    ['transfer before registration', '2026-03-01', '2026-02-28', '2026-04-01', ['compliance.invalid.transferBeforeRegistration'], 31, '2026-08-29'],
    ['application before registration', '2026-03-01', null, '2026-02-28', ['compliance.invalid.applicationBeforeRegistration'], -1, '2026-08-29'],
    ['application before transfer', '2026-03-01', '2026-03-10', '2026-03-09', ['compliance.invalid.applicationBeforeTransfer'], 8, '2026-08-29'],
    ['application date not a date', '2026-03-01', null, '2026-06-31', ['compliance.invalid.applicationDate'], null, '2026-08-29'],
    ['application date empty', '2026-03-01', null, '', ['compliance.invalid.applicationDate'], null, '2026-08-29'],
    ['application date with a time', '2026-03-01', null, '2026-06-01T08:00:00Z', ['compliance.invalid.applicationDate'], null, '2026-08-29'],
    [
      'invalid even before the rule is in force',
      '2025-10-01', '2025-09-01', '2025-12-01', ['compliance.invalid.transferBeforeRegistration'], 61, '2026-03-31',
    ],
    [
      'every problem at once',
      null, 'soon', 'later', ['compliance.invalid.registrationMissing', 'compliance.invalid.transferDate', 'compliance.invalid.applicationDate'], null, null,
    ],
    [
      'transfer before registration and application before both',
      '2026-03-01', '2026-02-20', '2026-02-10',
      ['compliance.invalid.transferBeforeRegistration', 'compliance.invalid.applicationBeforeRegistration', 'compliance.invalid.applicationBeforeTransfer'],
      -19, '2026-08-29',
    ],
  ] as const)('%s', (_name, registration, transfer, application, codes, days, clearsOn) => {
    const result = check(registration, transfer, application);
    expect(result.status).toBe('invalid');
    expect(result.reasons.map((r) => r.code)).toEqual(codes);
    expect(result).toMatchObject({ daysSinceRegistration: days, clearsOn });
  });

  it('names the wrong date and the fix', () => {
    const [reason] = check('2026-03-01', '2026-02-28', '2026-04-01').reasons;
    expect(reason?.message['zh-CN']).toContain('待出口转移登记日期 2026-02-28 早于注册登记日期 2026-03-01');
    expect(reason?.message.en).toContain('correct the wrong one');
    expect(check('2026-02-30', null, '2026-03-01').reasons[0]?.message.en).toContain('“2026-02-30”');
  });
});

describe('assess: time zones', () => {
  const savedZone = process.env.TZ;
  afterEach(() => {
    if (savedZone === undefined) delete process.env.TZ;
    else process.env.TZ = savedZone;
  });

  const cases: Array<[string | null, string | null, string]> = [
    ['2026-03-01', '2026-03-10', '2026-08-28'],
    ['2026-03-01', '2026-03-10', '2026-08-29'],
    ['2027-09-02', null, '2028-02-29'],
    ['2028-02-29', '2028-03-05', '2028-08-28'],
    ['2025-07-05', null, '2025-12-31'],
    ['2025-07-05', null, '2026-01-01'],
    ['2025-11-20', '2025-12-31', '2026-02-01'],
    ['2025-11-20', '2026-01-01', '2026-02-01'],
    ['2026-07-04', '2026-07-10', '2027-01-01'],
    ['2026-03-01', '2026-02-28', '2026-04-01'],
  ];

  it('gives identical results in Shanghai, UTC and Los Angeles', () => {
    const results = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles'].map((zone) => {
      process.env.TZ = zone;
      return {
        offset: new Date('2026-01-01T00:00:00Z').getTimezoneOffset(),
        assessments: JSON.stringify(cases.map(([registrationDate, transferDate, application]) => assess({ registrationDate, transferDate }, application))),
      };
    });
    expect(results.map((r) => r.offset)).toEqual([-480, 0, 480]); // the zone really changed
    expect(results[1]?.assessments).toBe(results[0]?.assessments);
    expect(results[2]?.assessments).toBe(results[0]?.assessments);
  });
});
