/**
 * Ruled tables that flow over pages: cells wrap (rows grow, nothing overflows), the header row
 * is repeated at the top of every page, and a row taller than a page is split rather than cut.
 */
import type { DocFont } from './fonts';
import { baselineIn, type Align, type Flow } from './layout';
import { drawable, wrap } from './text';

export interface Column {
  header: string;
  /** Points; or a share of the width left by the fixed columns. */
  width?: number;
  flex?: number;
  align?: Align;
}

export interface TableStyle {
  size: number;
  headerSize: number;
  padX: number;
  padY: number;
  leading: number;
  /** For blank rows to fill in by hand. */
  minRowHeight: number;
  headerGray: number;
}

export const TABLE_STYLE: TableStyle = { size: 9, headerSize: 9, padX: 3, padY: 3, leading: 1.3, minRowHeight: 0, headerGray: 0.9 };

/** Column widths in points: fixed ones as given, the rest share what is left by their flex. */
export function columnWidths(columns: Column[], total: number): number[] {
  const fixed = columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
  const flexSum = columns.reduce((sum, c) => sum + (c.width === undefined ? (c.flex ?? 1) : 0), 0);
  const left = Math.max(0, total - fixed);
  return columns.map((c) => c.width ?? (left * (c.flex ?? 1)) / (flexSum || 1));
}

interface LaidRow {
  cells: string[][];
  height: number;
}

function layRow(cells: string[], widths: number[], fontOf: (column: number) => DocFont, size: number, style: TableStyle): LaidRow {
  const lineHeight = size * style.leading;
  const laid = cells.map((cell, i) => {
    const face = fontOf(i).face;
    return wrap(drawable(cell, face), face, size, widths[i]! - 2 * style.padX);
  });
  const lines = Math.max(1, ...laid.map((l) => l.length));
  return { cells: laid, height: Math.max(style.minRowHeight, lines * lineHeight + 2 * style.padY) };
}

/** Splits a row taller than `maxHeight` into pieces that each fit a page. */
function splitRow(row: LaidRow, maxHeight: number, lineHeight: number, style: TableStyle): LaidRow[] {
  if (row.height <= maxHeight) return [row];
  const perPiece = Math.max(1, Math.floor((maxHeight - 2 * style.padY) / lineHeight));
  const longest = Math.max(...row.cells.map((c) => c.length));
  const pieces: LaidRow[] = [];
  for (let from = 0; from < longest; from += perPiece) {
    const cells = row.cells.map((c) => c.slice(from, from + perPiece));
    const lines = Math.max(1, ...cells.map((c) => c.length));
    pieces.push({ cells, height: lines * lineHeight + 2 * style.padY });
  }
  return pieces;
}

export interface TableOptions {
  style?: Partial<TableStyle>;
  /** Height that must stay free below the last row (a seal block): else the last row moves to a new page. */
  reserveAfter?: number;
  /** false: no header row (a form of label–value rows). */
  showHeader?: boolean;
  /** The first column holds labels: shaded and bold. */
  labelColumn?: boolean;
}

/** Draws a table at the flow's cursor; returns when the cursor is below its last row. */
export function drawTable(flow: Flow, columns: Column[], rows: string[][], options: TableOptions = {}): void {
  const style = { ...TABLE_STYLE, ...options.style };
  const regular = flow.doc.font('regular');
  const bold = flow.doc.font('bold');
  const widths = columnWidths(columns, flow.width);
  const lineHeight = style.size * style.leading;
  const showHeader = options.showHeader ?? true;
  const header: LaidRow = showHeader ? layRow(columns.map((c) => c.header), widths, () => bold, style.headerSize, style) : { cells: [], height: 0 };
  const labelFont = options.labelColumn ? bold : regular;
  const bodyFont = (column: number) => (column === 0 ? labelFont : regular);
  const pieces = rows.flatMap((cells) => splitRow(layRow(cells, widths, bodyFont, style.size, style), flow.fullPageRoom - header.height, lineHeight, style));
  const aligns = columns.map((c) => c.align ?? 'left');
  const x0 = flow.left;
  const xs = widths.reduce<number[]>((acc, w) => [...acc, acc[acc.length - 1]! + w], [x0]);
  const right = xs[xs.length - 1]!;

  let segmentTop = 0;
  let horizontals: Array<[number, number, number, number]> = [];
  const openSegment = () => {
    segmentTop = flow.y;
    horizontals = [[x0, segmentTop, right, segmentTop]];
    if (!showHeader) return;
    flow.canvas.rect(x0, flow.y - header.height, right - x0, header.height, { fillGray: style.headerGray });
    drawRow(header, bold, style.headerSize, aligns.map(() => 'center'));
  };
  const closeSegment = () => {
    const verticals = xs.map((x): [number, number, number, number] => [x, segmentTop, x, flow.y]);
    flow.canvas.lines([...horizontals, ...verticals], { width: 0.5 });
  };
  const drawRow = (row: LaidRow, font: DocFont, size: number, rowAligns: Align[]) => {
    const rowLineHeight = size * style.leading;
    const isBody = font === regular;
    if (isBody && options.labelColumn) flow.canvas.rect(x0, flow.y - row.height, widths[0]!, row.height, { fillGray: style.headerGray + 0.05 });
    row.cells.forEach((lines, i) => {
      const cellFont = isBody && i === 0 ? labelFont : font;
      const cellWidth = widths[i]! - 2 * style.padX;
      const top = flow.y - (row.height - lines.length * rowLineHeight) / 2;
      lines.forEach((line, n) => {
        const lineTop = top - n * rowLineHeight;
        const align = rowAligns[i];
        const dx = align === 'left' ? 0 : (cellWidth - cellFont.face.width(line, size)) / (align === 'center' ? 2 : 1);
        flow.canvas.text(line, xs[i]! + style.padX + Math.max(0, dx), baselineIn(lineTop, rowLineHeight, size, cellFont), cellFont, size);
      });
    });
    flow.y -= row.height;
    horizontals.push([x0, flow.y, right, flow.y]);
  };

  flow.ensure(header.height + (pieces[0]?.height ?? 0));
  openSegment();
  pieces.forEach((piece, index) => {
    const last = index === pieces.length - 1;
    const need = piece.height + (last ? (options.reserveAfter ?? 0) : 0);
    if (need > flow.room && !(last && piece.height <= flow.room && need > flow.fullPageRoom - header.height)) {
      closeSegment();
      flow.newPage();
      openSegment();
    }
    drawRow(piece, regular, style.size, aligns);
  });
  closeSegment();
}
