import { EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Input, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { AppError } from '../../../shared/contract/errors';
import type { Manufacturer } from '../../../shared/contract/manufacturers';
import type { ConfirmationRequest } from '../../../shared/contract/requests';
import { client } from '../../api/client';
import { useTranslate } from '../../i18n/use-translate';
import { statsOf } from './manufacturer-stats';
import { ManufacturerDrawer } from './ManufacturerDrawer';
import { ManufacturerEditModal } from './ManufacturerEditModal';

/** 厂商: every manufacturer on the certificates, its contacts, how fast it answers, and its known outlets per country. */
export function ManufacturersScreen() {
  const { t, pick } = useTranslate();
  const { message } = App.useApp();
  const [manufacturers, setManufacturers] = useState<Manufacturer[] | null>(null);
  const [requests, setRequests] = useState<ConfirmationRequest[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const [search, setSearch] = useState('');
  const [openId, setOpenId] = useState<number | null>(null);
  const [editId, setEditId] = useState<number | null>(null);
  const [countries, setCountries] = useState<string[]>([]);

  useEffect(() => {
    void client.call('manufacturers.list', {}).then((result) => (result.ok ? setManufacturers(result.value) : setError(result.error)));
    void client.call('requests.list', {}).then((result) => result.ok && setRequests(result.value));
    void client.call('vehicles.facets', {}).then((result) => result.ok && setCountries(result.value.destinations));
  }, []);

  const byManufacturer = useMemo(() => {
    const map = new Map<number, ConfirmationRequest[]>();
    for (const r of requests) map.set(r.manufacturerId, [...(map.get(r.manufacturerId) ?? []), r]);
    return map;
  }, [requests]);

  const shown = (manufacturers ?? []).filter((m) => !search.trim() || [m.name, ...m.aliases].some((name) => name.toLowerCase().includes(search.trim().toLowerCase())));
  const open = manufacturers?.find((m) => m.id === openId) ?? null;
  const editing = manufacturers?.find((m) => m.id === editId) ?? null;

  function saved(updated: Manufacturer) {
    setManufacturers((list) => (list ?? []).map((m) => (m.id === updated.id ? updated : m)));
    setEditId(null);
    void message.success(t('manufacturers.saved'));
  }

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
    {
      title: t('manufacturers.outlet.actions'),
      key: 'edit',
      width: 64,
      render: (_: unknown, m: Manufacturer) => <Button type="text" size="small" icon={<EditOutlined />} onClick={() => setEditId(m.id)} aria-label={t('manufacturers.editOf', { name: m.name })} />,
    },
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
      <ManufacturerDrawer manufacturer={open} requests={open ? (byManufacturer.get(open.id) ?? []) : []} countries={countries} onEdit={() => open && setEditId(open.id)} onClose={() => setOpenId(null)} />
      <ManufacturerEditModal manufacturer={editing} onClose={() => setEditId(null)} onSaved={saved} />
    </Flex>
  );
}
