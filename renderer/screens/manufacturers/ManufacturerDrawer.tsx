import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Drawer, Flex, Table, Typography } from 'antd';
import type { Manufacturer } from '../../../shared/contract/manufacturers';
import type { ConfirmationRequest } from '../../../shared/contract/requests';
import { useTranslate } from '../../i18n/use-translate';
import { RequestStatusTag } from '../confirmations/RequestStatusTag';
import { statsOf } from './manufacturer-stats';
import { OutletsCard } from './OutletsCard';

/** One manufacturer: its contacts (editable), its confirmation requests and its known outlets per country. */
export function ManufacturerDrawer({ manufacturer, requests, countries, onEdit, onClose }: { manufacturer: Manufacturer | null; requests: ConfirmationRequest[]; countries: string[]; onEdit(): void; onClose(): void }) {
  const { t } = useTranslate();
  const stats = statsOf(requests);

  const requestColumns = [
    { title: t('confirmations.field.request'), dataIndex: 'id', width: 70, render: (value: number) => `#${value}` },
    { title: t('confirmations.field.batch'), dataIndex: 'batchReference', render: (value: string | null) => value ?? t('confirmations.noBatch') },
    { title: t('confirmations.field.vehicles'), key: 'vehicles', width: 70, align: 'right' as const, render: (_: unknown, r: ConfirmationRequest) => r.vehicles.length },
    { title: t('confirmations.field.status'), dataIndex: 'status', width: 160, render: (status: ConfirmationRequest['status'], r: ConfirmationRequest) => <RequestStatusTag status={status} overdue={r.overdue} /> },
    { title: t('confirmations.field.sentOn'), dataIndex: 'sentOn', width: 105, render: (value: string | null) => value ?? '—' },
    { title: t('confirmations.field.replyOn'), dataIndex: 'replyOn', width: 105, render: (value: string | null) => value ?? '—' },
  ];

  return (
    <Drawer
      open={manufacturer !== null}
      onClose={onClose}
      size={800}
      title={manufacturer?.name}
      extra={
        manufacturer && (
          <Button icon={<EditOutlined />} onClick={onEdit} aria-label={t('manufacturers.editOf', { name: manufacturer.name })}>
            {t('manufacturers.edit')}
          </Button>
        )
      }
      destroyOnHidden
    >
      {manufacturer && (
        <Flex vertical gap={16}>
          <Descriptions size="small" bordered column={2}>
            <Descriptions.Item label={t('manufacturers.field.vehicles')}>{manufacturer.vehicleCount}</Descriptions.Item>
            <Descriptions.Item label={t('manufacturers.field.averageReply')}>{stats.averageReplyDays === null ? t('manufacturers.noReplies') : t('manufacturers.days', { days: stats.averageReplyDays })}</Descriptions.Item>
            <Descriptions.Item label={t('manufacturers.field.contactPerson')}>{manufacturer.contactPerson ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('manufacturers.field.email')}>{manufacturer.email ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('manufacturers.field.phone')}>{manufacturer.phone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('manufacturers.field.department')}>{manufacturer.afterSalesDepartment ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('manufacturers.field.address')} span={2}>
              {manufacturer.address ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('manufacturers.field.aliases')} span={2}>
              {manufacturer.aliases.length > 0 ? manufacturer.aliases.join('、') : '—'}
            </Descriptions.Item>
          </Descriptions>
          {!manufacturer.contactPerson && !manufacturer.email && !manufacturer.address && (
            <Typography.Text type="secondary">{t('manufacturers.contactHint')}</Typography.Text>
          )}
          <OutletsCard manufacturerId={manufacturer.id} countries={countries} />
          <Card size="small" title={t('manufacturers.history', { count: requests.length })}>
            <Table<ConfirmationRequest> rowKey="id" size="small" columns={requestColumns} dataSource={requests} pagination={{ pageSize: 10, hideOnSinglePage: true }} locale={{ emptyText: t('manufacturers.noRequests') }} />
          </Card>
        </Flex>
      )}
    </Drawer>
  );
}
