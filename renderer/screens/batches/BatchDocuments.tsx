import { FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { OutputOf } from '../../../shared/contract/operations';
import { client } from '../../api/client';
import { useTranslate } from '../../i18n/use-translate';
import type { PdfFile } from './pdf';
import { PdfPreview } from './PdfPreview';

type HistoryRow = OutputOf<'documents.history'>[number];
type Kind = 'appendix' | 'requests' | 'packet';

/** The batch's documents: generate, preview, save, print; and every earlier version, newest first. */
export function BatchDocuments({ batchId, vehicleCount, onGenerated }: { batchId: number; vehicleCount: number; onGenerated(): void }) {
  const { t, pick } = useTranslate();
  const [history, setHistory] = useState<HistoryRow[]>([]);
  const [busy, setBusy] = useState<Kind | number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<PdfFile[]>([]);

  const loadHistory = useCallback(async () => {
    const result = await client.call('documents.history', { batchId });
    if (result.ok) setHistory([...result.value].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id));
  }, [batchId]);

  useEffect(() => {
    void loadHistory();
  }, [loadHistory]);

  async function generate(kind: Kind) {
    setBusy(kind);
    setError(null);
    let files: PdfFile[] | null = null;
    if (kind === 'appendix') {
      const result = await client.call('documents.appendix', { batchId });
      if (result.ok) files = [result.value];
      else setError(pick(result.error.message));
    } else if (kind === 'packet') {
      const result = await client.call('documents.packet', { batchId });
      if (result.ok) files = [result.value];
      else setError(pick(result.error.message));
    } else {
      const existing = await client.call('requests.list', { batchId });
      const open = existing.ok ? existing.value.filter((r) => r.status !== 'cancelled') : [];
      const created = open.length === 0 ? await client.call('requests.create', { batchId }) : null;
      if (created && !created.ok) setError(pick(created.error.message));
      else {
        const result = await client.call('documents.requests', { batchId });
        if (result.ok) files = result.value;
        else setError(pick(result.error.message));
      }
    }
    setBusy(null);
    if (files) {
      setPreview(files);
      onGenerated();
    }
    void loadHistory();
  }

  async function open(row: HistoryRow) {
    setBusy(row.id);
    const result = await client.call('documents.open', { id: row.id });
    setBusy(null);
    if (result.ok) setPreview([result.value]);
    else setError(pick(result.error.message));
  }

  const columns = [
    { title: t('batches.docs.kind'), dataIndex: 'kind', width: 150, render: (kind: HistoryRow['kind']) => t(`batches.docs.kind.${kind}`) },
    {
      title: t('batches.docs.file'),
      dataIndex: 'fileName',
      render: (name: string, row: HistoryRow) => (
        <Flex gap={8} align="center" wrap>
          <Typography.Text delete={row.supersededAt !== null} type={row.supersededAt ? 'secondary' : undefined}>
            {name}
          </Typography.Text>
          {row.supersededAt ? <Tag>{t('batches.docs.superseded', { date: dayjs(row.supersededAt).format('YYYY-MM-DD HH:mm') })}</Tag> : <Tag color="green">{t('batches.docs.current')}</Tag>}
        </Flex>
      ),
    },
    { title: t('batches.docs.createdAt'), dataIndex: 'createdAt', width: 170, render: (value: string) => dayjs(value).format('YYYY-MM-DD HH:mm:ss') },
    { title: t('batches.docs.size'), dataIndex: 'size', width: 90, align: 'right' as const, render: (size: number) => `${Math.max(1, Math.round(size / 1024))} KB` },
    {
      title: '',
      key: 'open',
      width: 80,
      render: (_: unknown, row: HistoryRow) => (
        <Button size="small" loading={busy === row.id} onClick={() => void open(row)} aria-label={t('batches.docs.openFile', { name: row.fileName })}>
          {t('batches.docs.open')}
        </Button>
      ),
    },
  ];

  const empty = vehicleCount === 0;
  return (
    <Card size="small" title={t('batches.docs.title')}>
      <Flex vertical gap={12}>
        <Flex gap={8} wrap>
          {(['appendix', 'requests', 'packet'] as const).map((kind) => (
            <Button key={kind} icon={<FileTextOutlined />} disabled={empty || (busy !== null && busy !== kind)} loading={busy === kind} onClick={() => void generate(kind)}>
              {t(`batches.docs.make.${kind}`)}
            </Button>
          ))}
        </Flex>
        {empty && <Typography.Text type="secondary">{t('batches.docs.emptyBatch')}</Typography.Text>}
        {error && <Alert type="error" showIcon closable onClose={() => setError(null)} message={error} />}
        <Table<HistoryRow>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={history}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('batches.docs.noHistory') }}
          aria-label={t('batches.docs.history')}
        />
      </Flex>
      <PdfPreview files={preview} onClose={() => setPreview([])} />
    </Card>
  );
}
