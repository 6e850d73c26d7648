/**
 * The certificate OCR engine: files in, a checked CertificateReading out, everything on this PC.
 *
 *   const engine = createOcrEngine();
 *   const { reading, pages, problems, ms } = await engine.recognizeCertificate([{ name, bytes }], { enterpriseName });
 *   await engine.close();
 *
 * Each file is decoded and searched for certificate tables on the main thread (sharp does the
 * pixel work on its own threads), while the worker pool recognises the previous file's cells.
 * A table that matches the form is read cell by cell; an image without one is read whole and its
 * labels looked for, so an unexpected layout still works, only slower. A bad file ends up in
 * `problems` with a typed error; the call fails only when no file gave a certificate page.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { AppFailure, appError, type AppError } from '../../../shared/contract/errors';
import { todayIn } from '../../../shared/domain/calendar-date';
import { classifyWords } from '../../../shared/ocr/labels';
import { readCertificate } from '../../../shared/ocr/read-certificate';
import type { CertificateReading, OcrPage, OcrRegion, OcrWord, PageType } from '../../../shared/ocr/types';
import { whitenBackground, type GreyImage } from './grey-image';
import { decodeFile, DEFAULT_LIMITS, type InputLimits, type PageImage } from './input-files';
import { prepareLanguageFolder } from './language-data';
import { unreadable, unsupported } from './ocr-errors';
import { findPages } from './page-finder';
import { regionJobs, settled, slotsToRead, toRegion, type Lane, type Reading, type RegionJob } from './read-regions';
import { RecognitionTimeout, WorkerPool } from './worker-pool';

export interface OcrEngineOptions {
  /**
   * Workers per model; default the number of cores (at most 4). With both models loaded, half as many
   * (at least one) read the English cells (VIN, model, dates), which are fewer and shorter.
   */
  workers?: number;
  /**
   * The trained models to load (both by default). A reading meant for a model not loaded goes to the other
   * when it is of capitals and digits, which both read; a Chinese cell is then left unread.
   */
  languages?: readonly Lane[];
  /** Longest a single recognition may take before its worker is replaced. */
  timeoutMs?: number;
  /** Where the language data is copied; default a folder under the system temp folder. */
  languageFolder?: string;
  startTimeoutMs?: number;
  limits?: Partial<InputLimits>;
  /** IANA zone for "today" (no date read may be later). */
  timeZone?: string;
}

export interface OcrFile {
  name: string;
  bytes: Buffer;
}

export interface RecognizeOptions {
  /** The exporting enterprise's name (Settings): transferDate is the latest transfer to it. */
  enterpriseName?: string;
  signal?: AbortSignal;
  onProgress?(done: number, total: number, label: string): void;
}

export interface RecognizedPage {
  file: string;
  pageType: PageType;
  /** The image's size as shown (EXIF orientation applied); boxes in the reading use these pixels. */
  width: number;
  height: number;
  /** How far the page is turned on the image, clockwise in degrees (quarter turns plus skew). */
  rotated: number;
}

export interface FileProblem {
  file: string;
  error: AppError;
}

export interface CertificateResult {
  reading: CertificateReading;
  pages: RecognizedPage[];
  problems: FileProblem[];
  ms: number;
}

/**
 * 'letter': the text in reading order (Chinese model, page layout analysis). 'codes': Latin letters and
 * digits wherever they stand (English model, sparse text), a second look for VINs the first one missed.
 */
export type TextReading = 'letter' | 'codes';

export interface ReadTextOptions {
  reading?: TextReading;
  signal?: AbortSignal;
  /** Pages read so far, of the pages found. */
  onProgress?(done: number, total: number, label: string): void;
  /** Pages of a PDF or TIFF read at most (default 10); later pages are left out. */
  maxPages?: number;
}

export interface TextPage {
  /** 0-based, in the file's order. */
  page: number;
  /** Lines in reading order; the words of a line separated by spaces. */
  text: string;
  /** Boxes in the pixels of the image as shown (EXIF orientation applied). */
  words: OcrWord[];
  width: number;
  height: number;
}

export interface TextResult {
  pages: TextPage[];
  ms: number;
}

export interface OcrEngine {
  recognizeCertificate(files: OcrFile[], options?: RecognizeOptions): Promise<CertificateResult>;
  /**
   * All the text of a scanned letter (an image, or each page of a PDF), read whole-page. Red seal ink
   * is dropped first, so a stamp over the text does not hide it. Fails with a typed error naming the file.
   */
  readText(file: OcrFile, options?: ReadTextOptions): Promise<TextResult>;
  /** Starts and warms the workers now rather than at the first call. */
  warm(): Promise<void>;
  /** Workers per language model once started (none before the first call), and how many were replaced. */
  stats(): { workers: number; replacedWorkers: number; pools: Array<{ language: Lane; workers: number }> };
  close(): Promise<void>;
}

const WHOLE_PAGE_SIDE = 2400;
const TEXT_MAX_PAGES = 10;
/** A page read whole: the Chinese model (it reads Latin too) with tesseract's page layout analysis. */
const WHOLE_PAGE: Reading = { lane: 'chi_sim', variant: 'plain', round: 1, params: { tessedit_pageseg_mode: '3' } };
const TEXT_READINGS: Record<TextReading, Reading> = {
  letter: WHOLE_PAGE,
  // Sparse text: no layout to get wrong on a photo taken at an angle, where whole table rows can be lost.
  codes: { lane: 'eng', variant: 'plain', round: 1, params: { tessedit_pageseg_mode: '11' } },
};

function cancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new AppFailure(appError('CANCELLED'));
}

const rawGrey = (grey: GreyImage) => sharp(Buffer.from(grey.data.buffer, grey.data.byteOffset, grey.data.length), { raw: { width: grey.width, height: grey.height, channels: 1 } });

/** The page at most WHOLE_PAGE_SIDE pixels, contrast stretched; `whiten`: all but the print made white. */
async function wholePagePng(grey: GreyImage, whiten = false): Promise<{ png: Buffer; factor: number }> {
  const factor = Math.min(1, WHOLE_PAGE_SIDE / Math.max(grey.width, grey.height));
  const small = rawGrey(grey).resize({ width: Math.round(grey.width * factor), height: Math.round(grey.height * factor) });
  if (!whiten) return { png: await small.normalise().toColourspace('b-w').png({ compressionLevel: 1 }).toBuffer(), factor };
  // Whitened before the stretch: on a sparse letter the stretch's dark end would be a seal's grey, and turn it black.
  const { data, info } = await small.toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`expected one channel, got ${info.channels}`);
  const clean = whitenBackground({ width: info.width, height: info.height, data });
  return { png: await rawGrey(clean).normalise().toColourspace('b-w').png({ compressionLevel: 1 }).toBuffer(), factor };
}

export function createOcrEngine(options: OcrEngineOptions = {}): OcrEngine {
  const limits: InputLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const timeoutMs = options.timeoutMs ?? 20_000;
  // Two lanes of workers, one per trained model: with 'eng+chi_sim' in one worker the English model
  // claims short Chinese values (汽油 read as "at"), and tesseract.js 7 fails to load eng after chi_sim.
  const languages: readonly Lane[] = options.languages?.length ? options.languages : ['chi_sim', 'eng'];
  let pools: Partial<Record<Lane, WorkerPool>> | null = null;
  const getPools = () => {
    if (pools) return pools;
    const languageFolder = prepareLanguageFolder(options.languageFolder, languages);
    const workers = options.workers ?? Math.min(4, Math.max(1, os.availableParallelism()));
    const common = { timeoutMs, startTimeoutMs: options.startTimeoutMs ?? 30_000, languageFolder };
    // Beside the Chinese model, English reads fewer and shorter cells: half as many workers do.
    const sizes: Record<Lane, number> = { chi_sim: workers, eng: languages.includes('chi_sim') ? Math.max(1, Math.floor(workers / 2)) : workers };
    const started: Partial<Record<Lane, WorkerPool>> = {};
    for (const lane of languages) started[lane] = new WorkerPool({ ...common, size: sizes[lane], languages: lane });
    return (pools = started);
  };
  const running = () => Object.entries(pools ?? {}) as Array<[Lane, WorkerPool]>;

  /** The pool for a reading, or null when no loaded model can read it (a Chinese cell with English only). */
  function poolFor(reading: Reading): WorkerPool | null {
    const loaded = getPools();
    const own = loaded[reading.lane];
    if (own) return own;
    if (reading.lane === 'eng') return loaded.chi_sim ?? null;
    return reading.params.tessedit_char_whitelist ? (loaded.eng ?? null) : null;
  }

  /** One recognition, retried once on a fresh worker if the first overran. */
  async function recognize(file: string, png: Buffer, reading: Reading, signal?: AbortSignal) {
    const pool = poolFor(reading);
    if (!pool) return [];
    try {
      return await pool.recognize(png, reading.params, { signal });
    } catch (error) {
      if (!(error instanceof RecognitionTimeout)) throw error;
      try {
        return await pool.recognize(png, reading.params, { signal });
      } catch (again) {
        if (again instanceof RecognitionTimeout) throw unreadable(file, 'ocr.reason.timeout', { seconds: Math.round(timeoutMs / 100) / 10 });
        throw again;
      }
    }
  }

  async function readRegions(file: string, jobs: RegionJob[], page: number, signal?: AbortSignal): Promise<OcrRegion[]> {
    const read = (job: RegionJob, round: 1 | 2) =>
      Promise.all(job.readings.filter((r) => r.round === round).map(async (reading) => ({ reading, words: await recognize(file, job.images[reading.variant]!, reading, signal) })));
    return Promise.all(
      jobs.map(async (job) => {
        const first = await read(job, 1);
        const done = settled(job.slot, first.map((r) => r.words)) ? first : [...first, ...(await read(job, 2))];
        return toRegion(job, done, page);
      }),
    );
  }

  async function wholePageWords(image: PageImage, page: number, signal?: AbortSignal, reading: Reading = WHOLE_PAGE, whiten = false): Promise<Array<OcrWord & { line: number }>> {
    const { png, factor } = await wholePagePng(image.grey, whiten);
    const words = await recognize(image.file, png, reading, signal);
    const toDisplay = (n: number) => Math.round(n / factor / image.scale);
    return words
      .filter((word) => word.text.trim() !== '')
      .map((word) => ({ text: word.text, confidence: word.confidence, line: word.line ?? 0, box: { page, x: toDisplay(word.x0), y: toDisplay(word.y0), width: toDisplay(word.x1 - word.x0), height: toDisplay(word.y1 - word.y0) } }));
  }

  async function readWholePage(image: PageImage, page: number, signal?: AbortSignal): Promise<OcrWord[]> {
    return (await wholePageWords(image, page, signal)).map(({ line: _line, ...word }) => word);
  }

  async function readText(file: OcrFile, call: ReadTextOptions = {}): Promise<TextResult> {
    const started = performance.now();
    const { signal } = call;
    cancelled(signal);
    warmAll().catch(() => undefined);
    const images = await decodeFile(file.name, file.bytes, { ...limits, maxPages: call.maxPages ?? TEXT_MAX_PAGES }, { dropRed: true });
    cancelled(signal);
    let done = 0;
    const reads = images.map(async (image, page): Promise<TextPage> => {
      // Seal ink dropped (red channel), then what is not print whitened: its traces misled the recogniser.
      const words = await wholePageWords(image, page, signal, TEXT_READINGS[call.reading ?? 'letter'], true);
      call.onProgress?.(++done, images.length, file.name);
      const lines = new Map<number, string[]>();
      for (const word of words) lines.set(word.line, [...(lines.get(word.line) ?? []), word.text]);
      return { page, text: [...lines.values()].map((line) => line.join(' ')).join('\n'), words: words.map(({ line: _line, ...word }) => word), width: image.width, height: image.height };
    });
    // Every page settles before the call ends, so no rejection is left unhandled.
    const outcomes = await Promise.allSettled(reads);
    cancelled(signal);
    const pages: TextPage[] = [];
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') {
        const error = outcome.reason as unknown;
        throw error instanceof AppFailure ? error : unreadable(file.name, 'ocr.reason.engine', { detail: error instanceof Error ? error.message.slice(0, 120) : String(error) });
      }
      pages.push(outcome.value);
    }
    return { pages, ms: Math.round(performance.now() - started) };
  }

  async function warmAll(): Promise<void> {
    getPools();
    await Promise.all(running().map(([, pool]) => pool.warm()));
  }

  async function recognizeCertificate(files: OcrFile[], call: RecognizeOptions = {}): Promise<CertificateResult> {
    const started = performance.now();
    const { signal } = call;
    cancelled(signal);
    // Workers start (about half a second each) while the first file is decoded.
    warmAll().catch(() => undefined);
    const pages: RecognizedPage[] = [];
    const ocrPages: OcrPage[] = [];
    const problems: FileProblem[] = [];
    const pending: Array<Promise<void>> = [];
    let done = 0;
    const fail = (file: string, error: unknown) => {
      if (error instanceof AppFailure && error.error.code === 'CANCELLED') throw error;
      const typed = error instanceof AppFailure ? error.error : unreadable(file, 'ocr.reason.engine', { detail: error instanceof Error ? error.message.slice(0, 120) : String(error) }).error;
      problems.push({ file, error: typed });
    };
    for (const file of files) {
      if (signal?.aborted) break;
      const work: Array<Promise<void>> = [];
      // A page's reading may fail (cancelled) while the next page is still being decoded, before
      // Promise.all below takes it: mark it handled now so it is not an unhandled rejection.
      const started = (reading: Promise<void>) => {
        reading.catch(() => undefined);
        work.push(reading);
      };
      try {
        for (const image of await decodeFile(file.name, file.bytes, limits)) {
          const found = await findPages(image.grey, (placement) => new Set(slotsToRead(placement.pageType)));
          if (found.length === 0) {
            const index = pages.push({ file: file.name, pageType: 'unknown', width: image.width, height: image.height, rotated: 0 }) - 1;
            started(
              readWholePage(image, index, signal).then((words) => {
                const pageType = classifyWords(words);
                if (pageType === 'unknown') throw unsupported(file.name, 'ocr.expected.certificate');
                pages[index]!.pageType = pageType;
                ocrPages.push({ page: index, pageType, words });
              }),
            );
            continue;
          }
          for (const page of found) {
            const index = pages.push({
              file: file.name,
              pageType: page.placement.pageType,
              width: image.width,
              height: image.height,
              rotated: Math.round((page.placement.quarterTurns + page.placement.skew) * 10) / 10,
            }) - 1;
            const jobs = await regionJobs(image.grey, image.scale, page);
            started(readRegions(file.name, jobs, index, signal).then((regions) => void ocrPages.push({ page: index, pageType: page.placement.pageType, regions })));
          }
        }
      } catch (error) {
        fail(file.name, error);
      }
      const fileDone = Promise.all(work)
        .then(() => undefined, (error: unknown) => fail(file.name, error))
        .finally(() => call.onProgress?.(++done, files.length, file.name));
      // Cancelled, a later file's decoding throws out of this loop before allSettled below: handled now.
      fileDone.catch(() => undefined);
      pending.push(fileDone);
    }
    // Every file's work settles before the call ends, so no rejection is left unhandled.
    const outcomes = await Promise.allSettled(pending);
    cancelled(signal);
    const thrown = outcomes.find((outcome) => outcome.status === 'rejected');
    if (thrown) throw thrown.reason;
    if (ocrPages.length === 0) {
      const first = problems[0];
      throw new AppFailure(first ? first.error : appError('INVALID_INPUT'));
    }
    ocrPages.sort((a, b) => a.page - b.page);
    const reading = readCertificate(ocrPages, { enterpriseName: call.enterpriseName, today: todayIn(options.timeZone ?? 'Asia/Shanghai', Date.now()) });
    // Pages whose reading failed stay listed (with their file's problem) so page indices hold.
    return { reading, pages, problems, ms: Math.round(performance.now() - started) };
  }

  return {
    recognizeCertificate,
    readText,
    warm: warmAll,
    stats: () => ({
      workers: running().reduce((sum, [, pool]) => sum + pool.size, 0),
      replacedWorkers: running().reduce((sum, [, pool]) => sum + pool.replaced, 0),
      pools: running().map(([language, pool]) => ({ language, workers: pool.size })),
    }),
    close: async () => {
      const closing = running();
      pools = null;
      await Promise.all(closing.map(([, pool]) => pool.close()));
    },
  };
}
