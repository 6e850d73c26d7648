import { Table } from 'antd';
import type { TableProps } from 'antd';
import type { TableRef } from 'antd/es/table';
import {
  forwardRef,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type HTMLAttributes,
  type Key,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type TableHTMLAttributes,
  type ThHTMLAttributes,
} from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Vehicle, VehicleSortField } from '../../../shared/contract/vehicles';
import { useTranslate } from '../../i18n/use-translate';
import { allRowsLoaded, PAGE_SIZE, useInventoryStore, vehicleAt } from '../../store/inventory-store';
import { useInventoryColumns, type InventoryRow } from './inventory-columns';
import { useElementSize } from './use-element-size';

const SELECTION_WIDTH = 44;
const HEADER_HEIGHT = 39;

/** Row i is `{key: i, index: i}`, made once and shared by every list of at least i+1 rows. */
const rowCache: InventoryRow[] = [];
function rowsOf(total: number): InventoryRow[] {
  for (let index = rowCache.length; index < total; index += 1) rowCache.push({ key: index, index });
  return rowCache.slice(0, total);
}

/** Positions of the selected vehicles among the loaded rows. */
function selectedIndexesOf(pages: Record<number, Vehicle[]>, selected: ReadonlySet<number>): number[] {
  const indexes: number[] = [];
  if (selected.size === 0) return indexes;
  for (const [page, items] of Object.entries(pages)) {
    items.forEach((vehicle, offset) => {
      if (selected.has(vehicle.id)) indexes.push(Number(page) * PAGE_SIZE + offset);
    });
  }
  return indexes;
}

/*
 * ARIA grid semantics for the virtual table, whose body rows are <div>s: the wrapper is the grid, the
 * header <table> only lays out its row of column headers, the scrolling body is a rowgroup of rows
 * (onRow) of gridcells. Used while there are rows; the empty state is antd's plain table.
 */
const GridCell = forwardRef<HTMLDivElement, HTMLAttributes<HTMLDivElement>>(function GridCell(props, ref) {
  return <div ref={ref} role="gridcell" {...props} />;
});
const RowGroup = forwardRef<HTMLDivElement, HTMLAttributes<HTMLDivElement>>(function RowGroup(props, ref) {
  return <div ref={ref} role="rowgroup" {...props} />;
});
const LayoutTable = forwardRef<HTMLTableElement, TableHTMLAttributes<HTMLTableElement>>(function LayoutTable(props, ref) {
  return <table ref={ref} role="presentation" {...props} />;
});
const HeaderRow = forwardRef<HTMLTableRowElement, HTMLAttributes<HTMLTableRowElement>>(function HeaderRow(props, ref) {
  return <tr ref={ref} role="row" {...props} />;
});
const HeaderCell = forwardRef<HTMLTableCellElement, ThHTMLAttributes<HTMLTableCellElement>>(function HeaderCell(props, ref) {
  return <th ref={ref} role="columnheader" {...props} />;
});
const GRID_COMPONENTS: TableProps<InventoryRow>['components'] = {
  header: { table: LayoutTable, row: HeaderRow, cell: HeaderCell },
  body: { wrapper: RowGroup, cell: GridCell },
};

export interface InventoryTableProps {
  selectedIds: ReadonlySet<number>;
  /** Add (`selected`) or remove vehicles from the selection. */
  onSelect(vehicles: Vehicle[], selected: boolean): void;
  onOpen(vehicle: Vehicle): void;
  emptyText: ReactNode;
}

/**
 * The virtualized inventory: `total` rows, of which only the pages near the visible ones are loaded.
 * Sorting is done by the core; rows are focusable (↑/↓ move, Enter opens, Space selects).
 */
export function InventoryTable({ selectedIds, onSelect, onOpen, emptyText }: InventoryTableProps) {
  const { t } = useTranslate();
  const total = useInventoryStore((state) => state.total);
  const loading = useInventoryStore((state) => state.loading);
  const sort = useInventoryStore((state) => state.sort);
  const filters = useInventoryStore((state) => state.filters);
  const allLoaded = useInventoryStore(allRowsLoaded);
  const selectedIndexes = useInventoryStore(useShallow((state) => selectedIndexesOf(state.pages, selectedIds)));
  const setSort = useInventoryStore((state) => state.setSort);
  const showRange = useInventoryStore((state) => state.showRange);
  const rootRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<TableRef>(null);
  const { width, height } = useElementSize(rootRef);
  const [activeIndex, setActiveIndex] = useState(0);

  const rows = useMemo(() => rowsOf(total ?? 0), [total]);
  const rowCount = useRef(rows.length);
  rowCount.current = rows.length;
  const { columns, width: columnsWidth } = useInventoryColumns(sort, width - SELECTION_WIDTH);
  const headerHeight = rootRef.current?.querySelector<HTMLElement>('.ant-table-header')?.offsetHeight || HEADER_HEIGHT;
  const bodyHeight = Math.max(120, height - headerHeight);

  // Which rows are on screen → which pages to load. While scrolling fast, ask at most every 200 ms.
  const reportRange = useCallback(() => {
    const holder = rootRef.current?.querySelector<HTMLElement>('.ant-table-tbody-virtual-holder');
    const count = rowCount.current;
    if (!holder || count === 0) return;
    const rowHeight = holder.scrollHeight / count || HEADER_HEIGHT;
    const start = Math.floor(holder.scrollTop / rowHeight);
    const end = Math.min(count - 1, Math.ceil((holder.scrollTop + holder.clientHeight) / rowHeight));
    showRange(start, end);
  }, [showRange]);
  const timer = useRef<number | undefined>(undefined);
  const burstStart = useRef<number | null>(null);
  const onScroll = useCallback(() => {
    const now = performance.now();
    burstStart.current ??= now;
    window.clearTimeout(timer.current);
    const flush = () => {
      burstStart.current = null;
      reportRange();
    };
    if (now - burstStart.current > 200) flush();
    else timer.current = window.setTimeout(flush, 60);
  }, [reportRange]);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  useEffect(() => reportRange(), [reportRange, rows.length, bodyHeight]);

  // A new query starts at the top.
  useEffect(() => {
    tableRef.current?.scrollTo({ top: 0 });
    setActiveIndex(0);
  }, [filters, sort]);

  const focusRow = useCallback((index: number) => {
    const target = Math.max(0, Math.min(rowCount.current - 1, index));
    setActiveIndex(target);
    tableRef.current?.scrollTo({ index: target });
    let tries = 0;
    const attempt = () => {
      const element = rootRef.current?.querySelector<HTMLElement>(`[data-index="${target}"]`);
      if (element) element.focus({ preventScroll: true });
      else if ((tries += 1) < 10) requestAnimationFrame(attempt);
    };
    requestAnimationFrame(attempt);
  }, []);

  const onRow = useCallback(
    (row: InventoryRow): HTMLAttributes<HTMLElement> => {
      const pageStep = Math.max(1, Math.floor(bodyHeight / HEADER_HEIGHT) - 1);
      const loaded = () => vehicleAt(useInventoryStore.getState(), row.index);
      const props: HTMLAttributes<HTMLElement> & Record<`data-${string}`, unknown> = {
        role: 'row',
        tabIndex: row.index === activeIndex ? 0 : -1,
        'aria-rowindex': row.index + 2,
        'data-index': row.index,
        onFocus: () => setActiveIndex(row.index),
        onClick: (event: MouseEvent<HTMLElement>) => {
          const vehicle = loaded();
          if (!vehicle || (event.target as HTMLElement).closest('.ant-table-selection-column, .ant-checkbox-wrapper, button, a')) return;
          onOpen(vehicle);
        },
        onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
          if (event.target !== event.currentTarget) return;
          const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: pageStep, PageUp: -pageStep };
          const vehicle = loaded();
          if (event.key === 'Enter') {
            if (vehicle) onOpen(vehicle);
          } else if (event.key === ' ') {
            if (vehicle) onSelect([vehicle], !selectedIds.has(vehicle.id));
          } else if (event.key in moves) focusRow(row.index + moves[event.key]!);
          else if (event.key === 'Home') focusRow(0);
          else if (event.key === 'End') focusRow(rowCount.current - 1);
          else return;
          event.preventDefault();
        },
      };
      return props;
    },
    [activeIndex, bodyHeight, focusRow, onOpen, onSelect, selectedIds],
  );

  const onChange: TableProps<InventoryRow>['onChange'] = (_pagination, _filters, sorter, extra) => {
    if (extra.action !== 'sort') return;
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    if (!single?.order || !single.columnKey) setSort(null);
    else setSort({ sortBy: single.columnKey as VehicleSortField, sortOrder: single.order === 'ascend' ? 'asc' : 'desc' });
  };

  // Kept stable: antd's selection recomputes over every row (100,000) when any of this changes.
  // One shared props object: it is asked for every row, loaded or not.
  const checkboxProps = useMemo(() => ({ 'aria-label': t('inventory.selectRow') }), [t]);
  const getCheckboxProps = useCallback(() => checkboxProps, [checkboxProps]);
  const onSelectionChange = useCallback(
    (keys: Key[]) => {
      const state = useInventoryStore.getState();
      const before = new Set(selectedIndexes);
      const after = new Set(keys as number[]);
      const at = (indexes: number[]) => indexes.flatMap((index) => vehicleAt(state, index) ?? []);
      const added = at([...after].filter((index) => !before.has(index)));
      const removed = at([...before].filter((index) => !after.has(index)));
      if (added.length > 0) onSelect(added, true);
      if (removed.length > 0) onSelect(removed, false);
    },
    [onSelect, selectedIndexes],
  );
  const rowSelection: TableProps<InventoryRow>['rowSelection'] = useMemo(
    () => ({
      selectedRowKeys: selectedIndexes,
      columnWidth: SELECTION_WIDTH,
      fixed: true,
      // "Select all" would only reach the loaded rows of a long list, so it is offered when every row is loaded.
      hideSelectAll: !allLoaded,
      getCheckboxProps,
      onChange: onSelectionChange,
    }),
    [selectedIndexes, allLoaded, getCheckboxProps, onSelectionChange],
  );

  // The grid role goes on antd's table container: it holds the header and the body, and nothing else
  // (the loading Spin around it is a live region, which a grid may not contain).
  const grid = rows.length > 0;
  const gridLabel = t('inventory.title');
  useLayoutEffect(() => {
    const container = rootRef.current?.querySelector<HTMLElement>('.ant-table-container');
    if (!container) return;
    const attributes: Record<string, string> = {
      role: 'grid',
      'aria-label': gridLabel,
      'aria-rowcount': String(rows.length + 1),
      'aria-colcount': String(columns.length + 1),
      'aria-multiselectable': 'true',
    };
    for (const [name, value] of Object.entries(attributes)) {
      if (grid) container.setAttribute(name, value);
      else container.removeAttribute(name);
    }
  }, [grid, gridLabel, rows.length, columns.length]);

  return (
    <div ref={rootRef} className="inventory-table">
      <Table<InventoryRow>
        ref={tableRef}
        virtual
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: Math.max(columnsWidth + SELECTION_WIDTH, 1), y: bodyHeight }}
        onScroll={onScroll}
        onChange={onChange}
        onRow={onRow}
        rowSelection={rowSelection}
        rowClassName="inventory-row"
        showSorterTooltip={{ target: 'sorter-icon' }}
        loading={loading && rows.length === 0}
        locale={{ emptyText: loading ? <div style={{ height: 120 }} /> : emptyText }}
        components={grid ? GRID_COMPONENTS : undefined}
      />
    </div>
  );
}
