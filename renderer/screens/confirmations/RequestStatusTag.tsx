import { Tag } from 'antd';
import type { RequestStatus } from '../../../shared/contract/requests';
import { useTranslate } from '../../i18n/use-translate';

const COLOURS: Record<RequestStatus, string> = { draft: 'default', sent: 'processing', confirmed: 'success', 'partly-confirmed': 'warning', refused: 'error', cancelled: 'default' };

export function RequestStatusTag({ status, overdue }: { status: RequestStatus; overdue?: boolean }) {
  const { t } = useTranslate();
  return (
    <>
      <Tag color={COLOURS[status]}>{t(`request.status.${status}`)}</Tag>
      {overdue && <Tag color="red">{t('confirmations.overdue')}</Tag>}
    </>
  );
}
