import { App as AntApp, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { NewVehicleSchema } from '../../../shared/contract/vehicles';
import { useTranslate } from '../../i18n/use-translate';
import { useInventoryStore } from '../../store/inventory-store';
import { schemaRule } from './field-rules';

interface FormValues {
  vin: string;
  brand: string;
  model: string;
}

const FIELDS = [
  { name: 'vin', label: 'vehicle.vin', placeholder: 'LSVAU218XN2183294', upper: true },
  { name: 'brand', label: 'vehicle.brand', placeholder: '大众汽车', upper: false },
  { name: 'model', label: 'vehicle.model', placeholder: 'FV7146FADBG', upper: false },
] as const;

export function AddVehicleForm({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const { t, pick, locale } = useTranslate();
  const add = useInventoryStore((state) => state.add);
  const { message } = AntApp.useApp();

  async function submit(values: FormValues) {
    setSaving(true);
    const error = await add(values);
    setSaving(false);
    if (!error) {
      void message.success(t('inventory.added', { vin: values.vin.toUpperCase() }));
      form.resetFields();
      onDone();
      return;
    }
    const fieldErrors = (error.fields ?? []).filter((field) => FIELDS.some((f) => f.name === field.field));
    if (error.code === 'DUPLICATE_VIN') form.setFields([{ name: 'vin', errors: [pick(error.message)] }]);
    else if (fieldErrors.length > 0) form.setFields(fieldErrors.map((field) => ({ name: field.field as keyof FormValues, errors: [pick(field.message)] })));
    else void message.error(pick(error.message));
  }

  return (
    <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} aria-label={t('inventory.add')}>
      {FIELDS.map((field) => (
        <Form.Item
          key={field.name}
          name={field.name}
          label={t(field.label)}
          validateTrigger={['onChange', 'onBlur']}
          rules={[schemaRule(NewVehicleSchema.shape[field.name], locale)]}
          normalize={field.upper ? (value: string) => value.toUpperCase() : undefined}
        >
          <Input placeholder={field.placeholder} autoComplete="off" maxLength={field.upper ? 20 : 100} />
        </Form.Item>
      ))}
      <Space>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('form.save')}
        </Button>
        <Button onClick={onDone}>{t('form.cancel')}</Button>
      </Space>
    </Form>
  );
}
