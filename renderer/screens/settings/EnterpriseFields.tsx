import { Form, Input } from 'antd';
import { SettingsSchema } from '../../../shared/contract/settings';
import { useTranslate } from '../../i18n/use-translate';
import { schemaRule } from '../inventory/field-rules';
import { SealUpload } from './SealUpload';

export const ENTERPRISE_KEYS = ['enterprise.name', 'enterprise.creditCode', 'enterprise.address', 'enterprise.contact', 'enterprise.phone', 'enterprise.email'] as const;
export type EnterpriseValues = Partial<Record<(typeof ENTERPRISE_KEYS)[number], string | null>>;

/**
 * The enterprise profile's fields, inside a parent antd Form (the wizard's and Settings'). The credit code
 * is checked with the contract's own schema, so the check character is verified as the core would. The
 * seal image is saved on its own when chosen (it is a file, not a form value).
 */
export function EnterpriseFields({ idPrefix, twoColumns = false }: { idPrefix: string; twoColumns?: boolean }) {
  const { t, locale } = useTranslate();
  const item = (key: (typeof ENTERPRISE_KEYS)[number]) => ({ name: key, label: t(key), htmlFor: `${idPrefix}-${key.replace('.', '-')}` });
  const id = (key: (typeof ENTERPRISE_KEYS)[number]) => `${idPrefix}-${key.replace('.', '-')}`;
  // Two columns in the wizard, so the whole step fits a 1366×768 screen; name and address take a full row.
  const wide = twoColumns ? { gridColumn: '1 / -1' } : undefined;
  return (
    <div style={twoColumns ? { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 } : undefined}>
      <Form.Item {...item('enterprise.name')} style={wide} rules={[schemaRule(SettingsSchema.shape['enterprise.name'], locale)]}>
        <Input id={id('enterprise.name')} maxLength={200} autoComplete="organization" />
      </Form.Item>
      <Form.Item
        {...item('enterprise.creditCode')}
        extra={t('enterprise.creditCodeHint')}
        validateFirst
        rules={[schemaRule(SettingsSchema.shape['enterprise.creditCode'], locale)]}
        normalize={(value: string) => value.toUpperCase()}
      >
        <Input id={id('enterprise.creditCode')} maxLength={18} style={{ fontFamily: 'monospace', maxWidth: 280 }} spellCheck={false} />
      </Form.Item>
      <Form.Item {...item('enterprise.contact')} rules={[schemaRule(SettingsSchema.shape['enterprise.contact'], locale)]}>
        <Input id={id('enterprise.contact')} maxLength={100} autoComplete="name" style={{ maxWidth: 280 }} />
      </Form.Item>
      <Form.Item {...item('enterprise.address')} style={wide} rules={[schemaRule(SettingsSchema.shape['enterprise.address'], locale)]}>
        <Input id={id('enterprise.address')} maxLength={300} autoComplete="street-address" />
      </Form.Item>
      <Form.Item {...item('enterprise.phone')} rules={[schemaRule(SettingsSchema.shape['enterprise.phone'], locale)]}>
        <Input id={id('enterprise.phone')} maxLength={50} autoComplete="tel" style={{ maxWidth: 280 }} />
      </Form.Item>
      <Form.Item {...item('enterprise.email')} rules={[{ type: 'email', message: t('enterprise.email.invalid') }, schemaRule(SettingsSchema.shape['enterprise.email'], locale)]}>
        <Input id={id('enterprise.email')} maxLength={200} autoComplete="email" style={{ maxWidth: 360 }} />
      </Form.Item>
      <SealUpload id={`${idPrefix}-enterprise-seal`} style={wide} />
    </div>
  );
}

/** The form's values as a settings change: blanks become null (cleared). */
export function enterpriseChange(values: EnterpriseValues): EnterpriseValues {
  return Object.fromEntries(ENTERPRISE_KEYS.map((key) => [key, values[key]?.trim() ? values[key]!.trim() : null]));
}
