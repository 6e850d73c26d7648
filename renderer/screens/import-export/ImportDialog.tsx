import { InboxOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Flex, Modal, Progress, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { AppError } from '../../../shared/contract/errors';
import type { ImportPreview, ImportRow } from '../../../shared/contract/import-export';
import { client } from '../../api/client';
import { downloadFile, filePayload } from '../../api/files';
import { useTranslate } from '../../i18n/use-translate';

interface Props {
  open: boolean;
  onClose(): void;
  onImported(): void;
}

type Stage =
  | { name: 'choose' }
  | { name: 'checking'; file: string; done: number; total: number }
  | { name: 'preview'; preview: ImportPreview; payload: { fileName: string; contentBase64: string } }
  | { name: 'importing'; file: string; done: number; total: number }
  | { name: 'failed'; error: AppError };

/** Choose a spreadsheet, see every row's problems before anything is written, then import all or nothing. */
export function ImportDialog({ open, onClose, onImported }: Props) {
  const { t, pick, locale } = useTranslate();
  const { message } = AntApp.useApp();
  const [stage, setStage] = useState<Stage>({ name: 'choose' });

  async function check(file: File) {
    setStage({ name: 'checking', file: file.name, done: 0, total: 0 });
    const payload = await filePayload(file);
    const result = await client.call('vehicles.importPreview', payload, {
      onProgress: (event) => setStage({ name: 'checking', file: file.name, done: event.done, total: event.total }),
    });
    setStage(result.ok ? { name: 'preview', preview: result.value, payload } : { name: 'failed', error: result.error });
  }

  async function commit(payload: { fileName: string; contentBase64: string }) {
    setStage({ name: 'importing', file: payload.fileName, done: 0, total: 0 });
    const result = await client.call('vehicles.import', payload, {
      onProgress: (event) => setStage({ name: 'importing', file: payload.fileName, done: event.done, total: event.total }),
    });
    if (!result.ok) return setStage({ name: 'failed', error: result.error });
    void message.success(t('import.done', { file: result.value.fileName, count: result.value.imported }));
    setStage({ name: 'choose' });
    onImported();
    onClose();
  }

  async function downloadTemplate() {
    const result = await client.call('vehicles.export', { format: 'xlsx', ids: [], locale });
    if (result.ok) downloadFile(locale === 'zh-CN' ? '车辆导入模板.xlsx' : 'vehicle-import-template.xlsx', result.value.contentBase64);
  }

  const close = () => {
    setStage({ name: 'choose' });
    onClose();
  };

  const columns = [
    { title: t('import.row'), dataIndex: 'rowNumber', width: 70 },
    { title: 'VIN', dataIndex: 'vin', width: 190, render: (vin: string | null) => <Typography.Text code>{vin ?? '—'}</Typography.Text> },
    {
      title: t('import.problem'),
      key: 'problems',
      render: (_: unknown, row: ImportRow) =>
        row.problems.length === 0 ? (
          <Tag color="success">{t('import.ok')}</Tag>
        ) : (
          <Flex vertical gap={2}>
            {row.problems.map((p, i) => (
              <Typography.Text key={i} type="danger">
                {p.column ? `【${p.column}】` : ''}
                {pick(p.message)}
              </Typography.Text>
            ))}
          </Flex>
        ),
    },
  ];

  return (
    <Modal title={t('import.title')} open={open} onCancel={close} width={860} footer={null} destroyOnHidden>
      {stage.name === 'choose' && (
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('import.hint')}
          </Typography.Paragraph>
          <Upload.Dragger
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            showUploadList={false}
            beforeUpload={(file) => {
              void check(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('import.choose')}</p>
          </Upload.Dragger>
          <Button type="link" onClick={() => void downloadTemplate()} style={{ alignSelf: 'flex-start', padding: 0 }}>
            {t('import.template')}
          </Button>
        </Flex>
      )}
      {(stage.name === 'checking' || stage.name === 'importing') && (
        <Flex vertical gap={8} style={{ padding: '24px 0' }}>
          <Typography.Text>{t('import.reading', { file: stage.file })}</Typography.Text>
          <Progress percent={stage.total > 0 ? Math.round((stage.done / stage.total) * 100) : 0} status="active" />
        </Flex>
      )}
      {stage.name === 'failed' && (
        <Flex vertical gap={12}>
          <Alert type="error" showIcon message={pick(stage.error.message)} description={stage.error.fields?.slice(0, 20).map((f) => `${f.field}: ${pick(f.message)}`).join('\n')} style={{ whiteSpace: 'pre-line' }} />
          <Button onClick={() => setStage({ name: 'choose' })}>{t('import.again')}</Button>
        </Flex>
      )}
      {stage.name === 'preview' && (
        <Flex vertical gap={12}>
          <Alert
            type={stage.preview.invalidRows > 0 ? 'error' : 'success'}
            showIcon
            message={t('import.summary', { rows: stage.preview.dataRows, valid: stage.preview.validRows, invalid: stage.preview.invalidRows })}
            description={stage.preview.invalidRows > 0 ? t('import.fixFirst') : undefined}
          />
          {stage.preview.unmatchedHeaders.length > 0 && <Alert type="warning" showIcon message={t('import.unmatched', { headers: stage.preview.unmatchedHeaders.join('、') })} />}
          {stage.preview.warnings.slice(0, 5).map((warning, i) => (
            <Alert key={i} type="warning" showIcon message={`${warning.rowNumber ? `${t('import.row')} ${warning.rowNumber}: ` : ''}${pick(warning.message)}`} />
          ))}
          <Table<ImportRow> rowKey="rowNumber" size="small" columns={columns} dataSource={stage.preview.rows} pagination={{ pageSize: 8, showSizeChanger: false }} />
          <Flex justify="flex-end" gap={8}>
            <Button onClick={() => setStage({ name: 'choose' })}>{t('import.again')}</Button>
            <Button type="primary" disabled={stage.preview.invalidRows > 0 || stage.preview.validRows === 0} onClick={() => void commit(stage.payload)}>
              {t('import.commit', { count: stage.preview.validRows })}
            </Button>
          </Flex>
        </Flex>
      )}
    </Modal>
  );
}
