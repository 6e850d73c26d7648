import { Alert, Flex, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslate } from '../i18n/use-translate';
import { askPermission, desktopPermission } from './desktop-notifications';

/** The switch "逾期桌面提醒" (Settings): turning it on asks for the system's permission if not decided yet. */
export function DesktopRemindersSetting({ on, onChange }: { on: boolean | undefined; onChange(on: boolean): Promise<boolean> }) {
  const { t } = useTranslate();
  const [permission, setPermission] = useState(desktopPermission);

  async function change(next: boolean): Promise<void> {
    if ((await onChange(next)) && next) setPermission(await askPermission());
  }

  return (
    <Flex vertical gap={4} style={{ marginTop: 16 }}>
      <Flex gap={8} align="center">
        <Switch id="settings-desktop-reminders" checked={on ?? false} disabled={on === undefined} onChange={(next) => void change(next)} />
        <label htmlFor="settings-desktop-reminders">{t('reminders.setting')}</label>
      </Flex>
      <Typography.Text type="secondary">{t('reminders.settingHint')}</Typography.Text>
      {on && (permission === 'denied' || permission === 'unsupported') && <Alert type="warning" showIcon title={t('reminders.blocked')} />}
    </Flex>
  );
}
