import { CheckCircleTwoTone, CloseCircleTwoTone, CopyOutlined, DeleteOutlined, MailOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, AutoComplete, Button, Card, Checkbox, DatePicker, Descriptions, Drawer, Flex, Form, Input, Popconfirm, Radio, Select, Skeleton, Table, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { KnownOutlet, Manufacturer } from '../../../shared/contract/manufacturers';
import { REPLY_OUTCOMES, REQUEST_CHANNELS, type ConfirmationRequest } from '../../../shared/contract/requests';
import { addWorkingDays, CHINA_2026 } from '../../../shared/domain/working-days';
import { client } from '../../api/client';
import { filePayload } from '../../api/files';
import { useTranslate } from '../../i18n/use-translate';
import { useSystemStore } from '../../store/system-store';
import type { PdfFile } from '../batches/pdf';
import { PdfPreview } from '../batches/PdfPreview';
import { mailtoLink, requestEmail, type EmailText } from './email-text';
import { defaultContact, emailIn } from './manufacturer-contact';
import { ReplyCheckBanner, SaveReplyButton, VinCheckMark } from './ReplyVinCheck';
import { RequestStatusTag } from './RequestStatusTag';
import { useReplyCheck } from './use-reply-check';

type RequestVehicle = ConfirmationRequest['vehicles'][number];
const FORMAT = 'YYYY-MM-DD';
const CALENDAR = { holidays: new Set(CHINA_2026.holidays), workdays: new Set(CHINA_2026.workdays) };

interface SendValues {
  channel: (typeof REQUEST_CHANNELS)[number];
  sentOn: Dayjs;
  contact?: string;
  trackingNumber?: string;
}
interface ReplyValues {
  outcome: (typeof REPLY_OUTCOMES)[number];
  replyOn: Dayjs;
  covered: number[];
  outlets?: Array<{ country: string; name: string; address?: string; contact?: string }>;
}

/** One request: its vehicles, send, record the reply, cancel, and regenerate the letter with an email to send. */
export function RequestDrawer({ id, manufacturers, onClose, onChanged }: { id: number | null; manufacturers: Manufacturer[]; onClose(): void; onChanged(): void }) {
  const { t, pick } = useTranslate();
  const { message } = App.useApp();
  const today = useSystemStore((state) => state.info?.today ?? dayjs().format(FORMAT));
  const [request, setRequest] = useState<ConfirmationRequest | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [scan, setScan] = useState<File | null>(null);
  const [preview, setPreview] = useState<PdfFile[]>([]);
  const [letters, setLetters] = useState<PdfFile[]>([]);
  const [email, setEmail] = useState<EmailText | null>(null);
  const [overdueDays, setOverdueDays] = useState(10);
  const [enterprise, setEnterprise] = useState<string | null>(null);
  const [knownOutlets, setKnownOutlets] = useState<KnownOutlet[]>([]);
  const [sendForm] = Form.useForm<SendValues>();
  const [replyForm] = Form.useForm<ReplyValues>();
  // The reply scan's VINs, read by OCR when it is chosen; a ticked VIN not found asks before saving.
  const replyCheck = useReplyCheck();
  const [confirmingReply, setConfirmingReply] = useState<ReplyValues | null>(null);
  const ticked = Form.useWatch('covered', replyForm);
  const channel = Form.useWatch('channel', sendForm) ?? 'email';

  const load = useCallback(async () => {
    if (id === null) return;
    const result = await client.call('requests.get', { id });
    if (result.ok) setRequest(result.value);
    else setError(pick(result.error.message));
  }, [id, pick]);

  useEffect(() => {
    setRequest(null);
    setError(null);
    setEmail(null);
    setLetters([]);
    setScan(null);
    replyCheck.reset();
    if (id === null) return;
    void load();
    void client.call('settings.get', {}).then((result) => {
      if (!result.ok) return;
      setOverdueDays(result.value['requests.overdueWorkingDays']);
      setEnterprise(result.value['enterprise.name']);
    });
  }, [id, load, replyCheck.reset]);

  const manufacturer = manufacturers.find((m) => m.id === request?.manufacturerId) ?? null;
  const canSend = request?.status === 'draft';
  const canReply = request?.status === 'sent' || request?.status === 'partly-confirmed';

  // The send form's contact follows the directory and the channel until the clerk types one.
  useEffect(() => {
    if (canSend && !sendForm.isFieldTouched('contact')) sendForm.setFieldValue('contact', defaultContact(channel, manufacturer) || undefined);
  }, [canSend, channel, manufacturer, sendForm]);

  // Outlets this manufacturer named before, offered when recording a reply.
  const manufacturerId = request?.manufacturerId ?? null;
  useEffect(() => {
    setKnownOutlets([]);
    if (manufacturerId === null || !canReply) return;
    void client.call('manufacturers.outlets', { id: manufacturerId }).then((result) => result.ok && setKnownOutlets(result.value));
  }, [manufacturerId, canReply]);

  async function act<T>(name: string, run: () => Promise<{ ok: true; value: T } | { ok: false; error: { message: { 'zh-CN': string; en: string }; fields?: Array<{ message: { 'zh-CN': string; en: string } }> } }>, done: string) {
    setBusy(name);
    setError(null);
    const result = await run();
    setBusy(null);
    if (!result.ok) {
      setError([pick(result.error.message), ...(result.error.fields ?? []).map((f) => pick(f.message))].join(' '));
      return false;
    }
    void message.success(done);
    await load();
    onChanged();
    return true;
  }

  async function send(values: SendValues) {
    if (!request) return;
    await act(
      'send',
      () =>
        client.call('requests.send', {
          id: request.id,
          channel: values.channel,
          sentOn: values.sentOn.format(FORMAT),
          ...(values.contact?.trim() ? { contact: values.contact.trim() } : {}),
          ...(values.trackingNumber?.trim() ? { trackingNumber: values.trackingNumber.trim() } : {}),
        }),
      t('confirmations.sent'),
    );
  }

  async function reply(values: ReplyValues) {
    if (!request || !scan) return;
    const file = await filePayload(scan);
    const ok = await act(
      'reply',
      () =>
        client.call('requests.reply', {
          id: request.id,
          outcome: values.outcome,
          replyOn: values.replyOn.format(FORMAT),
          file,
          coveredVehicleIds: values.covered ?? [],
          outlets: (values.outlets ?? []).filter((o) => o && o.country && o.name).map((o) => ({ country: o.country, name: o.name, address: o.address ?? null, contact: o.contact ?? null })),
        }),
      t('confirmations.replied'),
    );
    if (ok) {
      replyForm.resetFields();
      setScan(null);
      replyCheck.reset();
    }
  }

  async function resend() {
    if (!request) return;
    setBusy('resend');
    setError(null);
    const result = await client.call('documents.requests', { requestIds: [request.id] });
    setBusy(null);
    if (!result.ok) {
      setError(pick(result.error.message));
      return;
    }
    const replyBy = request.status === 'sent' && request.dueOn ? request.dueOn : addWorkingDays(today, overdueDays, CALENDAR);
    setEmail(requestEmail(request, replyBy, enterprise, manufacturer));
    setLetters(result.value);
    setPreview(result.value);
  }

  async function copyEmail() {
    if (!email) return;
    try {
      await navigator.clipboard.writeText(`${email.subject}\n\n${email.body}`);
      void message.success(t('confirmations.email.copied'));
    } catch {
      void message.warning(t('confirmations.email.copyFailed'));
    }
  }

  const vehicleColumns = [
    { title: 'VIN', dataIndex: 'vin', width: 190, render: (vin: string) => <Typography.Text code>{vin}</Typography.Text> },
    { title: t('vehicle.brand'), dataIndex: 'brand' },
    { title: t('vehicle.model'), dataIndex: 'model' },
    { title: t('vehicle.destinationCountry'), dataIndex: 'country', render: (value: string | null) => value ?? '—' },
    {
      title: t('confirmations.vehicles.covered'),
      dataIndex: 'covered',
      width: 90,
      render: (covered: boolean | null) =>
        covered === true ? (
          <CheckCircleTwoTone twoToneColor="#52c41a" aria-label={t('confirmations.vehicles.yes')} />
        ) : covered === false ? (
          <CloseCircleTwoTone twoToneColor="#ff4d4f" aria-label={t('confirmations.vehicles.no')} />
        ) : (
          <Typography.Text type="secondary">{t('confirmations.vehicles.pending')}</Typography.Text>
        ),
    },
  ];

  const canCancel = request && ['draft', 'sent', 'partly-confirmed'].includes(request.status);
  const uncovered = (request?.vehicles ?? []).filter((v) => v.covered !== true);
  const vinCheck = (vin: string) => (replyCheck.state.status === 'done' ? replyCheck.state.result.vins.find((entry) => entry.vin === vin) : undefined);
  const missingTicked = uncovered.filter((v) => (ticked ?? []).includes(v.id) && vinCheck(v.vin)?.found === false).map((v) => v.vin);
  const checkScan = (file: File) => request && void replyCheck.start(request.id, file, uncovered.map((v) => v.vin));

  return (
    <Drawer open={id !== null} onClose={onClose} size={760} title={request ? t('confirmations.drawer.title', { id: request.id, manufacturer: request.manufacturer }) : t('confirmations.drawer.loading')} destroyOnHidden>
      {!request ? (
        error ? <Alert type="error" showIcon message={error} /> : <Skeleton active />
      ) : (
        <Flex vertical gap={16}>
          <Descriptions size="small" bordered column={2}>
            <Descriptions.Item label={t('confirmations.field.status')}>
              <RequestStatusTag status={request.status} overdue={request.overdue} />
            </Descriptions.Item>
            <Descriptions.Item label={t('confirmations.field.batch')}>{request.batchReference ?? t('confirmations.noBatch')}</Descriptions.Item>
            <Descriptions.Item label={t('confirmations.field.channel')}>{request.channel ? t(`confirmations.channel.${request.channel}`) : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('confirmations.field.sentOn')}>{request.sentOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('confirmations.field.contact')}>{request.contact ?? manufacturer?.email ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('confirmations.field.tracking')}>{request.trackingNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('confirmations.field.waiting')}>{request.workingDaysWaiting === null ? '—' : t('confirmations.workingDays', { days: request.workingDaysWaiting })}</Descriptions.Item>
            <Descriptions.Item label={t('confirmations.field.dueOn')}>{request.dueOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('confirmations.field.replyOn')}>{request.replyOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('confirmations.field.notes')}>{request.notes ?? '—'}</Descriptions.Item>
          </Descriptions>
          {error && <Alert type="error" showIcon closable onClose={() => setError(null)} message={error} />}
          <Table<RequestVehicle> rowKey="id" size="small" columns={vehicleColumns} dataSource={request.vehicles} pagination={false} aria-label={t('confirmations.vehicles.title')} />

          <Card size="small" title={t('confirmations.resend.title')}>
            <Flex vertical gap={8}>
              <Typography.Text type="secondary">{t('confirmations.resend.hint')}</Typography.Text>
              <Flex gap={8} wrap>
                <Button icon={<MailOutlined />} loading={busy === 'resend'} onClick={() => void resend()} disabled={request.status === 'cancelled'}>
                  {t('confirmations.resend.button')}
                </Button>
                {email && (
                  <>
                    <Button type="primary" href={mailtoLink(emailIn(request.contact) ?? manufacturer?.email ?? null, email)} icon={<MailOutlined />}>
                      {t('confirmations.email.mailto')}
                    </Button>
                    <Button icon={<CopyOutlined />} onClick={() => void copyEmail()}>
                      {t('confirmations.email.copy')}
                    </Button>
                    <Button onClick={() => setPreview(letters)} disabled={letters.length === 0}>
                      {t('confirmations.resend.preview')}
                    </Button>
                  </>
                )}
              </Flex>
              {email && (
                <>
                  <label htmlFor="request-email-text">{t('confirmations.email.text')}</label>
                  <Input.TextArea id="request-email-text" readOnly value={`${email.subject}\n\n${email.body}`} autoSize={{ minRows: 4, maxRows: 10 }} />
                </>
              )}
            </Flex>
          </Card>

          {canSend && (
            <Card size="small" title={t('confirmations.send.title')}>
              <Form form={sendForm} layout="vertical" initialValues={{ channel: 'email', sentOn: dayjs(today, FORMAT) }} onFinish={(values) => void send(values)}>
                <Flex gap={12} wrap>
                  <Form.Item name="channel" label={t('confirmations.field.channel')} rules={[{ required: true }]} style={{ minWidth: 160 }}>
                    <Select options={REQUEST_CHANNELS.map((c) => ({ value: c, label: t(`confirmations.channel.${c}`) }))} />
                  </Form.Item>
                  <Form.Item name="sentOn" label={t('confirmations.field.sentOn')} rules={[{ required: true }]}>
                    <DatePicker format={FORMAT} allowClear={false} />
                  </Form.Item>
                  <Form.Item name="contact" label={t('confirmations.field.contact')} style={{ flex: 1, minWidth: 180 }}>
                    <Input maxLength={200} />
                  </Form.Item>
                  <Form.Item name="trackingNumber" label={t('confirmations.field.tracking')} style={{ minWidth: 160 }}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Flex>
                <Button type="primary" htmlType="submit" loading={busy === 'send'}>
                  {t('confirmations.send.submit')}
                </Button>
              </Form>
            </Card>
          )}

          {canReply && (
            <Card size="small" title={t('confirmations.reply.title')}>
              <Form form={replyForm} layout="vertical" initialValues={{ outcome: 'confirmed', replyOn: dayjs(today, FORMAT), covered: uncovered.map((v) => v.id), outlets: [] }} onFinish={(values) => (missingTicked.length > 0 ? setConfirmingReply(values) : void reply(values))}>
                <Form.Item label={t('confirmations.reply.scan')} required extra={t('confirmations.reply.scanHint')} validateStatus={scan ? undefined : 'validating'}>
                  <Upload
                    accept="image/*,.pdf,application/pdf"
                    maxCount={1}
                    beforeUpload={(file) => {
                      setScan(file);
                      checkScan(file);
                      return false;
                    }}
                    onRemove={() => {
                      setScan(null);
                      replyCheck.reset();
                    }}
                    fileList={scan ? [{ uid: 'scan', name: scan.name, status: 'done' }] : []}
                  >
                    <Button icon={<UploadOutlined />}>{t('confirmations.reply.choose')}</Button>
                  </Upload>
                </Form.Item>
                {scan && (
                  <div style={{ marginBottom: 12 }}>
                    <ReplyCheckBanner state={replyCheck.state} onStop={replyCheck.stop} onRetry={() => checkScan(scan)} />
                  </div>
                )}
                <Flex gap={16} wrap>
                  <Form.Item name="outcome" label={t('confirmations.reply.outcome')} rules={[{ required: true }]}>
                    <Radio.Group options={REPLY_OUTCOMES.map((o) => ({ value: o, label: t(`request.status.${o}`) }))} optionType="button" />
                  </Form.Item>
                  <Form.Item name="replyOn" label={t('confirmations.field.replyOn')} rules={[{ required: true }]}>
                    <DatePicker format={FORMAT} allowClear={false} />
                  </Form.Item>
                </Flex>
                <Form.Item name="covered" label={t('confirmations.reply.covered')}>
                  <Checkbox.Group
                    options={uncovered.map((v) => ({
                      value: v.id,
                      label: (
                        <span>
                          {`${v.vin} ${v.brand} ${v.model}`} <VinCheckMark entry={vinCheck(v.vin)} />
                        </span>
                      ),
                    }))}
                    style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                  />
                </Form.Item>
                <Typography.Text strong>{t('confirmations.reply.outlets')}</Typography.Text>
                <Form.List name="outlets">
                  {(fields, { add, remove }) => (
                    <Flex vertical gap={4} style={{ marginTop: 8 }}>
                      {fields.map((field, index) => (
                        <Flex key={field.key} gap={8} align="flex-start">
                          <Form.Item name={[field.name, 'country']} label={t('confirmations.outlet.country')} rules={[{ required: true, whitespace: true }]} style={{ width: 110, marginBottom: 8 }}>
                            <Input aria-label={`${t('confirmations.outlet.country')} ${index + 1}`} />
                          </Form.Item>
                          <Form.Item name={[field.name, 'name']} label={t('confirmations.outlet.name')} rules={[{ required: true, whitespace: true }]} style={{ flex: 1, marginBottom: 8 }}>
                            <AutoComplete
                              aria-label={`${t('confirmations.outlet.name')} ${index + 1}`}
                              placeholder={knownOutlets.length > 0 ? t('confirmations.outlet.known') : undefined}
                              options={knownOutlets.map((o) => ({ value: `${o.id}`, label: `${o.name}（${o.country}）` }))}
                              filterOption={(typed, option) => String(option?.label ?? '').toLowerCase().includes(typed.toLowerCase())}
                              onSelect={(value: string) => {
                                // A known outlet fills its whole row.
                                const known = knownOutlets.find((o) => `${o.id}` === value);
                                if (known) replyForm.setFieldValue(['outlets', field.name], { country: known.country, name: known.name, address: known.address ?? undefined, contact: known.contact ?? undefined });
                              }}
                            />
                          </Form.Item>
                          <Form.Item name={[field.name, 'address']} label={t('confirmations.outlet.address')} style={{ flex: 1, marginBottom: 8 }}>
                            <Input aria-label={`${t('confirmations.outlet.address')} ${index + 1}`} />
                          </Form.Item>
                          <Form.Item name={[field.name, 'contact']} label={t('confirmations.outlet.contact')} style={{ width: 130, marginBottom: 8 }}>
                            <Input aria-label={`${t('confirmations.outlet.contact')} ${index + 1}`} />
                          </Form.Item>
                          <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('confirmations.outlet.remove', { n: index + 1 })} style={{ marginTop: 30 }} />
                        </Flex>
                      ))}
                      <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ country: request.vehicles.find((v) => v.country)?.country ?? '' })} style={{ alignSelf: 'flex-start' }}>
                        {t('confirmations.outlet.add')}
                      </Button>
                    </Flex>
                  )}
                </Form.List>
                <Flex gap={8} style={{ marginTop: 16 }} align="center">
                  <SaveReplyButton
                    missing={missingTicked}
                    confirming={confirmingReply !== null}
                    onConfirm={() => {
                      const values = confirmingReply;
                      setConfirmingReply(null);
                      if (values) void reply(values);
                    }}
                    onBack={() => setConfirmingReply(null)}
                    disabled={!scan}
                    loading={busy === 'reply'}
                  >
                    {t('confirmations.reply.submit')}
                  </SaveReplyButton>
                  {!scan && <Typography.Text type="secondary">{t('confirmations.reply.needScan')}</Typography.Text>}
                </Flex>
              </Form>
            </Card>
          )}

          {canCancel && (
            <Popconfirm
              title={t('confirmations.cancel.confirm')}
              okText={t('confirmations.cancel.ok')}
              cancelText={t('confirmations.cancel.keep')}
              onConfirm={() => act('cancel', () => client.call('requests.cancel', { id: request.id }), t('confirmations.cancel.done'))}
            >
              <Button danger style={{ alignSelf: 'flex-start' }}>
                {t('confirmations.cancel.button')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      )}
      <PdfPreview files={preview} onClose={() => setPreview([])} />
    </Drawer>
  );
}
