import { Descriptions, Modal, Table, Typography } from 'antd';
import { useTranslate } from '../../i18n/use-translate';
import { useSystemStore } from '../../store/system-store';
import { LICENCES, type Licence } from './licences';

/** About: version, what the app is for, and the third-party licences (fonts included). */
export function AboutModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t, locale } = useTranslate();
  const info = useSystemStore((state) => state.info);
  return (
    <Modal open={open} title={t('about.open')} footer={null} onCancel={onClose} width={760}>
      <Typography.Paragraph>{t('about.body')}</Typography.Paragraph>
      <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('about.version')}>{info ? `${info.appVersion}` : '—'}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{t('about.licences')}</Typography.Title>
      <Table<Licence>
        size="small"
        rowKey="name"
        pagination={false}
        dataSource={[...LICENCES]}
        columns={[
          { key: 'name', title: t('about.component'), dataIndex: 'name' },
          { key: 'licence', title: t('about.licence'), dataIndex: 'licence', width: 120 },
          { key: 'use', title: t('about.use'), render: (_, licence) => licence.use[locale] },
        ]}
      />
    </Modal>
  );
}
