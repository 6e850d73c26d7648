import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, AutoComplete, Button, Card, Empty, Flex, Form, Input, Popconfirm, Skeleton, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { KnownOutlet } from '../../../shared/contract/manufacturers';
import { client } from '../../api/client';
import { useTranslate } from '../../i18n/use-translate';

interface Values {
  country?: string;
  name?: string;
  address?: string;
  contact?: string;
}
const FIELDS = ['country', 'name', 'address', 'contact'] as const;

/** A manufacturer's known after-sales outlets, by country: add one by hand, remove one that closed. */
export function OutletsCard({ manufacturerId, countries }: { manufacturerId: number; countries: string[] }) {
  const { t, pick } = useTranslate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [outlets, setOutlets] = useState<KnownOutlet[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setOutlets(null);
    void client.call('manufacturers.outlets', { id: manufacturerId }).then((result) => {
      if (result.ok) setOutlets(result.value);
      else {
        setOutlets([]);
        setError(pick(result.error.message));
      }
    });
  }, [manufacturerId, pick]);

  const byCountry = useMemo(() => {
    const map = new Map<string, KnownOutlet[]>();
    for (const outlet of outlets ?? []) map.set(outlet.country, [...(map.get(outlet.country) ?? []), outlet]);
    return [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [outlets]);
  // Countries offered when adding: those already listed, then the destinations of the stock.
  const countryOptions = [...new Set([...byCountry.map(([country]) => country), ...countries])].map((value) => ({ value }));

  async function add(values: Values) {
    setBusy(true);
    setError(null);
    const result = await client.call('manufacturers.addOutlet', { manufacturerId, country: values.country ?? '', name: values.name ?? '', address: values.address ?? null, contact: values.contact ?? null });
    setBusy(false);
    if (result.ok) {
      setOutlets(result.value);
      form.resetFields(['name', 'address', 'contact']);
      void message.success(t('manufacturers.outlet.added'));
      return;
    }
    const problems = result.error.fields ?? [];
    const onFields = problems.filter((p) => (FIELDS as readonly string[]).includes(p.field));
    form.setFields(FIELDS.map((name) => ({ name, errors: onFields.filter((p) => p.field === name).map((p) => pick(p.message)) })).filter((entry) => entry.errors.length > 0));
    if (onFields.length === 0) setError(pick(result.error.message));
  }

  async function remove(outlet: KnownOutlet) {
    const result = await client.call('manufacturers.removeOutlet', { outletId: outlet.id });
    if (!result.ok) return setError(pick(result.error.message));
    setOutlets(result.value);
    void message.success(t('manufacturers.outlet.removed'));
  }

  const columns = [
    { title: t('confirmations.outlet.name'), dataIndex: 'name' },
    { title: t('confirmations.outlet.address'), dataIndex: 'address', render: (value: string | null) => value ?? '—' },
    { title: t('confirmations.outlet.contact'), dataIndex: 'contact', width: 140, render: (value: string | null) => value ?? '—' },
    {
      title: t('manufacturers.outlet.source'),
      dataIndex: 'requestId',
      width: 90,
      render: (requestId: number | null) => <Typography.Text type="secondary">{requestId === null ? t('manufacturers.outlet.byHand') : t('manufacturers.outlet.fromReply', { id: requestId })}</Typography.Text>,
    },
    {
      title: t('manufacturers.outlet.actions'),
      key: 'remove',
      width: 56,
      render: (_: unknown, outlet: KnownOutlet) => (
        <Popconfirm title={t('manufacturers.outlet.removeConfirm')} okText={t('manufacturers.outlet.removeOk')} cancelText={t('form.cancel')} okButtonProps={{ danger: true }} onConfirm={() => remove(outlet)}>
          <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={t('manufacturers.outlet.remove', { name: outlet.name })} />
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card size="small" title={t('manufacturers.outlets')}>
      <Flex vertical gap={12}>
        {outlets === null ? (
          <Skeleton active />
        ) : byCountry.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('manufacturers.noOutlets')} style={{ margin: '8px 0' }} />
        ) : (
          byCountry.map(([country, rows]) => (
            <section key={country} aria-label={country}>
              <Typography.Text strong>{country}</Typography.Text>
              <Table<KnownOutlet> rowKey="id" size="small" columns={columns} dataSource={rows} pagination={false} style={{ marginTop: 4 }} />
            </section>
          ))
        )}
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
        <Form form={form} layout="vertical" onFinish={(values) => void add(values)} autoComplete="off" aria-label={t('manufacturers.outlet.add')}>
          <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
            {t('manufacturers.outletsHint')}
          </Typography.Text>
          <Flex gap={8} align="flex-start" wrap>
            <Form.Item name="country" label={t('confirmations.outlet.country')} htmlFor="outlet-country" rules={[{ required: true, whitespace: true, message: t('field.required') }]} style={{ width: 120, marginBottom: 8 }}>
              <AutoComplete id="outlet-country" options={countryOptions} placeholder={t('manufacturers.outlet.countryHint')} filterOption />
            </Form.Item>
            <Form.Item name="name" label={t('confirmations.outlet.name')} htmlFor="outlet-name" rules={[{ required: true, whitespace: true, message: t('field.required') }]} style={{ flex: 1, minWidth: 120, marginBottom: 8 }}>
              <Input id="outlet-name" maxLength={200} />
            </Form.Item>
            <Form.Item name="address" label={t('confirmations.outlet.address')} htmlFor="outlet-address" style={{ flex: 1, minWidth: 120, marginBottom: 8 }}>
              <Input id="outlet-address" maxLength={300} />
            </Form.Item>
            <Form.Item name="contact" label={t('confirmations.outlet.contact')} htmlFor="outlet-contact" style={{ width: 130, marginBottom: 8 }}>
              <Input id="outlet-contact" maxLength={200} />
            </Form.Item>
            <Form.Item label=" " colon={false} style={{ marginBottom: 8 }}>
              <Button htmlType="submit" icon={<PlusOutlined />} loading={busy}>
                {t('manufacturers.outlet.add')}
              </Button>
            </Form.Item>
          </Flex>
        </Form>
      </Flex>
    </Card>
  );
}
