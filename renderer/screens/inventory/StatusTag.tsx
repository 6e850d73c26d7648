import type { VehicleStatus } from '../../../shared/contract/vehicles';
import { useTranslate } from '../../i18n/use-translate';

/** One colour per step of the export process, from stock to exported (inventory.css). */
export const STATUS_COLORS: Record<VehicleStatus, string> = {
  'in-stock': 'default',
  'awaiting-confirmation': 'orange',
  ready: 'cyan',
  'in-application': 'blue',
  licensed: 'green',
  exported: 'purple',
  cancelled: 'red',
};

/**
 * The translated status as a small coloured tag: antd Tag's look in plain HTML. Plain, because a
 * Tag per table row costs its style hooks on every scroll frame, and with darker text than antd's
 * presets so it stays readable (contrast ≥ 4.5:1).
 */
export function StatusBadge({ status, label }: { status: VehicleStatus; label: string }) {
  return <span className={`inventory-status inventory-status-${STATUS_COLORS[status]}`}>{label}</span>;
}

/** StatusBadge with its own translation (drawer, menus). */
export function StatusTag({ status }: { status: VehicleStatus }) {
  const { t } = useTranslate();
  return <StatusBadge status={status} label={t(`status.${status}`)} />;
}
