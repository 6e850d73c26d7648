import { Drawer } from 'antd';
import { useTranslate } from '../../i18n/use-translate';
import { VehicleForm } from './VehicleForm';

/** The Add form in a drawer wide enough for two columns. */
export function AddVehicleDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslate();
  return (
    <Drawer open={open} onClose={onClose} size={820} title={t('inventory.add')} destroyOnHidden>
      <VehicleForm onSaved={onClose} onCancel={onClose} />
    </Drawer>
  );
}
