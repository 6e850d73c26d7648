/** The documents' texts (shared/i18n/areas/documents.ts) with their `{name}` parameters filled. */
import { documentsEn, documentsZh } from '../../../shared/i18n/areas/documents';

export type DocKey = keyof typeof documentsZh;
export type DocParams = Record<string, string | number>;

function fill(template: string, params?: DocParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

/** The Chinese text the documents print. */
export function zh(key: DocKey, params?: DocParams): string {
  return fill(documentsZh[key], params);
}

export function en(key: DocKey, params?: DocParams): string {
  return fill(documentsEn[key], params);
}

export function both(key: DocKey, params?: DocParams): { 'zh-CN': string; en: string } {
  return { 'zh-CN': zh(key, params), en: en(key, params) };
}

/** 2026-03-02 → 2026年3月2日, as dates are written in a Chinese letter. */
export function longDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  return zh('doc.dateLong', { year: match[1]!, month: Number(match[2]), day: Number(match[3]) });
}
