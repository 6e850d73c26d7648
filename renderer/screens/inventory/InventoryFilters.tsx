import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Select } from 'antd';
import type { InputRef } from 'antd';
import { useEffect, useRef, useState, type Ref } from 'react';
import { COMPLIANCE_STATES, VEHICLE_STATUSES } from '../../../shared/contract/vehicles';
import { useTranslate } from '../../i18n/use-translate';
import { hasFilters, useInventoryStore } from '../../store/inventory-store';

const SEARCH_DELAY_MS = 300;

/** Search box (debounced) and the status, manufacturer and destination filters. */
export function InventoryFilters({ searchRef }: { searchRef: Ref<InputRef> }) {
  const { t } = useTranslate();
  const filters = useInventoryStore((state) => state.filters);
  const facets = useInventoryStore((state) => state.facets);
  const setFilters = useInventoryStore((state) => state.setFilters);
  const clearFilters = useInventoryStore((state) => state.clearFilters);
  const [text, setText] = useState(filters.search);
  const pending = useRef<number | undefined>(undefined);

  // Filters cleared elsewhere (the empty state's "clear filters") empty the box too.
  useEffect(() => {
    setText((current) => (current.trim() === filters.search.trim() ? current : filters.search));
  }, [filters.search]);
  useEffect(() => () => window.clearTimeout(pending.current), []);

  function onSearch(value: string, immediately = false) {
    setText(value);
    window.clearTimeout(pending.current);
    const apply = () => {
      if (value.trim() !== useInventoryStore.getState().filters.search.trim()) setFilters({ search: value.trim() });
    };
    if (immediately) apply();
    else pending.current = window.setTimeout(apply, SEARCH_DELAY_MS);
  }

  return (
    <>
      <Input
        ref={searchRef}
        value={text}
        onChange={(event) => onSearch(event.target.value)}
        onPressEnter={() => onSearch(text, true)}
        onKeyDown={(event) => event.key === 'Escape' && text && (event.stopPropagation(), onSearch('', true))}
        placeholder={t('inventory.search')}
        aria-label={t('inventory.search')}
        prefix={<SearchOutlined aria-hidden />}
        allowClear
        maxLength={100}
        style={{ width: 380 }}
        type="search"
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        value={filters.status}
        onChange={(status) => setFilters({ status })}
        placeholder={t('inventory.filterStatus')}
        aria-label={t('inventory.filterStatus')}
        options={VEHICLE_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
        style={{ width: 190 }}
        popupMatchSelectWidth={false}
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        value={filters.compliance}
        onChange={(compliance) => setFilters({ compliance })}
        placeholder={t('inventory.filterCompliance')}
        aria-label={t('inventory.filterCompliance')}
        options={COMPLIANCE_STATES.map((value) => ({ value, label: t(`compliance.status.${value}`) }))}
        style={{ width: 190 }}
        popupMatchSelectWidth={false}
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        value={filters.manufacturerId}
        onChange={(manufacturerId) => setFilters({ manufacturerId })}
        placeholder={t('inventory.filterManufacturer')}
        aria-label={t('inventory.filterManufacturer')}
        options={facets.manufacturers.map(({ id, name }) => ({ value: id, label: name }))}
        optionFilterProp="label"
        style={{ width: 200 }}
        popupMatchSelectWidth={false}
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        value={filters.destinationCountry}
        onChange={(destinationCountry) => setFilters({ destinationCountry })}
        placeholder={t('inventory.filterDestination')}
        aria-label={t('inventory.filterDestination')}
        options={facets.destinations.map((value) => ({ value, label: value }))}
        style={{ width: 170 }}
        popupMatchSelectWidth={false}
      />
      {hasFilters(filters) && (
        <Button type="link" onClick={clearFilters} style={{ paddingInline: 4 }}>
          {t('inventory.clearFilters')}
        </Button>
      )}
    </>
  );
}
