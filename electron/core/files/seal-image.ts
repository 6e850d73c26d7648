/**
 * The enterprise's seal image, checked and normalised before it is kept: PNG or JPEG by content,
 * at most 2 MB and 2000 × 2000 px; a scan on white paper loses its paper (near-white becomes
 * transparent), then the image is trimmed to the seal and scaled to at most 600 px, as a PNG.
 */
import sharp from 'sharp';
import { fail } from '../../../shared/contract/errors';
import { SEAL_LIMITS } from '../../../shared/contract/seal';
import { mediaTypeOf } from './media-type';

export interface NormalisedSeal {
  png: Buffer;
  width: number;
  height: number;
}

/** Lightness (the darkest channel) at and above which paper is fully transparent; below LOW it is ink. */
const PAPER = { low: 200, high: 235 } as const;
/** An image whose border is mostly this light is taken for a scan on white paper. */
const WHITE_BORDER = 200;
/** Pixels at least this opaque count as the seal when trimming (a faint speck of dust does not). */
const INK_ALPHA = 64;

export async function normaliseSeal(bytes: Buffer, fileName: string): Promise<NormalisedSeal> {
  if (bytes.length === 0) fail('SEAL_IMAGE_UNREADABLE', { file: fileName, reason: { key: 'seal.reason.damaged' } });
  if (bytes.length > SEAL_LIMITS.maxBytes) {
    fail('SEAL_IMAGE_TOO_LARGE', { file: fileName, actual: `${(bytes.length / 1048576).toFixed(1)} MB`, max: `${SEAL_LIMITS.maxBytes / 1048576} MB` });
  }
  const type = mediaTypeOf(bytes);
  if (type !== 'image/png' && type !== 'image/jpeg') fail('SEAL_IMAGE_UNSUPPORTED', { file: fileName });

  // The header alone gives the size: a small file claiming huge dimensions (a decompression bomb) is refused before any decoder sees it.
  const declared = declaredSize(bytes);
  if (declared && (declared.width > SEAL_LIMITS.maxSide || declared.height > SEAL_LIMITS.maxSide)) tooManyPixels(fileName, declared.width, declared.height);
  const meta = await sharp(bytes)
    .metadata()
    .catch(() => fail('SEAL_IMAGE_UNREADABLE', { file: fileName, reason: { key: 'seal.reason.damaged' } }));
  if (!meta.width || !meta.height) fail('SEAL_IMAGE_UNREADABLE', { file: fileName, reason: { key: 'seal.reason.damaged' } });
  if (meta.width > SEAL_LIMITS.maxSide || meta.height > SEAL_LIMITS.maxSide) tooManyPixels(fileName, meta.width, meta.height);

  const { data, info } = await sharp(bytes, { failOn: 'truncated', limitInputPixels: SEAL_LIMITS.maxSide * SEAL_LIMITS.maxSide })
    .autoOrient()
    .toColourspace('srgb')
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
    .catch(() => fail('SEAL_IMAGE_UNREADABLE', { file: fileName, reason: { key: 'seal.reason.damaged' } }));
  const { width, height } = info;
  if (!hasTransparency(data) && borderLightness(data, width, height) >= WHITE_BORDER) clearPaper(data);

  const box = inkBox(data, width, height) ?? fail('SEAL_IMAGE_UNREADABLE', { file: fileName, reason: { key: 'seal.reason.blank' } });
  const { data: png, info: out } = await sharp(data, { raw: { width, height, channels: 4 } })
    .extract(box)
    .resize({ width: SEAL_LIMITS.storedMaxSide, height: SEAL_LIMITS.storedMaxSide, fit: 'inside', withoutEnlargement: true })
    .png({ compressionLevel: 9 })
    .toBuffer({ resolveWithObject: true });
  return { png, width: out.width, height: out.height };
}

function tooManyPixels(fileName: string, width: number, height: number): never {
  return fail('SEAL_IMAGE_TOO_LARGE', { file: fileName, actual: `${width} × ${height} px`, max: `${SEAL_LIMITS.maxSide} × ${SEAL_LIMITS.maxSide} px` });
}

/** Width and height as a PNG's IHDR or a JPEG's frame header states them; null if not found. */
export function declaredSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length >= 24 && bytes.toString('latin1', 12, 16) === 'IHDR') return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let pos = 2;
  while (pos + 9 < bytes.length && bytes[pos] === 0xff) {
    const marker = bytes[pos + 1]!;
    // Start-of-frame markers (not DHT, JPG or DAC, which share the range) hold the size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { width: bytes.readUInt16BE(pos + 7), height: bytes.readUInt16BE(pos + 5) };
    pos += 2 + bytes.readUInt16BE(pos + 2);
  }
  return null;
}

function hasTransparency(rgba: Buffer): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i]! < 250) return true;
  return false;
}

const lightness = (rgba: Buffer, i: number) => Math.min(rgba[i]!, rgba[i + 1]!, rgba[i + 2]!);

/** The median lightness of the outermost pixels: the paper's, on a scan. */
function borderLightness(rgba: Buffer, width: number, height: number): number {
  const values: number[] = [];
  for (let x = 0; x < width; x++) values.push(lightness(rgba, x * 4), lightness(rgba, ((height - 1) * width + x) * 4));
  for (let y = 0; y < height; y++) values.push(lightness(rgba, y * width * 4), lightness(rgba, (y * width + width - 1) * 4));
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)]!;
}

/** Near-white becomes transparent, with a ramp between LOW and HIGH so the seal's edge stays smooth. */
function clearPaper(rgba: Buffer): void {
  for (let i = 0; i < rgba.length; i += 4) {
    const value = lightness(rgba, i);
    if (value <= PAPER.low) continue;
    rgba[i + 3] = value >= PAPER.high ? 0 : Math.round((255 * (PAPER.high - value)) / (PAPER.high - PAPER.low));
  }
}

/** The smallest box holding every inked pixel, or null if there is none. */
function inkBox(rgba: Buffer, width: number, height: number): { left: number; top: number; width: number; height: number } | null {
  let left = width;
  let right = -1;
  let top = height;
  let bottom = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (rgba[(y * width + x) * 4 + 3]! < INK_ALPHA) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
  }
  return right < 0 ? null : { left, top, width: right - left + 1, height: bottom - top + 1 };
}
