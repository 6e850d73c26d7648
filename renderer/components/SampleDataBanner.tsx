import { Alert, App as AntApp, Button } from 'antd';
import { useEffect, useState } from 'react';
import { client } from '../api/client';
import { useTranslate } from '../i18n/use-translate';
import { useInventoryStore } from '../store/inventory-store';
import { useSampleStore } from '../store/onboarding-store';

/**
 * Above the dashboard and the inventory: while the sample database is in use, a banner that says so
 * with "leave the sample"; when the real inventory is empty, the offer to load the sample.
 */
export function SampleDataBanner({ offer }: { offer: boolean }) {
  const { t, locale } = useTranslate();
  const { message } = AntApp.useApp();
  const { active, busy, epoch, refresh, load, discard } = useSampleStore();
  // Re-count when the inventory changes (a vehicle added or imported makes the offer go away).
  const generation = useInventoryStore((state) => state.generation);
  const [empty, setEmpty] = useState(false);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    if (!offer || active !== false) return;
    void client.call('vehicles.list', { limit: 1 }).then((result) => setEmpty(result.ok && result.value.total === 0));
  }, [offer, active, epoch, generation]);

  async function onLoad(): Promise<void> {
    const hide = message.loading(t('demo.loading'), 0);
    const result = await load();
    hide();
    if (result.ok) void message.success(t('demo.loaded', { vehicles: result.value.vehicles }));
    else void message.error(result.error.message[locale]);
  }

  async function onDiscard(): Promise<void> {
    const result = await discard();
    if (result.ok) void message.success(t('demo.discarded'));
    else void message.error(result.error.message[locale]);
  }

  if (active) {
    return (
      <Alert
        role="status"
        type="warning"
        showIcon
        banner
        style={{ marginBottom: 16 }}
        title={<strong>{t('demo.banner')}</strong>}
        description={t('demo.bannerBody')}
        action={
          <Button danger loading={busy} onClick={() => void onDiscard()}>
            {t('demo.discard')}
          </Button>
        }
      />
    );
  }
  if (!offer || active === null || !empty) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('demo.offerTitle')}
      description={t('demo.offerBody')}
      action={
        <Button type="primary" loading={busy} onClick={() => void onLoad()}>
          {t('demo.load')}
        </Button>
      }
    />
  );
}
