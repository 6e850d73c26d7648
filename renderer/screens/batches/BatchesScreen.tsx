import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { Batch } from '../../../shared/contract/batches';
import type { AppError } from '../../../shared/contract/errors';
import { client } from '../../api/client';
import { useTranslate } from '../../i18n/use-translate';
import { BatchPage } from './BatchPage';
import { BatchStatusTag } from './BatchStatusTag';
import { NewBatchModal } from './NewBatchModal';

/** 批次: the licence applications, each a group of vehicles; a click opens its page. */
export function BatchesScreen() {
  const { t, pick } = useTranslate();
  const [batches, setBatches] = useState<Batch[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);

  const load = useCallback(async () => {
    const result = await client.call('batches.list', {});
    if (result.ok) {
      setBatches(result.value);
      setError(null);
    } else setError(result.error);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  if (openId !== null)
    return (
      <BatchPage
        id={openId}
        onBack={() => {
          setOpenId(null);
          void load();
        }}
      />
    );

  const columns = [
    {
      title: t('batches.field.reference'),
      dataIndex: 'reference',
      render: (reference: string, batch: Batch) => (
        <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => setOpenId(batch.id)} aria-label={t('batches.openBatch', { reference })}>
          {reference}
        </Button>
      ),
    },
    { title: t('batches.field.status'), dataIndex: 'status', width: 120, render: (status: Batch['status']) => <BatchStatusTag status={status} /> },
    { title: t('batches.field.vehicleCount'), dataIndex: 'vehicleCount', width: 100, align: 'right' as const },
    { title: t('batches.field.plannedDate'), dataIndex: 'plannedApplicationDate', width: 190, render: (date: string | null) => date ?? t('batches.noDate') },
    { title: t('batches.field.destination'), dataIndex: 'destinationCountry', render: (value: string | null) => value ?? '—' },
    { title: t('batches.field.licenceNumber'), dataIndex: 'licenceNumber', render: (value: string | null) => value ?? '—' },
    { title: t('batches.field.updatedAt'), dataIndex: 'updatedAt', width: 120, render: (value: string) => dayjs(value).format('YYYY-MM-DD') },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="baseline" wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('batches.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('batches.subtitle')}</Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('batches.new.button')}
        </Button>
      </Flex>
      {error && <Alert type="error" showIcon message={pick(error.message)} />}
      <Card size="small">
        <Table<Batch>
          rowKey="id"
          size="small"
          loading={batches === null && !error}
          columns={columns}
          dataSource={batches ?? []}
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={t('batches.empty')} /> }}
          onRow={(batch) => ({ onDoubleClick: () => setOpenId(batch.id) })}
        />
      </Card>
      <NewBatchModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(batch) => {
          setCreating(false);
          setOpenId(batch.id);
        }}
      />
    </Flex>
  );
}
