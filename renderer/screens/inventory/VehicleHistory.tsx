import { Alert, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import type { AppError } from '../../../shared/contract/errors';
import { VEHICLE_STATUSES, type AuditEntryView, type Vehicle, type VehicleStatus } from '../../../shared/contract/vehicles';
import { client } from '../../api/client';
import { useTranslate } from '../../i18n/use-translate';
import { fieldLabel } from './field-labels';

/** The fields of a creation entry, if its value is the JSON object the core records. */
function parseSnapshot(value: string | null): Record<string, unknown> | null {
  if (!value || !value.startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function isSnapshot(entry: AuditEntryView): boolean {
  return entry.action === 'create' && entry.field === null && parseSnapshot(entry.newValue) !== null;
}

/** Every change of one vehicle from the audit log, newest first. */
export function VehicleHistory({ vehicle }: { vehicle: Vehicle }) {
  const { t, pick, locale } = useTranslate();
  const [entries, setEntries] = useState<AuditEntryView[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  // Reload when the vehicle was saved, deleted or restored (updatedAt moves).
  useEffect(() => {
    let current = true;
    void client.call('vehicles.history', { id: vehicle.id }).then((result) => {
      if (!current) return;
      if (result.ok) setEntries([...result.value].sort((a, b) => b.id - a.id));
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [vehicle.id, vehicle.updatedAt]);

  const columns: ColumnsType<AuditEntryView> = useMemo(() => {
    const text = (field: string, value: string) => {
      if (field === 'status' && (VEHICLE_STATUSES as readonly string[]).includes(value)) return t(`status.${value as VehicleStatus}`);
      if (field === 'isModified') return t(value === 'true' ? 'inventory.yes' : 'inventory.no');
      return value;
    };
    const shown = (field: string | null, value: string | null) => {
      if (value === null || value === '') return <Typography.Text type="secondary">—</Typography.Text>;
      return field ? text(field, value) : value;
    };
    /** A creation is one entry holding every field the vehicle was created with (JSON), shown as "label value" pairs. */
    const snapshot = (value: string | null) => {
      const fields = parseSnapshot(value);
      if (!fields) return shown(null, value);
      return (
        <span className="inventory-snapshot">
          {Object.entries(fields).map(([field, fieldValue]) => (
            <span key={field}>
              <Typography.Text type="secondary">{fieldLabel(locale, field)}</Typography.Text> {text(field, String(fieldValue))}
            </span>
          ))}
        </span>
      );
    };
    return [
      { title: t('inventory.historyTime'), dataIndex: 'at', key: 'at', width: 160, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss') },
      { title: t('inventory.historyAction'), dataIndex: 'action', key: 'action', width: 80, render: (action: AuditEntryView['action']) => t(`audit.${action}`) },
      {
        title: t('inventory.historyField'),
        dataIndex: 'field',
        key: 'field',
        width: 190,
        // A creation lists its fields across the field and change columns.
        onCell: (entry: AuditEntryView) => (isSnapshot(entry) ? { colSpan: 2 } : {}),
        render: (field: string | null, entry: AuditEntryView) => (isSnapshot(entry) ? snapshot(entry.newValue) : field ? fieldLabel(locale, field) : ''),
      },
      {
        title: t('inventory.historyChange'),
        key: 'change',
        onCell: (entry: AuditEntryView) => (isSnapshot(entry) ? { colSpan: 0 } : {}),
        render: (_: unknown, entry: AuditEntryView) =>
          entry.field === null ? null : (
            <span className="inventory-change">
              {entry.action === 'update' && (
                <>
                  <span className="inventory-old">{shown(entry.field, entry.oldValue)}</span>
                  <span aria-hidden> → </span>
                </>
              )}
              <span>{shown(entry.field, entry.newValue)}</span>
            </span>
          ),
      },
      { title: t('inventory.historySource'), dataIndex: 'source', key: 'source', width: 80, render: (source: AuditEntryView['source']) => t(`audit.source.${source}`) },
    ];
  }, [t, locale]);

  if (error) return <Alert type="error" showIcon title={pick(error.message)} />;
  return (
    <Table<AuditEntryView>
      rowKey="id"
      size="small"
      loading={entries === null}
      columns={columns}
      dataSource={entries ?? []}
      pagination={false}
      locale={{ emptyText: t('inventory.historyEmpty') }}
      aria-label={t('inventory.history')}
    />
  );
}
