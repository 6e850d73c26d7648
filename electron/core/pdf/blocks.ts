/** Blocks the documents share: a centred title, label–value lines, a seal box, a running header. */
import { mm, type PageCanvas } from './canvas';
import type { DocFont } from './fonts';
import { baselineIn, drawLines, type Flow, type TextStyle } from './layout';
import { drawable, wrap } from './text';

export const BODY: TextStyle = { size: 10.5, leading: 1.6 }; // 五号, the body size of Chinese official documents
export const SMALL: TextStyle = { size: 9, leading: 1.45 }; // 小五

/** A centred title (bold), then a gap. */
export function title(flow: Flow, text: string, size = 18, gap = 4): void {
  flow.paragraph(text, { size, weight: 'bold', align: 'center', leading: 1.4 });
  flow.space(gap);
}

/** Label–value pairs, `columns` to a line, each wrapped within its column. */
export function fields(flow: Flow, pairs: Array<[string, string]>, columns: 1 | 2 = 2, style: TextStyle = BODY): void {
  const font = flow.doc.font('regular');
  const bold = flow.doc.font('bold');
  const gutter = mm(4);
  const colWidth = (flow.width - gutter * (columns - 1)) / columns;
  const lineHeight = style.size * (style.leading ?? 1.5);
  for (let i = 0; i < pairs.length; i += columns) {
    const row = pairs.slice(i, i + columns).map(([label, value]) => {
      const labelText = drawable(`${label}：`, bold.face);
      const labelWidth = Math.min(bold.face.width(labelText, style.size), colWidth * 0.6);
      const lines = wrap(drawable(value, font.face), font.face, style.size, colWidth - labelWidth);
      return { labelText, labelWidth, lines };
    });
    const height = Math.max(...row.map((r) => r.lines.length)) * lineHeight;
    flow.ensure(height);
    row.forEach((r, n) => {
      const x = flow.left + n * (colWidth + gutter);
      flow.canvas.text(r.labelText, x, baselineIn(flow.y, lineHeight, style.size, bold), bold, style.size);
      drawLines(flow.canvas, r.lines, x + r.labelWidth, flow.y, colWidth - r.labelWidth, font, style);
    });
    flow.y -= height;
  }
}

/** A dashed square where the seal goes, its caption faint inside. */
export function sealBox(canvas: PageCanvas, x: number, top: number, side: number, caption: string, font: DocFont): void {
  canvas.rect(x, top - side, side, side, { stroke: { width: 0.6, gray: 0.45, dash: [3, 2] } });
  const size = 9;
  const lines = caption.split('\n').flatMap((line) => wrap(drawable(line, font.face), font.face, size, side - 8));
  const lineHeight = size * 1.5;
  const firstTop = top - (side - lines.length * lineHeight) / 2;
  lines.forEach((line, i) => {
    const width = font.face.width(line, size);
    canvas.text(line, x + (side - width) / 2, baselineIn(firstTop - i * lineHeight, lineHeight, size, font), font, size, 0.6);
  });
}

/** A thin running header: text on the left and on the right, a rule below. Height: RUNNING_HEADER_HEIGHT. */
export const RUNNING_HEADER_HEIGHT = 22;
export function runningHeader(canvas: PageCanvas, box: { left: number; right: number; top: number }, left: string, right: string, font: DocFont): void {
  const size = 8.5;
  const baseline = box.top - size;
  const rightText = drawable(right, font.face);
  const leftText = fitWidth(drawable(left, font.face), font, size, box.right - box.left - font.face.width(rightText, size) - 12);
  canvas.text(leftText, box.left, baseline, font, size, 0.25);
  canvas.text(rightText, box.right - font.face.width(rightText, size), baseline, font, size, 0.25);
  canvas.lines([[box.left, baseline - 5, box.right, baseline - 5]], { width: 0.4, gray: 0.4 });
}

/** The text, cut with an ellipsis to fit `width` (a running header must stay on one line). */
export function fitWidth(text: string, font: DocFont, size: number, width: number): string {
  if (font.face.width(text, size) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && font.face.width(`${chars.join('')}…`, size) > width) chars.pop();
  return `${chars.join('')}…`;
}

/** Lines of text right-aligned against the flow's right edge (a signature and its date). */
export function rightAligned(flow: Flow, texts: string[], style: TextStyle = BODY, inset = 0): void {
  const font = flow.doc.font(style.weight);
  const lines = texts.map((t) => drawable(t, font.face));
  const width = Math.max(...lines.map((l) => font.face.width(l, style.size)));
  const height = lines.length * style.size * (style.leading ?? 1.5);
  flow.ensure(height);
  drawLines(flow.canvas, lines, flow.left + flow.width - inset - width, flow.y, width, font, { ...style, align: 'left' });
  flow.y -= height;
}
