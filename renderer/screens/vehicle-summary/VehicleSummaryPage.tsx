import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { appError, type AppError } from '../../../shared/contract/errors';
import type { Vehicle } from '../../../shared/contract/vehicles';
import { useTranslate } from '../../i18n/use-translate';
import { useNavigationStore } from '../../store/navigation-store';
import { useSampleStore } from '../../store/onboarding-store';
import { useApplicationDate } from '../../store/use-application-date';
import { loadSummary, SummaryLoadError, type SummaryData } from './load-summary';
import { SummaryDocument } from './SummaryDocument';
import './vehicle-summary.css';

/** The print view of one vehicle: a toolbar on screen, and below it the A4 document that is printed. */
export function VehicleSummaryPage({ vehicle }: { vehicle: Vehicle }) {
  const { t, pick } = useTranslate();
  const closeSummary = useNavigationStore((state) => state.closeSummary);
  const go = useNavigationStore((state) => state.go);
  // The sample database was loaded or left: this vehicle id now means another vehicle, so leave.
  const epoch = useSampleStore((state) => state.epoch);
  const [openedInEpoch] = useState(epoch);
  useEffect(() => {
    if (epoch !== openedInEpoch) go('inventory');
  }, [epoch, openedInEpoch, go]);
  const { applicationDate, today } = useApplicationDate();
  const [data, setData] = useState<SummaryData | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    if (!applicationDate) return;
    let current = true;
    setError(null);
    loadSummary(vehicle.id, applicationDate).then(
      (loaded) => current && setData(loaded),
      (failure: unknown) => current && setError(failure instanceof SummaryLoadError ? failure.error : appError('INTERNAL')),
    );
    return () => {
      current = false;
    };
  }, [vehicle.id, applicationDate]);

  // The title names the file when the clerk prints to PDF.
  useEffect(() => {
    const before = document.title;
    document.title = `${t('summary.title')} ${vehicle.vin}`;
    return () => {
      document.title = before;
    };
  }, [t, vehicle.vin]);

  return (
    <div className="vehicle-summary">
      <Flex className="vehicle-summary-toolbar" align="center" gap={12} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={closeSummary}>
          {t('summary.back')}
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} disabled={!data} onClick={() => window.print()}>
          {t('summary.print')}
        </Button>
        <Typography.Text type="secondary">{t('summary.printHint')}</Typography.Text>
      </Flex>
      {error && <Alert type="error" showIcon title={pick(error.message)} className="vehicle-summary-toolbar" />}
      {!data && !error && (
        <Flex justify="center" align="center" gap={12} style={{ padding: 48 }} role="status">
          <Spin />
          <Typography.Text>{t('summary.loading')}</Typography.Text>
        </Flex>
      )}
      {data && <SummaryDocument data={data} printedOn={today ?? applicationDate ?? ''} />}
    </div>
  );
}
