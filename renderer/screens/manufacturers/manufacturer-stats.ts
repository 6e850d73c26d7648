import type { ConfirmationRequest } from '../../../shared/contract/requests';
import { daysBetween } from '../../../shared/domain/calendar-date';

export interface ManufacturerStats {
  requests: number;
  open: number;
  overdue: number;
  /** Mean of replyOn − sentOn in calendar days over replied requests; null when none replied. */
  averageReplyDays: number | null;
}

export function statsOf(requests: ConfirmationRequest[]): ManufacturerStats {
  const replied = requests.filter((r) => r.sentOn && r.replyOn);
  const days = replied.map((r) => daysBetween(r.sentOn!, r.replyOn!));
  return {
    requests: requests.length,
    open: requests.filter((r) => r.status === 'draft' || r.status === 'sent' || r.status === 'partly-confirmed').length,
    overdue: requests.filter((r) => r.overdue).length,
    averageReplyDays: days.length > 0 ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10 : null,
  };
}
