import { create } from 'zustand';
import type { AppError } from '../../../shared/contract/errors';
import type { OcrResult } from '../../../shared/contract/ocr';
import type { Bilingual } from '../../../shared/i18n/translate';
import { client } from '../../api/client';
import { filePayload } from '../../api/files';
import { groupFiles } from './grouping';

export type CertificateStatus = 'waiting' | 'reading' | 'review' | 'saved' | 'failed' | 'skipped';

export interface Payload {
  fileName: string;
  contentBase64: string;
}

/** One certificate in the queue: its scans, where it stands, and what OCR read. */
export interface QueuedCertificate {
  id: number;
  name: string;
  files: File[];
  /** Object URLs of the files, for the scan viewer (same order as `files`). */
  urls: string[];
  status: CertificateStatus;
  progress: { done: number; total: number };
  payloads?: Payload[];
  result?: OcrResult;
  error?: Bilingual;
  vin?: string;
}

interface StockInState {
  queue: QueuedCertificate[];
  /** The certificate shown in the review, if any. */
  reviewing: number | null;
  add(files: File[], batch: boolean): void;
  cancel(): void;
  review(id: number): void;
  finish(id: number, status: 'saved' | 'skipped', vin?: string): void;
  mergeWithNext(id: number): void;
  split(id: number): void;
  clearFinished(): void;
}

let nextId = 1;
let running: AbortController | null = null;

const nameOf = (files: File[]) => (files.length === 1 ? files[0]!.name : `${files[0]!.name} +${files.length - 1}`);

function entry(files: File[]): QueuedCertificate {
  return { id: nextId++, name: nameOf(files), files, urls: files.map((file) => URL.createObjectURL(file)), status: 'waiting', progress: { done: 0, total: files.length } };
}

function release(item: QueuedCertificate) {
  for (const url of item.urls) URL.revokeObjectURL(url);
}

/** The scans waiting, reading and reviewed; kept while the clerk visits other screens. */
export const useStockInStore = create<StockInState>()((set, get) => {
  const patch = (id: number, changes: Partial<QueuedCertificate>) => set((state) => ({ queue: state.queue.map((item) => (item.id === id ? { ...item, ...changes } : item)) }));

  /** The next waiting certificate is read when nothing else is (one at a time: the worker pool uses every core). */
  async function pump() {
    if (running) return;
    const next = get().queue.find((item) => item.status === 'waiting');
    if (!next) return;
    const controller = new AbortController();
    running = controller;
    patch(next.id, { status: 'reading' });
    try {
      const payloads = await Promise.all(next.files.map((file) => filePayload(file)));
      const result = await client.call('ocr.recognize', { files: payloads }, { signal: controller.signal, onProgress: (event) => patch(next.id, { progress: { done: event.done, total: event.total } }) });
      if (controller.signal.aborted) patch(next.id, { status: 'failed', error: cancelledText });
      else if (result.ok) {
        patch(next.id, { status: 'review', payloads, result: result.value, progress: { done: next.files.length, total: next.files.length } });
        if (get().reviewing === null) set({ reviewing: next.id });
      } else patch(next.id, { status: 'failed', error: messageOf(result.error) });
    } catch (error) {
      patch(next.id, { status: 'failed', error: { 'zh-CN': String(error), en: String(error) } });
    } finally {
      running = null;
    }
    void pump();
  }

  return {
    queue: [],
    reviewing: null,
    add(files, batch) {
      const groups = groupFiles(files, batch);
      set((state) => ({ queue: [...state.queue, ...groups.map(entry)] }));
      void pump();
    },
    cancel() {
      running?.abort();
      set((state) => {
        const dropped = state.queue.filter((item) => item.status === 'waiting');
        dropped.forEach(release);
        return { queue: state.queue.filter((item) => item.status !== 'waiting') };
      });
    },
    review(id) {
      set({ reviewing: id });
    },
    finish(id, status, vin) {
      patch(id, { status, ...(vin ? { vin } : {}) });
      const next = get().queue.find((item) => item.status === 'review' && item.id !== id);
      set({ reviewing: next ? next.id : null });
    },
    mergeWithNext(id) {
      set((state) => {
        const index = state.queue.findIndex((item) => item.id === id);
        const here = state.queue[index];
        const after = state.queue[index + 1];
        if (!here || !after || here.status !== 'waiting' || after.status !== 'waiting' || here.files.length + after.files.length > 4) return state;
        const files = [...here.files, ...after.files];
        const merged = { ...here, files, urls: [...here.urls, ...after.urls], name: nameOf(files), progress: { done: 0, total: files.length } };
        return { queue: [...state.queue.slice(0, index), merged, ...state.queue.slice(index + 2)] };
      });
    },
    split(id) {
      set((state) => {
        const index = state.queue.findIndex((item) => item.id === id);
        const here = state.queue[index];
        if (!here || here.status !== 'waiting' || here.files.length < 2) return state;
        release(here);
        return { queue: [...state.queue.slice(0, index), ...here.files.map((file) => entry([file])), ...state.queue.slice(index + 1)] };
      });
    },
    clearFinished() {
      set((state) => {
        const done = state.queue.filter((item) => item.status === 'saved' || item.status === 'skipped' || item.status === 'failed');
        done.forEach(release);
        return { queue: state.queue.filter((item) => !done.includes(item)) };
      });
    },
  };
});

const cancelledText: Bilingual = { 'zh-CN': '已取消', en: 'Cancelled' };

function messageOf(error: AppError): Bilingual {
  return error.code === 'CANCELLED' ? cancelledText : error.message;
}
