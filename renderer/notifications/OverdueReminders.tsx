import { App as AntApp, Button, Space } from 'antd';
import { useEffect, useRef } from 'react';
import type { ConfirmationRequest } from '../../shared/contract/requests';
import { client } from '../api/client';
import { useTranslate } from '../i18n/use-translate';
import { useBoardRequest } from '../screens/confirmations/board-request';
import { useNavigationStore } from '../store/navigation-store';
import { askPermission, mayAskPermission, showDesktopNotices } from './desktop-notifications';
import { DESKTOP_TITLE, overdueNotices, startOverdueWatch } from './overdue-watch';

const IN_APP_KEY = 'overdue-reminder';
const IN_APP_SECONDS = 20;
/** Requests named in the in-app reminder; the rest are counted. */
const LISTED = 5;

/**
 * Overdue confirmation requests: listed in the app at start-up, and each request that becomes overdue
 * announced once, in the app and (if allowed) on the desktop. Renders nothing itself.
 */
export function OverdueReminders() {
  const { t } = useTranslate();
  const { notification } = AntApp.useApp();
  const go = useNavigationStore((state) => state.go);
  // The watch outlives renders: it reads the current language and API through this.
  const latest = useRef({ t, notification, go });
  latest.current = { t, notification, go };

  useEffect(() => {
    const openBoard = () => {
      latest.current.notification.destroy(IN_APP_KEY);
      useBoardRequest.getState().showOverdue();
      latest.current.go('confirmations');
    };

    const notifyDesktop = (fresh: ConfirmationRequest[]) => {
      const { t } = latest.current;
      showDesktopNotices(overdueNotices(fresh, t).map((notice) => ({ ...notice, title: DESKTOP_TITLE, onClick: openBoard })));
    };

    const showInApp = (listed: ConfirmationRequest[], startUp: boolean, askFor: ConfirmationRequest[] | null) => {
      const { t, notification } = latest.current;
      const byWait = [...listed].sort((a, b) => (b.workingDaysWaiting ?? 0) - (a.workingDaysWaiting ?? 0) || a.id - b.id);
      notification.warning({
        key: IN_APP_KEY,
        placement: 'bottomRight',
        // Long enough to read (hovering holds it), short enough not to hide the screen's corner for good.
        duration: IN_APP_SECONDS,
        title: t(startUp ? 'reminders.startupTitle' : 'reminders.newTitle', { count: listed.length }),
        description: (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {byWait.slice(0, LISTED).map((r) => (
              <li key={r.id}>{t(r.batchReference ? 'reminders.item' : 'reminders.itemNoBatch', { id: r.id, manufacturer: r.manufacturer, batch: r.batchReference ?? '', days: r.workingDaysWaiting ?? 0 })}</li>
            ))}
            {byWait.length > LISTED && <li>{t('reminders.more', { count: byWait.length - LISTED })}</li>}
          </ul>
        ),
        actions: (
          <Space wrap>
            {askFor && (
              <Button
                size="small"
                onClick={() => {
                  showInApp(listed, startUp, null); // asked once: the button goes
                  void askPermission().then((permission) => permission === 'granted' && notifyDesktop(askFor));
                }}
              >
                {t('reminders.enableDesktop')}
              </Button>
            )}
            <Button type="primary" size="small" onClick={openBoard}>
              {t('reminders.openBoard')}
            </Button>
          </Space>
        ),
      });
    };

    return startOverdueWatch(async (startUp) => {
      const fresh = await client.call('requests.newlyOverdue', {});
      if (!fresh.ok) return;
      const settings = await client.call('settings.get', {});
      const desktop = !settings.ok || settings.value['requests.desktopReminders'];
      // At start-up every overdue request is listed; later only those that just became overdue.
      const listed = startUp ? await client.call('requests.list', { overdue: true }) : fresh;
      const inApp = listed.ok ? listed.value : fresh.value;
      // Asking for permission is offered once, from a button, and only with something to show.
      const askFor = desktop && fresh.value.length > 0 && mayAskPermission() ? fresh.value : null;
      if (inApp.length > 0) showInApp(inApp, startUp, askFor);
      if (desktop && fresh.value.length > 0) notifyDesktop(fresh.value);
    });
  }, []);

  return null;
}
