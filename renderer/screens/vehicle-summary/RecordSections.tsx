import type { ConfirmationRequest } from '../../../shared/contract/requests';
import { VEHICLE_STATUSES, type AuditEntryView, type VehicleStatus } from '../../../shared/contract/vehicles';
import type { Locale, MessageKey } from '../../../shared/i18n/messages';
import { translate } from '../../../shared/i18n/translate';
import { formatBytes, formatDate } from '../../components/format';
import { useTranslate } from '../../i18n/use-translate';
import { fieldLabel } from '../inventory/field-labels';
import type { Attachment, SummaryData } from './load-summary';
import { latestHistory } from './summary-facts';

/** Enough history to see the recent story and still fit one A4 page with the rest. */
const HISTORY_ENTRIES = 8;
const ATTACHMENT_KINDS: ReadonlyArray<Attachment['kind']> = ['certificate-scan', 'confirmation-reply', 'modification-proof', 'document', 'other'];

function Empty({ text }: { text: string }) {
  return <p className="vs-empty">{text}</p>;
}

/** The batch the vehicle is in and the confirmation requests that name it. */
export function BatchesSection({ data }: { data: SummaryData }) {
  const { t } = useTranslate();
  const vehicleId = data.vehicle.id;
  return (
    <section aria-labelledby="vs-batches">
      <h2 id="vs-batches">{t('summary.section.batches')}</h2>
      {data.batches.length === 0 ? (
        <Empty text={t('summary.noBatch')} />
      ) : (
        <table className="vs-table vs-list" aria-label={t('summary.batch')}>
          <thead>
            <tr>
              <th scope="col">{t('batches.field.reference')}</th>
              <th scope="col">{t('batches.field.status')}</th>
              <th scope="col">{t('batches.field.plannedDate')}</th>
              <th scope="col">{t('batches.field.licenceNumber')}</th>
              <th scope="col">{t('summary.overrideReason')}</th>
            </tr>
          </thead>
          <tbody>
            {data.batches.map(({ batch, overrideReason }) => (
              <tr key={batch.id}>
                <td>{batch.reference}</td>
                <td>{t(`batch.status.${batch.status}`)}</td>
                <td>{batch.plannedApplicationDate ?? '—'}</td>
                <td>{batch.licenceNumber ?? '—'}</td>
                <td>{overrideReason ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data.requests.length === 0 ? (
        <Empty text={t('summary.noRequest')} />
      ) : (
        <table className="vs-table vs-list" aria-label={t('summary.requests')}>
          <thead>
            <tr>
              <th scope="col">{t('confirmations.field.request')}</th>
              <th scope="col">{t('confirmations.field.manufacturer')}</th>
              <th scope="col">{t('confirmations.field.status')}</th>
              <th scope="col">{t('confirmations.field.sentOn')}</th>
              <th scope="col">{t('confirmations.field.dueOn')}</th>
              <th scope="col">{t('confirmations.field.replyOn')}</th>
              <th scope="col">{t('summary.thisVehicle')}</th>
            </tr>
          </thead>
          <tbody>
            {data.requests.map((request) => (
              <tr key={request.id}>
                <td>#{request.id}</td>
                <td>{request.manufacturer}</td>
                <td>
                  {t(`request.status.${request.status}`)}
                  {request.overdue ? ` · ${t('confirmations.overdue')}` : ''}
                </td>
                <td>{request.sentOn ?? '—'}</td>
                <td>{request.dueOn ?? '—'}</td>
                <td>{request.replyOn ?? '—'}</td>
                <td>{coverage(request, vehicleId, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function coverage(request: ConfirmationRequest, vehicleId: number, t: (key: MessageKey) => string): string {
  const covered = request.vehicles.find((vehicle) => vehicle.id === vehicleId)?.covered ?? null;
  if (request.status === 'cancelled' || request.status === 'draft') return '—';
  if (covered === null) return t('summary.covered.pending');
  return t(covered ? 'summary.covered.yes' : 'summary.covered.no');
}

interface AttachmentRow {
  key: string;
  file: string;
  kind: Attachment['kind'];
  size: number | null;
  date: string;
}

/** The vehicle's own files, and the manufacturers' replies to requests that name it (stored with the request). */
function attachmentRows(data: SummaryData, t: (key: MessageKey, params?: Record<string, string | number>) => string): AttachmentRow[] {
  const own = data.attachments.map((file) => ({ key: `a${file.id}`, file: file.fileName, kind: file.kind, size: file.size, date: formatDate(file.createdAt) }));
  const replies = data.requests
    .filter((request) => request.replyAttachmentId !== null && request.replyOn !== null)
    .map((request) => ({ key: `r${request.id}`, file: t('summary.replyTo', { manufacturer: request.manufacturer, id: request.id }), kind: 'confirmation-reply' as const, size: null, date: request.replyOn! }));
  return [...own, ...replies].sort((a, b) => a.date.localeCompare(b.date) || ATTACHMENT_KINDS.indexOf(a.kind) - ATTACHMENT_KINDS.indexOf(b.kind));
}

export function AttachmentsSection({ data }: { data: SummaryData }) {
  const { t, locale } = useTranslate();
  const rows = attachmentRows(data, t);
  return (
    <section aria-labelledby="vs-attachments">
      <h2 id="vs-attachments">{t('summary.section.attachments')}</h2>
      {rows.length === 0 ? (
        <Empty text={t('summary.noAttachments')} />
      ) : (
        <table className="vs-table vs-list" aria-label={t('summary.section.attachments')}>
          <thead>
            <tr>
              <th scope="col">{t('summary.attachment.file')}</th>
              <th scope="col">{t('summary.attachment.kind')}</th>
              <th scope="col" className="vs-number">{t('summary.attachment.size')}</th>
              <th scope="col">{t('summary.attachment.date')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <td className="vs-break">{row.file}</td>
                <td>{t(`summary.attachmentKind.${row.kind}`)}</td>
                <td className="vs-number">{row.size === null ? '—' : formatBytes(row.size, locale)}</td>
                <td>{row.date}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The newest entries of the audit trail, one line each. */
export function HistorySection({ data }: { data: SummaryData }) {
  const { t, locale } = useTranslate();
  const entries = latestHistory(data.history, HISTORY_ENTRIES);
  return (
    <section aria-labelledby="vs-history">
      <h2 id="vs-history">{t('summary.section.history', { count: entries.length, total: data.history.length })}</h2>
      {entries.length === 0 ? (
        <Empty text={t('summary.noHistory')} />
      ) : (
        <table className="vs-table vs-list" aria-label={t('inventory.history')}>
          <thead>
            <tr>
              <th scope="col">{t('inventory.historyTime')}</th>
              <th scope="col">{t('inventory.historyAction')}</th>
              <th scope="col">{t('inventory.historyField')}</th>
              <th scope="col">{t('inventory.historyChange')}</th>
              <th scope="col">{t('inventory.historySource')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td className="vs-nowrap">{formatDate(entry.at, true)}</td>
                <td>{t(`audit.${entry.action}`)}</td>
                <td>{entryField(entry, locale)}</td>
                <td className="vs-break">{entryChange(entry, locale)}</td>
                <td>{t(`audit.source.${entry.source}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** A creation holds every field as one JSON object; shown as its field count, the fields are printed above. */
function snapshotSize(entry: AuditEntryView): number | null {
  if (entry.action !== 'create' || entry.field !== null || !entry.newValue?.startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(entry.newValue);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? Object.keys(parsed).length : null;
  } catch {
    return null;
  }
}

function entryField(entry: AuditEntryView, locale: Locale): string {
  const created = snapshotSize(entry);
  if (created !== null) return translate(locale, 'summary.historyCreated', { count: created });
  if (entry.field === null) return '';
  if (entry.field === 'batch') return translate(locale, 'summary.batch');
  if (entry.field === 'confirmation') return translate(locale, 'summary.confirmation');
  if ((ATTACHMENT_KINDS as readonly string[]).includes(entry.field)) return translate(locale, `summary.attachmentKind.${entry.field as Attachment['kind']}`);
  return fieldLabel(locale, entry.field);
}

/** How the core records an override in the audit trail: `P2026-11-29-01 (override: reason)`. */
const OVERRIDE_ENTRY = /^(.*?) \(override: (.*)\)$/s;

function valueText(field: string, value: string | null, locale: Locale): string {
  if (value === null || value === '') return '—';
  const override = field === 'batch' ? OVERRIDE_ENTRY.exec(value) : null;
  if (override) return `${override[1]} ${translate(locale, 'batch.override', { reason: override[2]! })}`;
  if (field === 'status' && (VEHICLE_STATUSES as readonly string[]).includes(value)) return translate(locale, `status.${value as VehicleStatus}`);
  if (field === 'isModified') return translate(locale, value === 'true' ? 'inventory.yes' : 'inventory.no');
  return value;
}

function entryChange(entry: AuditEntryView, locale: Locale): string {
  if (entry.field === null) return snapshotSize(entry) === null ? (entry.newValue ?? '') : '';
  const after = valueText(entry.field, entry.newValue, locale);
  return entry.action === 'update' ? `${valueText(entry.field, entry.oldValue, locale)} → ${after}` : after;
}
