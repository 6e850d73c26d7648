import { FolderOpenOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Empty, Flex, List, Progress, Space, Spin, Tag, Typography, Upload } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslate } from '../../i18n/use-translate';
import { useNavigationStore } from '../../store/navigation-store';
import { isScan } from './grouping';
import { ReviewPanel } from './ReviewPanel';
import { useStockInStore, type CertificateStatus, type QueuedCertificate } from './stock-in-store';
import './stock-in.css';

const STATUS_COLOR: Record<CertificateStatus, string> = { waiting: 'default', reading: 'processing', review: 'warning', saved: 'success', failed: 'error', skipped: 'default' };
const FINISHED: readonly CertificateStatus[] = ['saved', 'failed', 'skipped'];

/** 扫描入库: certificate scans in, OCR, review beside the scan, the vehicle saved with its scans. */
export function StockInScreen() {
  const { t, pick } = useTranslate();
  const { message } = AntApp.useApp();
  const { queue, reviewing, add: queueFiles, cancel, review, finish, mergeWithNext, split, clearFinished } = useStockInStore();
  const go = useNavigationStore((state) => state.go);
  const folderInput = useRef<HTMLInputElement>(null);
  const add = useCallback(
    (files: File[], batch: boolean) => {
      if (files.some((file) => isScan(file.name))) queueFiles(files, batch);
      else void message.warning(t('stockIn.noScans'));
    },
    [queueFiles, message, t],
  );
  // Scans dropped anywhere on the window (outside the drop zone, which handles its own) are taken too.
  useEffect(() => {
    const outside = (event: DragEvent) => !(event.target instanceof Element && event.target.closest('.stock-in-drop'));
    const over = (event: DragEvent) => {
      if (outside(event) && event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!outside(event) || !event.dataTransfer?.files.length) return;
      event.preventDefault();
      add([...event.dataTransfer.files], false);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [add]);
  const current = queue.find((item) => item.id === reviewing && item.status === 'review');
  const reading = queue.find((item) => item.status === 'reading');
  const done = queue.filter((item) => FINISHED.includes(item.status) || item.status === 'review').length;
  const busy = queue.some((item) => item.status === 'waiting' || item.status === 'reading');
  const batch = queue.length > 1;
  // Files fully read count as done; the one being read counts by its files.
  const percent = queue.length === 0 ? 0 : Math.round(((done + (reading ? reading.progress.done / Math.max(1, reading.progress.total) : 0)) / queue.length) * 100);

  return (
    <Flex vertical gap={12} className="stock-in">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('stockIn.title')}
        </Typography.Title>
        <Button icon={<FolderOpenOutlined />} onClick={() => folderInput.current?.click()}>
          {t('stockIn.chooseFolder')}
        </Button>
        <input
          ref={folderInput}
          type="file"
          multiple
          hidden
          aria-label={t('stockIn.folderInput')}
          data-testid="stock-in-folder"
          {...{ webkitdirectory: '', directory: '' }}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) add(files, true);
          }}
        />
      </Flex>
      {!current && <Typography.Paragraph style={{ margin: 0 }}>{t('stockIn.intro')}</Typography.Paragraph>}
      <Upload.Dragger
        multiple
        showUploadList={false}
        accept=".jpg,.jpeg,.png,.tif,.tiff,.bmp,.webp,.pdf"
        beforeUpload={(file, fileList) => {
          // Called once per file with the whole drop: take the drop once, as one group.
          if (file === fileList[0]) add(fileList as unknown as File[], false);
          return Upload.LIST_IGNORE;
        }}
        className={current || batch ? 'stock-in-drop stock-in-drop-compact' : 'stock-in-drop'}
      >
        {!(current || batch) && (
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
        )}
        <p className="ant-upload-text">{t('stockIn.drop')}</p>
        <p className="ant-upload-hint">{t('stockIn.dropHint')}</p>
      </Upload.Dragger>
      {!current && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('stockIn.rule')}
        </Typography.Paragraph>
      )}
      {(batch || busy) && (
        <Flex gap={12} align="center" className="stock-in-progress">
          <Typography.Text strong>{t('stockIn.queueSummary', { done, total: queue.length })}</Typography.Text>
          <Progress percent={percent} size="small" style={{ flex: 1, margin: 0 }} aria-label={t('stockIn.queue')} status={busy ? 'active' : 'normal'} />
          {busy && (
            <Button danger size="small" onClick={cancel}>
              {t('stockIn.cancel')}
            </Button>
          )}
          {queue.some((item) => FINISHED.includes(item.status)) && (
            <Button size="small" onClick={clearFinished}>
              {t('stockIn.clear')}
            </Button>
          )}
        </Flex>
      )}
      <Flex gap={12} align="flex-start" className="stock-in-body">
        {batch && (
          <Card size="small" title={t('stockIn.queue')} className="stock-in-queue">
            <List
              size="small"
              dataSource={queue}
              renderItem={(item, index) => <QueueRow item={item} next={queue[index + 1]} active={item.id === current?.id} onReview={() => review(item.id)} onMerge={() => mergeWithNext(item.id)} onSplit={() => split(item.id)} />}
            />
          </Card>
        )}
        <div className="stock-in-main">
          {current ? (
            <ReviewPanel key={current.id} item={current} onSaved={(vin) => finish(current.id, 'saved', vin)} onSkip={() => finish(current.id, 'skipped')} />
          ) : reading ? (
            <Card>
              <Flex vertical align="center" gap={8}>
                <Spin />
                <Typography.Text>{t('stockIn.reading', { name: reading.name })}</Typography.Text>
                <Typography.Text type="secondary">{t('stockIn.readingFile', { done: reading.progress.done, total: reading.progress.total })}</Typography.Text>
              </Flex>
            </Card>
          ) : queue.length > 0 && !batch && queue[0]!.status === 'failed' ? (
            <Alert type="error" showIcon title={t('stockIn.failed')} description={queue[0]!.error ? pick(queue[0]!.error) : undefined} />
          ) : queue.some((item) => item.status === 'saved') && !busy ? (
            <Button onClick={() => go('inventory')}>{t('stockIn.openInventory')}</Button>
          ) : (
            queue.length === 0 && <Empty description={t('stockIn.idle')} />
          )}
        </div>
      </Flex>
    </Flex>
  );
}

function QueueRow({ item, next, active, onReview, onMerge, onSplit }: { item: QueuedCertificate; next?: QueuedCertificate; active: boolean; onReview(): void; onMerge(): void; onSplit(): void }) {
  const { t, pick } = useTranslate();
  const actions = [];
  if (item.status === 'review' && !active)
    actions.push(
      <Button key="review" size="small" type="link" onClick={onReview}>
        {t('stockIn.review')}
      </Button>,
    );
  if (item.status === 'waiting' && next?.status === 'waiting' && item.files.length + next.files.length <= 4)
    actions.push(
      <Button key="merge" size="small" type="link" onClick={onMerge}>
        {t('stockIn.mergeNext')}
      </Button>,
    );
  if (item.status === 'waiting' && item.files.length > 1)
    actions.push(
      <Button key="split" size="small" type="link" onClick={onSplit}>
        {t('stockIn.split')}
      </Button>,
    );
  return (
    <List.Item className={active ? 'stock-in-queue-active' : undefined} data-status={item.status}>
      <Flex vertical gap={2} style={{ width: '100%', minWidth: 0 }}>
        <Flex justify="space-between" align="center" gap={6}>
          <Typography.Text ellipsis={{ tooltip: item.files.map((file) => file.name).join('\n') }} style={{ minWidth: 0 }}>
            {item.name}
          </Typography.Text>
          <Tag color={STATUS_COLOR[item.status]} style={{ marginInlineEnd: 0 }}>
            {t(`stockIn.status.${item.status}`)}
          </Tag>
        </Flex>
        {item.status === 'reading' && <Progress percent={Math.round((item.progress.done / Math.max(1, item.progress.total)) * 100)} size="small" />}
        {item.status === 'failed' && item.error && <Typography.Text type="danger">{pick(item.error)}</Typography.Text>}
        {item.status === 'saved' && item.vin && <Typography.Text type="secondary" className="inventory-mono">{item.vin}</Typography.Text>}
        <Space size={0} wrap>
          <Typography.Text type="secondary">{t('stockIn.files', { count: item.files.length })}</Typography.Text>
          {actions}
        </Space>
      </Flex>
    </List.Item>
  );
}
