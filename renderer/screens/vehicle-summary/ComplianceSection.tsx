import { formatNumber } from '../../components/format';
import { useTranslate } from '../../i18n/use-translate';
import { FieldTable } from './FieldTable';
import type { SummaryData } from './load-summary';
import { confirmationSummary } from './summary-facts';

/** The 180-day rule for the assessed application date, the confirmation, and what still blocks the application. */
export function ComplianceSection({ data }: { data: SummaryData }) {
  const { t, pick, locale } = useTranslate();
  const { assessment, blockers, ready } = data.readiness;
  const { applicationDate } = data;
  const days = assessment.daysSinceRegistration;
  // Wrong dates decide nothing: neither yes nor no.
  const transitional = (status: typeof assessment.status) => (status === 'invalid' ? null : t(status === 'transitional-exempt' ? 'inventory.yes' : 'inventory.no'));

  return (
    <section aria-labelledby="vs-compliance">
      <h2 id="vs-compliance">{t('summary.section.compliance')}</h2>
      <FieldTable
        label={t('summary.section.compliance')}
        fields={[
          { label: t('summary.assessedFor'), value: applicationDate },
          { label: t('summary.complianceState'), value: t(`compliance.status.${assessment.status}`) },
          { label: t('summary.daysSinceRegistration'), value: days === null ? null : t('summary.days', { days: formatNumber(days, locale) }) },
          { label: t('summary.clearsOn'), value: assessment.clearsOn },
          { label: t('summary.transitional', { cutoff: data.transitionalBefore }), value: transitional(assessment.status) },
          { label: t('summary.confirmation'), value: t(`summary.confirmation.${confirmationSummary(data.readiness)}`) },
          { label: t('summary.reason'), value: assessment.reasons.map((reason) => pick(reason.message)).join('；'), wide: true },
        ]}
      />
      <h3 className={ready ? 'vs-ready' : 'vs-blocked'}>
        {t('summary.readiness')}：{t(ready ? 'readiness.ready' : 'readiness.blocked')}
      </h3>
      {blockers.length > 0 && (
        <table className="vs-table vs-list" aria-label={t('summary.readiness')}>
          <thead>
            <tr>
              <th scope="col" className="vs-narrow">#</th>
              <th scope="col">{t('summary.blocker')}</th>
              <th scope="col">{t('summary.nextStep')}</th>
            </tr>
          </thead>
          <tbody>
            {blockers.map((blocker, index) => (
              <tr key={blocker.code}>
                <td>{index + 1}</td>
                <td>{pick(blocker.message)}</td>
                <td>{pick(blocker.action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
