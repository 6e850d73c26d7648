import { messages, type Locale, type MessageKey } from './messages';

/** A parameter is a value, or another message translated into the same language (a field or status name). */
export type MessageParam = string | number | { key: MessageKey };
export type MessageParams = Record<string, MessageParam>;
/** A text in both languages, as carried by errors so any door can show either. */
export type Bilingual = Record<Locale, string>;

function fill(locale: Locale, template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? messages[locale][value.key] : String(value);
  });
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return fill(locale, messages[locale][key], params);
}

export function bilingual(key: MessageKey, params?: MessageParams): Bilingual {
  return { 'zh-CN': translate('zh-CN', key, params), en: translate('en', key, params) };
}
