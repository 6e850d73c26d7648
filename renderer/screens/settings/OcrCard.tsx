import { App as AntApp, Button, Card, Descriptions, Flex, Form, InputNumber, Select, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { OcrStatus } from '../../../shared/contract/ocr-status';
import { OCR_LANGUAGE_CHOICES, type OcrLanguageChoice } from '../../../shared/contract/setting-fields';
import { SettingsSchema } from '../../../shared/contract/settings';
import { client } from '../../api/client';
import { formatBytes } from '../../components/format';
import { useTranslate } from '../../i18n/use-translate';
import { schemaRule } from '../inventory/field-rules';
import { TWO_COLUMNS } from './layout';
import { saveSettings } from './save-settings';

/** Memory one warm worker adds after a certificate read (RSS, measured with 1 and 2 workers: about 75–85 MB). */
const WORKER_MEMORY_MB = 80;

interface OcrValues {
  'ocr.languages': OcrLanguageChoice;
  'ocr.workers': number | null;
}

/** Certificate OCR options: which language data to load and how many workers, with what is installed and running. */
export function OcrCard() {
  const { t, locale } = useTranslate();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<OcrValues>();
  const [status, setStatus] = useState<OcrStatus | null>(null);

  const load = useCallback(async () => {
    const result = await client.call('ocr.status', {});
    if (!result.ok) return;
    setStatus(result.value);
    form.setFieldsValue({ 'ocr.languages': result.value.languages, 'ocr.workers': result.value.workers });
  }, [form]);

  useEffect(() => {
    void load();
  }, [load]);

  async function save(values: OcrValues): Promise<void> {
    const saved = await saveSettings(form, { 'ocr.languages': values['ocr.languages'], 'ocr.workers': values['ocr.workers'] }, locale);
    if (!saved.ok) return void (saved.message && message.error(saved.message));
    void message.success(t('prefs.saved'));
    await load();
  }

  const installed = new Set(status?.languageData.filter((data) => data.present).map((data) => data.language));
  const languageName = (language: 'chi_sim' | 'eng') => t(`ocrSettings.languageName.${language}`);

  return (
    <Card title={t('ocrSettings.title')}>
      <Form form={form} name="ocr" layout="vertical" onFinish={(values) => void save(values)}>
        <div style={TWO_COLUMNS}>
          <Form.Item name="ocr.languages" label={t('ocrSettings.languages')} htmlFor="settings-ocr-languages" extra={t('ocrSettings.languagesHint')} rules={[schemaRule(SettingsSchema.shape['ocr.languages'], locale)]}>
            <Select<OcrLanguageChoice>
              id="settings-ocr-languages"
              style={{ width: 200 }}
              options={OCR_LANGUAGE_CHOICES.map((choice) => ({
                value: choice,
                label: t(`ocrSettings.language.${choice}`),
                // A choice whose language package is missing could not start.
                disabled: status !== null && !choice.split('+').every((language) => installed.has(language as 'chi_sim' | 'eng')),
              }))}
            />
          </Form.Item>
          {/* No min/max on the control: it would clamp silently; the rule says what is allowed. */}
          <Form.Item name="ocr.workers" label={t('ocrSettings.workers')} htmlFor="settings-ocr-workers" extra={t('ocrSettings.workersHint', { mb: WORKER_MEMORY_MB })} rules={[schemaRule(SettingsSchema.shape['ocr.workers'], locale, null)]}>
            <InputNumber id="settings-ocr-workers" precision={0} style={{ width: 100 }} />
          </Form.Item>
        </div>
        <Flex gap={12} align="center" style={{ marginBottom: 16 }}>
          <Button htmlType="submit">{t('prefs.save')}</Button>
          <Typography.Text type="secondary">{t('ocrSettings.appliesNext')}</Typography.Text>
        </Flex>
      </Form>
      {status && (
        <Descriptions column={1} bordered size="small" styles={{ label: { width: 180 } }}>
          <Descriptions.Item label={t('ocrSettings.data')}>
            {status.languageData.map((data) => (
              <Typography.Paragraph key={data.language} style={{ margin: 0 }} type={data.present ? undefined : 'danger'}>
                {data.present
                  ? t('ocrSettings.dataPresent', { language: languageName(data.language), package: data.package, version: data.version ?? '', size: formatBytes(data.bytes, locale) })
                  : t('ocrSettings.dataMissing', { language: languageName(data.language), package: data.package })}
              </Typography.Paragraph>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('ocrSettings.running')}>
            {status.engine && status.engine.pools.length > 0
              ? status.engine.pools.map((pool) => t('ocrSettings.pool', { language: languageName(pool.language), count: pool.workers })).join(locale === 'zh-CN' ? '，' : ', ')
              : t('ocrSettings.notRunning')}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
