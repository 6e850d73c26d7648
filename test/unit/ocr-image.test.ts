import { describe, expect, it } from 'vitest';
import { BmpError, decodeBmp } from '../../electron/core/ocr/bmp';
import { cleanCrop, inkBounds } from '../../electron/core/ocr/crops';
import { blobCorners, blobs, tableCandidates } from '../../electron/core/ocr/frame-detect';
import { sniffFormat } from '../../electron/core/ocr/input-files';
import { placePage } from '../../electron/core/ocr/page-placement';
import { readingsFor, settled } from '../../electron/core/ocr/read-regions';
import { applyHomography, homographyFrom, invertHomography, type Point } from '../../shared/ocr/homography';
import { gridRules, LAYOUTS } from '../../shared/ocr/layout';
import type { CertificatePageType } from '../../shared/ocr/types';

/** A binary mask of a page's grid, `pxPerMm`, turned by `degrees` about the frame's middle. */
function gridMask(pageType: CertificatePageType, degrees: number, pxPerMm = 5) {
  const layout = LAYOUTS[pageType];
  const width = 1200;
  const height = 1400;
  const data = new Uint8Array(width * height);
  const angle = (degrees * Math.PI) / 180;
  const { width: fw, height: fh } = layout.frame;
  const toImage = (p: Point) => {
    const x = (p.x - fw / 2) * pxPerMm;
    const y = (p.y - fh / 2) * pxPerMm;
    return { x: width / 2 + x * Math.cos(angle) - y * Math.sin(angle), y: height / 2 + x * Math.sin(angle) + y * Math.cos(angle) };
  };
  for (const rule of gridRules(layout)) {
    for (let t = rule.from; t <= rule.to; t += 0.05) {
      for (const d of [-0.15, 0, 0.15]) {
        const p = toImage(rule.orientation === 'h' ? { x: t, y: rule.at + d } : { x: rule.at + d, y: t });
        data[Math.round(p.y) * width + Math.round(p.x)] = 1;
      }
    }
  }
  return { width, height, data };
}

function locate(pageType: CertificatePageType, degrees: number) {
  const mask = gridMask(pageType, degrees);
  const [table] = tableCandidates(blobs(mask.data, mask.width, mask.height), mask.width, mask.height);
  expect(table).toBeDefined();
  return placePage(mask, blobCorners(table!)!)!;
}

describe('finding the certificate table on an image', () => {
  it.each([
    ['registration', 0],
    ['vehicle', 2.5],
    ['vehicle', -3],
    ['registration', 178],
    ['vehicle', 90],
    ['registration', -90],
  ] as const)('%s page turned %f°: page type, turn and skew', (pageType, degrees) => {
    const placement = locate(pageType, degrees);
    expect(placement.pageType).toBe(pageType);
    expect(placement.score).toBeGreaterThan(0.9);
    expect((placement.quarterTurns + placement.skew + 360) % 360).toBeCloseTo((degrees + 360) % 360, 0);
  });

  it('maps the layout onto the table within a pixel', () => {
    const placement = locate('vehicle', 1.5);
    const corner = applyHomography(placement.toImage, { x: 0, y: 0 });
    const angle = (1.5 * Math.PI) / 180;
    const [x, y] = [(-161 / 2) * 5, (-198 / 2) * 5];
    expect(corner.x).toBeCloseTo(600 + x * Math.cos(angle) - y * Math.sin(angle), -0.3);
    expect(corner.y).toBeCloseTo(700 + x * Math.sin(angle) + y * Math.cos(angle), -0.3);
  });

  it('homographies invert', () => {
    const h = homographyFrom(
      [{ x: 0, y: 0 }, { x: 161, y: 0 }, { x: 161, y: 198 }, { x: 0, y: 198 }],
      [{ x: 103, y: 87 }, { x: 1980, y: 120 }, { x: 2010, y: 2400 }, { x: 90, y: 2350 }],
    )!;
    const back = applyHomography(invertHomography(h)!, applyHomography(h, { x: 40, y: 77 }));
    expect(back.x).toBeCloseTo(40, 6);
    expect(back.y).toBeCloseTo(77, 6);
  });
});

/** A grey crop: white, with dark rectangles. */
function crop(width: number, height: number, dark: Array<[number, number, number, number]>) {
  const data = new Uint8Array(width * height).fill(245);
  for (const [x0, y0, x1, y1] of dark) for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * width + x] = 20;
  return { width, height, data };
}

describe('cleaning a cell crop', () => {
  it('erases the grid rules but keeps a stroke that crosses one', () => {
    // A horizontal rule at y 10–12, a vertical rule at x 3–5, a letter-like stroke crossing the rule at x 60–64.
    const image = crop(200, 60, [[0, 10, 200, 13], [3, 0, 6, 60], [60, 4, 64, 40], [80, 25, 110, 40]]);
    const { image: clean } = cleanCrop(
      image,
      [{ orientation: 'h', at: 11, from: 0, to: 199 }, { orientation: 'v', at: 4, from: 0, to: 59 }],
      10,
    );
    const at = (x: number, y: number) => clean.data[y * clean.width + x]!;
    expect(at(150, 11)).toBeGreaterThan(200); // rule gone
    expect(at(4, 30)).toBeGreaterThan(200); // vertical rule gone
    expect(at(62, 11)).toBeLessThan(60); // crossing stroke kept
    expect(at(90, 30)).toBeLessThan(60); // text kept
  });

  it('a cell with rules only has no ink left', () => {
    const { ink } = cleanCrop(crop(200, 60, [[0, 10, 200, 13], [0, 50, 200, 53]]), [{ orientation: 'h', at: 11, from: 0, to: 199 }, { orientation: 'h', at: 51, from: 0, to: 199 }], 10);
    expect(ink).toBeLessThan(10);
  });

  it('finds the text and leaves a speck far away out', () => {
    const image = crop(400, 60, [[20, 20, 120, 50], [390, 5, 393, 8]]);
    expect(inkBounds(image, 60, 36, 5)).toEqual({ x: 15, y: 15, width: 110, height: 40 });
    expect(inkBounds(crop(100, 40, []), 60, 36, 5)).toBeNull();
  });
});

describe('how cells are read', () => {
  it.each([
    ['vin', ['eng', 'chi_sim', 'eng'], [1, 1, 2]],
    ['model', ['eng', 'chi_sim', 'eng'], [1, 1, 2]],
    ['entry3.date', ['eng', 'eng'], [1, 2]],
    ['brand', ['chi_sim'], [1]],
    ['entry2.plate', ['chi_sim'], [1]],
  ] as const)('%s', (slot, lanes, rounds) => {
    const readings = readingsFor(slot);
    expect(readings.map((r) => r.lane)).toEqual(lanes);
    expect(readings.map((r) => r.round)).toEqual(rounds);
  });

  const words = (text: string, confidence = 90) => [{ text, confidence, x0: 0, y0: 0, x1: 100, y1: 30 }];
  it.each([
    ['vin', [words('LS5TFL5E6JB876348'), words('LS5TFL5E6JB876348')], true],
    ['vin', [words('LS5TFL5E6JB876348'), words('LSSTFL5E6JB876348')], false],
    ['vin', [words('LS5TFL5E6JB876341'), words('LS5TFL5E6JB876341')], false],
    ['issueDate', [words('2021-03-15')], true],
    ['issueDate', [words('2021-03-15', 0)], false],
    ['issueDate', [words('2021-02-30')], false],
    ['brand', [words('大众汽车')], true],
  ] as const)('%s settled by %j: %s', (slot, readings, expected) => {
    expect(settled(slot, readings.map((r) => [...r]))).toBe(expected);
  });
});

describe('input files', () => {
  it.each([
    [[0xff, 0xd8, 0xff, 0xe0], 'jpeg'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], 'png'],
    [[0x49, 0x49, 0x2a, 0x00], 'tiff'],
    [[0x4d, 0x4d, 0x00, 0x2a], 'tiff'],
    [[0x42, 0x4d, 0, 0], 'bmp'],
    [[...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBP')], 'webp'],
    [[...Buffer.from('%PDF-1.7')], 'pdf'],
    [[...Buffer.from('hello, world')], null],
  ])('%j is %s', (bytes, format) => {
    expect(sniffFormat(Buffer.from(bytes))).toBe(format);
  });

  /** A bottom-up 24-bit BMP of 2×2 pixels: black, white / red, blue. */
  function bmp24(): Buffer {
    const stride = 8;
    const header = Buffer.alloc(54);
    header.write('BM', 0, 'latin1');
    header.writeUInt32LE(54 + stride * 2, 2);
    header.writeUInt32LE(54, 10);
    header.writeUInt32LE(40, 14);
    header.writeInt32LE(2, 18);
    header.writeInt32LE(2, 22);
    header.writeUInt16LE(1, 26);
    header.writeUInt16LE(24, 28);
    // Rows bottom-up, BGR: bottom row red, blue; top row black, white.
    const pixels = Buffer.from([0, 0, 255, 255, 0, 0, 0, 0, 0, 0, 0, 255, 255, 255, 0, 0]);
    return Buffer.concat([header, pixels]);
  }

  it('decodes an uncompressed 24-bit BMP to grey, top row first', () => {
    expect([...decodeBmp(bmp24()).data]).toEqual([0, 255, 76, 29]);
  });

  it('refuses a BMP whose pixel data is cut short', () => {
    expect(() => decodeBmp(bmp24().subarray(0, 60))).toThrow(BmpError);
  });
});
