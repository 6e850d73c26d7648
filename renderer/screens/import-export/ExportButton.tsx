import { DownloadOutlined } from '@ant-design/icons';
import { App as AntApp, Dropdown } from 'antd';
import type { InputOf } from '../../../shared/contract/operations';
import { client } from '../../api/client';
import { downloadFile } from '../../api/files';
import { useTranslate } from '../../i18n/use-translate';

interface Props {
  /** The filters of the current view (without paging). */
  query: NonNullable<InputOf<'vehicles.export'>['query']>;
  selectedIds: number[];
}

/** Export the current filtered view, or only the selected vehicles, as XLSX or CSV. */
export function ExportButton({ query, selectedIds }: Props) {
  const { t, pick, locale } = useTranslate();
  const { message } = AntApp.useApp();

  async function run(format: 'xlsx' | 'csv', onlySelected: boolean) {
    const result = await client.call('vehicles.export', { format, locale, query, ...(onlySelected ? { ids: selectedIds } : {}) });
    if (!result.ok) return void message.error(pick(result.error.message));
    downloadFile(result.value.fileName, result.value.contentBase64);
    void message.success(t('export.done', { count: result.value.count, file: result.value.fileName }));
  }

  const items = [
    { key: 'xlsx', label: t('export.xlsx'), onClick: () => void run('xlsx', false) },
    { key: 'csv', label: t('export.csv'), onClick: () => void run('csv', false) },
    ...(selectedIds.length > 0
      ? [
          { type: 'divider' as const },
          { key: 'selected-xlsx', label: `${t('export.selected', { count: selectedIds.length })} (.xlsx)`, onClick: () => void run('xlsx', true) },
        ]
      : []),
  ];
  return (
    <Dropdown.Button menu={{ items }} onClick={() => void run('xlsx', false)} icon={<DownloadOutlined />}>
      {t('export.button')}
    </Dropdown.Button>
  );
}
