import { assess } from '../../../shared/compliance';
import { daysBetween } from '../../../shared/domain/calendar-date';
import type { Vehicle } from '../../../shared/contract/vehicles';
import { useApplicationDate } from '../../store/use-application-date';
import { ComplianceBadge } from '../dashboard/ComplianceBadge';

/** A row's 180-day state for the planned application date, computed here with the shared rules. */
export function ComplianceCell({ vehicle }: { vehicle: Vehicle }) {
  const { applicationDate } = useApplicationDate();
  if (!applicationDate) return null;
  const assessment = assess(vehicle, applicationDate);
  const daysUntilClear = assessment.clearsOn ? daysBetween(applicationDate, assessment.clearsOn) : null;
  return <ComplianceBadge status={assessment.status} clearsOn={assessment.clearsOn} daysUntilClear={daysUntilClear} compact />;
}
