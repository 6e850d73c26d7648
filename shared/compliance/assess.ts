/**
 * The 180-day rule (R1, notice item I): does this licence application need a manufacturer's
 * Confirmation of After-Sales Service? Calendar arithmetic on `YYYY-MM-DD` only: no clock, no zone.
 */
import { addDays, daysBetween, isCalendarDate } from '../domain/calendar-date';
import type { MessageKey } from '../i18n/messages';
import { bilingual, type Bilingual, type MessageParams } from '../i18n/translate';
import { CURRENT_POLICY, type Policy } from './policy';
import { confirmationWindow, statusInWindow } from './window';

export type AssessmentStatus = 'invalid' | 'not-required' | 'transitional-exempt' | 'confirmation-required';

/** Why the status is what it is; `code` is also the message key. */
export interface AssessmentReason {
  code: MessageKey;
  message: Bilingual;
}

export interface Assessment {
  status: AssessmentStatus;
  /** Application date − registration date in calendar days; null without a valid registration date. */
  daysSinceRegistration: number | null;
  /** The first application date that needs no confirmation; null without a valid registration date. */
  clearsOn: string | null;
  reasons: AssessmentReason[];
}

export interface AssessedDates {
  registrationDate: string | null;
  transferDate: string | null;
}

function reason(code: MessageKey, params?: MessageParams): AssessmentReason {
  return { code, message: bilingual(code, params) };
}

function isBlank(value: string | null): boolean {
  return value === null || value.trim() === '';
}

/** Every date problem at once, so the clerk fixes them in one go. */
function dateProblems(dates: AssessedDates, applicationDate: string): AssessmentReason[] {
  const { registrationDate, transferDate } = dates;
  const problems: AssessmentReason[] = [];
  const registrationOk = isCalendarDate(registrationDate);
  const transferOk = isCalendarDate(transferDate);
  const applicationOk = isCalendarDate(applicationDate);

  if (isBlank(registrationDate)) problems.push(reason('compliance.invalid.registrationMissing'));
  else if (!registrationOk) problems.push(reason('compliance.invalid.registrationDate', { value: String(registrationDate) }));
  if (!isBlank(transferDate) && !transferOk) problems.push(reason('compliance.invalid.transferDate', { value: String(transferDate) }));
  if (!applicationOk) problems.push(reason('compliance.invalid.applicationDate', { value: applicationDate }));

  // ISO dates compare correctly as strings; order checks only between dates that are valid.
  if (registrationOk && transferOk && transferDate < registrationDate) {
    problems.push(reason('compliance.invalid.transferBeforeRegistration', { transferDate, registrationDate }));
  }
  if (registrationOk && applicationOk && applicationDate < registrationDate) {
    problems.push(reason('compliance.invalid.applicationBeforeRegistration', { applicationDate, registrationDate }));
  }
  if (transferOk && applicationOk && applicationDate < transferDate) {
    problems.push(reason('compliance.invalid.applicationBeforeTransfer', { applicationDate, transferDate }));
  }
  return problems;
}

export function assess(dates: AssessedDates, applicationDate: string, policy: Policy = CURRENT_POLICY): Assessment {
  const { registrationDate, transferDate } = dates;
  const windowDays = policy.confirmationWindowDays;
  // Day `windowDays` still needs a confirmation, so the first free day is one later.
  const clearsOn = isCalendarDate(registrationDate) ? addDays(registrationDate, windowDays + 1) : null;
  const days = isCalendarDate(registrationDate) && isCalendarDate(applicationDate) ? daysBetween(registrationDate, applicationDate) : null;

  const problems = dateProblems(dates, applicationDate);
  if (problems.length > 0 || days === null || clearsOn === null) {
    return { status: 'invalid', daysSinceRegistration: days, clearsOn, reasons: problems };
  }

  const verdict = (status: AssessmentStatus, why: AssessmentReason): Assessment => ({
    status,
    daysSinceRegistration: days,
    clearsOn,
    reasons: [why],
  });

  const status = statusInWindow(dates, confirmationWindow(applicationDate, policy));
  if (status === 'not-required') {
    return applicationDate < policy.effectiveDate
      ? verdict('not-required', reason('compliance.notInForce', { applicationDate, effectiveDate: policy.effectiveDate, windowDays }))
      : verdict('not-required', reason('compliance.cleared', { days, windowDays, clearsOn }));
  }
  if (status === 'transitional-exempt') {
    return verdict('transitional-exempt', reason('compliance.transitional', { transferDate: transferDate!, cutoff: policy.transitionalTransferBefore, days }));
  }
  return verdict('confirmation-required', reason('compliance.required', { days, windowDays, clearsOn }));
}
