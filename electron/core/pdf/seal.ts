/**
 * The enterprise's seal image on a draft: semi-transparent over the name or signature line, with a
 * small grey note beside it, so nobody takes the printed seal for the real stamp.
 */
import type { PDFImage } from 'pdf-lib';
import { rightAligned } from './blocks';
import { mm, type PageCanvas } from './canvas';
import type { DocFont } from './fonts';
import type { SealImage } from './inputs';
import type { DocumentWriter, Flow, TextStyle } from './layout';
import { drawable } from './text';
import { zh } from './texts';

export const SEAL_OPACITY = 0.85;
/** A company seal is about 40 mm across; drawn a little smaller so it sits inside a 38 mm box. */
export const DRAFT_SEAL_SIDE = mm(36);
const NOTE_SIZE = 6.5;
const NOTE_GRAY = 0.45;
/** Room the note takes below the seal. */
export const DRAFT_NOTE_HEIGHT = NOTE_SIZE + 6;

export interface DraftSeal {
  image: PDFImage;
  /** The drawn size in points: the longer edge is `side`, the shape kept. */
  width: number;
  height: number;
}

/** Embeds the seal once per document; null without a seal (the document is then exactly as before). */
export async function embedDraftSeal(doc: DocumentWriter, seal: SealImage | null | undefined, side = DRAFT_SEAL_SIDE): Promise<DraftSeal | null> {
  if (!seal) return null;
  // pdf-lib reads `bytes.buffer` from offset 0: give it bytes of their own, not a view into a pooled Buffer.
  const image = await doc.pdf.embedPng(new Uint8Array(seal.png));
  const scale = side / Math.max(seal.width, seal.height);
  return { image, width: seal.width * scale, height: seal.height * scale };
}

/**
 * Draws the seal centred on (cx, cy), then the note: below it (centred), to its right, or to its
 * left (right-aligned), its baseline level with the seal's lower part.
 */
export function drawDraftSeal(canvas: PageCanvas, seal: DraftSeal, font: DocFont, at: { cx: number; cy: number; note: 'below' | 'right' | 'left' }): void {
  const { width, height } = seal;
  canvas.image(seal.image, at.cx - width / 2, at.cy - height / 2, width, height, SEAL_OPACITY);
  const note = drawable(zh('doc.seal.draftNote'), font.face);
  const noteWidth = font.face.width(note, NOTE_SIZE);
  const bottom = at.cy - height / 2;
  if (at.note === 'below') canvas.text(note, at.cx - noteWidth / 2, bottom - NOTE_SIZE - 2, font, NOTE_SIZE, NOTE_GRAY);
  else if (at.note === 'right') canvas.text(note, at.cx + width / 2 + 4, bottom + height * 0.2, font, NOTE_SIZE, NOTE_GRAY);
  else canvas.text(note, at.cx - width / 2 - 6 - noteWidth, bottom + 2, font, NOTE_SIZE, NOTE_GRAY);
}

/** Right-aligned signature lines (name, date) with the draft seal over them; room is made above and below. */
export function sealedSignature(flow: Flow, texts: string[], style: TextStyle, inset: number, seal: DraftSeal): void {
  const font = flow.doc.font(style.weight);
  const width = Math.max(...texts.map((text) => font.face.width(drawable(text, font.face), style.size)));
  const blockHeight = texts.length * style.size * (style.leading ?? 1.5);
  const overhang = Math.max(0, (seal.height - blockHeight) / 2);
  flow.ensure(overhang * 2 + blockHeight + DRAFT_NOTE_HEIGHT);
  flow.space(overhang);
  const top = flow.y;
  rightAligned(flow, texts, style, inset);
  drawDraftSeal(flow.canvas, seal, flow.doc.font('regular'), { cx: flow.left + flow.width - inset - width / 2, cy: top - blockHeight / 2, note: 'below' });
  flow.space(overhang + DRAFT_NOTE_HEIGHT);
}
