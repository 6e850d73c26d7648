/**
 * From a dropped file to greyscale page images: format by content (not by name), size and pixel
 * limits checked on the header before anything is decoded, EXIF orientation applied, big images
 * shrunk while decoding. Every refusal is a typed error naming the file.
 */
import sharp from 'sharp';
import { AppFailure } from '../../../shared/contract/errors';
import { BmpError, bmpHeader, decodeBmp } from './bmp';
import type { GreyImage } from './grey-image';
import { tooLarge, unreadable, unsupported } from './ocr-errors';
import { PdfImageError, pdfPageImages } from './pdf-images';

export interface InputLimits {
  maxBytes: number;
  /** Decoded pixels per image; 120 MP covers a 600-DPI scan of an opened booklet. */
  maxPixels: number;
  /** Longest side kept for OCR; larger images are shrunk while decoding. */
  maxSide: number;
  maxPages: number;
}

export const DEFAULT_LIMITS: InputLimits = { maxBytes: 100 * 1024 * 1024, maxPixels: 120_000_000, maxSide: 4200, maxPages: 8 };

export interface PageImage {
  file: string;
  /** The image as a viewer shows it (EXIF orientation applied), in pixels. */
  width: number;
  height: number;
  grey: GreyImage;
  /** Working pixels per displayed pixel (≤ 1). */
  scale: number;
}

type Format = 'jpeg' | 'png' | 'tiff' | 'bmp' | 'webp' | 'pdf';

export function sniffFormat(bytes: Buffer): Format | null {
  const ascii = (start: number, text: string) => bytes.subarray(start, start + text.length).toString('latin1') === text;
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(0, '\x89PNG')) return 'png';
  if (ascii(0, 'II*\0') || ascii(0, 'MM\0*')) return 'tiff';
  if (ascii(0, 'BM')) return 'bmp';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
  if (bytes.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  return null;
}

type SharpInput = Buffer | { data: Buffer; width: number; height: number; channels: 1 | 3 };

function failureFrom(file: string, error: unknown): AppFailure {
  if (error instanceof AppFailure) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/premature end|truncated|unexpected end|not enough data|end of (stream|file)|short read/i.test(message)) return unreadable(file, 'ocr.reason.truncated');
  if (/unsupported image format/i.test(message)) return unsupported(file, 'ocr.expected.image');
  return unreadable(file, 'ocr.reason.damaged', { detail: message.split('\n')[0]!.slice(0, 120) });
}

export interface DecodeOptions {
  /** Keep only the red channel: a red seal's ink turns to paper, black and blue print stays dark. */
  dropRed?: boolean;
}

async function toGrey(file: string, input: SharpInput, limits: InputLimits, page?: number, options: DecodeOptions = {}): Promise<PageImage> {
  const open = (limitInputPixels: number | false = limits.maxPixels) =>
    Buffer.isBuffer(input)
      ? sharp(input, { limitInputPixels, failOn: 'truncated', page })
      : sharp(input.data, { raw: { width: input.width, height: input.height, channels: input.channels } });
  // The header alone first (no pixel limit: nothing is decoded), to refuse a bomb by its size.
  const meta = await open(false).metadata();
  const rawWidth = meta.width ?? 0;
  const rawHeight = meta.height ?? 0;
  if (rawWidth * rawHeight > limits.maxPixels) {
    throw unreadable(file, 'ocr.reason.tooManyPixels', { width: rawWidth, height: rawHeight, limit: Math.round(limits.maxPixels / 1e6) });
  }
  const swapped = (meta.orientation ?? 1) >= 5;
  const width = swapped ? rawHeight : rawWidth;
  const height = swapped ? rawWidth : rawHeight;
  const resized = open()
    .rotate()
    .flatten({ background: '#ffffff' })
    .resize({ width: limits.maxSide, height: limits.maxSide, fit: 'inside', withoutEnlargement: true });
  const { data, info } = await (options.dropRed ? resized.extractChannel(0) : resized.greyscale().toColourspace('b-w')).raw().toBuffer({ resolveWithObject: true });
  const grey = info.channels === 1 ? data : extractFirst(data, info.channels);
  return { file, width, height, grey: { width: info.width, height: info.height, data: grey }, scale: info.width / width };
}

function extractFirst(data: Buffer, channels: number): Buffer {
  const out = Buffer.alloc(data.length / channels);
  for (let i = 0; i < out.length; i++) out[i] = data[i * channels]!;
  return out;
}

/** Every page image in a file (a PDF or a multi-page TIFF may hold several). */
export async function decodeFile(file: string, bytes: Buffer, limits: InputLimits = DEFAULT_LIMITS, options: DecodeOptions = {}): Promise<PageImage[]> {
  if (bytes.length === 0) throw unreadable(file, 'ocr.reason.empty');
  if (bytes.length > limits.maxBytes) throw tooLarge(file, bytes.length, limits.maxBytes);
  const format = sniffFormat(bytes);
  if (!format) throw unsupported(file, 'ocr.expected.image');
  try {
    if (format === 'pdf') {
      const images = await pdfPageImages(bytes, limits.maxPages, limits.maxPixels);
      const pages: PageImage[] = [];
      for (const image of images) pages.push(await toGrey(file, image.kind === 'encoded' ? image.bytes : image, limits, undefined, options));
      return pages;
    }
    if (format === 'bmp') {
      const header = bmpHeader(bytes);
      if (header.width * header.height > limits.maxPixels) {
        throw unreadable(file, 'ocr.reason.tooManyPixels', { width: header.width, height: header.height, limit: Math.round(limits.maxPixels / 1e6) });
      }
      return [await toGrey(file, { ...decodeBmp(bytes), channels: 1 }, limits, undefined, options)];
    }
    if (format === 'tiff') {
      const pages = Math.min((await sharp(bytes, { limitInputPixels: false }).metadata()).pages ?? 1, limits.maxPages);
      const out: PageImage[] = [];
      for (let page = 0; page < pages; page++) out.push(await toGrey(file, bytes, limits, page, options));
      return out;
    }
    return [await toGrey(file, bytes, limits, undefined, options)];
  } catch (error) {
    if (error instanceof PdfImageError) {
      if (error.kind === 'encrypted') throw unreadable(file, 'ocr.reason.pdfEncrypted');
      if (error.kind === 'noImage') throw unsupported(file, 'ocr.expected.pdfScan');
      if (error.kind === 'tooLarge') {
        const [width, height] = error.message.split('×');
        throw unreadable(file, 'ocr.reason.tooManyPixels', { width: width!, height: height!, limit: Math.round(limits.maxPixels / 1e6) });
      }
      if (error.kind === 'codec') throw unsupported(file, 'ocr.expected.pdfImage', { filter: error.message });
      throw unreadable(file, 'ocr.reason.pdfDamaged', { detail: error.message });
    }
    if (error instanceof BmpError) {
      if (error.kind === 'truncated') throw unreadable(file, 'ocr.reason.truncated');
      if (error.kind === 'unsupported') throw unsupported(file, 'ocr.expected.image');
      throw unreadable(file, 'ocr.reason.damaged', { detail: error.message });
    }
    throw failureFrom(file, error);
  }
}
