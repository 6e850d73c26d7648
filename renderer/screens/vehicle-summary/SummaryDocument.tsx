import type { Vehicle, VehicleFieldName } from '../../../shared/contract/vehicles';
import type { MessageKey } from '../../../shared/i18n/messages';
import { formatNumber } from '../../components/format';
import { useTranslate } from '../../i18n/use-translate';
import { ComplianceSection } from './ComplianceSection';
import { FieldTable, type Field } from './FieldTable';
import type { SummaryData } from './load-summary';
import { AttachmentsSection, BatchesSection, HistorySection } from './RecordSections';

/** The certificate's fields, in the order of VehicleDetails (the registration certificate's sections). */
const CERTIFICATE: VehicleFieldName[] = [
  'vin', 'brand', 'model', 'vehicleType', 'color', 'engineNumber', 'fuelType', 'manufacturer',
  'manufactureDate', 'registrationDate', 'transferDate', 'certificateNumber', 'plate',
];
const MODIFIED: VehicleFieldName[] = ['chassisBrand', 'modifiedBrand', 'cccCertificateNumber', 'miitAnnouncementBatch'];

/** One A4 page about one vehicle: plain tables, black on white, for the printer or the file. */
export function SummaryDocument({ data, printedOn }: { data: SummaryData; printedOn: string }) {
  const { t, locale } = useTranslate();
  const { vehicle } = data;
  const enterprise = data.settings['enterprise.name'];
  const field = (name: VehicleFieldName): Field => ({
    label: t(`vehicle.${name}` as MessageKey),
    value: name === 'vin' ? <span className="vs-mono">{vehicle.vin}</span> : text(vehicle, name),
  });

  const exportFields: Field[] = [
    field('destinationCountry'),
    { label: t('vehicle.status'), value: t(`status.${vehicle.status}`) },
    field('buyer'),
    field('contractRef'),
    { label: t('vehicle.mileageKm'), value: vehicle.mileageKm === null ? null : formatNumber(vehicle.mileageKm, locale) },
    { label: t('vehicle.isModified'), value: t(vehicle.isModified ? 'inventory.yes' : 'inventory.no') },
  ];

  return (
    <article className="vs-sheet" aria-labelledby="vs-title">
      <header className="vs-header">
        <span className="vs-enterprise">{enterprise ?? t('summary.enterpriseMissing')}</span>
        <span>{t('summary.printedOn', { date: printedOn })}</span>
      </header>
      <h1 id="vs-title">
        {t('summary.title')} <span className="vs-mono">{vehicle.vin}</span>
      </h1>
      <p className="vs-subtitle">
        {vehicle.brand} {vehicle.model} · {t(`status.${vehicle.status}`)}
      </p>

      <section aria-labelledby="vs-certificate">
        <h2 id="vs-certificate">
          {t('inventory.sectionCertificate')} <small>{t('summary.certificateNote')}</small>
        </h2>
        <FieldTable label={t('inventory.sectionCertificate')} fields={CERTIFICATE.map(field)} />
      </section>

      <section aria-labelledby="vs-export">
        <h2 id="vs-export">{t('inventory.sectionExport')}</h2>
        <FieldTable label={t('inventory.sectionExport')} fields={exportFields} />
        {vehicle.isModified && <FieldTable label={t('inventory.sectionModified')} fields={MODIFIED.map(field)} />}
      </section>

      <ComplianceSection data={data} />
      <BatchesSection data={data} />
      <AttachmentsSection data={data} />
      <HistorySection data={data} />

      <footer className="vs-footer">{t('summary.footer', { enterprise: enterprise ?? '—', date: printedOn })}</footer>
    </article>
  );
}

function text(vehicle: Vehicle, name: VehicleFieldName): string | null {
  const value = vehicle[name];
  return value === null || value === '' ? null : String(value);
}
