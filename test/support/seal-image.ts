/**
 * A test company seal drawn with sharp from an SVG: a red ring, 某某公司 along the top arc and a star
 * in the middle. The characters are glyph outlines from the app's own font (fontkit), so the image
 * is the same on every machine, with or without CJK system fonts.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

interface Glyph {
  path: { toSVG(): string };
}
// fontkit 2 ships no type declarations: the one call used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fontkit = require('fontkit') as { create(bytes: Uint8Array): { unitsPerEm: number; glyphForCodePoint(codePoint: number): Glyph } };

const RED = '#d0201b';
const VIEW = 400;

function boldFont() {
  const folder = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  return fontkit.create(new Uint8Array(fs.readFileSync(path.join(folder, 'NotoSansHans-Bold.otf'))));
}

function star(cx: number, cy: number, outer: number): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : outer * 0.382;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    return `${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`;
  });
  return `<polygon points="${points.join(' ')}" fill="${RED}"/>`;
}

/** The seal's SVG elements in a 400 × 400 box: ring, text on the upper arc, star. */
function sealElements(text: string): string {
  const font = boldFont();
  const size = 74;
  const scale = size / font.unitsPerEm;
  const chars = [...text];
  const spread = 110; // degrees the text spans
  const glyphs = chars.map((char, i) => {
    const degrees = chars.length === 1 ? 0 : -spread / 2 + (spread * i) / (chars.length - 1);
    const angle = (degrees * Math.PI) / 180;
    const x = VIEW / 2 + 128 * Math.sin(angle);
    const y = VIEW / 2 - 128 * Math.cos(angle);
    const outline = font.glyphForCodePoint(char.codePointAt(0)!).path.toSVG();
    // Font units are y-up: flip, then centre the em box on (x, y) and turn it with the arc.
    return `<path fill="${RED}" transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) rotate(${degrees.toFixed(1)}) translate(${-size / 2} ${size * 0.38}) scale(${scale} ${-scale})" d="${outline}"/>`;
  });
  return `<circle cx="200" cy="200" r="186" fill="none" stroke="${RED}" stroke-width="14"/>${star(200, 215, 62)}${glyphs.join('')}`;
}

/**
 * The seal as a transparent PNG of `side` pixels, or as a scan: a JPEG (or opaque PNG) of the seal
 * stamped on white paper, off-centre, with room around it (the core must trim it and clear the paper).
 */
export async function sealImage(options: { text?: string; side?: number; on?: 'transparent' | 'paper'; format?: 'png' | 'jpeg' } = {}): Promise<Buffer> {
  const { text = '某某公司', side = 400, on = 'transparent', format = 'png' } = options;
  const seal = `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}" viewBox="0 0 ${VIEW} ${VIEW}">${sealElements(text)}</svg>`;
  if (on === 'transparent') return sharp(Buffer.from(seal)).png().toBuffer();
  // A sheet of slightly grey paper with the seal towards its lower right, as a scanner returns it.
  const paper = { width: Math.round(side * 1.6), height: Math.round(side * 1.35) };
  const sheet = sharp({ create: { width: paper.width, height: paper.height, channels: 3, background: '#f7f6f2' } }).composite([
    { input: await sharp(Buffer.from(seal)).png().toBuffer(), left: Math.round(side * 0.45), top: Math.round(side * 0.25) },
  ]);
  return format === 'jpeg' ? sheet.jpeg({ quality: 88 }).toBuffer() : sheet.png().toBuffer();
}
