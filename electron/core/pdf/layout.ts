/**
 * A document being written: A4 pages in sections (each numbered on its own, "第 X 页 / 共 Y 页"),
 * and a flow that places blocks top to bottom and turns the page when one does not fit.
 */
import { PDFDocument, type PDFPage } from 'pdf-lib';
import { A4, mm, PageCanvas } from './canvas';
import { embedFonts, type DocFont, type DocFonts, type Weight } from './fonts';
import { drawable, wrap } from './text';

export interface DocumentMeta {
  title: string;
  subject?: string;
  /** YYYY-MM-DD: the document's creation date, so the same input gives the same bytes. */
  date: string;
  /** Makes the font subset tags differ between documents (any text unique to the document). */
  seed: string;
}

/** A run of pages numbered together; the footer is drawn once the count is known. */
export interface Section {
  footer(canvas: PageCanvas, page: number, total: number): void;
}

export class DocumentWriter {
  private readonly pages: Array<{ canvas: PageCanvas; section: Section | null }> = [];

  private constructor(
    readonly pdf: PDFDocument,
    readonly fonts: DocFonts,
  ) {}

  static async create(meta: DocumentMeta): Promise<DocumentWriter> {
    const pdf = await PDFDocument.create({ updateMetadata: false });
    const when = new Date(`${meta.date}T00:00:00+08:00`);
    const valid = !Number.isNaN(when.getTime());
    pdf.setTitle(meta.title, { showInWindowTitleBar: true });
    if (meta.subject) pdf.setSubject(meta.subject);
    pdf.setCreator('ExportDesk 二手车出口助手');
    pdf.setProducer('ExportDesk (pdf-lib)');
    pdf.setLanguage('zh-CN');
    if (valid) {
      pdf.setCreationDate(when);
      pdf.setModificationDate(when);
    }
    return new DocumentWriter(pdf, await embedFonts(pdf, meta.seed));
  }

  font(weight: Weight = 'regular'): DocFont {
    return this.fonts[weight];
  }

  addPage(section: Section | null, size: { width: number; height: number } = A4): PageCanvas {
    const canvas = new PageCanvas(this.pdf.addPage([size.width, size.height]));
    this.pages.push({ canvas, section });
    return canvas;
  }

  /** Appends a page copied from another document (or made elsewhere), to be numbered with `section`. */
  adoptPage(page: PDFPage, section: Section | null): PageCanvas {
    this.pdf.addPage(page);
    const canvas = new PageCanvas(page);
    this.pages.push({ canvas, section });
    return canvas;
  }

  get pageCount(): number {
    return this.pages.length;
  }

  async save(): Promise<Uint8Array> {
    const counts = new Map<Section, number>();
    for (const { section } of this.pages) if (section) counts.set(section, (counts.get(section) ?? 0) + 1);
    const seen = new Map<Section, number>();
    for (const { canvas, section } of this.pages) {
      if (section) {
        const page = (seen.get(section) ?? 0) + 1;
        seen.set(section, page);
        section.footer(canvas, page, counts.get(section)!);
      }
      canvas.finish();
    }
    return this.pdf.save({ useObjectStreams: true });
  }
}

export type Align = 'left' | 'center' | 'right';

export interface TextStyle {
  size: number;
  weight?: Weight;
  align?: Align;
  /** Line height as a multiple of the size. */
  leading?: number;
  gray?: number;
}

/** Baseline of a line whose box of height `lineHeight` starts at `top`, the glyphs centred in it. */
export function baselineIn(top: number, lineHeight: number, size: number, font: DocFont): number {
  const glyphHeight = (font.face.ascent - font.face.descent) * size;
  return top - (lineHeight - glyphHeight) / 2 - font.face.ascent * size;
}

/** Draws already-wrapped lines from `top` down; returns the height used. */
export function drawLines(canvas: PageCanvas, lines: string[], x: number, top: number, width: number, font: DocFont, style: TextStyle): number {
  const lineHeight = style.size * (style.leading ?? 1.5);
  lines.forEach((line, index) => {
    const lineTop = top - index * lineHeight;
    const lineWidth = style.align && style.align !== 'left' ? font.face.width(line, style.size) : 0;
    const dx = style.align === 'center' ? (width - lineWidth) / 2 : style.align === 'right' ? width - lineWidth : 0;
    canvas.text(line, x + dx, baselineIn(lineTop, lineHeight, style.size, font), font, style.size, style.gray);
  });
  return lines.length * lineHeight;
}

export interface FlowFrame {
  section: Section | null;
  /** Margins in points. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Drawn at the top of every page but the first, within `runningHeaderHeight`. */
  runningHeader?: (canvas: PageCanvas, box: { left: number; right: number; top: number }) => void;
  runningHeaderHeight?: number;
}

/** Places blocks down the page, turning to a new page when a block does not fit. */
export class Flow {
  canvas!: PageCanvas;
  y = 0;
  private pages = 0;

  constructor(
    readonly doc: DocumentWriter,
    readonly frame: FlowFrame,
  ) {
    this.newPage();
  }

  get left(): number {
    return this.frame.left;
  }

  get width(): number {
    return this.canvas.width - this.frame.left - this.frame.right;
  }

  /** Room left on this page. */
  get room(): number {
    return this.y - this.frame.bottom;
  }

  /** Room on a fresh continuation page, below its running header. */
  get fullPageRoom(): number {
    return this.canvas.height - this.frame.top - (this.frame.runningHeaderHeight ?? 0) - this.frame.bottom;
  }

  newPage(): void {
    this.canvas = this.doc.addPage(this.frame.section);
    this.y = this.canvas.height - this.frame.top;
    if (this.pages > 0 && this.frame.runningHeader) {
      this.frame.runningHeader(this.canvas, { left: this.frame.left, right: this.canvas.width - this.frame.right, top: this.y });
      this.y -= this.frame.runningHeaderHeight ?? 0;
    }
    this.pages++;
  }

  /** Turns the page unless `height` fits below the cursor. */
  ensure(height: number): void {
    if (height > this.room) this.newPage();
  }

  space(height: number): void {
    this.y -= Math.min(height, this.room);
  }

  /**
   * Wraps and draws a paragraph; it may continue on the next page. `keepWithNext` (points) keeps
   * a caption whole and on the page of what follows it (a table's header and first row).
   */
  paragraph(text: string, style: TextStyle, options: { indent?: number; firstLineIndent?: number; keepWithNext?: number } = {}): void {
    const font = this.doc.font(style.weight);
    const indent = options.indent ?? 0;
    const width = this.width - indent;
    const lineHeight = style.size * (style.leading ?? 1.5);
    const firstIndent = options.firstLineIndent ?? 0;
    const prepared = drawable(text, font.face);
    // The first-line indent is made of ideographic spaces, as Chinese paragraphs are (两个全角空格).
    const lines = wrap(firstIndent > 0 ? '\u3000'.repeat(firstIndent) + prepared : prepared, font.face, style.size, width);
    if (options.keepWithNext !== undefined) this.ensure(lines.length * lineHeight + options.keepWithNext);
    let index = 0;
    while (index < lines.length) {
      if (this.room < lineHeight) this.newPage();
      const fit = Math.max(1, Math.floor(this.room / lineHeight));
      const chunk = lines.slice(index, index + fit);
      this.y -= drawLines(this.canvas, chunk, this.left + indent, this.y, width, font, style);
      index += chunk.length;
    }
  }
}

/** Standard margins of the documents (GB/T 9704 asks more at the top; tables need the width). */
export const MARGINS = { top: mm(18), bottom: mm(20), left: mm(18), right: mm(18) } as const;
/** Baseline of the footer line. */
export const FOOTER_Y = mm(10);

/** A centred page-number footer; `label` gives the text of page x of y. */
export function pageNumberSection(label: (page: number, total: number) => string, font: () => DocFont, left?: string): Section {
  return {
    footer(canvas, page, total) {
      const size = 9;
      const f = font();
      const text = drawable(label(page, total), f.face);
      canvas.text(text, (canvas.width - f.face.width(text, size)) / 2, FOOTER_Y, f, size);
      if (left) canvas.text(drawable(left, f.face), MARGINS.left, FOOTER_Y, f, 7.5, 0.35);
    },
  };
}
