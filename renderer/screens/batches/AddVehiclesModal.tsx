import { Alert, App, Button, Flex, Form, Input, List, Modal, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { AddToBatchResult } from '../../../shared/contract/batches';
import type { Vehicle } from '../../../shared/contract/vehicles';
import { client } from '../../api/client';
import { useTranslate } from '../../i18n/use-translate';

/**
 * Pick vehicles for a batch from a searchable list. Vehicles that are not ready come back with
 * the reasons; "add anyway" takes a reason that the audit trail keeps.
 */
export function AddVehiclesModal({ batchId, open, inBatch, onClose, onChanged }: { batchId: number; open: boolean; inBatch: ReadonlySet<number>; onClose(): void; onChanged(): void }) {
  const { t, pick } = useTranslate();
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const [vehicles, setVehicles] = useState<Vehicle[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);
  const [refused, setRefused] = useState<AddToBatchResult['refused']>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ reason: string }>();

  const load = useCallback(async (text: string) => {
    setLoading(true);
    const result = await client.call('vehicles.list', { ...(text.trim() ? { search: text.trim() } : {}), limit: 200, sortBy: 'createdAt', sortOrder: 'desc' });
    setLoading(false);
    if (result.ok) {
      setVehicles(result.value.items);
      setTotal(result.value.total);
    } else setError(pick(result.error.message));
  }, [pick]);

  useEffect(() => {
    if (!open) return;
    setSelected([]);
    setRefused([]);
    setError(null);
    void load('');
  }, [open, load]);

  async function add(vehicleIds: number[], overrideReason?: string) {
    setBusy(true);
    setError(null);
    const result = await client.call('batches.addVehicles', { batchId, vehicleIds, ...(overrideReason ? { overrideReason } : {}) });
    setBusy(false);
    if (!result.ok) {
      setError(pick(result.error.message));
      return;
    }
    const { added, refused: notAdded } = result.value;
    if (added.length > 0) {
      void message.success(t('batches.add.added', { count: added.length }));
      onChanged();
    }
    setRefused(notAdded);
    setSelected([]);
    form.resetFields();
    if (notAdded.length === 0) onClose();
  }

  const columns = [
    { title: 'VIN', dataIndex: 'vin', width: 190, render: (vin: string) => <Typography.Text code>{vin}</Typography.Text> },
    { title: t('vehicle.brand'), dataIndex: 'brand' },
    { title: t('vehicle.model'), dataIndex: 'model' },
    { title: t('vehicle.manufacturer'), dataIndex: 'manufacturer', ellipsis: true },
    { title: t('vehicle.registrationDate'), dataIndex: 'registrationDate', width: 110 },
    {
      title: t('vehicle.status'),
      dataIndex: 'status',
      width: 130,
      render: (status: Vehicle['status'], vehicle: Vehicle) => (inBatch.has(vehicle.id) ? <Tag color="blue">{t('batches.add.alreadyIn')}</Tag> : t(`status.${status}`)),
    },
  ];

  return (
    <Modal open={open} onCancel={onClose} title={t('batches.add.title')} width={980} style={{ top: 24 }} footer={null} destroyOnHidden>
      <Flex vertical gap={12}>
        <Input.Search
          aria-label={t('batches.add.search')}
          placeholder={t('batches.add.searchPlaceholder')}
          allowClear
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onSearch={(text) => void load(text)}
          enterButton
        />
        <Table<Vehicle>
          rowKey="id"
          size="small"
          loading={loading}
          columns={columns}
          dataSource={vehicles}
          scroll={{ y: 300 }}
          pagination={false}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]), getCheckboxProps: (vehicle) => ({ disabled: inBatch.has(vehicle.id), 'aria-label': vehicle.vin }) }}
          locale={{ emptyText: t('batches.add.noVehicles') }}
          footer={() => t('batches.add.shown', { shown: vehicles.length, total })}
        />
        {error && <Alert type="error" showIcon message={error} />}
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('batches.add.close')}</Button>
          <Button type="primary" disabled={selected.length === 0} loading={busy && refused.length === 0} onClick={() => void add(selected)}>
            {t('batches.add.submit', { count: selected.length })}
          </Button>
        </Flex>
        {refused.length > 0 && (
          <Alert
            type="warning"
            showIcon
            message={t('batches.add.refused', { count: refused.length })}
            description={
              <Flex vertical gap={8}>
                <List
                  size="small"
                  dataSource={refused}
                  renderItem={(item) => (
                    <List.Item>
                      <Flex vertical>
                        <Typography.Text code>{item.vin || `#${item.vehicleId}`}</Typography.Text>
                        <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                          {item.reasons.map((reason, i) => (
                            <li key={i}>{pick(reason)}</li>
                          ))}
                        </ul>
                      </Flex>
                    </List.Item>
                  )}
                />
                <Form form={form} layout="vertical" onFinish={({ reason }) => void add(refused.map((r) => r.vehicleId), reason)}>
                  <Form.Item name="reason" label={t('batches.add.overrideReason')} extra={t('batches.add.overrideHint')} rules={[{ required: true, min: 4, max: 500, whitespace: true, message: t('batches.add.overrideRequired') }]}>
                    <Input.TextArea rows={2} maxLength={500} />
                  </Form.Item>
                  <Button danger htmlType="submit" loading={busy}>
                    {t('batches.add.anyway', { count: refused.length })}
                  </Button>
                </Form>
              </Flex>
            }
          />
        )}
      </Flex>
    </Modal>
  );
}
