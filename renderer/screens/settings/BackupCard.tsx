import { App as AntApp, Button, Card, Empty, Flex, Form, Input, Modal, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { OutputOf } from '../../../shared/contract/operations';
import { client } from '../../api/client';
import { formatBytes } from '../../components/format';
import { useTranslate } from '../../i18n/use-translate';
import { BackupScheduleForm } from './BackupScheduleForm';

type Backup = OutputOf<'backup.list'>['backups'][number];

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** The automatic backup's schedule, the backup folder, "back up now", the backups there and restoring one (the current data is kept aside). */
export function BackupCard({ folder, onSaveFolder, onRestored }: { folder: string | null; onSaveFolder(folder: string | null): Promise<boolean>; onRestored(): void }) {
  const { t, locale } = useTranslate();
  const { message } = AntApp.useApp();
  const [listing, setListing] = useState<OutputOf<'backup.list'> | null>(null);
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [confirming, setConfirming] = useState<Backup | null>(null);
  const [restores, setRestores] = useState(0);
  const [form] = Form.useForm<{ folder: string }>();

  const refresh = useCallback(async () => {
    const result = await client.call('backup.list', {});
    if (result.ok) setListing(result.value);
  }, []);

  useEffect(() => {
    void refresh();
    form.setFieldsValue({ folder: folder ?? '' });
  }, [refresh, folder, form]);

  async function backupNow(): Promise<void> {
    setBusy('backup');
    const result = await client.call('backup.create', {});
    setBusy(null);
    if (!result.ok) return void message.error(result.error.message[locale]);
    void message.success(t('prefs.backupDone', { file: baseName(result.value.file) }));
    await refresh();
  }

  async function restore(backup: Backup): Promise<void> {
    setBusy('restore');
    const result = await client.call('backup.restore', { file: backup.file });
    setBusy(null);
    setConfirming(null);
    if (!result.ok) return void message.error(result.error.message[locale]);
    void message.success(t('prefs.restoreDone', { file: baseName(result.value.file), vehicles: result.value.manifest.vehicles, aside: result.value.keptAside ? baseName(result.value.keptAside) : '—' }), 8);
    onRestored();
    setRestores((count) => count + 1);
    await refresh();
  }

  return (
    <Card title={t('prefs.backup')}>
      <BackupScheduleForm reload={restores} />
      <Form
        form={form}
        layout="vertical"
        name="backup"
        onFinish={async ({ folder: value }) => {
          if (await onSaveFolder(value.trim() ? value.trim() : null)) await refresh();
        }}
      >
        <Form.Item label={t('prefs.backupFolder')} htmlFor="settings-backup-folder" extra={t('prefs.backupFolderHint')}>
          <Flex gap={8}>
            <Form.Item name="folder" noStyle>
              <Input id="settings-backup-folder" maxLength={500} placeholder={listing?.folder} />
            </Form.Item>
            <Button htmlType="submit">{t('prefs.save')}</Button>
          </Flex>
        </Form.Item>
      </Form>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('prefs.backupList')}</Typography.Text>
        <Button type="primary" loading={busy === 'backup'} onClick={() => void backupNow()}>
          {t('prefs.backupNow')}
        </Button>
      </Flex>
      <Table<Backup>
        size="small"
        rowKey="file"
        pagination={{ pageSize: 5, hideOnSinglePage: true }}
        dataSource={listing?.backups ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('prefs.noBackups')} /> }}
        columns={[
          { key: 'date', title: t('prefs.backupDate'), dataIndex: 'date', width: 130 },
          { key: 'file', title: t('prefs.backupFile'), render: (_, backup) => <Typography.Text title={backup.file}>{baseName(backup.file)}</Typography.Text> },
          { key: 'size', title: t('prefs.backupSize'), width: 110, align: 'right', render: (_, backup) => formatBytes(backup.size, locale) },
          {
            key: 'restore',
            title: t('prefs.restore'),
            width: 90,
            render: (_, backup) => (
              <Button size="small" aria-label={`${t('prefs.restore')} ${backup.date}`} onClick={() => setConfirming(backup)}>
                {t('prefs.restore')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={confirming !== null}
        title={t('prefs.restoreTitle')}
        okText={t('prefs.restore')}
        cancelText={t('prefs.cancel')}
        okButtonProps={{ danger: true, loading: busy === 'restore' }}
        onOk={() => confirming && void restore(confirming)}
        onCancel={() => setConfirming(null)}
      >
        <Typography.Paragraph>{confirming && t('prefs.restoreBody', { file: baseName(confirming.file) })}</Typography.Paragraph>
      </Modal>
    </Card>
  );
}
