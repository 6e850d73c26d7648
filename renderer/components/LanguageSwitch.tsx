import { Segmented } from 'antd';
import type { CSSProperties } from 'react';
import type { Locale } from '../../shared/i18n/messages';
import { useTranslate } from '../i18n/use-translate';
import { useLocaleStore } from '../store/locale-store';

/** 简体中文 / English, each written in its own language so a clerk can find theirs; the choice is remembered. */
export function LanguageSwitch({ size, style, describedBy }: { size?: 'large'; style?: CSSProperties; describedBy?: string }) {
  const { t, locale } = useTranslate();
  const setLocale = useLocaleStore((state) => state.setLocale);
  return (
    <Segmented<Locale>
      aria-label={t('app.language')}
      aria-describedby={describedBy}
      size={size}
      style={style}
      value={locale}
      onChange={setLocale}
      options={[
        { label: '简体中文', value: 'zh-CN' },
        { label: 'English', value: 'en' },
      ]}
    />
  );
}
