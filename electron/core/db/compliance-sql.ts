import type { ConfirmationWindow } from '../../../shared/compliance/window';

/**
 * statusInWindow() as an SQL expression over the stored dates (YYYY-MM-DD strings compare as dates),
 * fed with the same thresholds. A property test keeps the two in agreement.
 */
export const COMPLIANCE_STATUS_SQL = `CASE
  WHEN registration_date IS NULL OR @c_application < registration_date
    OR (transfer_date IS NOT NULL AND (transfer_date < registration_date OR @c_application < transfer_date)) THEN 'invalid'
  WHEN @c_in_force = 0 OR registration_date < @c_required_from THEN 'not-required'
  WHEN transfer_date IS NOT NULL AND transfer_date < @c_transitional_before THEN 'transitional-exempt'
  ELSE 'confirmation-required' END`;

export function complianceParams(window: ConfirmationWindow): Record<string, string | number> {
  return {
    c_application: window.applicationDate,
    c_in_force: window.inForce ? 1 : 0,
    c_required_from: window.requiredIfRegisteredOnOrAfter,
    c_transitional_before: window.transitionalIfTransferBefore,
  };
}
