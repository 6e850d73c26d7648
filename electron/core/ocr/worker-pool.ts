/**
 * A pool of tesseract.js workers (each a worker thread with its own WebAssembly engine). Workers
 * start on first use, are warmed on a small image (the first recognition is much slower), and are
 * reused. A recognition that overruns its time is abandoned: its worker is terminated, and a fresh one
 * takes its place at the next job. tesseract.js never settles a terminated job, so the pool does.
 */
import { createWorker, OEM, type Worker } from 'tesseract.js';
import sharp from 'sharp';
import { AppFailure, appError } from '../../../shared/contract/errors';

export interface RecognizedWord {
  text: string;
  confidence: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Which text line of the image the word is on, counted from 0 in reading order (always set by the pool). */
  line?: number;
}

export interface PoolOptions {
  size: number;
  timeoutMs: number;
  startTimeoutMs: number;
  languageFolder: string;
  /** tesseract language list, e.g. 'chi_sim' or 'eng+chi_sim'. */
  languages: string;
}

export class RecognitionTimeout extends Error {
  constructor(readonly ms: number) {
    super(`recognition exceeded ${ms} ms`);
    this.name = 'RecognitionTimeout';
  }
}

/** tesseract parameters go through recognize's options at run time; its types only list tesseract.js's own. */
type RecognizeParams = Parameters<Worker['recognize']>[1];

interface Job {
  image: Buffer;
  params: Record<string, string>;
  timeoutMs: number;
  resolve: (words: RecognizedWord[]) => void;
  reject: (error: unknown) => void;
  signal?: AbortSignal;
}

interface Slot {
  worker: Worker | null;
  starting: Promise<Worker> | null;
  busy: boolean;
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout();
      reject(new RecognitionTimeout(ms));
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

let warmImage: Promise<Buffer> | null = null;
/** A few black strokes: enough for the engine to run its line recogniser once. */
function warmUpImage(): Promise<Buffer> {
  warmImage ??= (() => {
    const width = 220;
    const height = 48;
    const pixels = Buffer.alloc(width * height, 255);
    for (let k = 0; k < 7; k++) {
      for (let y = 12; y < 36; y++) for (let x = 16 + k * 28; x < 22 + k * 28; x++) pixels[y * width + x] = 0;
      for (let x = 10 + k * 28; x < 28 + k * 28; x++) pixels[(k % 2 ? 12 : 34) * width + x] = 0;
    }
    return sharp(pixels, { raw: { width, height, channels: 1 } }).toColourspace('b-w').png({ compressionLevel: 1 }).toBuffer();
  })();
  return warmImage;
}

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private readonly watchedSignals = new WeakSet<AbortSignal>();
  private closed = false;
  /** Workers terminated after a timeout or an engine error, and replaced. */
  replaced = 0;

  constructor(private readonly options: PoolOptions) {
    this.slots = Array.from({ length: Math.max(1, options.size) }, () => ({ worker: null, starting: null, busy: false }));
  }

  get size(): number {
    return this.slots.length;
  }

  /** Starts and warms every worker not yet running; resolves when all are ready. */
  async warm(): Promise<void> {
    await Promise.all(this.slots.map((slot) => this.ready(slot)));
  }

  /** Words recognised on one image, with tesseract parameters for this call only. */
  recognize(image: Buffer, params: Record<string, string>, options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<RecognizedWord[]> {
    if (this.closed) return Promise.reject(new Error('OCR engine closed'));
    if (options.signal?.aborted) return Promise.reject(new AppFailure(appError('CANCELLED')));
    const signal = options.signal;
    const recognition = new Promise<RecognizedWord[]>((resolve, reject) => {
      this.queue.push({ image, params, timeoutMs: options.timeoutMs ?? this.options.timeoutMs, resolve, reject, signal });
      this.pump();
    });
    // One listener per call's signal, not per job: a certificate queues dozens of readings on one signal.
    if (signal && !this.watchedSignals.has(signal)) {
      this.watchedSignals.add(signal);
      signal.addEventListener('abort', () => this.dropQueued(signal), { once: true });
    }
    // A caller that already gave up (another reading failed first) must not leave an unhandled rejection.
    recognition.catch(() => {});
    return recognition;
  }

  /** A cancelled call's readings still waiting are dropped; the one running finishes (tesseract cannot stop mid-page). */
  private dropQueued(signal: AbortSignal): void {
    for (const job of this.queue.filter((queued) => queued.signal === signal)) {
      this.queue.splice(this.queue.indexOf(job), 1);
      job.reject(new AppFailure(appError('CANCELLED')));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('OCR engine closed'));
    await Promise.all(
      this.slots.map(async (slot) => {
        const worker = slot.worker ?? (await slot.starting?.catch(() => null)) ?? null;
        slot.worker = null;
        await worker?.terminate();
      }),
    );
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      slot.busy = true;
      void this.run(slot, job).finally(() => {
        slot.busy = false;
        if (!this.closed) this.pump();
      });
    }
  }

  private async run(slot: Slot, job: Job): Promise<void> {
    try {
      const worker = await this.ready(slot);
      const result = await withTimeout(worker.recognize(job.image, job.params as RecognizeParams, { blocks: true, text: false }), job.timeoutMs, () => this.discard(slot, worker));
      const words: RecognizedWord[] = [];
      let lines = 0;
      for (const block of result.data.blocks ?? []) {
        for (const paragraph of block.paragraphs) {
          for (const line of paragraph.lines) {
            for (const word of line.words) words.push({ text: word.text, confidence: word.confidence, ...word.bbox, line: lines });
            lines++;
          }
        }
      }
      job.resolve(words);
    } catch (error) {
      // After a timeout the worker is already gone; after an engine error it may be broken.
      if (!(error instanceof RecognitionTimeout) && slot.worker) this.discard(slot, slot.worker);
      job.reject(error);
    }
  }

  private discard(slot: Slot, worker: Worker): void {
    if (slot.worker === worker) slot.worker = null;
    this.replaced++;
    void worker.terminate();
  }

  private ready(slot: Slot): Promise<Worker> {
    if (slot.worker) return Promise.resolve(slot.worker);
    slot.starting ??= this.start().then(
      (worker) => {
        slot.starting = null;
        if (this.closed) {
          void worker.terminate();
          throw new Error('OCR engine closed');
        }
        slot.worker = worker;
        return worker;
      },
      (error: unknown) => {
        slot.starting = null;
        throw error;
      },
    );
    return slot.starting;
  }

  private async start(): Promise<Worker> {
    let failed: unknown = null;
    // errorHandler keeps a failed language load from crashing the process; the timeout catches a hang.
    const creating = createWorker(this.options.languages, OEM.LSTM_ONLY, {
      langPath: this.options.languageFolder,
      gzip: true,
      cacheMethod: 'none',
      errorHandler: (error: unknown) => (failed = error),
    });
    const worker = await withTimeout(creating, this.options.startTimeoutMs, () => void creating.then((w) => w.terminate(), () => undefined));
    if (failed) {
      await worker.terminate();
      throw failed instanceof Error ? failed : new Error(String(failed));
    }
    await worker.setParameters({ user_defined_dpi: '254' });
    await withTimeout(worker.recognize(await warmUpImage(), { tessedit_pageseg_mode: '7' } as RecognizeParams, { text: true }), this.options.startTimeoutMs, () => void worker.terminate());
    return worker;
  }
}
