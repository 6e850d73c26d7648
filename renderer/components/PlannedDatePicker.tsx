import { DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { addDays, isoWeekday } from '../../shared/domain/calendar-date';
import { useTranslate } from '../i18n/use-translate';
import { usePlanningStore } from '../store/planning-store';
import { useApplicationDate } from '../store/use-application-date';

const FORMAT = 'YYYY-MM-DD';

/** "What if we apply next Monday?": one date that every 180-day assessment in the app follows. */
export function PlannedDatePicker() {
  const { t } = useTranslate();
  const setApplicationDate = usePlanningStore((state) => state.setApplicationDate);
  const { applicationDate, today, isWhatIf } = useApplicationDate();
  if (!today) return null;
  const presets = [
    { label: t('planning.today'), value: dayjs(today, FORMAT) },
    { label: t('planning.nextMonday'), value: dayjs(addDays(today, 8 - isoWeekday(today)), FORMAT) },
    { label: t('planning.in30Days'), value: dayjs(addDays(today, 30), FORMAT) },
  ];
  return (
    <Flex align="center" gap={8}>
      <Typography.Text type={isWhatIf ? 'warning' : 'secondary'}>{t('planning.label')}</Typography.Text>
      <DatePicker
        aria-label={t('planning.label')}
        allowClear={false}
        format={FORMAT}
        presets={presets}
        value={applicationDate ? dayjs(applicationDate, FORMAT) : null}
        onChange={(value) => setApplicationDate(value ? (value.format(FORMAT) === today ? null : value.format(FORMAT)) : null)}
        status={isWhatIf ? 'warning' : undefined}
        style={{ width: 140 }}
      />
    </Flex>
  );
}
