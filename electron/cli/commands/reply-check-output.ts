import type { AppError } from '../../../shared/contract/errors';
import type { ReplyCheck } from '../../../shared/contract/requests';
import type { Locale } from '../../../shared/i18n/messages';
import { bilingual, translate } from '../../../shared/i18n/translate';
import { formatTable } from '../text-table';

/** The reply VIN check as a terminal table: each VIN found, found as read, or missing with the closest reading. */
export function formatReplyCheck(check: ReplyCheck, lang: Locale): string {
  const rows = check.vins.map((v) => [
    v.vin,
    v.how === 'exact' ? translate(lang, 'replyCheck.found') : v.how === 'tolerant' ? translate(lang, 'replyCheck.foundRead', { read: v.read ?? '' }) : translate(lang, 'replyCheck.missing'),
    v.how === 'missing' ? (v.closest ? translate(lang, 'replyCheck.closest', { closest: v.closest, page: v.page ?? '?', distance: v.distance ?? '?' }) : translate(lang, 'replyCheck.noClosest')) : v.page ? `p.${v.page}` : '',
  ]);
  const summary = translate(lang, 'replyCheck.summary', { pages: check.pagesRead, seconds: (check.ms / 1000).toFixed(1) });
  return `${translate(lang, 'replyCheck.cli.header')}\n${formatTable(['VIN', lang === 'en' ? 'result' : '结果', ''], rows)}\n${summary}\n`;
}

/** Refusal to save a reply whose scan does not show every VIN it is said to confirm (overridden by --force). */
export function missingVinsError(check: ReplyCheck): AppError | null {
  const missing = check.vins.filter((v) => !v.found);
  if (missing.length === 0) return null;
  return {
    code: 'REPLY_COVERAGE',
    message: bilingual('replyCheck.cli.refused', { count: missing.length }),
    fields: missing.map((v) => ({ field: 'vin', code: 'replyCheck.cli.notInReply', message: bilingual('replyCheck.cli.notInReply', { vin: v.vin }), ...(v.closest ? { suggestion: v.closest } : {}) })),
  };
}
