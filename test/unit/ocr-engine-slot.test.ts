import { describe, expect, it } from 'vitest';
import type { OcrEngine } from '../../electron/core/ocr';
import { createEngineSlot, engineChoice, type EngineChoice } from '../../electron/core/ocr/engine-slot';

/** An engine behind the OcrEngine interface that records its life; the real one is in the integration tests. */
function recordingSlot() {
  const made: Array<{ choice: EngineChoice; closed: boolean }> = [];
  const slot = createEngineSlot((choice) => {
    const record = { choice, closed: false };
    made.push(record);
    const engine: Pick<OcrEngine, 'stats' | 'close'> = {
      stats: () => ({ workers: choice.workers, replacedWorkers: 0, pools: choice.languages.map((language) => ({ language, workers: choice.workers })) }),
      close: async () => void (record.closed = true),
    };
    return engine as OcrEngine;
  });
  return { slot, made };
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

const TWO_BOTH = engineChoice({ 'ocr.languages': 'chi_sim+eng', 'ocr.workers': 2 });
const ONE_ENG = engineChoice({ 'ocr.languages': 'eng', 'ocr.workers': 1 });

describe('the core OCR engine slot', () => {
  it.each([
    [{ 'ocr.languages': 'chi_sim+eng', 'ocr.workers': 2 }, { languages: ['chi_sim', 'eng'], workers: 2 }],
    [{ 'ocr.languages': 'chi_sim', 'ocr.workers': 4 }, { languages: ['chi_sim'], workers: 4 }],
    [{ 'ocr.languages': 'eng', 'ocr.workers': 1 }, { languages: ['eng'], workers: 1 }],
  ] as const)('reads the engine options from settings %j', (settings, choice) => {
    expect(engineChoice(settings)).toEqual(choice);
  });

  it('starts on first use, then reuses the engine while the options stay the same', async () => {
    const { slot, made } = recordingSlot();
    expect(slot.status()).toBeNull();
    await slot.use(TWO_BOTH, async () => 'read');
    await slot.use(TWO_BOTH, async () => 'read');
    slot.refresh(TWO_BOTH);
    expect(made).toHaveLength(1);
    expect(slot.status()?.pools).toEqual([{ language: 'chi_sim', workers: 2 }, { language: 'eng', workers: 2 }]);
  });

  it('closes an idle engine as soon as the options change, and starts one with the new options at the next use', async () => {
    const { slot, made } = recordingSlot();
    await slot.use(TWO_BOTH, async () => undefined);
    slot.refresh(ONE_ENG);
    expect(made[0]!.closed).toBe(true);
    expect(slot.status()).toBeNull();
    await slot.use(ONE_ENG, async () => undefined);
    expect(made.map((m) => m.choice)).toEqual([TWO_BOTH, ONE_ENG]);
    expect(made[1]!.closed).toBe(false);
  });

  it('lets calls in flight finish on the old engine, and closes it after the last one', async () => {
    const { slot, made } = recordingSlot();
    const first = deferred();
    const second = deferred();
    const calls = [slot.use(TWO_BOTH, () => first.promise), slot.use(TWO_BOTH, () => second.promise)];
    slot.refresh(ONE_ENG);
    await slot.use(ONE_ENG, async () => undefined); // a new call meanwhile gets the new engine
    expect(made.map((m) => m.closed)).toEqual([false, false]);
    first.resolve();
    await calls[0];
    expect(made[0]!.closed).toBe(false);
    second.resolve();
    await calls[1];
    expect(made.map((m) => m.closed)).toEqual([true, false]);
  });

  it('closes the engine even when its call failed', async () => {
    const { slot, made } = recordingSlot();
    const failing = slot.use(TWO_BOTH, async () => {
      slot.refresh(ONE_ENG);
      throw new Error('unreadable');
    });
    await expect(failing).rejects.toThrow('unreadable');
    expect(made[0]!.closed).toBe(true);
  });

  it('close() ends the engine in use and one still finishing a call', async () => {
    const { slot, made } = recordingSlot();
    const pending = deferred();
    const call = slot.use(TWO_BOTH, () => pending.promise);
    slot.refresh(ONE_ENG);
    await slot.use(ONE_ENG, async () => undefined);
    await slot.close();
    expect(made.map((m) => m.closed)).toEqual([true, true]);
    pending.resolve();
    await call;
  });
});
