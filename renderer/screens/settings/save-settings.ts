import type { FormInstance } from 'antd';
import type { InputOf, OutputOf } from '../../../shared/contract/operations';
import type { Locale } from '../../../shared/i18n/messages';
import { client } from '../../api/client';

/**
 * Save a settings change made in `form`, whose fields are named by their setting keys: a value the core
 * refuses gets its message on that field. Returns the settings saved, or the message of any other failure.
 */
export async function saveSettings(form: FormInstance, changes: InputOf<'settings.update'>, locale: Locale): Promise<{ ok: true; settings: OutputOf<'settings.get'> } | { ok: false; message: string | null }> {
  const result = await client.call('settings.update', changes);
  if (result.ok) return { ok: true, settings: result.value };
  const onFields = (result.error.fields ?? []).filter((problem) => problem.field in changes);
  if (onFields.length === 0) return { ok: false, message: result.error.message[locale] };
  form.setFields(onFields.map((problem) => ({ name: problem.field, errors: [problem.message[locale]] })));
  return { ok: false, message: null };
}
