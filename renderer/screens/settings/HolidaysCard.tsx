import { App as AntApp, Button, Card, DatePicker, Empty, Form, Input, Modal, Popconfirm, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { CALENDAR_DAY_KINDS, type CalendarDay, type CalendarDayKind } from '../../../shared/contract/calendar';
import { isoWeekday } from '../../../shared/domain/calendar-date';
import type { MessageKey } from '../../../shared/i18n/messages';
import { client } from '../../api/client';
import { useTranslate } from '../../i18n/use-translate';
import { useSystemStore } from '../../store/system-store';

const FORMAT = 'YYYY-MM-DD';

interface Values {
  date?: Dayjs | null;
  kind?: CalendarDayKind;
  name?: string;
}

/**
 * The working-day calendar overdue is counted over: one year's holidays and adjusted working days (调休),
 * added, edited and removed here (2026 comes pre-loaded).
 */
export function HolidaysCard() {
  const { t, pick } = useTranslate();
  const { message } = AntApp.useApp();
  const today = useSystemStore((state) => state.info?.today);
  const [days, setDays] = useState<CalendarDay[] | null>(null);
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  // What the dialog edits stays set while it closes, so its title and fields do not flicker.
  const [editing, setEditing] = useState<CalendarDay | 'new'>('new');
  const [open, setOpen] = useState(false);
  // A new form per opening: reopening while the last one is still fading out must not keep its values.
  const [opening, setOpening] = useState(0);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();

  const refresh = useCallback(async () => {
    const result = await client.call('calendar.list', {});
    if (result.ok) setDays(result.value);
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const thisYear = Number((today ?? dayjs().format(FORMAT)).slice(0, 4));
  const year = chosenYear ?? thisYear;
  // This year, next year (the one to enter once published) and every year that has days.
  const years = useMemo(() => [...new Set([thisYear, thisYear + 1, ...(days ?? []).map((d) => Number(d.date.slice(0, 4)))])].sort((a, b) => a - b), [days, thisYear]);
  const shown = (days ?? []).filter((day) => day.date.startsWith(`${year}-`));
  const count = (kind: CalendarDayKind) => shown.filter((day) => day.kind === kind).length;
  const kindLabel = (kind: CalendarDayKind) => t(`calendar.kind.${kind}`);
  const weekday = (date: string) => t(`calendar.weekday.${isoWeekday(date)}` as MessageKey);


  function edit(day: CalendarDay | 'new') {
    setEditing(day);
    setOpening((n) => n + 1);
    setOpen(true);
  }

  async function save(values: Values) {
    const date = values.date?.format(FORMAT) ?? '';
    setBusy(true);
    const result = await client.call('calendar.set', { date, kind: values.kind ?? 'holiday', name: values.name ?? '' });
    setBusy(false);
    if (!result.ok) {
      const problems = result.error.fields ?? [];
      if (problems.length > 0) form.setFields(problems.map((p) => ({ name: (['date', 'kind', 'name'].includes(p.field) ? p.field : 'date') as keyof Values, errors: [pick(p.message)] })));
      else void message.error(pick(result.error.message));
      return;
    }
    void message.success(t('calendar.saved', { date }));
    setOpen(false);
    setChosenYear(Number(date.slice(0, 4)));
    await refresh();
  }

  async function remove(day: CalendarDay) {
    const result = await client.call('calendar.remove', { date: day.date });
    if (!result.ok) return void message.error(pick(result.error.message));
    void message.success(t('calendar.removed', { date: day.date }));
    await refresh();
  }

  return (
    <Card
      title={t('calendar.title')}
      extra={
        <Space>
          <Select<number> aria-label={t('calendar.year')} value={year} onChange={setChosenYear} options={years.map((y) => ({ value: y, label: String(y) }))} style={{ width: 96 }} />
          <Button type="primary" onClick={() => edit('new')}>
            {t('calendar.add')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {t('calendar.intro')}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('calendar.preloaded')}</Typography.Paragraph>
      <Typography.Text strong>{t('calendar.summary', { year, holidays: count('holiday'), workdays: count('workday') })}</Typography.Text>
      <Table<CalendarDay>
        size="small"
        rowKey="date"
        style={{ marginTop: 8 }}
        loading={days === null}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        dataSource={shown}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('calendar.emptyYear', { year })} /> }}
        columns={[
          { key: 'date', title: t('calendar.date'), dataIndex: 'date', width: 120 },
          { key: 'weekday', title: t('calendar.weekday'), width: 90, render: (_, day) => weekday(day.date) },
          { key: 'kind', title: t('calendar.kind'), width: 130, render: (_, day) => <Tag color={day.kind === 'holiday' ? 'red' : 'blue'}>{kindLabel(day.kind)}</Tag> },
          { key: 'name', title: t('calendar.name'), render: (_, day) => day.name ?? '—' },
          {
            key: 'actions',
            title: t('calendar.actions'),
            width: 150,
            render: (_, day) => (
              <Space size={4}>
                <Button size="small" aria-label={`${t('calendar.edit')} ${day.date}`} onClick={() => edit(day)}>
                  {t('calendar.edit')}
                </Button>
                <Popconfirm
                  title={t('calendar.removeConfirm', { date: day.date, kind: kindLabel(day.kind) })}
                  okText={t('calendar.remove')}
                  cancelText={t('prefs.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove(day)}
                >
                  <Button size="small" danger aria-label={`${t('calendar.remove')} ${day.date}`}>
                    {t('calendar.remove')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={open}
        title={editing === 'new' ? t('calendar.addTitle') : t('calendar.editTitle', { date: editing.date })}
        okText={t('prefs.save')}
        cancelText={t('prefs.cancel')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        // Unmounted when closed, so each opening starts from its own values (and no stale loading state).
        destroyOnHidden
      >
        <Form
          key={opening}
          form={form}
          name="holiday"
          layout="vertical"
          clearOnDestroy
          initialValues={editing === 'new' ? { kind: 'holiday' } : { date: dayjs(editing.date, FORMAT), kind: editing.kind, name: editing.name ?? '' }}
          onFinish={(values) => void save(values)}
          autoComplete="off"
        >
          <Form.Item name="date" label={t('calendar.date')} rules={[{ required: true, message: t('field.required') }]}>
            {/* Editing keeps the date: a different date is a new entry. */}
            <DatePicker format={FORMAT} style={{ width: '100%' }} disabled={editing !== 'new'} defaultPickerValue={year === thisYear ? undefined : dayjs(`${year}-01-01`, FORMAT)} />
          </Form.Item>
          <Form.Item name="kind" label={t('calendar.kind')} extra={t('calendar.kindHint')} rules={[{ required: true, message: t('field.required') }]}>
            <Radio.Group optionType="button" options={CALENDAR_DAY_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }))} />
          </Form.Item>
          <Form.Item name="name" label={t('calendar.name')}>
            <Input maxLength={50} placeholder={t('calendar.namePlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
