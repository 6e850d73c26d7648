/**
 * Windows bitmaps (sharp has no BMP loader): uncompressed 1/4/8-bit palette, 24-bit and 32-bit, to
 * greyscale. Throws BmpError for anything else or for data that ends too early.
 */
export class BmpError extends Error {
  constructor(message: string, readonly kind: 'truncated' | 'unsupported' | 'damaged') {
    super(message);
    this.name = 'BmpError';
  }
}

export interface BmpHeader {
  width: number;
  height: number;
}

export function bmpHeader(bytes: Buffer): BmpHeader {
  if (bytes.length < 26) throw new BmpError('header cut short', 'truncated');
  const headerSize = bytes.readUInt32LE(14);
  if (headerSize < 40 || bytes.length < 14 + headerSize) throw new BmpError(`header of ${headerSize} bytes`, headerSize < 40 ? 'unsupported' : 'truncated');
  return { width: bytes.readInt32LE(18), height: Math.abs(bytes.readInt32LE(22)) };
}

const luma = (r: number, g: number, b: number) => Math.round(0.299 * r + 0.587 * g + 0.114 * b);

export function decodeBmp(bytes: Buffer): { width: number; height: number; data: Buffer } {
  const { width, height } = bmpHeader(bytes);
  const topDown = bytes.readInt32LE(22) < 0;
  const offset = bytes.readUInt32LE(10);
  const headerSize = bytes.readUInt32LE(14);
  const bits = bytes.readUInt16LE(28);
  const compression = bytes.readUInt32LE(30);
  if (width <= 0 || height <= 0) throw new BmpError(`size ${width}×${height}`, 'damaged');
  if (!(compression === 0 || (compression === 3 && bits === 32))) throw new BmpError(`compression ${compression}`, 'unsupported');
  if (![1, 4, 8, 24, 32].includes(bits)) throw new BmpError(`${bits} bits per pixel`, 'unsupported');
  const stride = Math.ceil((width * bits) / 32) * 4;
  if (offset + stride * height > bytes.length) throw new BmpError('pixel data cut short', 'truncated');
  let palette: number[] = [];
  if (bits <= 8) {
    const colours = bytes.readUInt32LE(46) || 1 << bits;
    const start = 14 + headerSize;
    palette = Array.from({ length: colours }, (_, i) => luma(bytes[start + i * 4 + 2]!, bytes[start + i * 4 + 1]!, bytes[start + i * 4]!));
  }
  const data = Buffer.alloc(width * height);
  for (let row = 0; row < height; row++) {
    const source = offset + (topDown ? row : height - 1 - row) * stride;
    for (let x = 0; x < width; x++) {
      let value: number;
      if (bits === 24 || bits === 32) {
        const p = source + x * (bits / 8);
        value = luma(bytes[p + 2]!, bytes[p + 1]!, bytes[p]!);
      } else {
        const bit = x * bits;
        const index = (bytes[source + (bit >> 3)]! >> (8 - bits - (bit & 7))) & ((1 << bits) - 1);
        value = palette[index] ?? 0;
      }
      data[row * width + x] = value;
    }
  }
  return { width, height, data };
}
