import type { ConfirmationRequest } from '../../shared/contract/requests';
import { messages, type MessageKey } from '../../shared/i18n/messages';
import type { MessageParams } from '../../shared/i18n/translate';

/** How often the core is asked for requests that became overdue. */
export const CHECK_EVERY_MS = 30 * 60_000;
/** How often the date is compared, to check as soon as a new day begins. */
const DAY_WATCH_MS = 60_000;
/** A moment after start-up, out of the way of the first paint (and of StrictMode's mount-unmount-mount). */
const START_DELAY_MS = 1_500;
/** More newly overdue requests than this make one summary notification instead of one each. */
export const MAX_SINGLE_NOTICES = 3;

function localDate(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * Run `check` shortly after start-up (startUp = true), then every 30 minutes and whenever the date
 * changes. One check at a time; a failed one waits for the next turn. Returns the stop function.
 */
export function startOverdueWatch(check: (startUp: boolean) => Promise<void>): () => void {
  let running = false;
  let day = localDate();
  const run = (startUp: boolean) => {
    if (running) return;
    running = true;
    void check(startUp)
      .catch(() => undefined)
      .finally(() => (running = false));
  };
  const start = window.setTimeout(() => run(true), START_DELAY_MS);
  const every = window.setInterval(() => run(false), CHECK_EVERY_MS);
  const dayWatch = window.setInterval(() => {
    if (localDate() === day) return;
    day = localDate();
    run(false);
  }, DAY_WATCH_MS);
  return () => {
    window.clearTimeout(start);
    window.clearInterval(every);
    window.clearInterval(dayWatch);
  };
}

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Desktop notifications carry both languages in the title, like the window's. */
export const DESKTOP_TITLE = `${messages['zh-CN']['reminders.desktopTitle']} ${messages.en['reminders.desktopTitle']}`;

/** What the desktop notifications say: one per request, or one summary when there are more than three. */
export function overdueNotices(requests: ConfirmationRequest[], t: Translate): Array<{ tag: string; body: string }> {
  if (requests.length > MAX_SINGLE_NOTICES) {
    const names = [...new Set(requests.map((r) => r.manufacturer))];
    const manufacturers = names.slice(0, 4).join('、') + (names.length > 4 ? '…' : '');
    return [{ tag: 'export-desk-overdue-summary', body: t('reminders.desktopSummary', { count: requests.length, manufacturers }) }];
  }
  return requests.map((r) => ({
    tag: `export-desk-overdue-${r.id}`,
    body: t(r.batchReference ? 'reminders.desktopBody' : 'reminders.desktopBodyNoBatch', { manufacturer: r.manufacturer, batch: r.batchReference ?? '', days: r.workingDaysWaiting ?? 0 }),
  }));
}
