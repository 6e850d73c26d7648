/**
 * poppler-utils on PDF bytes: text (pdftotext), fonts (pdffonts), page count (pdfinfo) and page
 * renders (pdftoppm), each run in a temp folder that is removed afterwards. pdftotext proves the
 * text layer only; renders prove the glyphs.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { DocumentVehicle } from '../../electron/core/pdf/inputs';
import { testVin } from './vins';

function withPdf<T>(bytes: Uint8Array, run: (file: string, folder: string) => T): T {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-pdf-'));
  try {
    const file = path.join(folder, 'doc.pdf');
    fs.writeFileSync(file, bytes);
    return run(file, folder);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** The text of the document, or of pages first..last (1-based); `layout` keeps columns apart. */
export function pdfText(bytes: Uint8Array, options: { first?: number; last?: number; layout?: boolean } = {}): string {
  return withPdf(bytes, (file) => {
    const args = [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8'];
    if (options.first) args.push('-f', String(options.first));
    if (options.last) args.push('-l', String(options.last));
    return run('pdftotext', [...args, file, '-']);
  });
}

/** The text of each page, in order (pages are split by pdftotext's form feeds). */
export function pdfPageTexts(bytes: Uint8Array): string[] {
  const pages = pdfText(bytes).split('\f');
  if (pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

export function pdfPageCount(bytes: Uint8Array): number {
  const info = withPdf(bytes, (file) => run('pdfinfo', [file]));
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

export interface PdfFontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

export function pdfFonts(bytes: Uint8Array): PdfFontRow[] {
  const out = withPdf(bytes, (file) => run('pdffonts', [file]));
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      // name type… encoding emb sub uni object ID: read the yes/no flags from the right.
      const parts = line.trim().split(/\s+/);
      const [emb, sub, uni] = parts.slice(-5, -2);
      return { name: parts[0]!, type: parts.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
    });
}

/** One page rendered to PNG bytes at `dpi`. */
export function renderPage(bytes: Uint8Array, page = 1, dpi = 50): Buffer {
  return withPdf(bytes, (file, folder) => {
    const prefix = path.join(folder, 'page');
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
    return fs.readFileSync(`${prefix}.png`);
  });
}

export interface ImageDifference {
  /** Share of pixels whose grey level differs by more than the threshold. */
  ratio: number;
  sameSize: boolean;
}

/** Compares two PNGs as grey pixels: how many differ by more than `threshold` levels (0–255). */
export async function comparePngs(actual: Buffer, expected: Buffer, threshold = 48): Promise<ImageDifference> {
  const decode = (png: Buffer) => sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const [a, b] = await Promise.all([decode(actual), decode(expected)]);
  if (a.info.width !== b.info.width || a.info.height !== b.info.height) return { ratio: 1, sameSize: false };
  let differing = 0;
  for (let i = 0; i < a.data.length; i++) if (Math.abs(a.data[i]! - b.data[i]!) > threshold) differing++;
  return { ratio: differing / a.data.length, sameSize: true };
}

export interface PdfWord {
  text: string;
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Every word with its box in points (pdftotext -bbox), to check that text stays inside its cell. */
export function pdfWords(bytes: Uint8Array): PdfWord[] {
  const html = withPdf(bytes, (file) => run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']));
  const words: PdfWord[] = [];
  let page = 0;
  const pattern = /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const match of html.matchAll(pattern)) {
    if (match[0] === '<page ') {
      page++;
      continue;
    }
    const text = match[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
    words.push({ text, page, xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]) });
  }
  return words;
}

// ── sample data of the document tests ──

export const SAMPLE_ENTERPRISE = {
  name: '上海示例二手车出口有限公司',
  creditCode: '91310000MA1FL0000X',
  contactPerson: '王经理',
  phone: '021-12345678',
  email: 'export@example.cn',
  address: '上海市浦东新区示例路 88 号',
};

const MAKES = [
  ['大众汽车', 'SVW7141BPD', '上汽大众汽车有限公司', '哈萨克斯坦'],
  ['丰田', 'TV7250', '一汽丰田汽车有限公司', '俄罗斯'],
  ['比亚迪', 'BYD7005BEV', '比亚迪汽车工业有限公司', '阿联酋'],
  ['吉利', 'MR7153D01', '浙江吉利汽车有限公司', '吉尔吉斯斯坦'],
] as const;

/** A calendar date n days after 2025-01-01 (UTC arithmetic, no time zone involved). */
export function sampleDate(n: number): string {
  return new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
}

/** n vehicles of four makes; every seventh is a modified vehicle. */
export function sampleVehicles(n: number, prefix = 'LSVAU2180N'): DocumentVehicle[] {
  return Array.from({ length: n }, (_, i) => {
    const [brand, model, manufacturer, country] = MAKES[i % MAKES.length]!;
    const modified = i % 7 === 3;
    return {
      vin: testVin(i + 1, prefix),
      brand: modified ? '程力威' : brand,
      model,
      registrationDate: sampleDate(i % 300),
      transferDate: sampleDate((i % 300) + 30 + (i % 11)),
      destinationCountry: country,
      manufacturer,
      vehicleType: modified ? '专用作业车' : '小型轿车',
      isModified: modified,
      chassisBrand: modified ? '东风' : null,
      modifiedBrand: modified ? '程力威' : null,
      cccCertificateNumber: modified ? '2023011101234567' : null,
      miitAnnouncementBatch: modified ? '第 372 批' : null,
    };
  });
}

/** A grey 300-DPI-like A4 scan with some drawn text, as JPEG (or PNG). */
export async function sampleScan(label: string, format: 'jpeg' | 'png' = 'jpeg', size = { width: 1240, height: 1754 }): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}"><rect width="100%" height="100%" fill="#e6e6e6"/><rect x="8%" y="12%" width="84%" height="76%" fill="none" stroke="#333" stroke-width="6"/><text x="10%" y="8%" font-size="${Math.round(size.width / 20)}" font-family="sans-serif" fill="#111">${label}</text></svg>`;
  const image = sharp(Buffer.from(svg));
  return format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 80 }).toBuffer();
}

export interface PdfImageRow {
  page: number;
  /** 'image', or 'smask' for an image's transparency. */
  type: string;
  width: number;
  height: number;
}

/** The images drawn on each page (pdfimages -list): image XObjects and their soft masks. */
export function pdfImages(bytes: Uint8Array): PdfImageRow[] {
  const out = withPdf(bytes, (file) => run('pdfimages', ['-list', file]));
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const [page, , type, width, height] = line.trim().split(/\s+/);
      return { page: Number(page), type: type!, width: Number(width), height: Number(height) };
    });
}
