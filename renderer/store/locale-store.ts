import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Locale } from '../../shared/i18n/messages';

interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
}

export const useLocaleStore = create<LocaleState>()(
  persist((set) => ({ locale: 'zh-CN', setLocale: (locale) => set({ locale }) }), { name: 'export-desk.locale' }),
);
