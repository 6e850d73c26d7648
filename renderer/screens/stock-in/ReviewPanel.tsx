import { App as AntApp, Alert, AutoComplete, Button, Checkbox, Col, DatePicker, Flex, Form, Input, List, Row, Space, Tag, Tooltip, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState, type ReactNode } from 'react';
import type { AppError } from '../../../shared/contract/errors';
import { VehicleFieldsSchema, type VehicleFieldName } from '../../../shared/contract/vehicles';
import type { MessageKey } from '../../../shared/i18n/messages';
import { client } from '../../api/client';
import { useTranslate } from '../../i18n/use-translate';
import { useInventoryStore } from '../../store/inventory-store';
import { placeServerError } from '../inventory/place-server-error';
import { consistencyRule, dependenciesOf, hasConsistencyRule, schemaRule, vinSuggestion } from '../inventory/field-rules';
import { emptyFormValues, isFormField, newVehicleOf, payloadOf, type FormFieldName, type VehicleFormValues } from '../inventory/vehicle-form-values';
import { FormActions } from '../../components/FormActions';
import { CERTIFICATE_FIELDS, fieldSuggestions, type CertificateFieldKind } from '../inventory/certificate-fields';
import { ScanViewer } from './ScanViewer';
import type { QueuedCertificate } from './stock-in-store';

const DATE_FORMAT = 'YYYY-MM-DD';
type Kind = CertificateFieldKind;

const CERTIFICATE = CERTIFICATE_FIELDS;
const REQUIRED: readonly FormFieldName[] = ['vin', 'brand', 'model'];
/** What the certificate said, kept with the vehicle for the consistency check. */
const CERTIFICATE_KEYS = ['vin', 'brand', 'model', 'registrationDate', 'transferDate'] as const;

export interface ReviewPanelProps {
  item: QueuedCertificate;
  onSaved(vin: string): void;
  onSkip(): void;
}

/** One certificate's reading: the scan with the value boxes on the left, the pre-filled record on the right. */
export function ReviewPanel({ item, onSaved, onSkip }: ReviewPanelProps) {
  const result = item.result!;
  const { t, pick, locale } = useTranslate();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<VehicleFormValues>();
  const today = useInventoryStore((state) => state.today);
  const facets = useInventoryStore((state) => state.facets);
  const [active, setActive] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const vin = Form.useWatch('vin', form);
  const suggestion = vinSuggestion(vin);

  const initialValues = useMemo(() => {
    const values: Record<string, unknown> = { ...emptyFormValues() };
    for (const { field } of CERTIFICATE) values[field] = result.fields[field]?.value ?? null;
    return values as VehicleFormValues;
  }, [result]);

  /** Fields the clerk must look at: low confidence, or a problem named on them. */
  const toCheck = useMemo(() => {
    const names = new Set<string>(result.doubtful);
    for (const problem of result.problems) names.add(problem.field);
    return CERTIFICATE.map(({ field }) => field).filter((field) => names.has(field));
  }, [result]);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const unchecked = new Set(toCheck.filter((field) => !checked.has(field)));
  const check = (field: string, on = true) =>
    setChecked((before) => {
      const after = new Set(before);
      if (on) after.add(field);
      else after.delete(field);
      return after;
    });

  const options = fieldSuggestions(facets);

  function rulesOf(field: FormFieldName, kind: Kind): Rule[] {
    const rules: Rule[] = [];
    if (kind === 'vin') rules.push({ required: true, whitespace: true, message: t('field.required') });
    rules.push(schemaRule(VehicleFieldsSchema.shape[field as VehicleFieldName], locale, ''));
    if (hasConsistencyRule(field)) rules.push(consistencyRule(field, today, locale));
    return rules;
  }

  function control(field: FormFieldName, kind: Kind): ReactNode {
    if (kind === 'date')
      return <DatePicker format={DATE_FORMAT} placeholder={DATE_FORMAT} style={{ width: '100%' }} onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()} />;
    if (kind === 'suggest') return <AutoComplete options={options[field] ?? []} filterOption={(input, option) => (option?.value ?? '').toLowerCase().includes(input.toLowerCase())} />;
    return <Input autoComplete="off" className={kind === 'vin' ? 'inventory-mono' : undefined} />;
  }

  function doubt(field: string): ReactNode {
    const reading = result.fields[field];
    const problems = result.problems.filter((problem) => problem.field === field);
    return (
      <div className="stock-in-doubt">
        {problems.map((problem) => (
          <div key={problem.code}>{pick(problem.message)}</div>
        ))}
        {problems.length === 0 && <div>{t('ocr.problem.lowConfidence')}</div>}
        <Space size={12} wrap>
          {reading && reading.value !== null && <Typography.Text type="secondary">{t('ocr.confidence', { percent: Math.round(reading.confidence * 100) })}</Typography.Text>}
          <Checkbox checked={checked.has(field)} onChange={(event) => check(field, event.target.checked)} data-check={field}>
            {t('stockIn.checked')}
          </Checkbox>
        </Space>
      </div>
    );
  }

  function item_(field: FormFieldName, kind: Kind) {
    const isDoubtful = toCheck.includes(field);
    const dateProps =
      kind === 'date'
        ? {
            getValueProps: (value: string | null | undefined) => ({ value: value && dayjs(value, DATE_FORMAT, true).isValid() ? dayjs(value, DATE_FORMAT) : null }),
            normalize: (date: Dayjs | null) => (date ? date.format(DATE_FORMAT) : null),
          }
        : {};
    const label = (
      <Space size={6}>
        {t(`vehicle.${field}` as MessageKey)}
        {isDoubtful && !checked.has(field) && <Tag color="orange">{t('ocr.checkValue')}</Tag>}
        {isDoubtful && checked.has(field) && <Tag color="green">✓</Tag>}
      </Space>
    );
    return (
      <Col key={field} xs={24} xl={12}>
        <div onFocus={() => setActive(field)} className={isDoubtful && !checked.has(field) ? 'stock-in-field-doubtful' : undefined} data-field-wrapper={field}>
          <Form.Item
            name={field}
            label={label}
            rules={rulesOf(field, kind)}
            dependencies={dependenciesOf(field)}
            validateFirst
            validateTrigger={['onChange', 'onBlur']}
            required={REQUIRED.includes(field)}
            normalize={kind === 'vin' ? (value: string) => value.toUpperCase() : undefined}
            extra={
              <>
                {kind === 'vin' && suggestion && (
                  <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => (form.setFieldValue('vin', suggestion), void form.validateFields(['vin']))}>
                    {t('inventory.useSuggestion', { suggestion })}
                  </Button>
                )}
                {isDoubtful && doubt(field)}
              </>
            }
            {...dateProps}
          >
            {control(field, kind)}
          </Form.Item>
        </div>
      </Col>
    );
  }

  function showServerError(error: AppError) {
    setFormError(placeServerError(form, error, locale));
  }

  async function save() {
    setFormError(null);
    const values = form.getFieldsValue(true) as VehicleFormValues;
    const payload = payloadOf(values) as Record<string, unknown>;
    const certificate = Object.fromEntries(CERTIFICATE_KEYS.map((key) => [key, (payload[key] as string | null) ?? null]));
    setSaving(true);
    const saved = await client.call('ocr.saveVehicle', { vehicle: newVehicleOf(values), files: item.payloads!, certificate });
    setSaving(false);
    if (!saved.ok) return showServerError(saved.error);
    void message.success(t('stockIn.saved', { vin: saved.value.vin }));
    onSaved(saved.value.vin);
  }

  function pickField(field: string) {
    setActive(field);
    if (isFormField(field)) form.scrollToField(field, { block: 'center', focus: true });
  }

  const blocked = unchecked.size > 0;
  return (
    <div className="stock-in-review">
      <ScanViewer result={result} files={item.files} urls={item.urls} active={active} doubtful={unchecked} onPick={pickField} />
      <section className="stock-in-form" aria-label={t('stockIn.reviewTitle', { name: item.name })}>
        <Flex justify="space-between" align="baseline" wrap gap={8}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('stockIn.reviewTitle', { name: item.name })}
          </Typography.Title>
          <Typography.Text type="secondary">{t('stockIn.readIn', { seconds: (result.ms / 1000).toFixed(1) })}</Typography.Text>
        </Flex>
        {toCheck.length > 0 && (
          <Alert
            style={{ margin: '8px 0' }}
            type={blocked ? 'warning' : 'success'}
            showIcon
            title={blocked ? t('stockIn.doubtfulCount', { count: unchecked.size }) : t('stockIn.allChecked')}
          />
        )}
        {result.fileProblems.length > 0 && (
          <Alert
            style={{ margin: '8px 0' }}
            type="error"
            showIcon
            title={t('stockIn.fileProblems')}
            description={result.fileProblems.map((problem) => `${problem.file}: ${pick(problem.message)}`).join('；')}
          />
        )}
        <Form<VehicleFormValues>
          form={form}
          name={`stock-in-${item.id}`}
          layout="vertical"
          initialValues={initialValues}
          onValuesChange={(changed: VehicleFormValues) => {
            // Correcting a value is checking it.
            for (const field of Object.keys(changed)) if (toCheck.includes(field as FormFieldName)) check(field);
          }}
          onFinish={() => void save()}
          onFinishFailed={({ errorFields }) => errorFields[0] && form.scrollToField(errorFields[0].name, { block: 'center' })}
        >
          <Typography.Title level={5} className="stock-in-section">
            {t('stockIn.sectionCertificate')}
          </Typography.Title>
          <Row gutter={12}>{CERTIFICATE.map(({ field, kind }) => item_(field, kind))}</Row>
          <Typography.Title level={5} className="stock-in-section">
            {t('ocr.transfers')}
          </Typography.Title>
          {result.transfers.length === 0 ? (
            <Typography.Paragraph type="secondary">{t('stockIn.transfersNone')}</Typography.Paragraph>
          ) : (
            <List
              size="small"
              bordered
              dataSource={result.transfers}
              style={{ marginBottom: 16 }}
              renderItem={(transfer) => (
                <List.Item
                  className={transfer.matchesEnterprise ? 'stock-in-transfer-ours' : undefined}
                  actions={
                    transfer.date.value
                      ? [
                          <Tooltip key="use" title={t('stockIn.useTransferDate')}>
                            <Button size="small" onClick={() => (form.setFieldValue('transferDate', transfer.date.value), check('transferDate'), void form.validateFields(['transferDate']))}>
                              {t('stockIn.useTransferDate')}
                            </Button>
                          </Tooltip>,
                        ]
                      : []
                  }
                >
                  <Space orientation="vertical" size={0}>
                    <Space size={6} wrap>
                      <Typography.Text strong>{t('ocr.transferEntry', { entry: transfer.entry })}</Typography.Text>
                      <Typography.Text>{transfer.date.value ?? t('stockIn.notRead')}</Typography.Text>
                      {transfer.matchesEnterprise && <Tag color="blue">{t('ocr.matchesEnterprise')}</Tag>}
                    </Space>
                    <Typography.Text type="secondary">
                      {[transfer.owner.value, transfer.authority.value, transfer.plate.value].filter(Boolean).join(' · ')}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          )}
          <Typography.Title level={5} className="stock-in-section">
            {t('stockIn.sectionExport')}
          </Typography.Title>
          <Row gutter={12}>
            <Col xs={24} xl={12}>
              <Form.Item name="destinationCountry" label={t('vehicle.destinationCountry')} rules={[schemaRule(VehicleFieldsSchema.shape.destinationCountry, locale, '')]}>
                <AutoComplete options={options.destinationCountry ?? []} />
              </Form.Item>
            </Col>
            <Col xs={24} xl={12}>
              <Form.Item name="notes" label={t('vehicle.notes')} rules={[schemaRule(VehicleFieldsSchema.shape.notes, locale, '')]}>
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          <FormActions className="stock-in-actions" error={formError}>
            <Tooltip title={blocked ? t('stockIn.saveDisabled') : undefined}>
              <Button type="primary" htmlType="submit" loading={saving} disabled={blocked}>
                {t('stockIn.save')}
              </Button>
            </Tooltip>
            <Button onClick={onSkip}>{t('stockIn.skip')}</Button>
          </FormActions>
        </Form>
      </section>
    </div>
  );
}
