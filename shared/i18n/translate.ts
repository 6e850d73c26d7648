import { messages, type Locale, type MessageKey } from './messages';

export type MessageParams = Record<string, string | number>;
/** A text in both languages, as carried by errors so any door can show either. */
export type Bilingual = Record<Locale, string>;

function fill(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return fill(messages[locale][key], params);
}

export function bilingual(key: MessageKey, params?: MessageParams): Bilingual {
  return { 'zh-CN': translate('zh-CN', key, params), en: translate('en', key, params) };
}
