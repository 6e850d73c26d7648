import { crc32 } from 'node:zlib';

/**
 * A tiny PNG that only claims a size (signature, IHDR, IEND; no pixels): a decompression bomb's disguise.
 * `validCrc` makes the header itself correct, so only the claim is absurd.
 */
export function pngClaiming(width: number, height: number, { colourType = 2, validCrc = false }: { colourType?: 2 | 6; validCrc?: boolean } = {}): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.writeUInt8(8, 16);
  ihdr.writeUInt8(colourType, 17);
  if (validCrc) ihdr.writeUInt32BE(crc32(ihdr.subarray(4, 21)), 21);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr, Buffer.from('\0\0\0\0IEND\xaeB`\x82', 'latin1')]);
}
