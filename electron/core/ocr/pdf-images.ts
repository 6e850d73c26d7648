/**
 * The page images inside a scanner's PDF, without rendering: each page's largest image XObject.
 * DCTDecode streams are the scanner's JPEG as it was; Flate streams are raw 8-bit grey or RGB (or
 * 1-bit) pixels. Encrypted PDFs are refused, as are other codecs (JPEG 2000, CCITT, JBIG2).
 */
import zlib from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef } from 'pdf-lib';

export type PdfPageImage =
  | { kind: 'encoded'; bytes: Buffer }
  | { kind: 'raw'; data: Buffer; width: number; height: number; channels: 1 | 3 };

export class PdfImageError extends Error {
  constructor(readonly kind: 'encrypted' | 'damaged' | 'noImage' | 'codec' | 'tooLarge', detail: string) {
    super(detail);
    this.name = 'PdfImageError';
  }
}

function filterOf(dict: PDFDict): string {
  const filter = dict.lookup(PDFName.of('Filter'));
  if (filter instanceof PDFName) return filter.decodeText();
  if (filter instanceof PDFArray && filter.size() > 0) return filter.asArray().map((f) => (f instanceof PDFName ? f.decodeText() : '?')).join('+');
  return 'none';
}

function numberOf(dict: PDFDict, key: string): number {
  const value = dict.lookup(PDFName.of(key));
  return value instanceof PDFNumber ? value.asNumber() : 0;
}

function channelsOf(dict: PDFDict): 1 | 3 | null {
  const space = dict.lookup(PDFName.of('ColorSpace'));
  if (space instanceof PDFName) return space.decodeText() === 'DeviceGray' ? 1 : space.decodeText() === 'DeviceRGB' ? 3 : null;
  // [/ICCBased stream]: the profile's N says how many components.
  if (space instanceof PDFArray && space.size() === 2) {
    const profile = space.lookup(1);
    const n = profile instanceof PDFRawStream ? numberOf(profile.dict, 'N') : 0;
    return n === 1 ? 1 : n === 3 ? 3 : null;
  }
  return null;
}

/** Undoes PNG row filters (Predictor ≥ 10): each row starts with its filter type. */
function unpredict(data: Buffer, rowBytes: number, bytesPerPixel: number, rows: number): Buffer {
  const out = Buffer.alloc(rowBytes * rows);
  for (let y = 0; y < rows; y++) {
    const type = data[y * (rowBytes + 1)]!;
    const source = y * (rowBytes + 1) + 1;
    const row = y * rowBytes;
    for (let x = 0; x < rowBytes; x++) {
      const left = x >= bytesPerPixel ? out[row + x - bytesPerPixel]! : 0;
      const up = y > 0 ? out[row - rowBytes + x]! : 0;
      const upLeft = y > 0 && x >= bytesPerPixel ? out[row - rowBytes + x - bytesPerPixel]! : 0;
      let predicted = 0;
      if (type === 1) predicted = left;
      else if (type === 2) predicted = up;
      else if (type === 3) predicted = (left + up) >> 1;
      else if (type === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      out[row + x] = (data[source + x]! + predicted) & 255;
    }
  }
  return out;
}

/** Raw Flate pixels to 8 bits per sample. */
function rawPixels(stream: PDFRawStream, width: number, height: number): PdfPageImage {
  const bits = numberOf(stream.dict, 'BitsPerComponent');
  const channels = channelsOf(stream.dict);
  if (!channels || (bits !== 8 && !(bits === 1 && channels === 1))) throw new PdfImageError('codec', `FlateDecode ${bits}-bit`);
  let decoded: Buffer;
  try {
    decoded = filterOf(stream.dict) === 'none' ? Buffer.from(stream.contents) : zlib.inflateSync(stream.contents);
  } catch {
    throw new PdfImageError('damaged', 'image data cannot be inflated');
  }
  const parms = stream.dict.lookup(PDFName.of('DecodeParms'));
  const rowBytes = Math.ceil((width * channels * bits) / 8);
  if (parms instanceof PDFDict && numberOf(parms, 'Predictor') >= 10) {
    if (decoded.length < (rowBytes + 1) * height) throw new PdfImageError('damaged', 'image data cut short');
    decoded = unpredict(decoded, rowBytes, Math.max(1, (channels * bits) >> 3), height);
  }
  if (bits === 8) {
    if (decoded.length < width * height * channels) throw new PdfImageError('damaged', 'image data cut short');
    return { kind: 'raw', data: decoded.subarray(0, width * height * channels), width, height, channels };
  }
  const stride = Math.ceil(width / 8);
  if (decoded.length < stride * height) throw new PdfImageError('damaged', 'image data cut short');
  const data = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = (decoded[y * stride + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
  return { kind: 'raw', data, width, height, channels: 1 };
}

export async function pdfPageImages(bytes: Buffer, maxPages: number, maxPixels: number): Promise<PdfPageImage[]> {
  let document: PDFDocument;
  try {
    // Loaded with encryption ignored, then asked: pdf-lib's EncryptedPDFError fails instanceof (ES5 classes).
    document = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  } catch (error) {
    throw new PdfImageError('damaged', error instanceof Error ? error.message.slice(0, 120) : String(error));
  }
  if (document.isEncrypted) throw new PdfImageError('encrypted', 'encrypted');
  const images: PdfPageImage[] = [];
  for (const page of document.getPages().slice(0, maxPages)) {
    const xObjects = page.node.Resources()?.lookup(PDFName.of('XObject'));
    if (!(xObjects instanceof PDFDict)) continue;
    let best: { stream: PDFRawStream; width: number; height: number } | null = null;
    for (const [, ref] of xObjects.entries()) {
      const stream = ref instanceof PDFRef ? document.context.lookup(ref) : ref;
      if (!(stream instanceof PDFRawStream)) continue;
      if (stream.dict.lookup(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
      const width = numberOf(stream.dict, 'Width');
      const height = numberOf(stream.dict, 'Height');
      if (!best || width * height > best.width * best.height) best = { stream, width, height };
    }
    if (!best) continue;
    if (best.width * best.height > maxPixels) throw new PdfImageError('tooLarge', `${best.width}×${best.height}`);
    const filter = filterOf(best.stream.dict);
    if (filter === 'DCTDecode') images.push({ kind: 'encoded', bytes: Buffer.from(best.stream.contents) });
    else if (filter === 'FlateDecode' || filter === 'none') images.push(rawPixels(best.stream, best.width, best.height));
    else throw new PdfImageError('codec', filter);
  }
  if (images.length === 0) throw new PdfImageError('noImage', 'no page image');
  return images;
}
