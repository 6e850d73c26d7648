/**
 * The 180-day rule for one application date, as date thresholds. assess() decides through
 * statusInWindow(), and the inventory's database filter compares stored dates with the same
 * thresholds, so the rule is written once.
 */
import { addDays, isCalendarDate, type CalendarDate } from '../domain/calendar-date';
import type { AssessmentStatus } from './assess';
import { CURRENT_POLICY, type Policy } from './policy';

export interface ConfirmationWindow {
  applicationDate: CalendarDate;
  /** The rule applies to applications on or after the effective date. */
  inForce: boolean;
  /** Registered on or after this date → within the window (180 days or fewer before applying). */
  requiredIfRegisteredOnOrAfter: CalendarDate;
  /** Transfer awaiting export completed before this date → the transitional case. */
  transitionalIfTransferBefore: CalendarDate;
}

export function confirmationWindow(applicationDate: CalendarDate, policy: Policy = CURRENT_POLICY): ConfirmationWindow {
  return {
    applicationDate,
    inForce: applicationDate >= policy.effectiveDate,
    requiredIfRegisteredOnOrAfter: addDays(applicationDate, -policy.confirmationWindowDays),
    transitionalIfTransferBefore: policy.transitionalTransferBefore,
  };
}

/** The status alone (no texts): cheap enough for every vehicle of a large inventory. First match wins. */
export function statusInWindow(dates: { registrationDate: string | null; transferDate: string | null }, window: ConfirmationWindow): AssessmentStatus {
  const { registrationDate: registration, transferDate } = dates;
  const transfer = transferDate === null || transferDate.trim() === '' ? null : transferDate;
  const application = window.applicationDate;
  if (!isCalendarDate(registration) || !isCalendarDate(application)) return 'invalid';
  if (transfer !== null && (!isCalendarDate(transfer) || transfer < registration || application < transfer)) return 'invalid';
  if (application < registration) return 'invalid';
  if (!window.inForce || registration < window.requiredIfRegisteredOnOrAfter) return 'not-required';
  if (transfer !== null && transfer < window.transitionalIfTransferBefore) return 'transitional-exempt';
  return 'confirmation-required';
}
