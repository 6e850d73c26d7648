import { Modal, Table, Typography } from 'antd';
import { create } from 'zustand';
import { useEffect } from 'react';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useTranslate } from '../../i18n/use-translate';

/** Whether the shortcuts overlay is open; Settings and the header open it too. */
export const useShortcutsStore = create<{ open: boolean; setOpen(open: boolean): void }>()((set) => ({ open: false, setOpen: (open) => set({ open }) }));

const SHORTCUTS: ReadonlyArray<{ keys: string; what: MessageKey }> = [
  { keys: '/', what: 'help.key.search' },
  { keys: 'Enter', what: 'help.key.open' },
  { keys: '?', what: 'help.key.help' },
  { keys: 'Esc', what: 'help.key.close' },
  { keys: 'Tab / Shift+Tab', what: 'help.key.tab' },
];

/** Typing in a field must never trigger a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The keyboard shortcuts, opened with `?` anywhere outside a text field. */
export function ShortcutsOverlay() {
  const { t } = useTranslate();
  const { open, setOpen } = useShortcutsStore();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setOpen]);

  return (
    <Modal open={open} title={t('help.shortcuts')} footer={null} onCancel={() => setOpen(false)} width={480}>
      <Table
        size="small"
        pagination={false}
        rowKey="keys"
        dataSource={SHORTCUTS.map((shortcut) => ({ ...shortcut, text: t(shortcut.what) }))}
        columns={[
          { key: 'keys', title: t('help.shortcutsButton'), width: 160, render: (_, row) => <Typography.Text keyboard>{row.keys}</Typography.Text> },
          { key: 'text', title: t('about.use'), dataIndex: 'text' },
        ]}
      />
    </Modal>
  );
}
