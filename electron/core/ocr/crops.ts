/**
 * One value cell, cut out straight: sampled through the page's homography at a fixed resolution
 * (deskew and perspective undone in the same step), the grid's rules erased where no character
 * crosses them, contrast stretched, and a white margin added for the recogniser.
 */
import sharp from 'sharp';
import { applyHomography, type Homography } from '../../../shared/ocr/homography';
import type { Rect } from '../../../shared/ocr/layout';
import { otsuThreshold, sample, type GreyImage } from './grey-image';

export function warpCrop(source: GreyImage, toSource: Homography, rect: Rect, pxPerMm: number): GreyImage {
  const width = Math.max(1, Math.round(rect.width * pxPerMm));
  const height = Math.max(1, Math.round(rect.height * pxPerMm));
  const data = new Uint8Array(width * height);
  for (let v = 0; v < height; v++) {
    const y = rect.y + (v + 0.5) / pxPerMm;
    for (let u = 0; u < width; u++) {
      const p = applyHomography(toSource, { x: rect.x + (u + 0.5) / pxPerMm, y });
      data[v * width + u] = sample(source, p.x, p.y);
    }
  }
  return { width, height, data };
}

/** A rule of the grid in crop pixels: horizontal at y = `at` from x = `from` to `to`, or vertical. */
export interface CropRule {
  orientation: 'h' | 'v';
  at: number;
  from: number;
  to: number;
}

export interface CleanCrop {
  image: GreyImage;
  /** Dark pixels left after the rules went: about zero for an empty cell. */
  ink: number;
}

function levels(data: Uint8Array): { paper: number; dark: number } {
  const histogram = new Array<number>(256).fill(0);
  for (const value of data) histogram[value]!++;
  // Paper: the 80th percentile. Ink must be well below it, or the cell is empty.
  let seen = 0;
  let paper = 255;
  for (let value = 0; value < 256; value++) {
    seen += histogram[value]!;
    if (seen >= 0.8 * data.length) {
      paper = value;
      break;
    }
  }
  return { paper, dark: Math.min(otsuThreshold(histogram), paper * 0.62) };
}

/**
 * Erases one rule: finds it within `search` pixels of where the layout puts it (the line there that
 * is dark along most of its length, which no character stroke is), then whitens its thickness except
 * where ink continues on both sides (a stroke crossing it).
 */
function eraseRule(image: GreyImage, out: Uint8Array, rule: CropRule, search: number, thickness: number, paper: number, dark: number): void {
  const { width, height, data } = image;
  const horizontal = rule.orientation === 'h';
  const across = horizontal ? height : width;
  const along = horizontal ? width : height;
  const from = Math.max(0, Math.floor(rule.from));
  const to = Math.min(along - 1, Math.ceil(rule.to));
  if (to - from < 4) return;
  const at = (a: number, b: number) => (horizontal ? b * width + a : a * width + b);
  const grey = (paper + dark) / 2;
  const darkAt = (t: number, position: number) => position >= 0 && position < across && data[at(t, position)]! < grey;
  const coverage = (position: number, drift: number) => {
    let covered = 0;
    for (let t = from; t <= to; t++) {
      for (let d = -drift; d <= drift; d++) {
        if (darkAt(t, position + d)) {
          covered++;
          break;
        }
      }
    }
    return covered / (to - from + 1);
  };
  const low = Math.max(0, Math.floor(rule.at - search));
  const high = Math.min(across - 1, Math.ceil(rule.at + search));
  let peak = -1;
  let best = 0;
  let found = 0;
  for (let p = low; p <= high; p++) {
    const exact = coverage(p, 0);
    if (exact > best) {
      best = exact;
      peak = p;
    }
    // A rule may drift a pixel across the crop (perspective, lens): detect it allowing that.
    found = Math.max(found, coverage(p, 1));
  }
  if (peak < 0 || found < 0.6) return;
  // Its thickness: neighbours about as covered, within `thickness` (text printed against a blurred
  // rule is covered too, and must not be taken for it).
  const reach = Math.max(2, Math.round(thickness));
  let first = peak;
  let last = peak;
  while (first > Math.max(0, peak - reach) && coverage(first - 1, 0) > 0.3 * best) first--;
  while (last < Math.min(across - 1, peak + reach) && coverage(last + 1, 0) > 0.3 * best) last++;
  first = Math.max(0, first - 2);
  last = Math.min(across - 1, last + 2);
  // Crossing strokes are judged on what is left so far, so where two rules meet both go.
  const isInk = (a: number, b: number) => b >= 0 && b < across && out[at(a, b)]! < dark;
  for (let t = from; t <= to; t++) {
    const crossing = [1, 2, 3].some((k) => isInk(t, first - k)) && [1, 2, 3].some((k) => isInk(t, last + k));
    if (crossing) continue;
    for (let p = first; p <= last; p++) out[at(t, p)] = paper;
  }
}

export function cleanCrop(crop: GreyImage, rules: CropRule[], pxPerMm: number): CleanCrop {
  const { paper, dark } = levels(crop.data);
  const out = Uint8Array.from(crop.data);
  for (const rule of [...rules, ...rules]) eraseRule(crop, out, rule, (rule.orientation === 'h' ? 0.8 : 0.5) * pxPerMm, 0.4 * pxPerMm, paper, dark);
  let ink = 0;
  let inkSum = 0;
  for (const value of out) {
    if (value < dark) {
      ink++;
      inkSum += value;
    }
  }
  const inkLevel = ink > 0 ? inkSum / ink : 0;
  // Stretch: ink to black, paper to white.
  const span = Math.max(1, paper - inkLevel);
  for (let i = 0; i < out.length; i++) out[i] = Math.max(0, Math.min(255, Math.round(((out[i]! - inkLevel) / span) * 255)));
  return { image: { width: crop.width, height: crop.height, data: out }, ink };
}

export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The part of a cleaned crop holding the value: the run of ink columns with the most ink (gaps of
 * `gapPx` or more separate runs, so a speck far off is left out), the rows of one text line in it
 * (`textPx` high), and `marginPx` around. Null if there is no ink at all.
 */
export function inkBounds(image: GreyImage, gapPx: number, textPx: number, marginPx: number): PixelRect | null {
  const { width, height, data } = image;
  const columns = new Array<number>(width).fill(0);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (data[y * width + x]! < 128) columns[x]!++;
  let best: { from: number; to: number; ink: number } | null = null;
  let current: { from: number; to: number; ink: number } | null = null;
  for (let x = 0; x <= width; x++) {
    const ink = x < width ? columns[x]! : 0;
    if (ink > 0) {
      if (current && x - current.to <= gapPx) {
        current.to = x;
        current.ink += ink;
      } else {
        if (current && (!best || current.ink > best.ink)) best = current;
        current = { from: x, to: x, ink };
      }
    }
  }
  if (current && (!best || current.ink > best.ink)) best = current;
  if (!best) return null;
  // Vertically: the text-high window of rows with the most ink, widened while rows still hold ink
  // (descenders, strokes cut by a rule) but not across an empty row (specks, another row's text).
  const rows = new Array<number>(height).fill(0);
  for (let y = 0; y < height; y++) for (let x = best.from; x <= best.to; x++) if (data[y * width + x]! < 128) rows[y]!++;
  const window = Math.min(height, textPx);
  let start = 0;
  let most = -1;
  for (let y = 0, sum = 0; y < height; y++) {
    sum += rows[y]!;
    if (y >= window) sum -= rows[y - window]!;
    if (y >= window - 1 && sum > most) {
      most = sum;
      start = y - window + 1;
    }
  }
  let top = start;
  let bottom = start + window - 1;
  while (top < bottom && rows[top] === 0) top++;
  while (bottom > top && rows[bottom] === 0) bottom--;
  while (top > 0 && rows[top - 1]! > 0) top--;
  while (bottom < height - 1 && rows[bottom + 1]! > 0) bottom++;
  const x0 = Math.max(0, best.from - marginPx);
  const y0 = Math.max(0, top - marginPx);
  const x1 = Math.min(width, best.to + 1 + marginPx);
  const y1 = Math.min(height, bottom + 1 + marginPx);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export function subImage(image: GreyImage, rect: PixelRect): GreyImage {
  const data = new Uint8Array(rect.width * rect.height);
  for (let y = 0; y < rect.height; y++) data.set(image.data.subarray((rect.y + y) * image.width + rect.x, (rect.y + y) * image.width + rect.x + rect.width), y * rect.width);
  return { width: rect.width, height: rect.height, data };
}

/** Enlargement of the 'large' variant. */
export const LARGE = 1.5;

/**
 * PNG for the recogniser, with a white margin (tesseract reads poorly at the very edge); 'large' is
 * enlarged 1.5× (margin included), 'thin' has dark strokes narrowed by a pixel (a 3×3 maximum filter).
 */
export function encodePng(image: GreyImage, margin: number, variant: 'plain' | 'large' | 'thin' = 'plain'): Promise<Buffer> {
  let pipeline = sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.length), { raw: { width: image.width, height: image.height, channels: 1 } });
  let pad = margin;
  if (variant === 'large') {
    pipeline = pipeline.resize({ width: Math.round(image.width * LARGE), height: Math.round(image.height * LARGE), kernel: 'cubic' });
    pad = Math.round(margin * LARGE);
  }
  if (variant === 'thin') pipeline = pipeline.dilate(1);
  return pipeline
    .extend({ top: pad, bottom: pad, left: pad, right: pad, background: { r: 255, g: 255, b: 255 } })
    .toColourspace('b-w')
    .png({ compressionLevel: 1 })
    .toBuffer();
}
