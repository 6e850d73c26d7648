import { App as AntApp, Button, Descriptions, Flex, Form, Input, Modal, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Settings } from '../../../shared/contract/settings';
import { client } from '../../api/client';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useTranslate } from '../../i18n/use-translate';
import { useOnboardingStore, useSampleStore } from '../../store/onboarding-store';
import { useSystemStore } from '../../store/system-store';
import { EnterpriseFields, enterpriseChange, type EnterpriseValues } from '../settings/EnterpriseFields';

const STEPS = ['language', 'enterprise', 'backup'] as const;

/**
 * The first-run wizard: language, enterprise profile, backup folder. Opens when no enterprise name is
 * set, the inventory is empty and the clerk has not skipped it (or when asked for again in Settings);
 * every step can be skipped.
 */
export function OnboardingWizard() {
  const { t, locale } = useTranslate();
  const { message } = AntApp.useApp();
  const { skipped, reopened, skip, close } = useOnboardingStore();
  const sampleActive = useSampleStore((state) => state.active);
  const info = useSystemStore((state) => state.info);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [hasVehicles, setHasVehicles] = useState<boolean | null>(null);
  const [step, setStep] = useState(0);
  const [saving, setSaving] = useState(false);
  const [enterpriseForm] = Form.useForm<EnterpriseValues>();
  const [backupForm] = Form.useForm<{ 'backup.folder': string }>();

  useEffect(() => {
    if (skipped && !reopened) return;
    void client.call('settings.get', {}).then((result) => result.ok && setSettings(result.value));
    void client.call('vehicles.list', { limit: 1 }).then((result) => result.ok && setHasVehicles(result.value.total > 0));
  }, [skipped, reopened]);

  // A first run: no enterprise name and no vehicles yet (an inventory already in use is not a first run).
  const open = settings !== null && hasVehicles !== null && sampleActive === false && (reopened || (!skipped && !settings['enterprise.name'] && !hasVehicles));
  if (!open) return null;

  function finish(): void {
    skip(); // done or skipped: either way it should not open by itself again
    close();
    setSettings(null);
    setStep(0);
  }

  async function next(): Promise<void> {
    const current = STEPS[step]!;
    setSaving(true);
    try {
      if (current === 'enterprise') {
        const values = await enterpriseForm.validateFields().catch(() => null);
        if (!values) return;
        const saved = await client.call('settings.update', enterpriseChange(values));
        if (!saved.ok) return void message.error(saved.error.message[locale]);
      }
      if (current === 'backup') {
        const folder = backupForm.getFieldValue('backup.folder') as string | undefined;
        const saved = await client.call('settings.update', { 'backup.folder': folder?.trim() ? folder.trim() : null });
        if (!saved.ok) return void message.error(saved.error.message[locale]);
        void message.success(t('onboarding.saved'));
        return finish();
      }
      setStep(step + 1);
    } finally {
      setSaving(false);
    }
  }

  const skipStep = () => (step === STEPS.length - 1 ? finish() : setStep(step + 1));

  return (
    <Modal
      open
      title={t('onboarding.title')}
      width={760}
      centered
      maskClosable={false}
      onCancel={finish}
      destroyOnHidden
      footer={
        <Flex justify="space-between">
          <Button onClick={finish}>{t('onboarding.skip')}</Button>
          <Flex gap={8}>
            {step > 0 && <Button onClick={() => setStep(step - 1)}>{t('onboarding.back')}</Button>}
            {step > 0 && <Button onClick={skipStep}>{t('onboarding.skipStep')}</Button>}
            <Button type="primary" loading={saving} onClick={() => void next()}>
              {step === STEPS.length - 1 ? t('onboarding.finish') : t('onboarding.next')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t('onboarding.intro')}</Typography.Paragraph>
      <Steps size="small" current={step} items={STEPS.map((key) => ({ title: t(`onboarding.step.${key}`) }))} style={{ marginBottom: 24 }} />
      {STEPS[step] === 'language' && (
        <Flex vertical gap={12}>
          <Typography.Text id="onboarding-language-hint">{t('onboarding.languageHint')}</Typography.Text>
          <LanguageSwitch size="large" style={{ alignSelf: 'flex-start' }} describedBy="onboarding-language-hint" />
        </Flex>
      )}
      {STEPS[step] === 'enterprise' && (
        <Form form={enterpriseForm} layout="vertical" initialValues={settings} requiredMark={false}>
          <Typography.Paragraph type="secondary">{t('onboarding.enterpriseHint')}</Typography.Paragraph>
          <EnterpriseFields idPrefix="onboarding" twoColumns />
        </Form>
      )}
      {STEPS[step] === 'backup' && (
        <Form form={backupForm} layout="vertical" initialValues={{ 'backup.folder': settings['backup.folder'] ?? '' }}>
          <Typography.Paragraph type="secondary">{t('onboarding.backupHint')}</Typography.Paragraph>
          {info && (
            <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
              <Descriptions.Item label={t('prefs.dataFolder')}>
                <Typography.Text copyable>{info.dataFolder}</Typography.Text>
              </Descriptions.Item>
            </Descriptions>
          )}
          <Form.Item name="backup.folder" label={t('prefs.backupFolder')} htmlFor="onboarding-backup-folder" extra={t('prefs.backupFolderHint')}>
            <Input id="onboarding-backup-folder" maxLength={500} placeholder={info ? `${info.dataFolder}${info.dataFolder.includes('\\') ? '\\' : '/'}backups` : ''} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
