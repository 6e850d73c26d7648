import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { ManufacturerChangeSchema, type Manufacturer } from '../../../shared/contract/manufacturers';
import { client } from '../../api/client';
import { useTranslate } from '../../i18n/use-translate';
import { schemaRule } from '../inventory/field-rules';

interface Values {
  contactPerson?: string;
  email?: string;
  phone?: string;
  afterSalesDepartment?: string;
  address?: string;
  aliases?: string[];
}
const FIELDS = ['contactPerson', 'email', 'phone', 'afterSalesDepartment', 'address', 'aliases'] as const;
const shape = ManufacturerChangeSchema.shape.changes.shape;

/** Edit a manufacturer's contacts and aliases; its name is shown but fixed (it must match the certificates). */
export function ManufacturerEditModal({ manufacturer, onClose, onSaved }: { manufacturer: Manufacturer | null; onClose(): void; onSaved(updated: Manufacturer): void }) {
  const { t, pick, locale } = useTranslate();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setError(null);
    if (!manufacturer) return;
    // One form kept mounted (forceRender): start each edit from the stored values, without old errors.
    form.resetFields();
    form.setFieldsValue({
      contactPerson: manufacturer.contactPerson ?? '',
      email: manufacturer.email ?? '',
      phone: manufacturer.phone ?? '',
      afterSalesDepartment: manufacturer.afterSalesDepartment ?? '',
      address: manufacturer.address ?? '',
      aliases: manufacturer.aliases,
    });
  }, [manufacturer, form]);

  async function submit(values: Values) {
    if (!manufacturer) return;
    setBusy(true);
    setError(null);
    const result = await client.call('manufacturers.update', {
      id: manufacturer.id,
      changes: {
        contactPerson: values.contactPerson ?? null,
        email: values.email ?? null,
        phone: values.phone ?? null,
        afterSalesDepartment: values.afterSalesDepartment ?? null,
        address: values.address ?? null,
        aliases: values.aliases ?? [],
      },
    });
    setBusy(false);
    if (result.ok) return onSaved(result.value);
    // The core's own words beside each field it refused ("changes.email" → email); the rest above the form.
    const problems = (result.error.fields ?? []).map((p) => ({ ...p, field: p.field.replace(/^changes\./, '') }));
    const onFields = problems.filter((p) => (FIELDS as readonly string[]).includes(p.field));
    form.setFields(
      FIELDS.map((name) => ({ name, errors: onFields.filter((p) => p.field === name).map((p) => pick(p.message)) })).filter((entry) => entry.errors.length > 0),
    );
    if (onFields.length === 0) setError([pick(result.error.message), ...problems.map((p) => pick(p.message))].join(' '));
  }

  return (
    <Modal
      open={manufacturer !== null}
      title={t('manufacturers.editTitle')}
      okText={t('form.save')}
      cancelText={t('form.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      forceRender
      // Above the manufacturer drawer it is opened from (both would otherwise sit at 1000).
      zIndex={1010}
    >
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} autoComplete="off">
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
        <Form.Item label={t('manufacturers.field.name')} htmlFor="manufacturer-name" extra={t('manufacturers.nameFixedHint')}>
          <Input id="manufacturer-name" value={manufacturer?.name} readOnly variant="filled" />
        </Form.Item>
        <Form.Item label={t('manufacturers.field.aliases')} name="aliases" htmlFor="manufacturer-aliases" extra={t('manufacturers.aliasesHint')}>
          <Select id="manufacturer-aliases" mode="tags" open={false} suffixIcon={null} tokenSeparators={['、', ',', '，']} />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
          <Form.Item label={t('manufacturers.field.department')} name="afterSalesDepartment" htmlFor="manufacturer-department" rules={[schemaRule(shape.afterSalesDepartment, locale)]}>
            <Input id="manufacturer-department" maxLength={100} />
          </Form.Item>
          <Form.Item label={t('manufacturers.field.contactPerson')} name="contactPerson" htmlFor="manufacturer-contact" rules={[schemaRule(shape.contactPerson, locale)]}>
            <Input id="manufacturer-contact" maxLength={100} autoComplete="off" />
          </Form.Item>
          <Form.Item label={t('manufacturers.field.email')} name="email" htmlFor="manufacturer-email" rules={[schemaRule(shape.email, locale)]}>
            <Input id="manufacturer-email" maxLength={200} inputMode="email" />
          </Form.Item>
          <Form.Item label={t('manufacturers.field.phone')} name="phone" htmlFor="manufacturer-phone" rules={[schemaRule(shape.phone, locale)]}>
            <Input id="manufacturer-phone" maxLength={50} inputMode="tel" />
          </Form.Item>
        </div>
        <Form.Item label={t('manufacturers.field.address')} name="address" htmlFor="manufacturer-address" extra={t('manufacturers.contactHint')} rules={[schemaRule(shape.address, locale)]}>
          <Input id="manufacturer-address" maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
