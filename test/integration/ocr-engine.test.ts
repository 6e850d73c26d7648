import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOcrEngine, type OcrEngine, type OcrFile } from '../../electron/core/ocr';
import { getEventListeners } from 'node:events';
import { WorkerPool, RecognitionTimeout } from '../../electron/core/ocr/worker-pool';
import { prepareLanguageFolder } from '../../electron/core/ocr/language-data';
import { AppFailure, type ErrorCode } from '../../shared/contract/errors';
import { CONFIDENT, KEY_FIELDS, type CertificateReading } from '../../shared/ocr/types';
import { generateCertificate, type GeneratedCertificate } from '../fixtures/certificates';
import { rasterize } from '../fixtures/certificates/degrade';
import { Random } from '../fixtures/certificates/random';
import { pageSvg, randomStyle } from '../fixtures/certificates/render';
import { makeTruth } from '../fixtures/certificates/truth';

// One warm engine for the whole file: starting workers is the slow part.
let engine: OcrEngine;
beforeAll(async () => {
  engine = createOcrEngine();
  await engine.warm();
}, 60_000);
afterAll(() => engine.close());

const files = (certificate: GeneratedCertificate): OcrFile[] => certificate.images.map((image) => ({ name: image.name, bytes: image.bytes }));

function expectKeyFields(reading: CertificateReading, certificate: GeneratedCertificate) {
  for (const name of KEY_FIELDS) expect(reading.fields[name].value, name).toBe(certificate.truth.expected[name]);
}

/** Whatever was misread must not look certain. */
function expectNoConfidentMistake(reading: CertificateReading, certificate: GeneratedCertificate) {
  for (const [name, field] of Object.entries(reading.fields)) {
    if (field.value !== certificate.truth.expected[name as 'vin']) expect(field.confidence, `${name}: ${field.value}`).toBeLessThan(CONFIDENT);
  }
}

async function failure(promise: Promise<unknown>): Promise<AppFailure> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppFailure);
  return error as AppFailure;
}

describe('reading generated certificate scans', () => {
  let clean: GeneratedCertificate;
  beforeAll(async () => {
    clean = await generateCertificate(3, { condition: 'clean' });
  });

  it('reads both pages of a 300-DPI scan, in either order', async () => {
    for (const order of [files(clean), [...files(clean)].reverse()]) {
      const result = await engine.recognizeCertificate(order);
      expectKeyFields(result.reading, clean);
      expect(result.problems).toEqual([]);
      expect(result.pages.map((p) => p.pageType).sort()).toEqual(['registration', 'vehicle']);
      const vinPage = result.pages[result.reading.fields.vin.box!.page]!;
      expect(vinPage.pageType).toBe('vehicle');
      // The VIN's box lies on its page image, in the right half of the table's upper part.
      const box = result.reading.fields.vin.box!;
      expect(box.x).toBeGreaterThan(0);
      expect(box.x + box.width).toBeLessThan(vinPage.width);
      expect(box.y + box.height).toBeLessThan(vinPage.height / 2);
    }
  });

  it('reads both pages on one image (an opened booklet)', async () => {
    const spread = await generateCertificate(4, { condition: 'clean', spread: true });
    const result = await engine.recognizeCertificate(files(spread));
    expect(result.pages.map((p) => p.pageType)).toEqual(spread.images[0]!.pageTypes);
    expect(result.pages.every((p) => p.file === spread.images[0]!.name)).toBe(true);
    expectKeyFields(result.reading, spread);
  });

  it('reads a scanned PDF from its embedded page images', async () => {
    const pdf = await PDFDocument.create();
    for (const image of clean.images) {
      const jpg = await pdf.embedJpg(image.bytes);
      pdf.addPage([jpg.width * 0.24, jpg.height * 0.24]).drawImage(jpg, { x: 0, y: 0, width: jpg.width * 0.24, height: jpg.height * 0.24 });
    }
    const result = await engine.recognizeCertificate([{ name: 'scan.pdf', bytes: Buffer.from(await pdf.save()) }]);
    expect(result.pages.map((p) => [p.file, p.pageType])).toEqual([['scan.pdf', 'registration'], ['scan.pdf', 'vehicle']]);
    expectKeyFields(result.reading, clean);
  });

  it.each(['png', 'tiff', 'webp', 'bmp'] as const)('reads a page saved as %s', async (format) => {
    const page2 = clean.images[1]!.bytes;
    const bytes = format === 'bmp' ? await toBmp(page2) : await sharp(page2).toFormat(format).toBuffer();
    const result = await engine.recognizeCertificate([{ name: `page2.${format}`, bytes }]);
    expect(result.reading.fields.vin.value).toBe(clean.truth.expected.vin);
    expect(result.reading.fields.model.value).toBe(clean.truth.expected.model);
  });

  it.each([90, 180, 270])('reads a page scanned turned by %i°', async (degrees) => {
    const bytes = await sharp(clean.images[1]!.bytes).rotate(degrees).jpeg().toBuffer();
    const result = await engine.recognizeCertificate([{ name: 'turned.jpg', bytes }]);
    expect(result.pages[0]!.pageType).toBe('vehicle');
    const quarterTurns = (((Math.round(result.pages[0]!.rotated / 90) * 90) % 360) + 360) % 360;
    expect(quarterTurns).toBe(degrees);
    expect(result.reading.fields.vin.value).toBe(clean.truth.expected.vin);
  });

  it('reports progress per file and can be cancelled', async () => {
    const progress: Array<[number, number, string]> = [];
    await engine.recognizeCertificate(files(clean), { onProgress: (done, total, label) => progress.push([done, total, label]) });
    expect(progress.map(([done, total]) => [done, total])).toEqual([[1, 2], [2, 2]]);
    expect(progress.map(([, , label]) => label).sort()).toEqual(clean.images.map((image) => image.name).sort());

    const cancelled = new AbortController();
    cancelled.abort();
    expect((await failure(engine.recognizeCertificate(files(clean), { signal: cancelled.signal }))).error.code).toBe('CANCELLED');
    const midway = new AbortController();
    const running = engine.recognizeCertificate(files(clean), { signal: midway.signal });
    setTimeout(() => midway.abort(), 150);
    expect((await failure(running)).error.code).toBe('CANCELLED');
  });

  it.each([
    ['skewed', 5],
    ['photo', 6],
  ] as const)('a %s certificate: pages found, nothing wrong shown as certain', async (condition, seed) => {
    const certificate = await generateCertificate(seed, { condition });
    const result = await engine.recognizeCertificate(files(certificate));
    expect(result.pages.map((p) => p.pageType)).toEqual(['registration', 'vehicle']);
    expectNoConfidentMistake(result.reading, certificate);
    expect(result.reading.fields.vin.value).toBe(certificate.truth.expected.vin);
    expect(result.reading.fields.registrationDate.value).toBe(certificate.truth.expected.registrationDate);
  });
});

describe('a page whose grid is not found', () => {
  it('is read whole: classified by its labels, values beside them, nothing wrong shown as certain', async () => {
    // The form without its rules, as an unexpected layout would look to the grid matcher.
    const truth = makeTruth(9);
    const random = new Random(9);
    const style = { ...randomStyle(random), offset: { dx: 0.5, dy: 1 } };
    const images: OcrFile[] = [];
    for (const pageType of ['registration', 'vehicle'] as const) {
      const svg = pageSvg(truth, pageType, style, random, 300 / 25.4).replace(/stroke="#[0-9a-f]{6}" stroke-width="0\.[35]"/g, 'stroke="none"');
      const page = await rasterize(svg);
      images.push({ name: `${pageType}.jpg`, bytes: await sharp(page.data, { raw: { width: page.width, height: page.height, channels: 3 } }).jpeg().toBuffer() });
    }
    const { reading, pages } = await engine.recognizeCertificate(images);
    expect(pages.map((p) => p.pageType)).toEqual(['registration', 'vehicle']);
    expect(reading.fields.transferDate.value).toBe(truth.expected.transferDate);
    expect(reading.fields.issueDate.value).toBe(truth.expected.issueDate);
    for (const [name, field] of Object.entries(reading.fields)) {
      if (field.value !== truth.expected[name as 'vin']) expect(field.confidence, `${name}: ${field.value}`).toBeLessThan(CONFIDENT);
    }
  });
});

/** A 24-bit bottom-up BMP, as Windows scanner software writes them. */
async function toBmp(jpeg: Buffer): Promise<Buffer> {
  const { data, info } = await sharp(jpeg).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const stride = Math.ceil((info.width * 3) / 4) * 4;
  const header = Buffer.alloc(54);
  header.write('BM', 0, 'latin1');
  header.writeUInt32LE(54 + stride * info.height, 2);
  header.writeUInt32LE(54, 10);
  header.writeUInt32LE(40, 14);
  header.writeInt32LE(info.width, 18);
  header.writeInt32LE(info.height, 22);
  header.writeUInt16LE(1, 26);
  header.writeUInt16LE(24, 28);
  const pixels = Buffer.alloc(stride * info.height);
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      const from = (y * info.width + x) * 3;
      const to = (info.height - 1 - y) * stride + x * 3;
      pixels[to] = data[from + 2]!;
      pixels[to + 1] = data[from + 1]!;
      pixels[to + 2] = data[from]!;
    }
  }
  return Buffer.concat([header, pixels]);
}

/** A JPEG whose header claims 30000 × 30000 pixels (a decompression bomb's header). */
async function pixelBomb(): Promise<Buffer> {
  const bytes = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#fff' } }).jpeg().toBuffer();
  for (let i = 2; i < bytes.length - 8; i++) {
    if (bytes[i] === 0xff && bytes[i + 1] === 0xc0) {
      bytes.writeUInt16BE(30000, i + 5);
      bytes.writeUInt16BE(30000, i + 7);
      return bytes;
    }
  }
  throw new Error('no SOF0 marker');
}

async function encryptedPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 200]);
  const text = Buffer.from(await pdf.save({ useObjectStreams: false })).toString('latin1');
  return Buffer.from(text.replace('trailer\n<<', 'trailer\n<<\n/Encrypt << /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>'), 'latin1');
}

/** A photo of something else: a shop receipt, text and no table. */
async function receipt(): Promise<Buffer> {
  const lines = ['便利店购物小票', '矿泉水 2.00', '面包 6.50', '合计 8.50', '谢谢惠顾'];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="700"><rect width="900" height="700" fill="#f4f1ea"/>${lines
    .map((line, i) => `<text x="80" y="${120 + i * 110}" font-family="Noto Sans CJK SC" font-size="56" fill="#222">${line}</text>`)
    .join('')}</svg>`;
  return sharp(Buffer.from(svg)).jpeg().toBuffer();
}

describe('bad input: a clear error per file, the engine stays up', () => {
  let page1: Buffer;
  beforeAll(async () => {
    page1 = (await generateCertificate(3, { condition: 'clean' })).images[0]!.bytes;
  });

  it.each<[string, string, ErrorCode, RegExp, () => Promise<Buffer> | Buffer]>([
    ['notes.jpg', 'not an image', 'FILE_FORMAT_UNSUPPORTED', /JPG, PNG, TIFF/, () => Buffer.from('just some text, not an image')],
    ['empty.png', 'a 0-byte file', 'FILE_UNREADABLE', /empty/, () => Buffer.alloc(0)],
    ['cut.jpg', 'a truncated JPEG', 'FILE_UNREADABLE', /cut short/, () => page1.subarray(0, Math.floor(page1.length / 2))],
    ['huge.jpg', 'a 30000×30000 image', 'FILE_UNREADABLE', /30000 × 30000 pixels/, pixelBomb],
    ['locked.pdf', 'an encrypted PDF', 'FILE_UNREADABLE', /encrypted/, encryptedPdf],
    ['receipt.jpg', 'a photo of something else', 'FILE_FORMAT_UNSUPPORTED', /Registration Certificate/, receipt],
  ])('%s (%s) → %s', async (name, _, code, english, make) => {
    const error = await failure(engine.recognizeCertificate([{ name, bytes: await make() }]));
    expect(error.error.code).toBe(code);
    expect(error.error.message.en).toMatch(english);
    expect(error.error.message.en).toContain(name);
    expect(error.error.message['zh-CN']).toContain(name);
  });

  it('keeps the good files of a call when one is bad, and says which one', async () => {
    const certificate = await generateCertificate(3, { condition: 'clean' });
    const [p1, p2] = files(certificate);
    const result = await engine.recognizeCertificate([p1!, { name: 'broken.jpg', bytes: Buffer.from('nope') }, p2!]);
    expect(result.problems.map((p) => [p.file, p.error.code])).toEqual([['broken.jpg', 'FILE_FORMAT_UNSUPPORTED']]);
    expectKeyFields(result.reading, certificate);
  });

  it('memory stays bounded over repeated bad input', async () => {
    const before = process.memoryUsage().rss;
    for (let i = 0; i < 5; i++) {
      await engine.recognizeCertificate([{ name: 'huge.jpg', bytes: await pixelBomb() }]).catch(() => undefined);
      await engine.recognizeCertificate([{ name: 'cut.jpg', bytes: page1.subarray(0, 20_000) }]).catch(() => undefined);
    }
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
  });
});

describe('a stuck recognition', () => {
  it('is timed out, its worker replaced, and the pool works on', async () => {
    const pool = new WorkerPool({ size: 1, timeoutMs: 20_000, startTimeoutMs: 30_000, languageFolder: prepareLanguageFolder(), languages: 'eng' });
    try {
      const noise = Buffer.alloc(1500 * 1500);
      for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) % 7 < 3 ? 0 : 255;
      const png = await sharp(noise, { raw: { width: 1500, height: 1500, channels: 1 } }).png().toBuffer();
      const stuck = await pool.recognize(png, { tessedit_pageseg_mode: '3' }, { timeoutMs: 200 }).then(() => null, (e: unknown) => e);
      expect(stuck).toBeInstanceOf(RecognitionTimeout);
      expect(pool.replaced).toBe(1);
      const line = await sharp({ create: { width: 300, height: 60, channels: 3, background: '#fff' } })
        .composite([{ input: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60"><text x="10" y="45" font-family="DejaVu Sans" font-size="36">2021-03-15</text></svg>') }])
        .png()
        .toBuffer();
      const words = await pool.recognize(line, { tessedit_pageseg_mode: '7' });
      expect(words.map((w) => w.text).join('')).toBe('2021-03-15');
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('listens once to a signal shared by many recognitions (a whole certificate or batch)', async () => {
    const pool = new WorkerPool({ size: 1, timeoutMs: 20_000, startTimeoutMs: 30_000, languageFolder: prepareLanguageFolder(), languages: 'eng' });
    try {
      const line = await sharp({ create: { width: 200, height: 50, channels: 3, background: '#fff' } })
        .composite([{ input: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="10" y="38" font-family="DejaVu Sans" font-size="30">SVW7141</text></svg>') }])
        .png()
        .toBuffer();
      const batch = new AbortController();
      const readings = Array.from({ length: 15 }, () => pool.recognize(line, { tessedit_pageseg_mode: '7' }, { signal: batch.signal }));
      expect(getEventListeners(batch.signal, 'abort')).toHaveLength(1); // not one per queued reading
      const words = await Promise.all(readings);
      expect(words.every((read) => read.map((w) => w.text).join('') === 'SVW7141')).toBe(true);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('ends as a typed error for its file, and the engine reads the next certificate', async () => {
    const impatient = createOcrEngine({ workers: 1, timeoutMs: 1500 });
    try {
      // A page dense with text and no table: read whole, it takes far longer than the 1.5 s allowed.
      const characters = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';
      const lines = Array.from({ length: 60 }, (_, i) => Array.from({ length: 44 }, (_, j) => characters[(i * 131 + j * 17) % characters.length]).join(''));
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="3300"><rect width="2400" height="3300" fill="#fff"/>${lines.map((line, i) => `<text x="40" y="${60 + i * 53}" font-family="Noto Serif CJK SC" font-size="48">${line}</text>`).join('')}</svg>`;
      const dense = await sharp(Buffer.from(svg)).jpeg().toBuffer();
      const error = await failure(impatient.recognizeCertificate([{ name: 'dense.jpg', bytes: dense }]));
      expect(error.error.code).toBe('FILE_UNREADABLE');
      expect(error.error.message.en).toMatch(/took too long/);
      expect(impatient.stats().replacedWorkers).toBeGreaterThanOrEqual(2);
      const certificate = await generateCertificate(3, { condition: 'clean' });
      const result = await impatient.recognizeCertificate(files(certificate).slice(1));
      expect(result.reading.fields.vin.value).toBe(certificate.truth.expected.vin);
    } finally {
      await impatient.close();
    }
  }, 60_000);
});
