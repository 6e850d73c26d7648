/**
 * The core's one OCR engine, started on first use with the options in force (Settings: ocr.languages,
 * ocr.workers). When the options change, the engine in use is retired: calls already running finish on
 * it, then it closes and frees its workers' memory; the next call starts an engine with the new options.
 */
import type { Settings } from '../../../shared/contract/settings';
import type { OcrEngine } from './engine';
import type { Lane } from './read-regions';

export interface EngineChoice {
  languages: Lane[];
  workers: number;
}

export function engineChoice(settings: Pick<Settings, 'ocr.languages' | 'ocr.workers'>): EngineChoice {
  return { languages: settings['ocr.languages'].split('+') as Lane[], workers: settings['ocr.workers'] };
}

const keyOf = (choice: EngineChoice) => `${choice.languages.join('+')}/${choice.workers}`;

interface Entry {
  key: string;
  engine: OcrEngine;
  calls: number;
  retired: boolean;
  closed: boolean;
}

export function createEngineSlot(make: (choice: EngineChoice) => OcrEngine) {
  let current: Entry | null = null;
  /** Retired engines still finishing calls. */
  const retiring = new Set<Entry>();
  const closing = new Set<Promise<void>>();

  function closeEntry(entry: Entry): void {
    if (entry.closed) return;
    entry.closed = true;
    retiring.delete(entry);
    const done: Promise<void> = entry.engine
      .close()
      .catch(() => undefined)
      .finally(() => closing.delete(done));
    closing.add(done);
  }

  /** An engine with other options than `choice` is retired: closed now if idle, else when its last call ends. */
  function refresh(choice: EngineChoice): void {
    if (!current || current.key === keyOf(choice)) return;
    const old = current;
    current = null;
    old.retired = true;
    if (old.calls === 0) closeEntry(old);
    else retiring.add(old);
  }

  return {
    refresh,

    /** Runs `work` on the engine for `choice`, starting one if none with these options runs. */
    async use<T>(choice: EngineChoice, work: (engine: OcrEngine) => Promise<T>): Promise<T> {
      refresh(choice);
      const entry = (current ??= { key: keyOf(choice), engine: make(choice), calls: 0, retired: false, closed: false });
      entry.calls += 1;
      try {
        return await work(entry.engine);
      } finally {
        entry.calls -= 1;
        if (entry.retired && entry.calls === 0) closeEntry(entry);
      }
    },

    /** The engine new calls would use, or null before the first call and after a change retired it. */
    status(): ReturnType<OcrEngine['stats']> | null {
      return current ? current.engine.stats() : null;
    },

    /** Ends every engine now, busy or not (the core is closing); resolves when their workers are gone. */
    async close(): Promise<void> {
      for (const entry of [...retiring, ...(current ? [current] : [])]) closeEntry(entry);
      current = null;
      await Promise.all([...closing]);
    },
  };
}

export type EngineSlot = ReturnType<typeof createEngineSlot>;
