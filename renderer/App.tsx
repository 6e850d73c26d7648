import { CarOutlined } from '@ant-design/icons';
import { App as AntApp, ConfigProvider, Layout, Menu, Segmented, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import type { Locale } from '../shared/i18n/messages';
import { useTranslate } from './i18n/use-translate';
import { useLocaleStore } from './store/locale-store';
import { InventoryScreen } from './screens/inventory/InventoryScreen';

export function App() {
  const { t, locale } = useTranslate();
  const setLocale = useLocaleStore((state) => state.setLocale);

  useEffect(() => {
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
    document.documentElement.lang = locale;
    document.title = `${t('app.title')} ExportDesk`;
  }, [locale, t]);

  return (
    <ConfigProvider locale={locale === 'zh-CN' ? zhCN : enUS} theme={{ token: { colorPrimary: '#1f5fbf', borderRadius: 4 } }}>
      <AntApp>
        <Layout style={{ minHeight: '100vh' }}>
          <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
            <Typography.Title level={5} style={{ padding: '16px 20px', margin: 0 }}>
              {t('app.title')}
            </Typography.Title>
            <Menu mode="inline" selectedKeys={['inventory']} items={[{ key: 'inventory', icon: <CarOutlined />, label: t('nav.inventory') }]} />
          </Layout.Sider>
          <Layout>
            <Layout.Header style={{ background: '#fff', display: 'flex', justifyContent: 'flex-end', alignItems: 'center', borderBottom: '1px solid #f0f0f0' }}>
              <Segmented<Locale>
                aria-label={t('app.language')}
                value={locale}
                onChange={setLocale}
                options={[
                  { label: '简体中文', value: 'zh-CN' },
                  { label: 'English', value: 'en' },
                ]}
              />
            </Layout.Header>
            <Layout.Content style={{ padding: 24 }}>
              <InventoryScreen />
            </Layout.Content>
          </Layout>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}
