import { App as AntApp, Button } from 'antd';
import { useCallback } from 'react';
import { useTranslate } from '../../i18n/use-translate';
import { useInventoryStore } from '../../store/inventory-store';

export interface DeletedVehicle {
  id: number;
  vin: string;
}

let noticeCounter = 0;

/**
 * Soft-delete vehicles and offer "Undo" in the success notice; Undo restores each one.
 * Resolves to the ids actually deleted.
 */
export function useDeleteWithUndo(): (vehicles: DeletedVehicle[]) => Promise<number[]> {
  const { t, pick } = useTranslate();
  const { message } = AntApp.useApp();
  const removeMany = useInventoryStore((state) => state.removeMany);
  const restoreMany = useInventoryStore((state) => state.restoreMany);

  return useCallback(
    async (vehicles) => {
      const results = await removeMany(vehicles.map(({ id }) => id));
      const deleted = vehicles.filter((_, index) => results[index]?.result.ok);
      const failed = results.flatMap(({ result }) => (result.ok ? [] : [pick(result.error.message)]));
      if (failed.length > 0) void message.error(`${t('inventory.someFailed', { count: failed.length })}: ${failed.join(' ')}`);
      if (deleted.length === 0) return [];

      noticeCounter += 1;
      const key = `inventory-deleted-${noticeCounter}`;
      const undo = async () => {
        message.destroy(key);
        const restored = await restoreMany(deleted.map(({ id }) => id));
        const errors = restored.flatMap(({ result }) => (result.ok ? [] : [pick(result.error.message)]));
        const count = restored.length - errors.length;
        if (count > 0) void message.success(count === 1 && deleted.length === 1 ? t('inventory.restored', { vin: deleted[0]!.vin }) : t('inventory.batchRestored', { count }));
        if (errors.length > 0) void message.error(errors.join(' '));
      };
      const text = deleted.length === 1 ? t('inventory.deleted', { vin: deleted[0]!.vin }) : t('inventory.batchDeleted', { count: deleted.length });
      void message.success({
        key,
        duration: 10,
        content: (
          <span>
            {text}
            <Button type="link" size="small" onClick={() => void undo()} className="inventory-undo">
              {t('inventory.undo')}
            </Button>
          </span>
        ),
      });
      return deleted.map(({ id }) => id);
    },
    [message, pick, removeMany, restoreMany, t],
  );
}
