/**
 * The typeface of every document: Noto Sans Hans (SIL OFL 1.1, from the npm package
 * @embedpdf/fonts-sc; see assets/fonts/README.md), parsed once per process with upstream fontkit 2
 * and handed to pdf-lib through a small adapter. pdf-lib 1.17 was written against
 * @pdf-lib/fontkit, whose CJK subsets are broken; fontkit 2 subsets correctly but names
 * `encodeStream()` `encode()`, and its text shaping is far too slow for tables, so the adapter
 * maps characters to glyphs one to one (Chinese and the Latin of VINs need no shaping).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PDFDocument, PDFFont } from 'pdf-lib';

// fontkit 2 ships no type declarations: the members used here.
export interface FkGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface FkSubset {
  cff?: unknown;
  includeGlyph(glyph: number | FkGlyph): number;
  encode(): Uint8Array;
}
interface FkFont {
  postscriptName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  characterSet: number[];
  post: unknown;
  head: unknown;
  'OS/2': unknown;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): FkGlyph;
  createSubset(): FkSubset;
}
interface Fontkit {
  create(bytes: Uint8Array): FkFont;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fontkit = require('fontkit') as Fontkit;

export type Weight = 'regular' | 'bold';

const FONT_FILES: Record<Weight, string> = {
  regular: 'NotoSansHans-Regular.otf',
  bold: 'NotoSansHans-Bold.otf',
};

/** One parsed font with per-code-point caches; shared by every document of the process. */
export class FontFace {
  /** Ascent and descent as fractions of the font size. */
  readonly ascent: number;
  readonly descent: number;
  private readonly glyphs = new Map<number, FkGlyph | null>();
  private readonly unitsPerEm: number;

  constructor(
    readonly weight: Weight,
    readonly bytes: Uint8Array,
    readonly font: FkFont,
  ) {
    this.unitsPerEm = font.unitsPerEm;
    this.ascent = font.ascent / font.unitsPerEm;
    this.descent = font.descent / font.unitsPerEm;
  }

  get postscriptName(): string {
    return this.font.postscriptName;
  }

  /** The glyph of a code point, or null when the font has none (never the .notdef box). */
  glyph(codePoint: number): FkGlyph | null {
    let glyph = this.glyphs.get(codePoint);
    if (glyph === undefined) {
      glyph = this.font.hasGlyphForCodePoint(codePoint) ? this.font.glyphForCodePoint(codePoint) : null;
      this.glyphs.set(codePoint, glyph);
    }
    return glyph;
  }

  has(codePoint: number): boolean {
    return this.glyph(codePoint) !== null;
  }

  /** Advance width of one code point, as a fraction of the font size (0 when missing). */
  advance(codePoint: number): number {
    const glyph = this.glyph(codePoint);
    return glyph ? glyph.advanceWidth / this.unitsPerEm : 0;
  }

  /** Width of a text at a size, in points; the text should be `drawable` already. */
  width(text: string, size: number): number {
    let total = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
      total += this.advance(code);
    }
    return total * size;
  }

  /** One glyph per code point: what pdf-lib's `layout()` would shape, without the shaping. */
  glyphsOf(text: string): FkGlyph[] {
    const out: FkGlyph[] = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
      const glyph = this.glyph(code);
      if (glyph) out.push(glyph);
    }
    return out;
  }
}

/** Where the font files are at run time: the package's folder, inside app.asar when packaged. */
export function fontDirectory(): string {
  const entry = require.resolve('@embedpdf/fonts-sc');
  return path.join(path.dirname(entry), '..', 'fonts');
}

const faces = new Map<Weight, FontFace>();
const facesByBytes = new Map<Uint8Array, FontFace>();

/** The parsed face of a weight; the file is read and parsed once per process. */
export function fontFace(weight: Weight): FontFace {
  let face = faces.get(weight);
  if (!face) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(fontDirectory(), FONT_FILES[weight])));
    face = new FontFace(weight, bytes, fontkit.create(bytes));
    faces.set(weight, face);
    facesByBytes.set(bytes, face);
  }
  return face;
}

/** A stream of one chunk, as pdf-lib reads `subset.encodeStream()`. */
function streamOf(produce: () => Uint8Array) {
  const handlers: Record<string, (value?: unknown) => void> = {};
  const stream = {
    on(event: string, handler: (value?: unknown) => void) {
      handlers[event] = handler;
      return stream;
    },
  };
  // pdf-lib attaches its handlers right after the call; deliver once it has.
  queueMicrotask(() => {
    try {
      const bytes = produce();
      handlers.data?.(bytes);
      handlers.end?.();
    } catch (error) {
      handlers.error?.(error);
    }
  });
  return stream;
}

/** What pdf-lib's font embedders see: the cached face, with plain glyph lookup and fontkit 2's subsetter. */
function pdfLibView(face: FontFace) {
  const font = face.font;
  return {
    postscriptName: font.postscriptName,
    unitsPerEm: font.unitsPerEm,
    ascent: font.ascent,
    descent: font.descent,
    capHeight: font.capHeight,
    xHeight: font.xHeight,
    italicAngle: font.italicAngle,
    bbox: font.bbox,
    post: font.post,
    head: font.head,
    'OS/2': font['OS/2'],
    get characterSet() {
      return font.characterSet;
    },
    glyphForCodePoint: (codePoint: number) => face.glyph(codePoint) ?? font.glyphForCodePoint(codePoint),
    layout: (text: string) => ({ glyphs: face.glyphsOf(text) }),
    createSubset: () => {
      const subset = font.createSubset();
      return {
        cff: subset.cff,
        includeGlyph: (glyph: number | FkGlyph) => subset.includeGlyph(glyph),
        encodeStream: () => streamOf(() => subset.encode()),
      };
    },
  };
}

/** Passed to `registerFontkit`: hands out the cached faces instead of parsing 8 MB per document. */
const fontkitAdapter = {
  create(bytes: Uint8Array) {
    const face = facesByBytes.get(bytes);
    if (!face) throw new Error('fontkitAdapter: only the faces of fonts.ts can be embedded');
    return pdfLibView(face);
  },
};

export interface DocFont {
  face: FontFace;
  pdf: PDFFont;
}
export type DocFonts = Record<Weight, DocFont>;

/** A subset tag (six capitals) derived from a seed, so a document's bytes do not change from run to run. */
export function subsetTag(seed: string, weight: Weight): string {
  let hash = 0x811c9dc5;
  for (const ch of `${weight}:${seed}`) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) ^ Math.imul(hash, 31 + i);
    hash >>>= 0;
  }
  return tag;
}

/** Embeds both weights as subsets named `ABCDEF+Name`, so preflight tools see subsets. */
export async function embedFonts(pdf: PDFDocument, seed: string): Promise<DocFonts> {
  pdf.registerFontkit(fontkitAdapter as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
  const embed = async (weight: Weight): Promise<DocFont> => {
    const face = fontFace(weight);
    const customName = `${subsetTag(seed, weight)}+${face.postscriptName}`;
    return { face, pdf: await pdf.embedFont(face.bytes, { subset: true, customName }) };
  };
  return { regular: await embed('regular'), bold: await embed('bold') };
}
