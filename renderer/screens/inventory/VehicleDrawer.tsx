import { DeleteOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Popconfirm, Space, Tabs, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { AppError } from '../../../shared/contract/errors';
import type { Vehicle } from '../../../shared/contract/vehicles';
import { client } from '../../api/client';
import { useTranslate } from '../../i18n/use-translate';
import { useNavigationStore } from '../../store/navigation-store';
import { StatusTag } from './StatusTag';
import { useDeleteWithUndo } from './use-delete-with-undo';
import { VehicleDetails } from './VehicleDetails';
import { VehicleForm } from './VehicleForm';
import { VehicleHistory } from './VehicleHistory';

export interface VehicleDrawerProps {
  /** The row that was opened; the drawer reloads it from the core. Null when closed. */
  vehicle: Vehicle | null;
  onClose(): void;
}

/** One vehicle: its record in sections, its history, Edit (the Add form) and Delete with Undo. */
export function VehicleDrawer({ vehicle: opened, onClose }: VehicleDrawerProps) {
  const { t, pick } = useTranslate();
  const [vehicle, setVehicle] = useState<Vehicle | null>(opened);
  const [editing, setEditing] = useState(false);
  const [tab, setTab] = useState('details');
  const [error, setError] = useState<AppError | null>(null);
  const deleteWithUndo = useDeleteWithUndo();
  const openSummary = useNavigationStore((state) => state.openSummary);

  useEffect(() => {
    // On close, keep showing the last vehicle while the drawer slides out.
    if (!opened) return;
    setVehicle(opened);
    setEditing(false);
    setTab('details');
    setError(null);
    let current = true;
    void client.call('vehicles.get', { id: opened.id }).then((result) => {
      if (!current) return;
      if (result.ok) setVehicle(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [opened]);

  async function remove() {
    if (!vehicle) return;
    const deleted = await deleteWithUndo([{ id: vehicle.id, vin: vehicle.vin }]);
    if (deleted.length > 0) onClose();
  }

  const title = vehicle && (
    <Space size={12} wrap>
      <Typography.Text className="inventory-mono" strong>
        {vehicle.vin}
      </Typography.Text>
      <Typography.Text type="secondary">
        {vehicle.brand} {vehicle.model}
      </Typography.Text>
      <StatusTag status={vehicle.status} />
    </Space>
  );

  const actions = vehicle && !editing && (
    <Space>
      <Button icon={<PrinterOutlined />} onClick={() => openSummary(vehicle)}>
        {t('summary.open')}
      </Button>
      <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
        {t('inventory.edit')}
      </Button>
      <Popconfirm
        title={t('inventory.deleteConfirm', { vin: vehicle.vin })}
        okText={t('inventory.delete')}
        cancelText={t('form.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() => remove()}
        styles={{ root: { maxWidth: 360 } }}
      >
        <Button danger icon={<DeleteOutlined />}>
          {t('inventory.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );

  return (
    <Drawer
      open={opened !== null}
      onClose={onClose}
      size={820}
      title={title}
      extra={actions}
      destroyOnHidden
      aria-label={t('inventory.details')}
    >
      {error && <Alert type="error" showIcon title={pick(error.message)} style={{ marginBottom: 16 }} />}
      {vehicle && editing && (
        <VehicleForm
          key={vehicle.updatedAt}
          vehicle={vehicle}
          onSaved={(saved) => {
            setVehicle(saved);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
      {vehicle && !editing && (
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'details', label: t('inventory.details'), children: <VehicleDetails vehicle={vehicle} /> },
            { key: 'history', label: t('inventory.history'), children: <VehicleHistory vehicle={vehicle} /> },
          ]}
        />
      )}
    </Drawer>
  );
}
