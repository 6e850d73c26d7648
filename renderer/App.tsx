import { AuditOutlined, CarOutlined, ScanOutlined, DashboardOutlined, FolderOpenOutlined, SettingOutlined, ShopOutlined } from '@ant-design/icons';
import { App as AntApp, ConfigProvider, Flex, Layout, Menu, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { LanguageSwitch } from './components/LanguageSwitch';
import { PlannedDatePicker } from './components/PlannedDatePicker';
import { usePrefersReducedMotion } from './components/use-reduced-motion';
import { SampleDataBanner } from './components/SampleDataBanner';
import { useTranslate } from './i18n/use-translate';
import { OverdueReminders } from './notifications/OverdueReminders';
import { BatchesScreen } from './screens/batches/BatchesScreen';
import { ConfirmationsScreen } from './screens/confirmations/ConfirmationsScreen';
import { DashboardScreen } from './screens/dashboard/DashboardScreen';
import { InventoryScreen } from './screens/inventory/InventoryScreen';
import { ManufacturersScreen } from './screens/manufacturers/ManufacturersScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { StockInScreen } from './screens/stock-in/StockInScreen';
import { VehicleSummaryPage } from './screens/vehicle-summary/VehicleSummaryPage';
import { OnboardingWizard } from './screens/onboarding/OnboardingWizard';
import { ShortcutsOverlay } from './screens/help/ShortcutsOverlay';
import { useSampleStore } from './store/onboarding-store';
import { SCREENS, useNavigationStore, type Screen } from './store/navigation-store';
import { useSystemStore } from './store/system-store';

const SCREEN_VIEWS: Record<Screen, () => React.JSX.Element> = {
  dashboard: DashboardScreen,
  inventory: InventoryScreen,
  stockIn: StockInScreen,
  batches: BatchesScreen,
  confirmations: ConfirmationsScreen,
  manufacturers: ManufacturersScreen,
  settings: SettingsScreen,
};

/** antd's default grey texts (hints, placeholders, statistic titles), links and red fall short of WCAG AA contrast; these meet 4.5:1 on white and on the grey page. */
const THEME = {
  token: { colorPrimary: '#1f5fbf', borderRadius: 4, colorTextSecondary: 'rgba(0, 0, 0, 0.68)', colorTextTertiary: 'rgba(0, 0, 0, 0.62)', colorTextDescription: 'rgba(0, 0, 0, 0.62)', colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)', colorLink: '#1f5fbf', colorInfo: '#1f5fbf', colorError: '#cf1322' },
};

/** The same look without animations, for clerks whose system asks for reduced motion. */
const STILL_THEME = { ...THEME, token: { ...THEME.token, motion: false } };

export function App() {
  const { t, locale } = useTranslate();
  const reducedMotion = usePrefersReducedMotion();
  const { screen, go, summaryOf } = useNavigationStore();
  const loadSystem = useSystemStore((state) => state.load);
  // Bumped when the sample database is loaded or left: the screen remounts and reads the other data.
  const dataEpoch = useSampleStore((state) => state.epoch);

  useEffect(() => {
    void loadSystem();
  }, [loadSystem]);

  useEffect(() => {
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
    document.documentElement.lang = locale;
    document.title = `${t('app.title')} ExportDesk`;
  }, [locale, t]);

  const icons: Record<Screen, React.ReactNode> = { dashboard: <DashboardOutlined />, inventory: <CarOutlined />, stockIn: <ScanOutlined />, batches: <FolderOpenOutlined />, confirmations: <AuditOutlined />, manufacturers: <ShopOutlined />, settings: <SettingOutlined /> };
  const View = SCREEN_VIEWS[SCREENS.includes(screen) ? screen : 'inventory'];

  return (
    <ConfigProvider locale={locale === 'zh-CN' ? zhCN : enUS} theme={reducedMotion ? STILL_THEME : THEME}>
      <AntApp>
        <Layout style={{ minHeight: '100vh' }}>
          <Layout.Sider width={184} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
            <Typography.Title level={5} style={{ padding: '16px 20px', margin: 0 }}>
              {t('app.title')}
            </Typography.Title>
            <Menu
              mode="inline"
              selectedKeys={[screen]}
              onClick={({ key }) => go(key as Screen)}
              items={SCREENS.map((key) => ({ key, icon: icons[key], label: t(`nav.${key}`) }))}
            />
          </Layout.Sider>
          <Layout>
            <Layout.Header style={{ background: '#fff', padding: '0 24px', borderBottom: '1px solid #f0f0f0' }}>
              <Flex justify="flex-end" align="center" gap={24} style={{ height: '100%' }}>
                <PlannedDatePicker />
                <LanguageSwitch />
              </Flex>
            </Layout.Header>
            <Layout.Content style={{ padding: 20 }}>
              <SampleDataBanner offer={screen === 'dashboard' || screen === 'inventory'} />
              {summaryOf ? <VehicleSummaryPage key={summaryOf.id} vehicle={summaryOf} /> : <View key={dataEpoch} />}
            </Layout.Content>
          </Layout>
        </Layout>
        <OnboardingWizard />
        <OverdueReminders />
        <ShortcutsOverlay />
      </AntApp>
    </ConfigProvider>
  );
}
