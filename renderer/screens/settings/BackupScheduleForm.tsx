import { App as AntApp, Button, Form, InputNumber, Select } from 'antd';
import { useEffect } from 'react';
import { BACKUP_SCHEDULES, type BackupSchedule } from '../../../shared/contract/setting-fields';
import { SettingsSchema } from '../../../shared/contract/settings';
import { client } from '../../api/client';
import { useTranslate } from '../../i18n/use-translate';
import { schemaRule } from '../inventory/field-rules';
import { TWO_COLUMNS } from './layout';
import { saveSettings } from './save-settings';

interface ScheduleValues {
  'backup.schedule': BackupSchedule;
  'backup.keep': number | null;
}

/** How often the automatic backup runs and how many it keeps; `reload` changes after a restore brought other settings. */
export function BackupScheduleForm({ reload }: { reload: number }) {
  const { t, locale } = useTranslate();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ScheduleValues>();

  useEffect(() => {
    void client.call('settings.get', {}).then((result) => {
      if (result.ok) form.setFieldsValue({ 'backup.schedule': result.value['backup.schedule'], 'backup.keep': result.value['backup.keep'] });
    });
  }, [form, reload]);

  async function save(values: ScheduleValues): Promise<void> {
    const saved = await saveSettings(form, { 'backup.schedule': values['backup.schedule'], 'backup.keep': values['backup.keep'] }, locale);
    if (!saved.ok) return void (saved.message && message.error(saved.message));
    void message.success(t('prefs.saved'));
  }

  return (
    <Form form={form} name="backup-schedule" layout="vertical" onFinish={(values) => void save(values)}>
      <div style={TWO_COLUMNS}>
        <Form.Item name="backup.schedule" label={t('backupSchedule.schedule')} htmlFor="settings-backup-schedule" extra={t('backupSchedule.scheduleHint')} rules={[schemaRule(SettingsSchema.shape['backup.schedule'], locale)]}>
          <Select<BackupSchedule> id="settings-backup-schedule" style={{ width: 200 }} options={BACKUP_SCHEDULES.map((schedule) => ({ value: schedule, label: t(`backupSchedule.${schedule}`) }))} />
        </Form.Item>
        {/* No min/max on the control: it would clamp silently; the rule says what is allowed. */}
        <Form.Item name="backup.keep" label={t('backupSchedule.keep')} htmlFor="settings-backup-keep" extra={t('backupSchedule.keepHint')} rules={[schemaRule(SettingsSchema.shape['backup.keep'], locale, null)]}>
          <InputNumber id="settings-backup-keep" precision={0} style={{ width: 100 }} />
        </Form.Item>
      </div>
      <Form.Item>
        <Button htmlType="submit">{t('prefs.save')}</Button>
      </Form.Item>
    </Form>
  );
}
