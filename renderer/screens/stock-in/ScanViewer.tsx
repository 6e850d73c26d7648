import { ColumnWidthOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Tabs, Tooltip, Typography } from 'antd';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { OcrResult } from '../../../shared/contract/ocr';
import type { MessageKey } from '../../../shared/i18n/messages';
import { useTranslate } from '../../i18n/use-translate';

const PREVIEWABLE = /\.(jpe?g|png|bmp|webp|gif)$/i;

export interface ScanViewerProps {
  result: OcrResult;
  files: File[];
  urls: string[];
  /** The field being edited: its box is highlighted and scrolled into view. */
  active: string | null;
  /** Fields still to be checked (drawn in orange/red). */
  doubtful: ReadonlySet<string>;
  onPick(field: string): void;
}

/** The scan as read: page tabs, zoom, pan by dragging, and every value's box drawn over it. */
export function ScanViewer({ result, files, urls, active, doubtful, onPick }: ScanViewerProps) {
  const { t } = useTranslate();
  const [page, setPage] = useState(0);
  const [zoom, setZoom] = useState<number | null>(null);
  const [width, setWidth] = useState(600);
  const frame = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; y: number; left: number; top: number } | null>(null);
  const activeBox = active ? result.fields[active]?.box : null;

  // The edited field's page is shown.
  const activePage = activeBox && result.pages[activeBox.page] ? activeBox.page : null;
  useEffect(() => {
    if (activePage !== null) setPage(activePage);
  }, [active, activePage]);

  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, []);

  const shown = result.pages[page];
  const fileIndex = shown ? files.findIndex((file) => file.name === shown.file) : -1;
  const fit = shown ? Math.max(0.05, (width - 4) / shown.width) : 1;
  const scale = zoom ?? fit;

  // Bring the edited field's box into the middle of the frame.
  useEffect(() => {
    const element = frame.current;
    if (!element || !activeBox || activeBox.page !== page) return;
    element.scrollTo({
      left: Math.max(0, (activeBox.x + activeBox.width / 2) * scale - element.clientWidth / 2),
      top: Math.max(0, (activeBox.y + activeBox.height / 2) * scale - element.clientHeight / 2),
      behavior: 'smooth',
    });
  }, [activeBox, page, scale]);

  const boxes = Object.entries(result.fields).filter(([, reading]) => reading.box && reading.box.page === page);
  const pageLabel = (index: number) => {
    const info = result.pages[index]!;
    return `${index + 1}. ${t(`ocr.pageType.${info.pageType}` as MessageKey)}`;
  };

  return (
    <section className="stock-in-scan" aria-label={t('stockIn.scan')}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        {result.pages.length > 1 ? (
          <Tabs size="small" activeKey={String(page)} onChange={(key) => setPage(Number(key))} items={result.pages.map((_, index) => ({ key: String(index), label: pageLabel(index) }))} style={{ marginBottom: 0 }} />
        ) : (
          <Typography.Text strong>{result.pages[0] ? pageLabel(0) : t('stockIn.scan')}</Typography.Text>
        )}
        <Space size={4}>
          <Tooltip title={t('stockIn.zoomOut')}>
            <Button size="small" icon={<ZoomOutOutlined />} aria-label={t('stockIn.zoomOut')} onClick={() => setZoom(Math.max(0.05, scale / 1.25))} />
          </Tooltip>
          <Typography.Text type="secondary" style={{ minWidth: 48, textAlign: 'center', display: 'inline-block' }} aria-live="polite">
            {Math.round(scale * 100)}%
          </Typography.Text>
          <Tooltip title={t('stockIn.zoomIn')}>
            <Button size="small" icon={<ZoomInOutlined />} aria-label={t('stockIn.zoomIn')} onClick={() => setZoom(Math.min(4, scale * 1.25))} />
          </Tooltip>
          <Tooltip title={t('stockIn.fit')}>
            <Button size="small" icon={<ColumnWidthOutlined />} aria-label={t('stockIn.fit')} onClick={() => setZoom(null)} />
          </Tooltip>
        </Space>
      </Flex>
      <div
        ref={frame}
        className="stock-in-frame"
        tabIndex={0}
        aria-label={t('stockIn.panHint')}
        onPointerDown={(event) => {
          if (event.button !== 0 || (event.target as Element).closest('[data-field]')) return;
          const element = frame.current!;
          drag.current = { x: event.clientX, y: event.clientY, left: element.scrollLeft, top: element.scrollTop };
          element.setPointerCapture(event.pointerId);
        }}
        onPointerMove={(event) => {
          const start = drag.current;
          if (!start) return;
          frame.current!.scrollLeft = start.left - (event.clientX - start.x);
          frame.current!.scrollTop = start.top - (event.clientY - start.y);
        }}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
        onKeyDown={(event) => {
          if (event.key === '+' || event.key === '=') setZoom(Math.min(4, scale * 1.25));
          else if (event.key === '-') setZoom(Math.max(0.05, scale / 1.25));
          else if (event.key === '0') setZoom(null);
        }}
      >
        {shown && fileIndex >= 0 && PREVIEWABLE.test(shown.file) ? (
          <div className="stock-in-page" style={{ width: shown.width * scale, height: shown.height * scale }}>
            <img src={urls[fileIndex]} alt={pageLabel(page)} draggable={false} width={shown.width * scale} height={shown.height * scale} />
            <svg viewBox={`0 0 ${shown.width} ${shown.height}`} width={shown.width * scale} height={shown.height * scale} role="group" aria-label={t('stockIn.panHint')}>
              {boxes.map(([field, reading]) => {
                const box = reading.box!;
                const pad = Math.max(4, box.height * 0.15);
                const state = field === active ? 'active' : doubtful.has(field) ? (reading.confidence < 0.5 ? 'bad' : 'doubtful') : 'sure';
                return (
                  <rect
                    key={field}
                    data-field={field}
                    className={`stock-in-box stock-in-box-${state}`}
                    x={box.x - pad}
                    y={box.y - pad}
                    width={box.width + pad * 2}
                    height={box.height + pad * 2}
                    rx={pad}
                    vectorEffect="non-scaling-stroke"
                    onClick={() => onPick(field)}
                  >
                    <title>{t(`ocr.field.${field}` as MessageKey)}</title>
                  </rect>
                );
              })}
            </svg>
          </div>
        ) : (
          <Typography.Paragraph type="secondary" style={{ padding: 16 }}>
            {t('stockIn.noPreview', { name: shown?.file ?? files.map((file) => file.name).join(', ') })}
          </Typography.Paragraph>
        )}
      </div>
      <Flex gap={12} align="center" className="stock-in-legend">
        <Typography.Text type="secondary">{t('stockIn.legend')}</Typography.Text>
        <span className="stock-in-swatch stock-in-box-sure" /> {t('stockIn.legendSure')}
        <span className="stock-in-swatch stock-in-box-doubtful" /> {t('stockIn.legendDoubtful')}
        <span className="stock-in-swatch stock-in-box-bad" /> {t('stockIn.legendBad')}
        <span className="stock-in-swatch stock-in-box-active" /> {t('stockIn.legendActive')}
      </Flex>
    </section>
  );
}
