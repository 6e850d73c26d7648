import { Descriptions, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import type { Vehicle, VehicleFieldName } from '../../../shared/contract/vehicles';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useTranslate } from '../../i18n/use-translate';
import { StatusTag } from './StatusTag';

const CERTIFICATE: VehicleFieldName[] = [
  'vin', 'brand', 'model', 'vehicleType', 'color', 'engineNumber', 'fuelType', 'manufacturer',
  'manufactureDate', 'registrationDate', 'transferDate', 'certificateNumber', 'plate',
];
const EXPORT: Array<VehicleFieldName | 'status'> = ['destinationCountry', 'status', 'buyer', 'contractRef', 'purchasePrice', 'mileageKm', 'notes'];
const MODIFIED: VehicleFieldName[] = ['chassisBrand', 'modifiedBrand', 'cccCertificateNumber', 'miitAnnouncementBatch'];

/** The whole record, read-only, in the sections of the registration certificate. */
export function VehicleDetails({ vehicle }: { vehicle: Vehicle }) {
  const { t, locale } = useTranslate();

  function value(field: VehicleFieldName | 'status'): ReactNode {
    switch (field) {
      case 'vin':
        return <Typography.Text className="inventory-mono" copyable>{vehicle.vin}</Typography.Text>;
      case 'status':
        return <StatusTag status={vehicle.status} />;
      case 'purchasePrice':
        return vehicle.purchasePrice === null
          ? null
          : `${vehicle.purchasePrice.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${vehicle.currency}`;
      case 'mileageKm':
        return vehicle.mileageKm === null ? null : vehicle.mileageKm.toLocaleString(locale);
      case 'isModified':
        return t(vehicle.isModified ? 'inventory.yes' : 'inventory.no');
      case 'notes':
        return vehicle.notes && <span style={{ whiteSpace: 'pre-wrap' }}>{vehicle.notes}</span>;
      default: {
        const text = vehicle[field];
        return text === null || text === '' ? null : String(text);
      }
    }
  }

  function items(fields: Array<VehicleFieldName | 'status'>): DescriptionsProps['items'] {
    return fields.map((field) => ({
      key: field,
      label: t(`vehicle.${field}` as MessageKey),
      children: value(field) ?? <Typography.Text type="secondary">—</Typography.Text>,
      span: field === 'notes' ? 2 : 1,
    }));
  }

  const common: DescriptionsProps = { bordered: true, size: 'small', column: 2, styles: { label: { width: '22%' }, content: { width: '28%' } } };
  return (
    <div className="inventory-details">
      <Descriptions {...common} title={t('inventory.sectionCertificate')} items={items(CERTIFICATE)} />
      <Descriptions {...common} title={t('inventory.sectionExport')} items={items(EXPORT)} />
      <Descriptions
        {...common}
        // A lone full-width row: fixed column widths would give its label half the table.
        className={vehicle.isModified ? undefined : 'inventory-details-single'}
        title={t('inventory.sectionModified')}
        items={[
          { key: 'isModified', label: t('vehicle.isModified'), children: value('isModified'), span: 2 },
          ...(vehicle.isModified ? (items(MODIFIED) ?? []) : []),
        ]}
      />
    </div>
  );
}
