import { DownloadOutlined, ExportOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Segmented, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { downloadFile } from '../../api/files';
import { useTranslate } from '../../i18n/use-translate';
import { canShowPdf, pdfUrl, type PdfFile } from './pdf';

/**
 * Preview of generated PDFs inside the app, with save, print and open-in-a-new-window. Where the
 * browser has no PDF viewer the preview says so and the links still work.
 */
export function PdfPreview({ files, onClose }: { files: PdfFile[]; onClose(): void }) {
  const { t } = useTranslate();
  const [index, setIndex] = useState(0);
  const frame = useRef<HTMLIFrameElement>(null);
  const file = files[Math.min(index, files.length - 1)];
  const url = useMemo(() => (file ? pdfUrl(file) : null), [file]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  useEffect(() => setIndex(0), [files]);
  const viewer = canShowPdf();

  function print() {
    if (!url) return;
    const target = frame.current?.contentWindow;
    try {
      if (viewer && target) {
        target.focus();
        target.print();
        return;
      }
    } catch {
      // A viewer that refuses scripted printing: fall back to a window of its own.
    }
    const opened = window.open(url, '_blank');
    opened?.addEventListener('load', () => opened.print());
  }

  return (
    <Modal
      open={files.length > 0}
      onCancel={onClose}
      title={t('batches.preview.title')}
      width={960}
      style={{ top: 24 }}
      footer={
        file && url ? (
          <Flex gap={8} justify="flex-end" wrap>
            <Button icon={<ExportOutlined />} href={url} target="_blank" rel="noopener">
              {t('batches.preview.open')}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={print}>
              {t('batches.preview.print')}
            </Button>
            <Button type="primary" icon={<DownloadOutlined />} onClick={() => downloadFile(file.fileName, file.contentBase64, 'application/pdf')}>
              {t('batches.preview.save')}
            </Button>
          </Flex>
        ) : null
      }
    >
      {file && url && (
        <Flex vertical gap={12}>
          {files.length > 1 && (
            <Segmented
              aria-label={t('batches.preview.which')}
              value={index}
              onChange={(value) => setIndex(Number(value))}
              options={files.map((f, i) => ({ value: i, label: f.fileName.replace(/\.pdf$/, '') }))}
              style={{ maxWidth: '100%', overflowX: 'auto' }}
            />
          )}
          <Typography.Text strong>{file.fileName}</Typography.Text>
          {viewer ? (
            <iframe ref={frame} title={file.fileName} src={url} style={{ width: '100%', height: '68vh', border: '1px solid #f0f0f0' }} />
          ) : (
            <Alert
              type="info"
              showIcon
              message={t('batches.preview.noViewer')}
              description={
                <Typography.Link href={url} download={file.fileName}>
                  {file.fileName}
                </Typography.Link>
              }
            />
          )}
        </Flex>
      )}
    </Modal>
  );
}
