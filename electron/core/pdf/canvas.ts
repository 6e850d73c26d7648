/**
 * Drawing on one page by writing the content stream directly: one text object per page, one
 * path per stroke style, compressed with Node's zlib. pdf-lib's drawText would create a dozen
 * operator objects per cell and deflate them in JavaScript, which is most of the time of a
 * 500-row table.
 */
import { deflateSync } from 'node:zlib';
import { PDFName, type PDFImage, type PDFPage } from 'pdf-lib';
import type { DocFont } from './fonts';

export const A4 = { width: 595.28, height: 841.89 } as const;
/** Millimetres to points. */
export const mm = (value: number) => (value * 72) / 25.4;

const num = (value: number) => {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};

export interface StrokeStyle {
  width?: number;
  gray?: number;
  dash?: number[];
}

export class PageCanvas {
  private readonly ops: string[] = [];
  private readonly fontKeys = new Map<DocFont, string>();
  private readonly opacityKeys = new Map<number, string>();
  private finished = false;

  constructor(readonly page: PDFPage) {}

  get width(): number {
    return this.page.getWidth();
  }

  get height(): number {
    return this.page.getHeight();
  }

  private fontKey(font: DocFont): string {
    let key = this.fontKeys.get(font);
    if (!key) {
      key = this.page.node.newFontDictionary('F', font.pdf.ref).asString();
      this.fontKeys.set(font, key);
    }
    return key;
  }

  /** Draws a single line of drawable text with its baseline at y. */
  text(text: string, x: number, y: number, font: DocFont, size: number, gray = 0): void {
    if (!text) return;
    const hex = font.pdf.encodeText(text).toString();
    const fill = gray === 0 ? '' : `${num(gray)} g `;
    this.ops.push(`BT ${fill}${this.fontKey(font)} ${num(size)} Tf 1 0 0 1 ${num(x)} ${num(y)} Tm ${hex} Tj ET${gray === 0 ? '' : ' 0 g'}`);
  }

  /** A line of text turned by a multiple of 90° (counter-clockwise), to read upright on a page with /Rotate. */
  turnedText(text: string, x: number, y: number, font: DocFont, size: number, angle: 0 | 90 | 180 | 270): void {
    if (!text) return;
    const [a, b, c, d] = { 0: [1, 0, 0, 1], 90: [0, 1, -1, 0], 180: [-1, 0, 0, -1], 270: [0, -1, 1, 0] }[angle];
    const hex = font.pdf.encodeText(text).toString();
    this.ops.push(`BT ${this.fontKey(font)} ${num(size)} Tf ${a} ${b} ${c} ${d} ${num(x)} ${num(y)} Tm ${hex} Tj ET`);
  }

  /** Straight lines sharing one style, stroked as one path. */
  lines(segments: Array<[number, number, number, number]>, style: StrokeStyle = {}): void {
    if (segments.length === 0) return;
    const path = segments.map(([x1, y1, x2, y2]) => `${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l`).join(' ');
    this.ops.push(`q ${this.strokeState(style)} ${path} S Q`);
  }

  rect(x: number, y: number, width: number, height: number, options: { stroke?: StrokeStyle; fillGray?: number } = {}): void {
    const box = `${num(x)} ${num(y)} ${num(width)} ${num(height)} re`;
    if (options.fillGray !== undefined) this.ops.push(`q ${num(options.fillGray)} g ${box} f Q`);
    if (options.stroke) this.ops.push(`q ${this.strokeState(options.stroke)} ${box} S Q`);
  }

  /** An image; `opacity` below 1 lets what is under it show through (a draft seal over its line). */
  image(image: PDFImage, x: number, y: number, width: number, height: number, opacity = 1): void {
    const key = this.page.node.newXObject('Im', image.ref).asString();
    const state = opacity < 1 ? `${this.opacityKey(opacity)} gs ` : '';
    this.ops.push(`q ${state}${num(width)} 0 0 ${num(height)} ${num(x)} ${num(y)} cm ${key} Do Q`);
  }

  private opacityKey(opacity: number): string {
    let key = this.opacityKeys.get(opacity);
    if (!key) {
      const state = this.page.doc.context.obj({ Type: 'ExtGState', ca: opacity, CA: opacity });
      key = this.page.node.newExtGState('GS', state).asString();
      this.opacityKeys.set(opacity, key);
    }
    return key;
  }

  /** Arbitrary operators, for a rotated stamp on a copied page. */
  raw(operators: string): void {
    this.ops.push(operators);
  }

  /** Writes what was drawn as one more content stream of the page, after what it already shows. */
  finish(): void {
    if (this.finished || this.ops.length === 0) return;
    this.finished = true;
    // normalize() wraps a copied page's own content in q … Q, so its graphics state cannot leak into ours.
    this.page.node.normalize();
    const context = this.page.doc.context;
    const stream = context.stream(deflateSync(Buffer.from(this.ops.join('\n'), 'latin1')), { Filter: PDFName.of('FlateDecode') });
    this.page.node.addContentStream(context.register(stream));
  }

  private strokeState({ width = 0.5, gray = 0, dash }: StrokeStyle): string {
    const dashOp = dash ? `[${dash.map(num).join(' ')}] 0 d ` : '';
    return `${num(width)} w ${num(gray)} G ${dashOp}`.trim();
  }
}
