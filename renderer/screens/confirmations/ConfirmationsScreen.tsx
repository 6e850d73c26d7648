import { Alert, Button, Card, Empty, Flex, Select, Table, Tabs, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Batch } from '../../../shared/contract/batches';
import type { AppError } from '../../../shared/contract/errors';
import type { Manufacturer } from '../../../shared/contract/manufacturers';
import { REQUEST_STATUSES, type ConfirmationRequest, type RequestStatus } from '../../../shared/contract/requests';
import { client } from '../../api/client';
import { useTranslate } from '../../i18n/use-translate';
import { useBoardRequest } from './board-request';
import { RequestDrawer } from './RequestDrawer';
import { RequestStatusTag } from './RequestStatusTag';

type Tab = 'open' | 'overdue' | 'all' | RequestStatus;

/** 确认函: who owes which confirmation, since when, and what to chase today. */
export function ConfirmationsScreen() {
  const { t, pick } = useTranslate();
  const [requests, setRequests] = useState<ConfirmationRequest[] | null>(null);
  const [manufacturers, setManufacturers] = useState<Manufacturer[]>([]);
  const [batches, setBatches] = useState<Batch[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const [tab, setTab] = useState<Tab>('open');
  const [manufacturerId, setManufacturerId] = useState<number | null>(null);
  const [batchId, setBatchId] = useState<number | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);

  const load = useCallback(async () => {
    const result = await client.call('requests.list', {});
    if (result.ok) {
      setRequests(result.value);
      setError(null);
    } else setError(result.error);
  }, []);

  useEffect(() => {
    void load();
    void client.call('manufacturers.list', {}).then((result) => result.ok && setManufacturers(result.value));
    void client.call('batches.list', {}).then((result) => result.ok && setBatches(result.value));
  }, [load]);

  // A clicked overdue reminder: every overdue request, whatever was filtered before.
  const overdueWanted = useBoardRequest((state) => state.overdueWanted);
  useEffect(() => {
    if (!overdueWanted) return;
    useBoardRequest.getState().taken();
    setTab('overdue');
    setManufacturerId(null);
    setBatchId(null);
    void load();
  }, [overdueWanted, load]);

  const filtered = useMemo(
    () => (requests ?? []).filter((r) => (manufacturerId === null || r.manufacturerId === manufacturerId) && (batchId === null || r.batchId === batchId)),
    [requests, manufacturerId, batchId],
  );
  const inTab = (r: ConfirmationRequest, key: Tab) =>
    key === 'all' ? true : key === 'open' ? r.status === 'draft' || r.status === 'sent' || r.status === 'partly-confirmed' : key === 'overdue' ? r.overdue : r.status === key;
  const shown = filtered.filter((r) => inTab(r, tab)).sort((a, b) => Number(b.overdue) - Number(a.overdue) || (b.workingDaysWaiting ?? -1) - (a.workingDaysWaiting ?? -1) || b.id - a.id);
  const overdue = (requests ?? []).filter((r) => r.overdue);
  const tabs: Tab[] = ['open', 'overdue', ...REQUEST_STATUSES, 'all'];

  const columns = [
    {
      title: t('confirmations.field.request'),
      dataIndex: 'id',
      width: 80,
      render: (id: number) => (
        <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => setOpenId(id)} aria-label={t('confirmations.openRequest', { id })}>
          #{id}
        </Button>
      ),
    },
    { title: t('confirmations.field.manufacturer'), dataIndex: 'manufacturer', ellipsis: true },
    { title: t('confirmations.field.batch'), dataIndex: 'batchReference', width: 140, render: (value: string | null) => value ?? t('confirmations.noBatch') },
    { title: t('confirmations.field.vehicles'), key: 'vehicles', width: 80, align: 'right' as const, render: (_: unknown, r: ConfirmationRequest) => r.vehicles.length },
    { title: t('confirmations.field.status'), dataIndex: 'status', width: 150, render: (status: RequestStatus, r: ConfirmationRequest) => <RequestStatusTag status={status} overdue={r.overdue} /> },
    { title: t('confirmations.field.sentOn'), dataIndex: 'sentOn', width: 110, render: (value: string | null) => value ?? '—' },
    {
      title: t('confirmations.field.waiting'),
      dataIndex: 'workingDaysWaiting',
      width: 140,
      align: 'right' as const,
      render: (days: number | null) => (days === null ? '—' : t('confirmations.workingDays', { days })),
    },
    { title: t('confirmations.field.dueOn'), dataIndex: 'dueOn', width: 110, render: (value: string | null, r: ConfirmationRequest) => <Typography.Text type={r.overdue ? 'danger' : undefined}>{value ?? '—'}</Typography.Text> },
    { title: t('confirmations.field.replyOn'), dataIndex: 'replyOn', width: 110, render: (value: string | null) => value ?? '—' },
  ];

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('confirmations.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('confirmations.subtitle')}</Typography.Text>
      </div>
      {error && <Alert type="error" showIcon message={pick(error.message)} />}
      {overdue.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={t('confirmations.overdueAlert', { count: overdue.length })}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {overdue.map((r) => (
                <li key={r.id}>
                  <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => setOpenId(r.id)}>
                    {t('confirmations.overdueItem', { id: r.id, manufacturer: r.manufacturer, batch: r.batchReference ?? '—', dueOn: r.dueOn ?? '', days: r.workingDaysWaiting ?? 0 })}
                  </Button>
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Card size="small">
        <Flex gap={16} wrap align="center" style={{ marginBottom: 8 }}>
          <BoardFilter id="confirmations-manufacturer" label={t('confirmations.filter.manufacturer')} placeholder={t('confirmations.filter.all')} width={260}
            value={manufacturerId} onChange={setManufacturerId} options={manufacturers.map((m) => ({ value: m.id, label: m.name }))} />
          <BoardFilter id="confirmations-batch" label={t('confirmations.filter.batch')} placeholder={t('confirmations.filter.all')} width={200}
            value={batchId} onChange={setBatchId} options={batches.map((b) => ({ value: b.id, label: b.reference }))} />
          <Button onClick={() => void load()}>{t('confirmations.refresh')}</Button>
        </Flex>
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as Tab)}
          items={tabs.map((key) => ({
            key,
            label: `${key === 'open' || key === 'overdue' || key === 'all' ? t(`confirmations.tab.${key}`) : t(`request.status.${key}`)} (${filtered.filter((r) => inTab(r, key)).length})`,
          }))}
        />
        <Table<ConfirmationRequest>
          rowKey="id"
          size="small"
          loading={requests === null && !error}
          columns={columns}
          dataSource={shown}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          onRow={(r) => ({ style: r.overdue ? { background: '#fff1f0' } : undefined, onDoubleClick: () => setOpenId(r.id) })}
          locale={{ emptyText: <Empty description={(requests ?? []).length === 0 ? t('confirmations.empty') : t('confirmations.emptyFiltered')} /> }}
        />
      </Card>
      <RequestDrawer
        id={openId}
        manufacturers={manufacturers}
        onClose={() => setOpenId(null)}
        onChanged={() => void load()}
      />
    </Flex>
  );
}

interface BoardFilterProps {
  id: string;
  label: string;
  placeholder: string;
  width: number;
  value: number | null;
  onChange: (value: number | null) => void;
  options: Array<{ value: number; label: string }>;
}

/** One of the board's filters: a visible label, a searchable list, cleared back to "all". */
function BoardFilter({ id, label, placeholder, width, value, onChange, options }: BoardFilterProps) {
  return (
    <Flex gap={8} align="center">
      <label htmlFor={id}>{label}</label>
      <Select id={id} allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={placeholder} style={{ width }} value={value} onChange={(chosen) => onChange(chosen ?? null)} options={options} />
    </Flex>
  );
}
