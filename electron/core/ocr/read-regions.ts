/**
 * Region mode: each value cell of a found page is cut out and recognised on its own, as one line,
 * by the model and with the characters that suit its field. Empty cells (unused transfer entries)
 * are skipped without calling the recogniser.
 */
import { mapRectBounds, type Homography } from '../../../shared/ocr/homography';
import { gridRules, slotRect, type FormLayout, type Rect } from '../../../shared/ocr/layout';
import { joinWords } from '../../../shared/ocr/text';
import { interpret, type ValueKind } from '../../../shared/ocr/values';
import { VEHICLE_SLOTS, type CertificatePageType, type OcrBox, type OcrRegion, type OcrWord, type SlotId } from '../../../shared/ocr/types';
import { cleanCrop, encodePng, inkBounds, LARGE, subImage, warpCrop, type CropRule } from './crops';
import type { GreyImage } from './grey-image';
import type { FoundPage } from './page-finder';
import type { RecognizedWord } from './worker-pool';

/** Crop resolution: 10 px/mm (254 DPI) puts printed characters at about 32 px. */
export const CROP_PX_PER_MM = 10;
const MARGIN = 12;

const VIN = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-';
const DATE = '0123456789-';
/** Characters a field of capitals and digits can hold (tesseract's whitelist). */
const WHITELIST: Partial<Record<string, string>> = {
  vin: VIN,
  model: CAPITALS,
  engineNumber: CAPITALS,
  date: DATE,
  manufactureDate: DATE,
  issueDate: DATE,
  certificateNumber: '0123456789',
};

/** Owner cells are read only as far as a long name reaches: the ID number after it is not needed. */
const OWNER_WIDTH = 62;

export function slotsToRead(pageType: CertificatePageType): SlotId[] {
  if (pageType === 'vehicle') return [...VEHICLE_SLOTS];
  // The first owner (entry 0) is never returned, so it is not read.
  const slots: SlotId[] = ['certificateNumber', 'entry0.authority', 'entry0.date', 'entry0.plate'];
  for (let entry = 1; entry <= 6; entry++) for (const part of ['owner', 'authority', 'date', 'plate'] as const) slots.push(`entry${entry as 1}.${part}`);
  return slots;
}

/** Which trained model reads a cell: English or Chinese (which also reads capitals and digits). */
export type Lane = 'chi_sim' | 'eng';

/** The crop as cut, enlarged 1.5× (helps the English model), or with thinner strokes (bold fonts). */
export type Variant = 'plain' | 'large' | 'thin';

export interface Reading {
  lane: Lane;
  variant: Variant;
  params: Record<string, string>;
  /** Second-round readings are made only when the first round leaves doubt. */
  round: 1 | 2;
}

/**
 * How a slot is read, always as one line of text. Chinese cells (and plates, which start with a province
 * character) once by the Chinese model, without a whitelist (one of Chinese characters makes it read
 * nothing). Dates and the certificate number by the English model with the field's characters only,
 * and again free if in doubt (a whitelist that forces a character reports 0 confidence). VIN, model and
 * engine number by both models, whose errors differ, and a third time on thinned strokes unless the
 * two agree: the check digit or the majority then decides, and disagreement lowers confidence.
 */
export function readingsFor(slot: SlotId): Reading[] {
  const kind = slot.includes('.') ? slot.split('.')[1]! : slot;
  const whitelist = WHITELIST[kind];
  const line = { tessedit_pageseg_mode: '7' };
  if (!whitelist) return [{ lane: 'chi_sim', variant: 'plain', params: line, round: 1 }];
  const listed = { ...line, tessedit_char_whitelist: whitelist };
  if (kind === 'vin' || kind === 'model' || kind === 'engineNumber') {
    return [
      { lane: 'eng', variant: 'large', params: listed, round: 1 },
      { lane: 'chi_sim', variant: 'plain', params: listed, round: 1 },
      { lane: 'eng', variant: 'thin', params: listed, round: 2 },
    ];
  }
  return [
    { lane: 'eng', variant: 'plain', params: listed, round: 1 },
    { lane: 'eng', variant: 'plain', params: line, round: 2 },
  ];
}

const KIND: Record<string, ValueKind> = {
  vin: 'vin', model: 'model', engineNumber: 'engineNumber', certificateNumber: 'certificateNumber',
  date: 'date', manufactureDate: 'date', issueDate: 'date',
};

/** Whether the first round settled a slot: every reading gave the same value, passing its checks, read with confidence. */
export function settled(slot: SlotId, readings: RecognizedWord[][]): boolean {
  const kind = KIND[slot.includes('.') ? slot.split('.')[1]! : slot];
  if (!kind) return true;
  const results = readings.map((words) => {
    const joined = joinWords(words.map((w) => ({ text: w.text, confidence: w.confidence, box: { page: 0, x: w.x0, y: w.y0, width: w.x1 - w.x0, height: w.y1 - w.y0 } })));
    return interpret(kind, joined.text, joined.confidence);
  });
  const first = results[0]!;
  if (first.value === null || first.problems.length > 0) return false;
  if (results.length === 1) return first.confidence >= 0.8;
  return results.every((r) => r.value === first.value && r.problems.length === 0);
}

/** The layout's rules that cross a band, in the band's crop pixels. */
function rulesIn(layout: FormLayout, band: Rect, pxPerMm: number): CropRule[] {
  const rules: CropRule[] = [];
  for (const rule of gridRules(layout)) {
    const [across, from, to, bandAcross, bandFrom, bandTo] =
      rule.orientation === 'h'
        ? [rule.at, rule.from, rule.to, [band.y, band.y + band.height], band.x, band.x + band.width]
        : [rule.at, rule.from, rule.to, [band.x, band.x + band.width], band.y, band.y + band.height];
    if (across < bandAcross[0]! - 1 || across > bandAcross[1]! + 1 || to < bandFrom || from > bandTo) continue;
    rules.push({
      orientation: rule.orientation,
      at: (across - bandAcross[0]!) * pxPerMm,
      from: (Math.max(from, bandFrom) - bandFrom) * pxPerMm,
      to: (Math.min(to, bandTo) - bandFrom) * pxPerMm,
    });
  }
  return rules;
}

/** The part of a cell where its value is printed: the cell's width, a text line's height around the shifted middle. */
function valueBand(slot: SlotId, cell: Rect, shift: number): Rect {
  if (slot === 'certificateNumber') return cell;
  const middle = cell.y + cell.height / 2 + shift;
  const width = slot.endsWith('.owner') ? Math.min(cell.width, OWNER_WIDTH) : cell.width;
  // From just left of the cell's rule (text printed against it must not be cut; the rule is erased),
  // and a text line's height more than needed above and below: the line itself is found in the crop.
  return { x: cell.x - 0.5, y: middle - 4.8, width: width + 0.15, height: 9.6 };
}

export interface RegionJob {
  slot: SlotId;
  /** The crop as PNG, in each variant its readings need. */
  images: Partial<Record<Variant, Buffer>>;
  /** The readings to make; the first is the main one. */
  readings: Reading[];
  /** Crop pixels → display pixels. */
  toDisplay: (x: number, y: number, width: number, height: number) => Omit<OcrBox, 'page'>;
  box: Omit<OcrBox, 'page'>;
}

/** Crops for every non-empty value cell of a page, ready for the recogniser. */
export async function regionJobs(work: GreyImage, scale: number, page: FoundPage): Promise<RegionJob[]> {
  const { layout } = page.placement;
  const jobs: RegionJob[] = [];
  for (const slot of slotsToRead(layout.pageType)) {
    const cell = slotRect(layout, slot);
    if (!cell) continue;
    const band = valueBand(slot, cell, page.shift);
    const crop = cleanCrop(warpCrop(work, page.toWork, band, CROP_PX_PER_MM), rulesIn(layout, band, CROP_PX_PER_MM), CROP_PX_PER_MM);
    // Under ~1 mm² of ink is specks, not a value.
    if (crop.ink < CROP_PX_PER_MM * CROP_PX_PER_MM) continue;
    const bounds = inkBounds(crop.image, 6 * CROP_PX_PER_MM, Math.round(3.6 * CROP_PX_PER_MM), Math.round(1.2 * CROP_PX_PER_MM));
    if (!bounds) continue;
    const trimmed = { x: band.x + bounds.x / CROP_PX_PER_MM, y: band.y + bounds.y / CROP_PX_PER_MM, width: bounds.width / CROP_PX_PER_MM, height: bounds.height / CROP_PX_PER_MM };
    const image = subImage(crop.image, bounds);
    const toDisplay = displayMapper(page.toWork, trimmed, scale);
    const readings = readingsFor(slot);
    const images: Partial<Record<Variant, Buffer>> = {};
    for (const variant of new Set(readings.map((reading) => reading.variant))) images[variant] = await encodePng(image, MARGIN, variant);
    jobs.push({ slot, images, readings, toDisplay, box: toDisplay(MARGIN, MARGIN, image.width, image.height) });
  }
  return jobs;
}

/** Crop pixels (margin included) → pixels of the displayed image, through the frame's millimetres. */
function displayMapper(toWork: Homography, crop: Rect, scale: number) {
  return (x: number, y: number, width: number, height: number) => {
    const rect = { x: crop.x + (x - MARGIN) / CROP_PX_PER_MM, y: crop.y + (y - MARGIN) / CROP_PX_PER_MM, width: width / CROP_PX_PER_MM, height: height / CROP_PX_PER_MM };
    const bounds = mapRectBounds(toWork, rect);
    const round = (n: number) => Math.round(n / scale);
    return { x: round(bounds.x), y: round(bounds.y), width: round(bounds.width), height: round(bounds.height) };
  };
}

/** A region from the words of the readings made (the main one first). */
export function toRegion(job: RegionJob, readings: Array<{ reading: Reading; words: RecognizedWord[] }>, page: number): OcrRegion {
  const convert = ({ reading, words }: { reading: Reading; words: RecognizedWord[] }): OcrWord[] => {
    // Boxes of an enlarged reading are in enlarged pixels.
    const factor = reading.variant === 'large' ? LARGE : 1;
    return words
      .filter((word) => word.text.trim() !== '')
      .map((word) => ({
        text: word.text,
        confidence: word.confidence,
        box: { page, ...job.toDisplay(word.x0 / factor, word.y0 / factor, (word.x1 - word.x0) / factor, (word.y1 - word.y0) / factor) },
      }));
  };
  const [first = [], ...others] = readings.map(convert);
  return { slot: job.slot, box: { page, ...job.box }, words: first, ...(others.length > 0 ? { alternatives: others } : {}) };
}
