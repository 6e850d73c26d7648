import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Modal, Popconfirm, Skeleton, Table, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { BATCH_TRANSITIONS, type BatchDetail, type BatchStatus } from '../../../shared/contract/batches';
import type { AppError } from '../../../shared/contract/errors';
import { client } from '../../api/client';
import { useTranslate } from '../../i18n/use-translate';
import { AddVehiclesModal } from './AddVehiclesModal';
import { BatchDocuments } from './BatchDocuments';
import { BatchStatusTag } from './BatchStatusTag';

type BatchVehicle = BatchDetail['vehicles'][number];

/** One batch: its data, status buttons, vehicles (with ready / override marker) and documents. */
export function BatchPage({ id, onBack }: { id: number; onBack(): void }) {
  const { t, pick } = useTranslate();
  const { message } = App.useApp();
  const [batch, setBatch] = useState<BatchDetail | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [adding, setAdding] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);
  const [licensing, setLicensing] = useState(false);
  const [licenceForm] = Form.useForm<{ licenceNumber: string }>();

  const load = useCallback(async () => {
    const result = await client.call('batches.get', { id });
    if (result.ok) {
      setBatch(result.value);
      setError(null);
    } else setError(result.error);
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  const inBatch = useMemo(() => new Set(batch?.vehicles.map((v) => v.id) ?? []), [batch]);

  async function changeStatus(status: BatchStatus, licenceNumber?: string) {
    const result = await client.call('batches.update', { id, changes: { status, ...(licenceNumber ? { licenceNumber } : {}) } });
    if (!result.ok) {
      void message.error(pick(result.error.message));
      return false;
    }
    void message.success(t('batches.statusChanged', { status: t(`batch.status.${status}`) }));
    await load();
    return true;
  }

  async function remove() {
    const result = await client.call('batches.removeVehicles', { batchId: id, vehicleIds: selected });
    if (!result.ok) void message.error(pick(result.error.message));
    else void message.success(t('batches.removed', { count: selected.length }));
    setSelected([]);
    await load();
  }

  if (error)
    return (
      <Flex vertical gap={16}>
        <Button icon={<ArrowLeftOutlined />} onClick={onBack} style={{ alignSelf: 'flex-start' }}>
          {t('batches.back')}
        </Button>
        <Alert type="error" showIcon message={pick(error.message)} />
      </Flex>
    );
  if (!batch) return <Skeleton active />;

  const draft = batch.status === 'draft';
  const columns = [
    { title: 'VIN', dataIndex: 'vin', width: 190, render: (vin: string) => <Typography.Text code>{vin}</Typography.Text> },
    { title: t('vehicle.brand'), dataIndex: 'brand' },
    { title: t('vehicle.model'), dataIndex: 'model', width: 150 },
    { title: t('vehicle.manufacturer'), dataIndex: 'manufacturer', ellipsis: true },
    { title: t('vehicle.registrationDate'), dataIndex: 'registrationDate', width: 110 },
    { title: t('vehicle.transferDate'), dataIndex: 'transferDate', width: 110 },
    { title: t('vehicle.destinationCountry'), dataIndex: 'destinationCountry', width: 100, render: (value: string | null) => value ?? batch.destinationCountry ?? '—' },
    {
      title: t('batches.vehicles.readiness'),
      key: 'ready',
      width: 150,
      render: (_: unknown, vehicle: BatchVehicle) => (
        <Flex gap={4} wrap>
          {vehicle.ready ? <Tag color="success">{t('batches.vehicles.ready')}</Tag> : <Tag color="warning">{t('batches.vehicles.notReady')}</Tag>}
          {vehicle.overrideReason && (
            <Tooltip title={t('batches.vehicles.overrideReason', { reason: vehicle.overrideReason })}>
              <Tag color="orange" tabIndex={0}>
                {t('batches.vehicles.override')}
              </Tag>
            </Tooltip>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={12}>
          <Button icon={<ArrowLeftOutlined />} onClick={onBack} aria-label={t('batches.back')} />
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('batches.pageTitle', { reference: batch.reference })}
          </Typography.Title>
          <BatchStatusTag status={batch.status} />
        </Flex>
        <Flex gap={8} wrap>
          {BATCH_TRANSITIONS[batch.status].map((next) =>
            next === 'licensed' ? (
              <Button key={next} type="primary" onClick={() => setLicensing(true)}>
                {t(`batches.to.${next}`)}
              </Button>
            ) : (
              <Popconfirm key={next} title={t('batches.confirmStatus', { status: t(`batch.status.${next}`) })} onConfirm={() => changeStatus(next)} okText={t('batches.yes')} cancelText={t('batches.no')}>
                <Button type={next === 'submitted' ? 'primary' : 'default'} danger={next === 'refused'} disabled={next === 'submitted' && batch.vehicleCount === 0}>
                  {t(`batches.to.${next}`)}
                </Button>
              </Popconfirm>
            ),
          )}
        </Flex>
      </Flex>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('batches.field.plannedDate')}>{batch.plannedApplicationDate ?? t('batches.noDate')}</Descriptions.Item>
          <Descriptions.Item label={t('batches.field.destination')}>{batch.destinationCountry ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('batches.field.licenceNumber')}>{batch.licenceNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('batches.field.notes')} span={3}>
            {batch.notes ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        size="small"
        title={t('batches.vehicles.title', { count: batch.vehicles.length })}
        extra={
          draft && (
            <Flex gap={8}>
              <Popconfirm title={t('batches.vehicles.removeConfirm', { count: selected.length })} onConfirm={remove} disabled={selected.length === 0} okText={t('batches.yes')} cancelText={t('batches.no')}>
                <Button danger disabled={selected.length === 0}>
                  {t('batches.vehicles.remove', { count: selected.length })}
                </Button>
              </Popconfirm>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                {t('batches.vehicles.add')}
              </Button>
            </Flex>
          )
        }
      >
        {!draft && <Typography.Paragraph type="secondary">{t('batches.vehicles.locked', { status: t(`batch.status.${batch.status}`) })}</Typography.Paragraph>}
        <Table<BatchVehicle>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={batch.vehicles}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          rowSelection={draft ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]), getCheckboxProps: (vehicle) => ({ 'aria-label': vehicle.vin }) } : undefined}
          locale={{ emptyText: t('batches.vehicles.empty') }}
        />
      </Card>
      <BatchDocuments batchId={id} vehicleCount={batch.vehicles.length} onGenerated={() => void load()} />
      <AddVehiclesModal batchId={id} open={adding} inBatch={inBatch} onClose={() => setAdding(false)} onChanged={() => void load()} />
      <Modal
        open={licensing}
        title={t('batches.licence.title')}
        okText={t('batches.to.licensed')}
        onCancel={() => setLicensing(false)}
        onOk={() => licenceForm.submit()}
        destroyOnHidden
      >
        <Form
          form={licenceForm}
          layout="vertical"
          initialValues={{ licenceNumber: batch.licenceNumber ?? '' }}
          onFinish={async ({ licenceNumber }) => {
            if (await changeStatus('licensed', licenceNumber.trim())) setLicensing(false);
          }}
        >
          <Form.Item name="licenceNumber" label={t('batches.field.licenceNumber')} rules={[{ required: true, whitespace: true, message: t('batches.licence.required') }]}>
            <Input maxLength={50} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
