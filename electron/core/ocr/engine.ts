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
import type { GreyImage } from './grey-image';
import { decodeFile, DEFAULT_LIMITS, type InputLimits, type PageImage } from './input-files';
import { prepareLanguageFolder } from './language-data';
import { unreadable, unsupported } from './ocr-errors';
import { findPages } from './page-finder';
import { regionJobs, settled, slotsToRead, toRegion, type Lane, type Reading, type RegionJob } from './read-regions';
import { RecognitionTimeout, WorkerPool } from './worker-pool';

export interface OcrEngineOptions {
  /**
   * Workers reading Chinese cells; default the number of cores (at most 4). Half as many (at least one)
   * read the English cells (VIN, model, dates), which are fewer and shorter.
   */
  workers?: number;
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

export interface OcrEngine {
  recognizeCertificate(files: OcrFile[], options?: RecognizeOptions): Promise<CertificateResult>;
  /** Starts and warms the workers now rather than at the first call. */
  warm(): Promise<void>;
  stats(): { workers: number; replacedWorkers: number };
  close(): Promise<void>;
}

const WHOLE_PAGE_SIDE = 2400;

function cancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new AppFailure(appError('CANCELLED'));
}

async function wholePagePng(grey: GreyImage): Promise<{ png: Buffer; factor: number }> {
  const factor = Math.min(1, WHOLE_PAGE_SIDE / Math.max(grey.width, grey.height));
  const png = await sharp(Buffer.from(grey.data.buffer, grey.data.byteOffset, grey.data.length), { raw: { width: grey.width, height: grey.height, channels: 1 } })
    .resize({ width: Math.round(grey.width * factor), height: Math.round(grey.height * factor) })
    .normalise()
    .toColourspace('b-w')
    .png({ compressionLevel: 1 })
    .toBuffer();
  return { png, factor };
}

export function createOcrEngine(options: OcrEngineOptions = {}): OcrEngine {
  const limits: InputLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const timeoutMs = options.timeoutMs ?? 20_000;
  // Two lanes of workers, one per trained model: with 'eng+chi_sim' in one worker the English model
  // claims short Chinese values (汽油 read as "at"), and tesseract.js 7 fails to load eng after chi_sim.
  let pools: Record<Lane, WorkerPool> | null = null;
  const getPools = () => {
    if (pools) return pools;
    const languageFolder = prepareLanguageFolder(options.languageFolder);
    const chinese = options.workers ?? Math.min(4, Math.max(1, os.availableParallelism()));
    const common = { timeoutMs, startTimeoutMs: options.startTimeoutMs ?? 30_000, languageFolder };
    return (pools = {
      chi_sim: new WorkerPool({ ...common, size: chinese, languages: 'chi_sim' }),
      eng: new WorkerPool({ ...common, size: Math.max(1, Math.floor(chinese / 2)), languages: 'eng' }),
    });
  };

  /** One recognition, retried once on a fresh worker if the first overran. */
  async function recognize(file: string, png: Buffer, reading: Reading, signal?: AbortSignal) {
    const pool = getPools()[reading.lane];
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

  async function readWholePage(image: PageImage, page: number, signal?: AbortSignal): Promise<OcrWord[]> {
    const { png, factor } = await wholePagePng(image.grey);
    const words = await recognize(image.file, png, { lane: 'chi_sim', variant: 'plain', round: 1, params: { tessedit_pageseg_mode: '3' } }, signal);
    const toDisplay = (n: number) => Math.round(n / factor / image.scale);
    return words
      .filter((word) => word.text.trim() !== '')
      .map((word) => ({ text: word.text, confidence: word.confidence, box: { page, x: toDisplay(word.x0), y: toDisplay(word.y0), width: toDisplay(word.x1 - word.x0), height: toDisplay(word.y1 - word.y0) } }));
  }

  async function warmAll(): Promise<void> {
    const { chi_sim, eng } = getPools();
    await Promise.all([chi_sim.warm(), eng.warm()]);
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
      try {
        for (const image of await decodeFile(file.name, file.bytes, limits)) {
          const found = await findPages(image.grey, (placement) => new Set(slotsToRead(placement.pageType)));
          if (found.length === 0) {
            const index = pages.push({ file: file.name, pageType: 'unknown', width: image.width, height: image.height, rotated: 0 }) - 1;
            work.push(
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
            work.push(readRegions(file.name, jobs, index, signal).then((regions) => void ocrPages.push({ page: index, pageType: page.placement.pageType, regions })));
          }
        }
      } catch (error) {
        fail(file.name, error);
      }
      pending.push(
        Promise.all(work)
          .then(() => undefined, (error: unknown) => fail(file.name, error))
          .finally(() => call.onProgress?.(++done, files.length, file.name)),
      );
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
    warm: warmAll,
    stats: () => ({
      workers: pools ? pools.chi_sim.size + pools.eng.size : 0,
      replacedWorkers: pools ? pools.chi_sim.replaced + pools.eng.replaced : 0,
    }),
    close: async () => {
      const closing = pools;
      pools = null;
      await Promise.all([closing?.chi_sim.close(), closing?.eng.close()]);
    },
  };
}
