import { Alert, Button, Card, Descriptions, Drawer, Empty, Flex, Input, Skeleton, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { AppError } from '../../../shared/contract/errors';
import type { Manufacturer } from '../../../shared/contract/manufacturers';
import type { OutputOf } from '../../../shared/contract/operations';
import type { ConfirmationRequest } from '../../../shared/contract/requests';
import { client } from '../../api/client';
import { useTranslate } from '../../i18n/use-translate';
import { RequestStatusTag } from '../confirmations/RequestStatusTag';
import { statsOf } from './manufacturer-stats';

type Outlet = OutputOf<'manufacturers.outlets'>[number];

/** 厂商: every manufacturer on the certificates, how fast each answers, and its known outlets per country. */
export function ManufacturersScreen() {
  const { t, pick } = useTranslate();
  const [manufacturers, setManufacturers] = useState<Manufacturer[] | null>(null);
  const [requests, setRequests] = useState<ConfirmationRequest[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const [search, setSearch] = useState('');
  const [openId, setOpenId] = useState<number | null>(null);

  useEffect(() => {
    void client.call('manufacturers.list', {}).then((result) => (result.ok ? setManufacturers(result.value) : setError(result.error)));
    void client.call('requests.list', {}).then((result) => result.ok && setRequests(result.value));
  }, []);

  const byManufacturer = useMemo(() => {
    const map = new Map<number, ConfirmationRequest[]>();
    for (const r of requests) map.set(r.manufacturerId, [...(map.get(r.manufacturerId) ?? []), r]);
    return map;
  }, [requests]);

  const shown = (manufacturers ?? []).filter((m) => !search.trim() || [m.name, ...m.aliases].some((name) => name.toLowerCase().includes(search.trim().toLowerCase())));
  const open = manufacturers?.find((m) => m.id === openId) ?? null;

  const columns = [
    {
      title: t('manufacturers.field.name'),
      dataIndex: 'name',
      render: (name: string, m: Manufacturer) => (
        <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => setOpenId(m.id)} aria-label={t('manufacturers.open', { name })}>
          {name}
        </Button>
      ),
    },
    { title: t('manufacturers.field.vehicles'), dataIndex: 'vehicleCount', width: 90, align: 'right' as const },
    { title: t('manufacturers.field.requests'), key: 'requests', width: 90, align: 'right' as const, render: (_: unknown, m: Manufacturer) => statsOf(byManufacturer.get(m.id) ?? []).requests },
    {
      title: t('manufacturers.field.open'),
      key: 'open',
      width: 110,
      align: 'right' as const,
      render: (_: unknown, m: Manufacturer) => {
        const stats = statsOf(byManufacturer.get(m.id) ?? []);
        return stats.overdue > 0 ? <Typography.Text type="danger">{t('manufacturers.openOverdue', { open: stats.open, overdue: stats.overdue })}</Typography.Text> : stats.open;
      },
    },
    {
      title: t('manufacturers.field.averageReply'),
      key: 'average',
      width: 130,
      align: 'right' as const,
      render: (_: unknown, m: Manufacturer) => {
        const average = statsOf(byManufacturer.get(m.id) ?? []).averageReplyDays;
        return average === null ? '—' : t('manufacturers.days', { days: average });
      },
    },
    { title: t('manufacturers.field.contact'), key: 'contact', ellipsis: true, render: (_: unknown, m: Manufacturer) => [m.contactPerson, m.email, m.phone].filter(Boolean).join(' · ') || '—' },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('manufacturers.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('manufacturers.subtitle')}</Typography.Text>
        </div>
        <Input.Search aria-label={t('manufacturers.search')} placeholder={t('manufacturers.search')} allowClear value={search} onChange={(event) => setSearch(event.target.value)} style={{ width: 280 }} />
      </Flex>
      {error && <Alert type="error" showIcon message={pick(error.message)} />}
      <Card size="small">
        <Table<Manufacturer>
          rowKey="id"
          size="small"
          loading={manufacturers === null && !error}
          columns={columns}
          dataSource={shown}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: <Empty description={t('manufacturers.empty')} /> }}
          onRow={(m) => ({ onDoubleClick: () => setOpenId(m.id) })}
        />
      </Card>
      <ManufacturerDrawer manufacturer={open} requests={open ? (byManufacturer.get(open.id) ?? []) : []} onClose={() => setOpenId(null)} />
    </Flex>
  );
}

function ManufacturerDrawer({ manufacturer, requests, onClose }: { manufacturer: Manufacturer | null; requests: ConfirmationRequest[]; onClose(): void }) {
  const { t } = useTranslate();
  const [outlets, setOutlets] = useState<Outlet[] | null>(null);
  const id = manufacturer?.id ?? null;

  useEffect(() => {
    setOutlets(null);
    if (id === null) return;
    void client.call('manufacturers.outlets', { id }).then((result) => setOutlets(result.ok ? result.value : []));
  }, [id]);

  const stats = statsOf(requests);
  const countries = useMemo(() => {
    const map = new Map<string, Outlet[]>();
    for (const outlet of outlets ?? []) map.set(outlet.country, [...(map.get(outlet.country) ?? []), outlet]);
    return [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [outlets]);

  const requestColumns = [
    { title: t('confirmations.field.request'), dataIndex: 'id', width: 70, render: (value: number) => `#${value}` },
    { title: t('confirmations.field.batch'), dataIndex: 'batchReference', render: (value: string | null) => value ?? t('confirmations.noBatch') },
    { title: t('confirmations.field.vehicles'), key: 'vehicles', width: 70, align: 'right' as const, render: (_: unknown, r: ConfirmationRequest) => r.vehicles.length },
    { title: t('confirmations.field.status'), dataIndex: 'status', width: 160, render: (status: ConfirmationRequest['status'], r: ConfirmationRequest) => <RequestStatusTag status={status} overdue={r.overdue} /> },
    { title: t('confirmations.field.sentOn'), dataIndex: 'sentOn', width: 105, render: (value: string | null) => value ?? '—' },
    { title: t('confirmations.field.replyOn'), dataIndex: 'replyOn', width: 105, render: (value: string | null) => value ?? '—' },
  ];
  const outletColumns = [
    { title: t('confirmations.outlet.name'), dataIndex: 'name' },
    { title: t('confirmations.outlet.address'), dataIndex: 'address', render: (value: string | null) => value ?? '—' },
    { title: t('confirmations.outlet.contact'), dataIndex: 'contact', width: 150, render: (value: string | null) => value ?? '—' },
  ];

  return (
    <Drawer open={manufacturer !== null} onClose={onClose} size={760} title={manufacturer?.name} destroyOnHidden>
      {manufacturer && (
        <Flex vertical gap={16}>
          <Descriptions size="small" bordered column={2}>
            <Descriptions.Item label={t('manufacturers.field.vehicles')}>{manufacturer.vehicleCount}</Descriptions.Item>
            <Descriptions.Item label={t('manufacturers.field.averageReply')}>{stats.averageReplyDays === null ? t('manufacturers.noReplies') : t('manufacturers.days', { days: stats.averageReplyDays })}</Descriptions.Item>
            <Descriptions.Item label={t('manufacturers.field.contactPerson')}>{manufacturer.contactPerson ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('manufacturers.field.email')}>{manufacturer.email ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('manufacturers.field.phone')}>{manufacturer.phone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('manufacturers.field.department')}>{manufacturer.afterSalesDepartment ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('manufacturers.field.address')} span={2}>
              {manufacturer.address ?? '—'}
            </Descriptions.Item>
            {manufacturer.aliases.length > 0 && (
              <Descriptions.Item label={t('manufacturers.field.aliases')} span={2}>
                {manufacturer.aliases.join('、')}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Card size="small" title={t('manufacturers.history', { count: requests.length })}>
            <Table<ConfirmationRequest> rowKey="id" size="small" columns={requestColumns} dataSource={requests} pagination={{ pageSize: 10, hideOnSinglePage: true }} locale={{ emptyText: t('manufacturers.noRequests') }} />
          </Card>
          <Card size="small" title={t('manufacturers.outlets')}>
            {outlets === null ? (
              <Skeleton active />
            ) : countries.length === 0 ? (
              <Typography.Text type="secondary">{t('manufacturers.noOutlets')}</Typography.Text>
            ) : (
              <Flex vertical gap={12}>
                {countries.map(([country, rows]) => (
                  <div key={country}>
                    <Typography.Text strong>{country}</Typography.Text>
                    <Table<Outlet> rowKey={(row) => `${row.name}-${row.address ?? ''}`} size="small" columns={outletColumns} dataSource={rows} pagination={false} />
                  </div>
                ))}
              </Flex>
            )}
          </Card>
        </Flex>
      )}
    </Drawer>
  );
}
