import { PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Flex, Form, Modal, Upload, type UploadFile } from 'antd';
import { useCallback, useEffect, useState, type CSSProperties } from 'react';
import { client } from '../../api/client';
import { filePayload } from '../../api/files';
import { useTranslate } from '../../i18n/use-translate';

/** A checkerboard behind the seal, so its transparent background shows as such. */
const CHECKERBOARD = 'repeating-conic-gradient(#f0f0f0 0% 25%, #ffffff 0% 50%) 50% / 16px 16px';

/**
 * The enterprise's seal image for drafts, inside the enterprise form (wizard and Settings). It is
 * saved as soon as it is chosen, apart from the form's Save: the core checks and normalises it, and a
 * refused file leaves the current seal and the form as they were, with the reason shown under it.
 */
export function SealUpload({ id, style }: { id: string; style?: CSSProperties }) {
  const { t, locale } = useTranslate();
  const { message, modal } = AntApp.useApp();
  const [seal, setSeal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState(false);

  const load = useCallback(async () => {
    const result = await client.call('settings.seal', {});
    if (result.ok) setSeal(result.value ? `data:${result.value.mediaType};base64,${result.value.contentBase64}` : null);
  }, []);
  useEffect(() => void load(), [load]);

  async function upload(file: File): Promise<void> {
    setBusy(true);
    try {
      const result = await client.call('settings.setSeal', { file: await filePayload(file) });
      if (!result.ok) return setProblem(result.error.message[locale]);
      setProblem(null);
      void message.success(t('enterprise.sealSaved', { width: result.value.width, height: result.value.height }));
      await load();
    } finally {
      setBusy(false);
    }
  }

  function remove(): void {
    modal.confirm({
      title: t('enterprise.sealRemoveConfirm'),
      okText: t('enterprise.sealRemove'),
      okButtonProps: { danger: true },
      onOk: async () => {
        const result = await client.call('settings.removeSeal', {});
        if (!result.ok) return void message.error(result.error.message[locale]);
        setProblem(null);
        setSeal(null);
        void message.success(t('enterprise.sealRemoved'));
      },
    });
  }

  // Choosing a file only hands it to upload(); the list shows what the core keeps.
  const chooser = { accept: 'image/png,image/jpeg', showUploadList: false, disabled: busy, beforeUpload: (file: File) => (void upload(file), Upload.LIST_IGNORE) } as const;
  const shown: UploadFile[] = seal ? [{ uid: 'seal', name: t('enterprise.seal'), status: 'done', url: seal, thumbUrl: seal }] : [];

  return (
    <Form.Item label={t('enterprise.seal')} htmlFor={id} extra={t('enterprise.sealHint')} validateStatus={problem ? 'error' : undefined} help={problem ?? undefined} style={style}>
      <Flex gap={12} align="center" wrap>
        {seal ? (
          <>
            <Upload listType="picture-card" fileList={shown} showUploadList={{ showPreviewIcon: true, showRemoveIcon: true }} onPreview={() => setPreviewing(true)} onRemove={() => (remove(), false)} openFileDialogOnClick={false} />
            <Upload {...chooser} id={id}>
              <Button loading={busy}>{t('enterprise.sealReplace')}</Button>
            </Upload>
            <Button danger onClick={remove}>
              {t('enterprise.sealRemove')}
            </Button>
          </>
        ) : (
          <Upload {...chooser} id={id} listType="picture-card">
            {/* A real button: antd 6 leaves focus and keyboard to the control inside the trigger. */}
            <button type="button" disabled={busy} style={{ border: 0, background: 'none', cursor: 'pointer', display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 4 }}>
              <PlusOutlined />
              <span style={{ fontSize: 12 }}>{t('enterprise.sealUpload')}</span>
            </button>
          </Upload>
        )}
      </Flex>
      <Modal open={previewing} title={t('enterprise.sealPreview')} footer={null} onCancel={() => setPreviewing(false)} centered>
        {seal && <img src={seal} alt={t('enterprise.seal')} style={{ display: 'block', margin: '0 auto', maxWidth: '100%', maxHeight: 420, background: CHECKERBOARD }} />}
      </Modal>
    </Form.Item>
  );
}
