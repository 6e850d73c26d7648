import { Tag, Tooltip } from 'antd';
import type { AssessmentStatus } from '../../../shared/compliance';
import { useTranslate } from '../../i18n/use-translate';

const COLOURS: Record<AssessmentStatus, string> = {
  'confirmation-required': 'orange',
  'transitional-exempt': 'blue',
  'not-required': 'green',
  invalid: 'red',
};

/** A vehicle's 180-day state as a tag: confirmation required (and when it clears) / transitional / not required / invalid. */
export function ComplianceBadge({ status, clearsOn, daysUntilClear, reason }: { status: AssessmentStatus; clearsOn?: string | null; daysUntilClear?: number | null; reason?: string }) {
  const { t } = useTranslate();
  const tag = (
    <Tag color={COLOURS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`compliance.status.${status}`)}
      {status === 'confirmation-required' && clearsOn && daysUntilClear !== null && daysUntilClear !== undefined ? ` · ${t('badge.clearsOn', { date: clearsOn, days: daysUntilClear })}` : ''}
    </Tag>
  );
  return reason ? <Tooltip title={reason}>{tag}</Tooltip> : tag;
}
