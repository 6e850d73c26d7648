import { useCallback } from 'react';
import type { MessageKey } from '../../shared/i18n/messages';
import { translate, type Bilingual, type MessageParams } from '../../shared/i18n/translate';
import { useLocaleStore } from '../store/locale-store';

/** `t(key, params)` in the chosen language, and `pick(bilingual)` for texts that come with errors. */
export function useTranslate() {
  const locale = useLocaleStore((state) => state.locale);
  const t = useCallback((key: MessageKey, params?: MessageParams) => translate(locale, key, params), [locale]);
  const pick = useCallback((text: Bilingual) => text[locale], [locale]);
  return { t, pick, locale };
}
