import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space, Typography } from 'antd';
import type { InputRef } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Vehicle } from '../../../shared/contract/vehicles';
import { useTranslate } from '../../i18n/use-translate';
import { hasFilters, listQueryOf, useInventoryStore } from '../../store/inventory-store';
import { useApplicationDate } from '../../store/use-application-date';
import { useNavigationStore } from '../../store/navigation-store';
import { ExportButton } from '../import-export/ExportButton';
import { ImportDialog } from '../import-export/ImportDialog';
import { AddVehicleDrawer } from './AddVehicleDrawer';
import { InventoryEmpty } from './InventoryEmpty';
import { InventoryFilters } from './InventoryFilters';
import { InventoryTable } from './InventoryTable';
import { SelectionActions } from './SelectionActions';
import { useFillHeight } from './use-element-size';
import { useSlashToSearch } from './use-slash-to-search';
import { VehicleDrawer } from './VehicleDrawer';
import './inventory.css';

/** The bottom padding of the app's content area, kept free below the table. */
const BOTTOM_GAP = 24;

/** The list a clerk lives in: every vehicle awaiting export, filtered, sorted, opened, changed in batches. */
export function InventoryScreen() {
  const { t, pick, locale } = useTranslate();
  const total = useInventoryStore((state) => state.total);
  const error = useInventoryStore((state) => state.error);
  const filters = useInventoryStore((state) => state.filters);
  const init = useInventoryStore((state) => state.init);
  const refresh = useInventoryStore((state) => state.refresh);
  const clearFilters = useInventoryStore((state) => state.clearFilters);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const sort = useInventoryStore((state) => state.sort);
  const { applicationDate } = useApplicationDate();
  // Export what is shown: the filters and sort of the list, without paging.
  const exportQuery = useMemo(() => listQueryOf(filters, sort), [filters, sort]);
  // The 180-day filter follows the planned application date.
  useEffect(() => {
    if (useInventoryStore.getState().filters.compliance.length > 0) void refresh();
  }, [applicationDate, refresh]);
  // Back from a vehicle's print summary reopens that vehicle.
  const [opened, setOpened] = useState<Vehicle | null>(() => useNavigationStore.getState().returnTo);
  useEffect(() => {
    if (useNavigationStore.getState().returnTo) useNavigationStore.setState({ returnTo: null });
  }, []);
  const [selected, setSelected] = useState<Map<number, Vehicle>>(() => new Map());
  const rootRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<InputRef>(null);
  const height = useFillHeight(rootRef, BOTTOM_GAP);

  useEffect(() => {
    void init();
  }, [init]);
  useSlashToSearch(searchRef, !adding && opened === null);

  const onSelect = useCallback((vehicles: Vehicle[], add: boolean) => {
    setSelected((old) => {
      const next = new Map(old);
      for (const vehicle of vehicles) {
        if (add) next.set(vehicle.id, vehicle);
        else next.delete(vehicle.id);
      }
      return next;
    });
  }, []);
  const selectedIds = useMemo(() => new Set(selected.keys()), [selected]);
  const selectedVehicles = useMemo(() => [...selected.values()], [selected]);
  const selectVehicles = useCallback((vehicles: Vehicle[]) => setSelected(new Map(vehicles.map((vehicle) => [vehicle.id, vehicle]))), []);

  return (
    <Flex ref={rootRef} vertical gap={12} style={{ height }} className="inventory-screen">
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Flex align="baseline" gap={12}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('inventory.title')}
          </Typography.Title>
          {total !== null && <Typography.Text type="secondary">{t('inventory.count', { count: total.toLocaleString(locale) })}</Typography.Text>}
        </Flex>
        <Space>
          <Space className="inventory-io">
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('import.button')}
            </Button>
            <ExportButton query={exportQuery} selectedIds={[...selectedIds]} />
          </Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('inventory.add')}
          </Button>
        </Space>
      </Flex>

      <Flex justify="space-between" align="center" gap={8} wrap role="toolbar" aria-label={t('inventory.title')}>
        <Space wrap size={8}>
          <InventoryFilters searchRef={searchRef} />
        </Space>
        <SelectionActions selected={selectedVehicles} onSelect={selectVehicles} />
      </Flex>

      {error && (
        <Alert
          type="error"
          showIcon
          title={pick(error.message)}
          action={
            <Button size="small" onClick={() => void refresh()}>
              {t('inventory.retry')}
            </Button>
          }
        />
      )}

      <InventoryTable
        selectedIds={selectedIds}
        onSelect={onSelect}
        onOpen={setOpened}
        emptyText={<InventoryEmpty filtered={hasFilters(filters)} onClearFilters={clearFilters} onAdd={() => setAdding(true)} />}
      />

      <AddVehicleDrawer open={adding} onClose={() => setAdding(false)} />
      <ImportDialog open={importing} onClose={() => setImporting(false)} onImported={() => void refresh()} />
      <VehicleDrawer vehicle={opened} onClose={() => setOpened(null)} />
    </Flex>
  );
}
