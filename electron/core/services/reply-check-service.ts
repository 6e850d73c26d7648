import { performance } from 'node:perf_hooks';
import type { Database } from 'better-sqlite3';
import { fail } from '../../../shared/contract/errors';
import type { ReplyCheck } from '../../../shared/contract/requests';
import { searchVins, type TextSource } from '../../../shared/ocr/vin-search';
import { getRequest, requestVehicles } from '../db/requests-repo';
import { engineChoice, type EngineSlot } from '../ocr/engine-slot';
import type { TextPage } from '../ocr';
import type { SettingsService } from './settings-service';

interface Dependencies {
  db: Database;
  settings: SettingsService;
  /** The core's OCR engine (started on first use, shared with certificate OCR). */
  engines: EngineSlot;
}

interface CheckInput {
  requestId: number;
  file: { fileName: string; contentBase64: string };
  vins?: string[] | undefined;
}

const sourcesOf = (pages: TextPage[]): TextSource[] => pages.map((page) => ({ page: page.page, text: page.text }));

/**
 * A manufacturer's reply read before it is saved: every VIN it should confirm is looked for in the
 * scan's text. The pages are read as a letter first; if a VIN is not found, once more for Latin codes
 * wherever they stand (a photo at an angle can lose table rows to the layout analysis). Advisory only:
 * `requests.reply` never depends on it.
 */
export function createReplyCheckService({ db, settings, engines }: Dependencies) {
  return {
    async check(input: CheckInput, progress: (done: number, total: number, label?: string) => void, signal: AbortSignal): Promise<ReplyCheck> {
      const started = performance.now();
      const request = getRequest(db, input.requestId) ?? fail('NOT_FOUND', { what: `request #${input.requestId}` });
      const vins = input.vins ?? requestVehicles(db, request.id).map((vehicle) => vehicle.vin);
      const file = { name: input.file.fileName, bytes: Buffer.from(input.file.contentBase64, 'base64') };
      return engines.use(engineChoice(settings.read()), async (engine) => {
        // Progress counts both readings; when the first finds every VIN the bar simply completes early.
        const first = await engine.readText(file, { signal, onProgress: (done, total, label) => progress(done, total * 2, label) });
        let sources = sourcesOf(first.pages);
        let results = searchVins(vins, sources);
        const secondReading = results.some((result) => result.how === 'missing');
        if (secondReading) {
          const again = await engine.readText(file, { reading: 'codes', signal, onProgress: (done, total, label) => progress(total + done, total * 2, label) });
          sources = [...sources, ...sourcesOf(again.pages)];
          results = searchVins(vins, sources);
        }
        return {
          vins: results.map((result) => ({
            vin: result.vin,
            found: result.how !== 'missing',
            how: result.how,
            ...(result.how === 'tolerant' && result.read !== null ? { read: result.read, distance: result.distance ?? 0 } : {}),
            ...(result.how === 'missing' && result.read !== null ? { closest: result.read, distance: result.distance ?? 0 } : {}),
            ...(result.page !== null ? { page: result.page + 1 } : {}),
          })),
          pagesRead: first.pages.length,
          secondReading,
          ms: Math.round(performance.now() - started),
        };
      });
    },
  };
}

export type ReplyCheckService = ReturnType<typeof createReplyCheckService>;
