/** Compliance with the used-car export rules: the policy in force, the 180-day rule, readiness. */
export { CURRENT_POLICY, POLICY_2025_648, POLICY_2025_648_ITEM_I, type Policy } from './policy';
export { assess, type AssessedDates, type Assessment, type AssessmentReason, type AssessmentStatus } from './assess';
export {
  readiness,
  type Blocker,
  type CertificateField,
  type CertificateMismatch,
  type ConfirmationState,
  type Readiness,
  type ReadinessFacts,
  type ReadinessVehicle,
} from './readiness';
export { confirmationWindow, statusInWindow, type ConfirmationWindow } from './window';
