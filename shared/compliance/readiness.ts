/**
 * Can this vehicle go into an export-licence application today? Everything that would get the
 * application refused (R1, R2, R4), each with the clerk's next step. Pure: facts in, verdict out.
 */
import type { Vehicle } from '../contract/vehicles';
import { daysBetween, isCalendarDate } from '../domain/calendar-date';
import type { MessageKey } from '../i18n/messages';
import { bilingual, type Bilingual, type MessageParams } from '../i18n/translate';
import { assess, type Assessment } from './assess';
import { CURRENT_POLICY, type Policy } from './policy';

export type ConfirmationState = 'none' | 'requested' | 'confirmed' | 'refused';

/** Fields the notice requires to be identical to the Motor Vehicle Registration Certificate (R2). */
export type CertificateField = 'brand' | 'model' | 'registrationDate' | 'transferDate' | 'vin';

export interface CertificateMismatch {
  field: CertificateField;
  certificateValue: string;
  recordValue: string;
}

export type ReadinessVehicle = Pick<
  Vehicle,
  | 'vin' | 'brand' | 'model' | 'registrationDate' | 'transferDate' | 'manufactureDate' | 'manufacturer' | 'destinationCountry'
  | 'isModified' | 'chassisBrand' | 'modifiedBrand' | 'cccCertificateNumber' | 'miitAnnouncementBatch'
>;

/** What is known about one vehicle, whatever stores it. */
export interface ReadinessFacts {
  vehicle: ReadinessVehicle;
  hasCertificateScan: boolean;
  /** The manufacturer's Confirmation of After-Sales Service, as tracked. */
  confirmation: ConfirmationState;
  /** Proof of authenticity of the modification (Appendix 2) attached; only read for modified vehicles. */
  hasModificationProof: boolean;
  certificateMismatches: CertificateMismatch[];
}

/**
 * One reason the vehicle cannot be applied for. `code` is a message key: `readiness.*`, or for a
 * wrong date the assessment's own `compliance.invalid.*` code, so each problem has its own code.
 */
export interface Blocker {
  code: MessageKey;
  message: Bilingual;
  action: Bilingual;
}

export interface Readiness {
  ready: boolean;
  assessment: Assessment;
  blockers: Blocker[];
}

/** A `readiness.*` key that has a `.action` key beside it, so a missing action is a compile error. */
type BlockerKey = { [K in MessageKey]: K extends `readiness.${string}` ? (`${K}.action` extends MessageKey ? K : never) : never }[MessageKey];

function blocker(code: BlockerKey, params?: MessageParams): Blocker {
  return { code, message: bilingual(code, params), action: bilingual(`${code}.action` as MessageKey, params) };
}

function isBlank(value: string | null): boolean {
  return value === null || value.trim() === '';
}

function missingFields(vehicle: ReadinessVehicle): Blocker[] {
  const required: Array<[string | null, BlockerKey]> = [
    [vehicle.brand, 'readiness.brandMissing'],
    [vehicle.model, 'readiness.modelMissing'],
    [vehicle.registrationDate, 'readiness.registrationDateMissing'],
    [vehicle.transferDate, 'readiness.transferDateMissing'],
    [vehicle.destinationCountry, 'readiness.destinationCountryMissing'],
  ];
  return required.filter(([value]) => isBlank(value)).map(([, code]) => blocker(code));
}

/** Wrong dates; a missing registration date is already a missing field. */
function dateBlockers(vehicle: ReadinessVehicle, assessment: Assessment): Blocker[] {
  const found = assessment.reasons
    .filter((reason) => assessment.status === 'invalid' && reason.code !== 'compliance.invalid.registrationMissing')
    .map((reason) => ({ code: reason.code, message: reason.message, action: bilingual('readiness.datesInvalid.action') }));

  const { manufactureDate, registrationDate } = vehicle;
  if (!isBlank(manufactureDate) && !isCalendarDate(manufactureDate)) {
    found.push(blocker('readiness.manufactureDateInvalid', { value: String(manufactureDate) }));
  } else if (isCalendarDate(manufactureDate) && isCalendarDate(registrationDate) && daysBetween(registrationDate, manufactureDate) > 0) {
    found.push(blocker('readiness.manufactureAfterRegistration', { manufactureDate, registrationDate }));
  }
  return found;
}

/** R4: a modified vehicle gets no licence without all of these. */
function modificationBlockers(facts: ReadinessFacts): Blocker[] {
  const { vehicle } = facts;
  if (!vehicle.isModified) return [];
  const required: Array<[boolean, BlockerKey]> = [
    [!isBlank(vehicle.chassisBrand), 'readiness.chassisBrandMissing'],
    [!isBlank(vehicle.modifiedBrand), 'readiness.modifiedBrandMissing'],
    [!isBlank(vehicle.cccCertificateNumber), 'readiness.cccMissing'],
    [!isBlank(vehicle.miitAnnouncementBatch), 'readiness.miitBatchMissing'],
    [facts.hasModificationProof, 'readiness.modificationProofMissing'],
  ];
  return required.filter(([present]) => !present).map(([, code]) => blocker(code));
}

/** R1: only a vehicle that needs a confirmation can be held up by one. */
function confirmationBlockers(facts: ReadinessFacts, assessment: Assessment): Blocker[] {
  if (assessment.status !== 'confirmation-required' || facts.confirmation === 'confirmed') return [];
  const found: Blocker[] = [];
  if (isBlank(facts.vehicle.manufacturer)) found.push(blocker('readiness.manufacturerMissing'));
  const clearsOn = assessment.clearsOn ?? '';
  const byState: Record<Exclude<ConfirmationState, 'confirmed'>, BlockerKey> = {
    none: 'readiness.confirmationNotRequested',
    requested: 'readiness.confirmationAwaiting',
    refused: 'readiness.confirmationRefused',
  };
  found.push(blocker(byState[facts.confirmation], { clearsOn }));
  return found;
}

function mismatchBlockers(facts: ReadinessFacts): Blocker[] {
  return facts.certificateMismatches.map(({ field, certificateValue, recordValue }) => {
    const code = `readiness.mismatch.${field}` satisfies MessageKey;
    return { code, message: bilingual(code, { certificateValue, recordValue }), action: bilingual('readiness.mismatch.action') };
  });
}

export function readiness(facts: ReadinessFacts, applicationDate: string, policy: Policy = CURRENT_POLICY): Readiness {
  const { vehicle } = facts;
  const assessment = assess({ registrationDate: vehicle.registrationDate, transferDate: vehicle.transferDate }, applicationDate, policy);
  const blockers = [
    ...missingFields(vehicle),
    ...dateBlockers(vehicle, assessment),
    ...(facts.hasCertificateScan ? [] : [blocker('readiness.certificateScanMissing')]),
    ...mismatchBlockers(facts),
    ...modificationBlockers(facts),
    ...confirmationBlockers(facts, assessment),
  ];
  return { ready: blockers.length === 0, assessment, blockers };
}
