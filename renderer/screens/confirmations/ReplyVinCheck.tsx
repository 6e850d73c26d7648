import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Alert, Button, Flex, Popconfirm, Progress, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { ReplyCheck } from '../../../shared/contract/requests';
import { useTranslate } from '../../i18n/use-translate';
import type { ReplyCheckState } from './use-reply-check';

type VinEntry = ReplyCheck['vins'][number];

/** Reading in progress (stoppable), how long it took, or why the VINs were not checked. */
export function ReplyCheckBanner({ state, onStop, onRetry }: { state: ReplyCheckState; onStop(): void; onRetry(): void }) {
  const { t, pick } = useTranslate();
  const retry = (
    <Button size="small" onClick={onRetry}>
      {t('replyCheck.again')}
    </Button>
  );
  if (state.status === 'checking') {
    return (
      <Flex align="center" gap={8} role="status" aria-live="polite" className="reply-check-progress">
        <Spin size="small" />
        <Typography.Text>{t('replyCheck.checking')}</Typography.Text>
        {state.total > 0 && <Progress percent={Math.round((state.done / state.total) * 100)} size="small" style={{ width: 140, margin: 0 }} />}
        <Button size="small" onClick={onStop}>
          {t('replyCheck.stop')}
        </Button>
      </Flex>
    );
  }
  if (state.status === 'done') {
    return <Typography.Text type="secondary">{t('replyCheck.summary', { pages: state.result.pagesRead, seconds: (state.result.ms / 1000).toFixed(1) })}</Typography.Text>;
  }
  if (state.status === 'failed') return <Alert type="warning" showIcon message={t('replyCheck.failed', { reason: pick(state.message) })} action={retry} />;
  if (state.status === 'stopped') return <Alert type="info" showIcon message={t('replyCheck.stopped')} action={retry} />;
  return null;
}

/** Beside a vehicle of the reply form: found in the scan (as read), or flagged with the closest reading. */
export function VinCheckMark({ entry }: { entry: VinEntry | undefined }) {
  const { t } = useTranslate();
  if (!entry) return null;
  if (entry.found) {
    return (
      <Typography.Text type="success" className="reply-vin-found">
        <CheckCircleFilled /> {entry.how === 'tolerant' && entry.read ? t('replyCheck.foundRead', { read: entry.read }) : t('replyCheck.found')}
      </Typography.Text>
    );
  }
  return (
    <span className="reply-vin-missing">
      <Typography.Text type="danger" strong>
        <ExclamationCircleFilled /> {t('replyCheck.missing')}
      </Typography.Text>{' '}
      <Typography.Text type="secondary">
        {entry.closest ? t('replyCheck.closest', { closest: entry.closest, page: entry.page ?? '?', distance: entry.distance ?? '?' }) : t('replyCheck.noClosest')}
      </Typography.Text>
    </span>
  );
}

/**
 * The reply form's save button. When a ticked VIN was not found in the scan the clerk confirms first
 * (the form's submit opens the confirmation, so Enter in a field asks too); a poor scan may still be saved.
 */
export function SaveReplyButton({ missing, confirming, onConfirm, onBack, children, disabled, loading }: { missing: string[]; confirming: boolean; onConfirm(): void; onBack(): void; children: ReactNode; disabled: boolean; loading: boolean }) {
  const { t } = useTranslate();
  return (
    <Popconfirm
      open={confirming && missing.length > 0}
      onOpenChange={(open) => !open && onBack()}
      title={t('replyCheck.confirmTitle', { count: missing.length })}
      description={
        <Flex vertical gap={4} style={{ maxWidth: 360 }}>
          <span>{t('replyCheck.confirmBody')}</span>
          {missing.map((vin) => (
            <Typography.Text code key={vin}>
              {vin}
            </Typography.Text>
          ))}
        </Flex>
      }
      okText={t('replyCheck.confirmOk')}
      okButtonProps={{ danger: true }}
      cancelText={t('replyCheck.confirmBack')}
      onConfirm={onConfirm}
      onCancel={onBack}
    >
      <Button type="primary" htmlType="submit" disabled={disabled} loading={loading}>
        {children}
      </Button>
    </Popconfirm>
  );
}
