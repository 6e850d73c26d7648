import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Select } from 'antd';
import type { InputRef } from 'antd';
import { useEffect, useRef, useState, type Ref } from 'react';
import { COMPLIANCE_STATES, VEHICLE_STATUSES } from '../../../shared/contract/vehicles';
import { useTranslate } from '../../i18n/use-translate';
import { hasFilters, useInventoryStore } from '../../store/inventory-store';

const SEARCH_DELAY_MS = 300;

interface FilterSelectProps<V extends string | number> {
  label: string;
  width: number;
  value: V[];
  onChange: (value: V[]) => void;
  options: Array<{ value: V; label: string }>;
}

/** One multiple-choice filter: its placeholder is its accessible name; options are searched by label. */
function FilterSelect<V extends string | number>({ label, width, value, onChange, options }: FilterSelectProps<V>) {
  return (
    <Select<V[]>
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      value={value}
      onChange={onChange}
      placeholder={label}
      aria-label={label}
      options={options}
      optionFilterProp="label"
      style={{ width }}
      popupMatchSelectWidth={false}
    />
  );
}

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
      <FilterSelect label={t('inventory.filterStatus')} width={190} value={filters.status} onChange={(status) => setFilters({ status })}
        options={VEHICLE_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))} />
      <FilterSelect label={t('inventory.filterCompliance')} width={190} value={filters.compliance} onChange={(compliance) => setFilters({ compliance })}
        options={COMPLIANCE_STATES.map((value) => ({ value, label: t(`compliance.status.${value}`) }))} />
      <FilterSelect label={t('inventory.filterManufacturer')} width={200} value={filters.manufacturerId} onChange={(manufacturerId) => setFilters({ manufacturerId })}
        options={facets.manufacturers.map(({ id, name }) => ({ value: id, label: name }))} />
      <FilterSelect label={t('inventory.filterDestination')} width={170} value={filters.destinationCountry} onChange={(destinationCountry) => setFilters({ destinationCountry })}
        options={facets.destinations.map((value) => ({ value, label: value }))} />
      {hasFilters(filters) && (
        <Button type="link" onClick={clearFilters} style={{ paddingInline: 4 }}>
          {t('inventory.clearFilters')}
        </Button>
      )}
    </>
  );
}
