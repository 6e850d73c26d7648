import { App as AntApp, Button, Card, Descriptions, Flex, Form, InputNumber, Segmented, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { OutputOf } from '../../../shared/contract/operations';
import type { Settings } from '../../../shared/contract/settings';
import type { Locale } from '../../../shared/i18n/messages';
import { client } from '../../api/client';
import { formatBytes, formatNumber } from '../../components/format';
import { useTranslate } from '../../i18n/use-translate';
import { DesktopRemindersSetting } from '../../notifications/DesktopRemindersSetting';
import { useLocaleStore } from '../../store/locale-store';
import { useOnboardingStore, useSampleStore } from '../../store/onboarding-store';
import { useSystemStore } from '../../store/system-store';
import { RuleHelpButton } from '../dashboard/RuleHelp';
import { AboutModal } from '../help/AboutModal';
import { CopyDiagnosticsButton } from '../help/CopyDiagnosticsButton';
import { useShortcutsStore } from '../help/ShortcutsOverlay';
import { BackupCard } from './BackupCard';
import { OcrCard } from './OcrCard';
import { EnterpriseFields, enterpriseChange, type EnterpriseValues } from './EnterpriseFields';
import { HolidaysCard } from './HolidaysCard';

/**
 * Settings: the enterprise profile, the overdue threshold, OCR options, backups, where the data lives and its size,
 * the language, the policy parameters in force (read-only, with their source), and help.
 */
export function SettingsScreen() {
  const { t, locale } = useTranslate();
  const { message } = AntApp.useApp();
  const setLocale = useLocaleStore((state) => state.setLocale);
  const info = useSystemStore((state) => state.info);
  const loadSystem = useSystemStore((state) => state.load);
  const reopenWizard = useOnboardingStore((state) => state.reopen);
  const openShortcuts = useShortcutsStore((state) => state.setOpen);
  const sampleActive = useSampleStore((state) => state.active);
  const [policy, setPolicy] = useState<OutputOf<'compliance.policy'> | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [size, setSize] = useState<OutputOf<'system.dataSize'> | null>(null);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [enterpriseForm] = Form.useForm<EnterpriseValues>();
  const [requestsForm] = Form.useForm<{ days: number }>();

  const loadSettings = useCallback(async () => {
    const result = await client.call('settings.get', {});
    if (!result.ok) return;
    setSettings(result.value);
    enterpriseForm.setFieldsValue(result.value);
    requestsForm.setFieldsValue({ days: result.value['requests.overdueWorkingDays'] });
  }, [enterpriseForm, requestsForm]);

  useEffect(() => {
    void client.call('compliance.policy', {}).then((result) => result.ok && setPolicy(result.value));
    void client.call('system.dataSize', {}).then((result) => result.ok && setSize(result.value));
    void loadSettings();
  }, [loadSettings]);

  async function save(changes: Partial<Record<keyof Settings, unknown>>): Promise<boolean> {
    const result = await client.call('settings.update', changes as never);
    if (!result.ok) {
      void message.error(result.error.fields?.[0]?.message[locale] ?? result.error.message[locale]);
      return false;
    }
    setSettings(result.value);
    void message.success(t('prefs.saved'));
    return true;
  }

  return (
    <Flex vertical gap={16} style={{ maxWidth: 960 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('settings.title')}
      </Typography.Title>

      <Card title={t('enterprise.title')}>
        <Form form={enterpriseForm} name="enterprise" layout="horizontal" labelCol={{ flex: '180px' }} labelWrap onFinish={(values) => void save(enterpriseChange(values))}>
          <EnterpriseFields idPrefix="settings" />
          <Form.Item style={{ marginBottom: 0, paddingLeft: 180 }}>
            <Button type="primary" htmlType="submit">
              {t('prefs.save')}
            </Button>
          </Form.Item>
        </Form>
      </Card>

      <Card title={t('prefs.requests')}>
        <Form form={requestsForm} name="requests" layout="vertical" onFinish={({ days }) => void save({ 'requests.overdueWorkingDays': days })}>
          <Form.Item label={t('prefs.overdueDays')} htmlFor="settings-overdue-days" extra={t('prefs.overdueHint')} style={{ marginBottom: 0 }}>
            <Flex gap={8}>
              <Form.Item name="days" noStyle rules={[{ required: true, type: 'integer', min: 1, max: 90 }]}>
                <InputNumber id="settings-overdue-days" min={1} max={90} precision={0} style={{ width: 100 }} />
              </Form.Item>
              <Button htmlType="submit">{t('prefs.save')}</Button>
            </Flex>
          </Form.Item>
        </Form>
        <DesktopRemindersSetting on={settings?.['requests.desktopReminders']} onChange={(on) => save({ 'requests.desktopReminders': on })} />
      </Card>

      <HolidaysCard />

      <OcrCard />

      {!sampleActive && (
        <BackupCard
          folder={settings?.['backup.folder'] ?? null}
          onSaveFolder={(folder) => save({ 'backup.folder': folder })}
          onRestored={() => {
            void loadSettings();
            void loadSystem();
          }}
        />
      )}

      {info && (
        <Card title={t('settings.data')}>
          <Descriptions column={1} bordered size="small" styles={{ label: { width: 200 } }}>
            <Descriptions.Item label={t('prefs.dataFolder')}>
              <Typography.Text copyable>{info.dataFolder}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('prefs.dataSize')}>{size ? t('prefs.dataSizeValue', { size: formatBytes(size.bytes, locale), files: formatNumber(size.files, locale) }) : '…'}</Descriptions.Item>
            <Descriptions.Item label={t('settings.databasePath')}>
              <Typography.Text copyable>{info.databasePath}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('settings.schemaVersion')}>{info.schemaVersion}</Descriptions.Item>
            <Descriptions.Item label={t('settings.appVersion')}>{info.appVersion}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}

      <Card title={t('prefs.language')}>
        <Segmented<Locale>
          aria-label={t('prefs.language')}
          value={locale}
          onChange={setLocale}
          options={[
            { label: '简体中文', value: 'zh-CN' },
            { label: 'English', value: 'en' },
          ]}
        />
      </Card>

      <Card title={t('settings.policy')} extra={<RuleHelpButton />}>
        <Typography.Paragraph type="secondary">{t('settings.policyHint')}</Typography.Paragraph>
        {policy && (
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('settings.policyId')}>{policy.document[locale === 'zh-CN' ? 'zh' : 'en']}</Descriptions.Item>
            <Descriptions.Item label={t('settings.issued')}>{policy.issuedOn}</Descriptions.Item>
            <Descriptions.Item label={t('settings.effectiveDate')}>{policy.effectiveDate}</Descriptions.Item>
            <Descriptions.Item label={t('settings.windowDays')}>{policy.confirmationWindowDays}</Descriptions.Item>
            <Descriptions.Item label={t('settings.transitional')}>{policy.transitionalTransferBefore}</Descriptions.Item>
          </Descriptions>
        )}
      </Card>

      <Card title={t('prefs.help')}>
        <Space wrap>
          <Button onClick={() => openShortcuts(true)}>{t('help.shortcuts')}</Button>
          <Button onClick={() => setAboutOpen(true)}>{t('about.open')}</Button>
          <Button onClick={reopenWizard}>{t('onboarding.reopen')}</Button>
          <CopyDiagnosticsButton />
        </Space>
      </Card>
      <AboutModal open={aboutOpen} onClose={() => setAboutOpen(false)} />
    </Flex>
  );
}
