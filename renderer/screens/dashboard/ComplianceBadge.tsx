import { Tag, Tooltip } from 'antd';
import type { AssessmentStatus } from '../../../shared/compliance';
import { useTranslate } from '../../i18n/use-translate';

const COLOURS: Record<AssessmentStatus, string> = {
  'confirmation-required': 'orange',
  'transitional-exempt': 'blue',
  'not-required': 'green',
  invalid: 'red',
};

interface ComplianceBadgeProps {
  status: AssessmentStatus;
  clearsOn?: string | null;
  daysUntilClear?: number | null;
  reason?: string;
  /** In a narrow table cell: the clearing date without the day count, which moves to the tooltip. */
  compact?: boolean;
}

/** A vehicle's 180-day state as a tag: confirmation required (and when it clears) / transitional / not required / invalid. */
export function ComplianceBadge({ status, clearsOn, daysUntilClear, reason, compact = false }: ComplianceBadgeProps) {
  const { t } = useTranslate();
  const clears = status === 'confirmation-required' && clearsOn && daysUntilClear !== null && daysUntilClear !== undefined;
  const full = clears ? `${t(`compliance.status.${status}`)} · ${t('badge.clearsOn', { date: clearsOn, days: daysUntilClear })}` : null;
  const tag = (
    <Tag color={COLOURS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`compliance.status.${status}`)}
      {clears ? ` · ${compact ? t('badge.clearsOnShort', { date: clearsOn }) : t('badge.clearsOn', { date: clearsOn, days: daysUntilClear })}` : ''}
    </Tag>
  );
  const tooltip = reason ?? (compact ? full : null);
  return tooltip ? <Tooltip title={tooltip}>{tag}</Tooltip> : tag;
}
