import type { Database } from 'better-sqlite3';
import { assess, CURRENT_POLICY, POLICY_2025_648_ITEM_I, readiness, type Assessment, type CertificateMismatch, type Readiness } from '../../../shared/compliance';
import { confirmationWindow, statusInWindow } from '../../../shared/compliance/window';
import type { Dashboard } from '../../../shared/contract/compliance';
import { addDays, daysBetween, isoWeekday } from '../../../shared/domain/calendar-date';
import type { Vehicle } from '../../../shared/contract/vehicles';
import { attachmentsOfVehicle } from '../db/attachments-repo';
import { certificateReadingOf } from '../db/certificate-readings-repo';
import { confirmationStates } from '../db/requests-repo';
import { vehiclesAwaitingExport } from '../db/vehicles-repo';

const LIST_LIMIT = 50;
const CERTIFICATE_FIELDS = ['vin', 'brand', 'model', 'registrationDate', 'transferDate'] as const;

/** Where the record no longer says what the certificate says (notice item II: they must be identical). */
function mismatchesWithCertificate(vehicle: Vehicle, certificate: Record<string, string | null>): CertificateMismatch[] {
  return CERTIFICATE_FIELDS.filter((field) => certificate[field] && certificate[field] !== vehicle[field]).map((field) => ({ field, certificateValue: certificate[field]!, recordValue: vehicle[field] ?? '' }));
}
const TIMELINE_WEEKS = 26;

/** The 180-day rule and readiness, applied to stored vehicles. */
export function createComplianceService(db: Database, today: () => string) {
  return {
    policy() {
      return { ...CURRENT_POLICY, wording: POLICY_2025_648_ITEM_I };
    },

    assessDates(dates: { registrationDate: string | null; transferDate: string | null }, applicationDate = today()): Assessment {
      return assess(dates, applicationDate);
    },

    forVehicle(vehicle: Vehicle, applicationDate = today()): Readiness {
      return readiness(
        {
          vehicle,
          hasCertificateScan: attachmentsOfVehicle(db, vehicle.id, 'certificate-scan').length > 0,
          confirmation: confirmationStates(db, vehicle.id).get(vehicle.id) ?? 'none',
          hasModificationProof: attachmentsOfVehicle(db, vehicle.id, 'modification-proof').length > 0,
          certificateMismatches: mismatchesWithCertificate(vehicle, certificateReadingOf(db, vehicle.id)),
        },
        applicationDate,
      );
    },

    dashboard(applicationDate = today()): Dashboard {
      const window = confirmationWindow(applicationDate);
      const counts = { invalid: 0, 'not-required': 0, 'transitional-exempt': 0, 'confirmation-required': 0 };
      const requiring: Dashboard['clearingSoon'] = [];
      // Monday of the application date's week, then 26 weekly buckets.
      const firstWeek = addDays(applicationDate, 1 - isoWeekday(applicationDate));
      const timeline = Array.from({ length: TIMELINE_WEEKS }, (_, i) => ({ weekStart: addDays(firstWeek, i * 7), count: 0 }));
      const vehicles = vehiclesAwaitingExport(db);
      const states = confirmationStates(db);
      for (const vehicle of vehicles) {
        const status = statusInWindow(vehicle, window);
        counts[status] += 1;
        if (status !== 'confirmation-required') continue;
        const clearsOn = addDays(vehicle.registrationDate!, CURRENT_POLICY.confirmationWindowDays + 1);
        const daysUntilClear = daysBetween(applicationDate, clearsOn);
        requiring.push({ id: vehicle.id, vin: vehicle.vin, brand: vehicle.brand, model: vehicle.model, manufacturer: vehicle.manufacturer, clearsOn, daysUntilClear });
        const week = Math.floor(daysBetween(firstWeek, clearsOn) / 7);
        if (week >= 0 && week < TIMELINE_WEEKS) timeline[week]!.count += 1;
      }
      requiring.sort((a, b) => (a.daysUntilClear ?? 0) - (b.daysUntilClear ?? 0) || a.id - b.id);
      // Requested (awaiting a reply) or confirmed vehicles are on their way; refused ones need a new request.
      const withoutRequest = requiring.filter((v) => {
        const state = states.get(v.id);
        return state === undefined || state === 'refused';
      });
      return {
        applicationDate,
        policyId: CURRENT_POLICY.id,
        total: vehicles.length,
        counts,
        clearingWithin7Days: requiring.filter((v) => (v.daysUntilClear ?? 0) <= 7).length,
        clearingWithin30Days: requiring.filter((v) => (v.daysUntilClear ?? 0) <= 30).length,
        clearingSoon: requiring.slice(0, LIST_LIMIT),
        withoutRequest: { count: withoutRequest.length, vehicles: withoutRequest.slice(0, LIST_LIMIT) },
        clearingTimeline: timeline,
      };
    },
  };
}

export type ComplianceService = ReturnType<typeof createComplianceService>;
