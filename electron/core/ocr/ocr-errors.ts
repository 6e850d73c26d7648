/**
 * Typed per-file failures with the OCR area's own reason texts in both languages. The reasons are
 * filled in here rather than through the shared message table, so each language gets its own text.
 */
import { AppFailure } from '../../../shared/contract/errors';
import { ocrEn, ocrZh } from '../../../shared/i18n/areas/ocr';
import { translate } from '../../../shared/i18n/translate';

type OcrKey = keyof typeof ocrZh;
type Params = Record<string, string | number>;

function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

function failure(code: 'FILE_UNREADABLE' | 'FILE_FORMAT_UNSUPPORTED', file: string, slot: 'reason' | 'expected', key: OcrKey, params?: Params): AppFailure {
  return new AppFailure({
    code,
    message: {
      'zh-CN': translate('zh-CN', `error.${code}`, { file, [slot]: fill(ocrZh[key], params) }),
      en: translate('en', `error.${code}`, { file, [slot]: fill(ocrEn[key], params) }),
    },
  });
}

/** FILE_UNREADABLE with one of the `ocr.reason.*` texts. */
export function unreadable(file: string, reason: OcrKey & `ocr.reason.${string}`, params?: Params): AppFailure {
  return failure('FILE_UNREADABLE', file, 'reason', reason, params);
}

/** FILE_FORMAT_UNSUPPORTED with one of the `ocr.expected.*` texts. */
export function unsupported(file: string, expected: OcrKey & `ocr.expected.${string}`, params?: Params): AppFailure {
  return failure('FILE_FORMAT_UNSUPPORTED', file, 'expected', expected, params);
}

export function tooLarge(file: string, bytes: number, maxBytes: number): AppFailure {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new AppFailure({
    code: 'FILE_TOO_LARGE',
    message: {
      'zh-CN': translate('zh-CN', 'error.FILE_TOO_LARGE', { file, sizeMb: mb(bytes), maxMb: mb(maxBytes) }),
      en: translate('en', 'error.FILE_TOO_LARGE', { file, sizeMb: mb(bytes), maxMb: mb(maxBytes) }),
    },
  });
}
