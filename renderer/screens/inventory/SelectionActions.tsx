import { DeleteOutlined, DownOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Dropdown, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { VEHICLE_STATUSES, type Vehicle, type VehicleStatus } from '../../../shared/contract/vehicles';
import { useTranslate } from '../../i18n/use-translate';
import { useInventoryStore } from '../../store/inventory-store';
import { problemText } from './field-labels';
import { StatusTag } from './StatusTag';
import { useDeleteWithUndo } from './use-delete-with-undo';

export interface SelectionActionsProps {
  selected: Vehicle[];
  /** Keep these selected (the ones that failed), or clear with []. */
  onSelect(vehicles: Vehicle[]): void;
}

/** "已选 N 辆" and what can be done to all of them: change status, delete (with Undo). */
export function SelectionActions({ selected, onSelect }: SelectionActionsProps) {
  const { t, pick, locale } = useTranslate();
  const { message, modal } = AntApp.useApp();
  const changeStatusMany = useInventoryStore((state) => state.changeStatusMany);
  const deleteWithUndo = useDeleteWithUndo();
  const [busy, setBusy] = useState(false);

  async function changeStatus(status: VehicleStatus) {
    setBusy(true);
    const results = await changeStatusMany(selected.map(({ id }) => id), status);
    setBusy(false);
    const failed = selected.flatMap((vehicle, index) => {
      const result = results[index]?.result;
      return result && !result.ok ? [{ vehicle, error: result.error }] : [];
    });
    const done = selected.length - failed.length;
    if (done > 0) void message.success(t('inventory.batchStatusDone', { count: done, status: { key: `status.${status}` } }));
    onSelect(failed.map(({ vehicle }) => vehicle));
    if (failed.length === 0) return;
    modal.warning({
      title: t('inventory.batchStatusFailed', { count: failed.length, status: { key: `status.${status}` } }),
      width: 640,
      okText: t('inventory.close'),
      content: (
        <div className="inventory-failures">
          <Typography.Paragraph type="secondary">{t('inventory.batchStatusFailedHint')}</Typography.Paragraph>
          <ul aria-label={t('inventory.batchStatusFailed', { count: failed.length, status: { key: `status.${status}` } })}>
            {failed.map(({ vehicle, error }) => (
              <li key={vehicle.id}>
                <Typography.Text className="inventory-mono" strong>
                  {vehicle.vin}
                </Typography.Text>{' '}
                <Typography.Text type="secondary">
                  {vehicle.brand} {vehicle.model}
                </Typography.Text>
                <ul>
                  {(error.fields && error.fields.length > 0 ? error.fields.map((problem) => problemText(locale, problem)) : [pick(error.message)]).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ),
    });
  }

  async function remove() {
    setBusy(true);
    const deleted = await deleteWithUndo(selected.map(({ id, vin }) => ({ id, vin })));
    setBusy(false);
    onSelect(selected.filter(({ id }) => !deleted.includes(id)));
  }

  if (selected.length === 0) return null;
  return (
    <Space className="inventory-selection" aria-live="polite">
      <Typography.Text strong>{t('inventory.selected', { count: selected.length })}</Typography.Text>
      <Dropdown
        trigger={['click']}
        menu={{
          items: VEHICLE_STATUSES.map((status) => ({ key: status, label: <StatusTag status={status} /> })),
          onClick: ({ key }) => void changeStatus(key as VehicleStatus),
        }}
      >
        <Button loading={busy}>
          {t('inventory.changeStatus')} <DownOutlined />
        </Button>
      </Dropdown>
      <Popconfirm
        title={t('inventory.batchDeleteConfirm', { count: selected.length })}
        okText={t('inventory.delete')}
        cancelText={t('form.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() => remove()}
      >
        <Button danger icon={<DeleteOutlined />} disabled={busy}>
          {t('inventory.delete')}
        </Button>
      </Popconfirm>
      <Button type="link" onClick={() => onSelect([])} style={{ paddingInline: 4 }}>
        {t('inventory.clearSelection')}
      </Button>
    </Space>
  );
}
