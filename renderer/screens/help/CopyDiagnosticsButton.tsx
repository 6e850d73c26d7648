import { App as AntApp, Button } from 'antd';
import { client } from '../../api/client';
import { useTranslate } from '../../i18n/use-translate';

/** For support: the app's state without personal data, on the clipboard. */
export function CopyDiagnosticsButton() {
  const { t, pick } = useTranslate();
  const { message } = AntApp.useApp();
  async function copy() {
    const result = await client.call('system.diagnostics', {});
    if (!result.ok) return void message.error(pick(result.error.message));
    try {
      await navigator.clipboard.writeText(result.value.text);
      void message.success(t('diagnostics.copied'));
    } catch {
      // No clipboard (an insecure context): show the text to copy by hand.
      window.prompt(t('diagnostics.copyByHand'), result.value.text);
    }
  }
  return <Button onClick={() => void copy()}>{t('diagnostics.copy')}</Button>;
}
