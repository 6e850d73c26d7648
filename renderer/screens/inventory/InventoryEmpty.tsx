import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty } from 'antd';
import { useTranslate } from '../../i18n/use-translate';

/** Nothing to show: either the inventory is empty (say how to fill it) or the filters match nothing. */
export function InventoryEmpty({ filtered, onClearFilters, onAdd }: { filtered: boolean; onClearFilters(): void; onAdd(): void }) {
  const { t } = useTranslate();
  if (filtered) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inventory.emptyFiltered')}>
        <Button onClick={onClearFilters}>{t('inventory.clearFilters')}</Button>
      </Empty>
    );
  }
  return (
    <Empty description={t('inventory.empty')}>
      <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
        {t('inventory.addFirst')}
      </Button>
    </Empty>
  );
}
