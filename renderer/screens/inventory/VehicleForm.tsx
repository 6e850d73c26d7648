import { App as AntApp, AutoComplete, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { useId, useMemo, useState, type ReactNode } from 'react';
import type { AppError } from '../../../shared/contract/errors';
import { CURRENCIES, VEHICLE_STATUSES, VehicleFieldsSchema, type Vehicle, type VehicleFieldName } from '../../../shared/contract/vehicles';
import { STATUS_REQUIRED_FIELDS } from '../../../shared/domain/vehicle-consistency';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useTranslate } from '../../i18n/use-translate';
import { useInventoryStore } from '../../store/inventory-store';
import { FormActions } from '../../components/FormActions';
import { CERTIFICATE_FIELDS, fieldSuggestions } from './certificate-fields';
import { consistencyRule, dependenciesOf, hasConsistencyRule, schemaRule, vinSuggestion } from './field-rules';
import { placeServerError } from './place-server-error';
import {
  changesOf,
  emptyFormValues,
  formValuesOf,
  MODIFIED_VEHICLE_FIELDS,
  newVehicleOf,
  type FormFieldName,
  type VehicleFormValues,
} from './vehicle-form-values';

const DATE_FORMAT = 'YYYY-MM-DD';

type Kind = 'text' | 'vin' | 'date' | 'price' | 'number' | 'currency' | 'status' | 'notes' | 'suggest';

interface FieldSpec {
  field: FormFieldName;
  kind: Kind;
  span?: number;
  placeholder?: string;
}

const CERTIFICATE: FieldSpec[] = [...CERTIFICATE_FIELDS];

const EXPORT: FieldSpec[] = [
  { field: 'destinationCountry', kind: 'suggest' },
  { field: 'status', kind: 'status' },
  { field: 'buyer', kind: 'text' },
  { field: 'contractRef', kind: 'text' },
  { field: 'purchasePrice', kind: 'price', span: 8 },
  { field: 'currency', kind: 'currency', span: 4 },
  { field: 'mileageKm', kind: 'number' },
  { field: 'notes', kind: 'notes', span: 24 },
];

const ALWAYS_REQUIRED: readonly FormFieldName[] = STATUS_REQUIRED_FIELDS['in-stock'];

const MODIFIED: FieldSpec[] = MODIFIED_VEHICLE_FIELDS.map((field) => ({ field, kind: 'text' }));

export interface VehicleFormProps {
  /** The vehicle to edit; without it the form adds a new one. */
  vehicle?: Vehicle;
  onSaved(vehicle: Vehicle): void;
  onCancel(): void;
}

/** The Add/Edit form: every field of the record, checked while typing with the contract's own rules. */
export function VehicleForm({ vehicle, onSaved, onCancel }: VehicleFormProps) {
  const [form] = Form.useForm<VehicleFormValues>();
  const { t, locale } = useTranslate();
  const { message } = AntApp.useApp();
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const today = useInventoryStore((state) => state.today);
  const facets = useInventoryStore((state) => state.facets);
  const add = useInventoryStore((state) => state.add);
  const update = useInventoryStore((state) => state.update);
  const status = Form.useWatch('status', form) ?? vehicle?.status ?? 'in-stock';
  const isModified = Form.useWatch('isModified', form) ?? vehicle?.isModified ?? false;
  const vin = Form.useWatch('vin', form);
  const suggestion = vinSuggestion(vin);
  const requiredNow: readonly FormFieldName[] = STATUS_REQUIRED_FIELDS[status];
  const formName = vehicle ? `vehicle-edit-${vehicle.id}` : 'vehicle-add';
  const initialValues = useMemo(() => (vehicle ? formValuesOf(vehicle) : emptyFormValues()), [vehicle]);

  const options = useMemo(() => fieldSuggestions(facets), [facets]);

  function rulesOf(spec: FieldSpec): Rule[] {
    const rules: Rule[] = [];
    // An empty VIN is simply missing ("必填"), not "0 characters long".
    if (spec.kind === 'vin') rules.push({ required: true, whitespace: true, message: t('field.required') });
    if (spec.field !== 'status') {
      const schema = VehicleFieldsSchema.shape[spec.field as VehicleFieldName];
      rules.push(schemaRule(schema, locale, spec.kind === 'price' || spec.kind === 'number' ? null : ''));
    }
    if (hasConsistencyRule(spec.field)) rules.push(consistencyRule(spec.field, today, locale));
    return rules;
  }

  function control(spec: FieldSpec): ReactNode {
    const placeholder = spec.placeholder;
    switch (spec.kind) {
      case 'vin':
        return <Input placeholder={placeholder} autoComplete="off" autoFocus={!vehicle} className="inventory-mono" />;
      case 'date':
        return (
          <DatePicker
            format={DATE_FORMAT}
            placeholder={DATE_FORMAT}
            style={{ width: '100%' }}
            disabledDate={(date) => date.format(DATE_FORMAT) > today}
            // Enter confirms the typed date; it must not also submit the whole form.
            onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
          />
        );
      case 'price':
        return <InputNumber min={0} precision={2} step={1000} style={{ width: '100%' }} />;
      case 'number':
        return <InputNumber min={0} precision={0} step={1000} style={{ width: '100%' }} />;
      case 'currency':
        return <Select options={CURRENCIES.map((currency) => ({ value: currency, label: currency }))} />;
      case 'status':
        return <Select options={VEHICLE_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))} />;
      case 'notes':
        return <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />;
      case 'suggest':
        return (
          <AutoComplete
            options={options[spec.field] ?? []}
            placeholder={placeholder}
            filterOption={(input, option) => (option?.value ?? '').toLowerCase().includes(input.toLowerCase())}
          />
        );
      default:
        return <Input placeholder={placeholder} autoComplete="off" />;
    }
  }

  function item(spec: FieldSpec) {
    const { field, kind } = spec;
    const dateProps =
      kind === 'date'
        ? {
            getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value, DATE_FORMAT) : null }),
            normalize: (date: Dayjs | null) => (date ? date.format(DATE_FORMAT) : null),
          }
        : {};
    return (
      <Col key={field} xs={24} sm={spec.span ?? 12}>
        <Form.Item
          name={field}
          label={t(`vehicle.${field}` as MessageKey)}
          rules={rulesOf(spec)}
          dependencies={dependenciesOf(field)}
          validateFirst
          validateTrigger={['onChange', 'onBlur']}
          required={requiredNow.includes(field)}
          normalize={kind === 'vin' ? (value: string) => value.toUpperCase() : undefined}
          extra={kind === 'vin' && suggestion ? <VinSuggestion suggestion={suggestion} onUse={() => applySuggestion(suggestion)} /> : undefined}
          {...dateProps}
        >
          {control(spec)}
        </Form.Item>
      </Col>
    );
  }

  function applySuggestion(value: string) {
    form.setFieldValue('vin', value);
    void form.validateFields(['vin']);
  }

  function showServerError(error: AppError) {
    setFormError(placeServerError(form, error, locale));
  }

  async function submit() {
    setFormError(null);
    const values = form.getFieldsValue(true) as VehicleFormValues;
    let result;
    if (vehicle) {
      const changes = changesOf(vehicle, values);
      if (Object.keys(changes).length === 0) {
        void message.info(t('inventory.noChanges'));
        onCancel();
        return;
      }
      setSaving(true);
      result = await update(vehicle.id, changes);
    } else {
      setSaving(true);
      result = await add(newVehicleOf(values));
    }
    setSaving(false);
    if (!result.ok) return showServerError(result.error);
    void message.success(t(vehicle ? 'inventory.saved' : 'inventory.added', { vin: result.value.vin }));
    onSaved(result.value);
  }

  return (
    <Form<VehicleFormValues>
      form={form}
      name={formName}
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={(changed: VehicleFormValues) => {
        // A new status may need more fields: say which at once, not only on Save.
        if (changed.status) void form.validateFields(STATUS_REQUIRED_FIELDS[changed.status].filter((field) => !ALWAYS_REQUIRED.includes(field))).catch(() => undefined);
      }}
      onFinish={() => void submit()}
      onFinishFailed={({ errorFields }) => errorFields[0] && form.scrollToField(errorFields[0].name, { block: 'center' })}
      aria-label={vehicle ? t('inventory.editTitle') : t('inventory.add')}
      className="inventory-form"
    >
      <Section title={t('inventory.sectionCertificate')}>{CERTIFICATE.map(item)}</Section>
      <Section title={t('inventory.sectionExport')}>{EXPORT.map(item)}</Section>
      <Section title={t('inventory.sectionModified')}>
        <Col span={24}>
          <Form.Item name="isModified" label={t('vehicle.isModified')} valuePropName="checked" layout="horizontal">
            <Switch />
          </Form.Item>
        </Col>
        {isModified && MODIFIED.map(item)}
      </Section>
      <FormActions className="inventory-form-actions" error={formError}>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('form.save')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </FormActions>
    </Form>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="inventory-form-section" aria-labelledby={id}>
      <Typography.Title level={5} className="inventory-section-title" id={id}>
        {title}
      </Typography.Title>
      <Row gutter={16}>{children}</Row>
    </section>
  );
}

function VinSuggestion({ suggestion, onUse }: { suggestion: string; onUse(): void }) {
  const { t } = useTranslate();
  return (
    <Button type="link" size="small" onClick={onUse} style={{ padding: 0, height: 'auto' }}>
      {t('inventory.useSuggestion', { suggestion })}
    </Button>
  );
}
