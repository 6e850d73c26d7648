import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Modal, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import type { Vehicle } from '../../../shared/contract/vehicles';
import { useTranslate } from '../../i18n/use-translate';
import { useInventoryStore } from '../../store/inventory-store';
import { AddVehicleForm } from './AddVehicleForm';

export function InventoryScreen() {
  const { t, pick } = useTranslate();
  const { items, total, loading, error, load } = useInventoryStore();
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  const columns: ColumnsType<Vehicle> = useMemo(
    () => [
      { title: t('vehicle.vin'), dataIndex: 'vin', key: 'vin', width: 220, render: (vin: string) => <Typography.Text code>{vin}</Typography.Text> },
      { title: t('vehicle.brand'), dataIndex: 'brand', key: 'brand' },
      { title: t('vehicle.model'), dataIndex: 'model', key: 'model' },
      { title: t('vehicle.createdAt'), dataIndex: 'createdAt', key: 'createdAt', width: 200, render: (at: string) => at.slice(0, 10) },
    ],
    [t],
  );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('inventory.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('inventory.add')}
        </Button>
      </Flex>
      {error && <Alert type="error" showIcon message={pick(error.message)} />}
      <Table<Vehicle>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={items}
        pagination={{ pageSize: 50, showTotal: () => t('inventory.count', { count: total }) }}
        locale={{ emptyText: <Empty description={t('inventory.empty')} /> }}
      />
      <Modal title={t('inventory.add')} open={adding} onCancel={() => setAdding(false)} footer={null} destroyOnHidden>
        <AddVehicleForm onDone={() => setAdding(false)} />
      </Modal>
    </Flex>
  );
}
