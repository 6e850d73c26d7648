import { Tag } from 'antd';
import type { BatchStatus } from '../../../shared/contract/batches';
import { useTranslate } from '../../i18n/use-translate';

const COLOURS: Record<BatchStatus, string> = { draft: 'default', submitted: 'processing', licensed: 'success', refused: 'error' };

export function BatchStatusTag({ status }: { status: BatchStatus }) {
  const { t } = useTranslate();
  return <Tag color={COLOURS[status]}>{t(`batch.status.${status}`)}</Tag>;
}
