/**
 * Desktop notifications through the HTML5 Notification API: native ones in Electron's window (the
 * door grants 'notifications' to our bundle only), the browser's in browser mode.
 */
export type DesktopPermission = NotificationPermission | 'unsupported';

/** Remembered once the clerk was asked, so the browser's prompt is never shown twice. */
const ASKED_KEY = 'export-desk.notifications-asked';

export function desktopPermission(): DesktopPermission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Whether asking makes sense: not decided yet, and not asked before. */
export function mayAskPermission(): boolean {
  return desktopPermission() === 'default' && window.localStorage.getItem(ASKED_KEY) === null;
}

/** Ask once, from a click (browsers ignore or quieten prompts that no click asked for). */
export async function askPermission(): Promise<DesktopPermission> {
  if (desktopPermission() !== 'default') return desktopPermission();
  window.localStorage.setItem(ASKED_KEY, new Date().toISOString());
  return Notification.requestPermission();
}

/** Bring the app's window forward: the Electron door restores a minimised window, a browser focuses the tab. */
export function focusWindow(): void {
  window.exportDesk?.focusWindow?.();
  window.focus();
}

export interface DesktopNotice {
  title: string;
  body: string;
  /** One notification per tag: a repeat replaces it instead of piling up. */
  tag: string;
  onClick(): void;
}

/** Show each notice; false when notifications are not allowed (the in-app reminder still shows). */
export function showDesktopNotices(notices: DesktopNotice[]): boolean {
  if (desktopPermission() !== 'granted') return false;
  for (const notice of notices) {
    const notification = new Notification(notice.title, { body: notice.body, tag: notice.tag });
    notification.onclick = () => {
      focusWindow();
      notice.onClick();
      notification.close();
    };
  }
  return true;
}
