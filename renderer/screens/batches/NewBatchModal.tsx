import { DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Batch } from '../../../shared/contract/batches';
import { client } from '../../api/client';
import { useTranslate } from '../../i18n/use-translate';

interface Values {
  reference?: string;
  plannedApplicationDate?: Dayjs | null;
  destinationCountry?: string;
  notes?: string;
}

/** Create a batch: everything optional; a blank reference gets the next P<date>-NN. */
export function NewBatchModal({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(batch: Batch): void }) {
  const { t, pick } = useTranslate();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  async function submit(values: Values) {
    setBusy(true);
    const result = await client.call('batches.create', {
      reference: values.reference ?? null,
      plannedApplicationDate: values.plannedApplicationDate ? values.plannedApplicationDate.format('YYYY-MM-DD') : null,
      destinationCountry: values.destinationCountry ?? null,
      notes: values.notes ?? null,
    });
    setBusy(false);
    if (result.ok) {
      form.resetFields();
      onCreated(result.value);
      return;
    }
    const problems = result.error.fields ?? [];
    if (problems.length > 0) form.setFields(problems.map((p) => ({ name: p.field as keyof Values, errors: [pick(p.message)] })));
    else form.setFields([{ name: 'reference', errors: [pick(result.error.message)] }]);
  }

  return (
    <Modal open={open} title={t('batches.new.title')} okText={t('batches.new.ok')} confirmLoading={busy} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} autoComplete="off">
        <Form.Item name="reference" label={t('batches.field.reference')} extra={t('batches.new.referenceHint')}>
          <Input maxLength={50} placeholder="P2026-11-29-01" />
        </Form.Item>
        <Form.Item name="plannedApplicationDate" label={t('batches.field.plannedDate')} extra={t('batches.new.dateHint')}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="destinationCountry" label={t('batches.field.destination')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="notes" label={t('batches.field.notes')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
