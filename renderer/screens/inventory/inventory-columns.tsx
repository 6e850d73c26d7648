import type { ColumnType } from 'antd/es/table';
import dayjs from 'dayjs';
import { memo, useMemo, type ReactNode } from 'react';
import type { Vehicle, VehicleSortField } from '../../../shared/contract/vehicles';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useTranslate } from '../../i18n/use-translate';
import { useInventoryStore, vehicleAt, type InventorySort } from '../../store/inventory-store';
import { ComplianceCell } from './ComplianceCell';
import { StatusBadge } from './StatusTag';

/**
 * One table row, by position. The rows array only changes when the total does; each cell reads its
 * vehicle from the store, so a page arriving re-renders the visible cells and nothing else.
 */
export interface InventoryRow {
  key: number;
  index: number;
}

type Translate = ReturnType<typeof useTranslate>['t'];

interface ColumnSpec {
  /** The column's key when it is not its field (a computed column). */
  key?: string;
  /** Computed columns do not sort on the server. */
  sortable?: boolean;
  field: VehicleSortField & keyof Vehicle;
  title: MessageKey;
  width: number;
  fixed?: 'left' | 'right';
  /** Left out, lowest first, when the table is too narrow for every column (the drawer still shows the value). */
  dropOrder?: number;
  render?: (vehicle: Vehicle, t: Translate) => ReactNode;
}

const COLUMNS: ColumnSpec[] = [
  { field: 'vin', title: 'inventory.columnVin', width: 170, fixed: 'left', render: (v) => <span className="inventory-mono">{v.vin}</span> },
  { field: 'brand', title: 'vehicle.brand', width: 88 },
  { field: 'model', title: 'vehicle.model', width: 116 },
  { field: 'manufacturer', title: 'vehicle.manufacturer', width: 156 },
  { field: 'registrationDate', title: 'inventory.columnRegistrationDate', width: 124 },
  { field: 'transferDate', title: 'inventory.columnTransferDate', width: 124, dropOrder: 4 },
  { key: 'compliance', sortable: false, field: 'registrationDate', title: 'inventory.columnCompliance', width: 200, render: (v) => <ComplianceCell vehicle={v} /> },
  { field: 'destinationCountry', title: 'inventory.columnDestination', width: 110, dropOrder: 3 },
  { field: 'plate', title: 'vehicle.plate', width: 100, dropOrder: 2 },
  { field: 'updatedAt', title: 'vehicle.updatedAt', width: 140, dropOrder: 1, render: (v) => dayjs(v.updatedAt).format('YYYY-MM-DD HH:mm') },
  { field: 'status', title: 'vehicle.status', width: 104, fixed: 'right', render: (v, t) => <StatusBadge status={v.status} label={t(`status.${v.status}`)} /> },
];

const widthOf = (columns: ColumnSpec[]) => columns.reduce((sum, column) => sum + column.width, 0);

/** The columns that fit in `available` pixels: every one if they can, else without the optional ones, lowest first. */
export function columnsThatFit(available: number): ColumnSpec[] {
  let shown = COLUMNS;
  const droppable = COLUMNS.filter((column) => column.dropOrder !== undefined).sort((a, b) => a.dropOrder! - b.dropOrder!);
  for (const column of droppable) {
    if (widthOf(shown) <= available) break;
    shown = shown.filter((other) => other !== column);
  }
  return shown;
}

/** The content of one cell: the vehicle's value, or a grey bar while its page loads. */
const Cell = memo(function Cell({ index, column }: { index: number; column: ColumnSpec }) {
  const vehicle = useInventoryStore((state) => vehicleAt(state, index));
  const { t } = useTranslate();
  if (!vehicle) return <span className="inventory-placeholder" aria-hidden />;
  if (column.render) return column.render(vehicle, t);
  const value = (vehicle[column.field] as string | null) ?? '';
  return <span title={value}>{value}</span>;
});

/**
 * The columns of the inventory table for a table of `available` pixels (the selection column excluded);
 * every one sorts on the server, and they widen to fill the table.
 */
export function useInventoryColumns(sort: InventorySort, available: number): { columns: ColumnType<InventoryRow>[]; width: number } {
  const { t } = useTranslate();
  const shown = useMemo(() => columnsThatFit(available), [available]);
  const scale = Math.max(1, available / widthOf(shown));
  const columns = useMemo(
    (): ColumnType<InventoryRow>[] =>
      shown.map((column) => ({
        key: column.key ?? column.field,
        title: t(column.title),
        width: Math.floor(column.width * scale),
        fixed: column.fixed,
        ellipsis: { showTitle: false },
        sorter: column.sortable !== false,
        sortOrder: column.sortable !== false && sort.sortBy === column.field ? (sort.sortOrder === 'asc' ? 'ascend' : 'descend') : null,
        render: (_: unknown, row: InventoryRow) => <Cell index={row.index} column={column} />,
      })),
    [t, sort, scale, shown],
  );
  return { columns, width: columns.reduce((sum, column) => sum + Number(column.width), 0) };
}
