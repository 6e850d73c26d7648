import type { Database } from 'better-sqlite3';
import { fail } from '../../../shared/contract/errors';
import type { OcrResult, OcrSave } from '../../../shared/contract/ocr';
import type { Vehicle } from '../../../shared/contract/vehicles';
import { CONFIDENT } from '../../../shared/ocr/types';
import type { MessageKey } from '../../../shared/i18n/messages';
import { bilingual } from '../../../shared/i18n/translate';
import { insertAttachment } from '../db/attachments-repo';
import { saveCertificateReading } from '../db/certificate-readings-repo';
import type { AttachmentStore } from '../files/attachment-store';
import { mediaTypeOf } from '../files/media-type';
import type { OcrStatus } from '../../../shared/contract/ocr-status';
import { engineChoice, type EngineSlot } from '../ocr/engine-slot';
import { languageDataStatus } from '../ocr/language-data';
import type { SettingsService } from './settings-service';
import type { VehicleService } from './vehicles-service';

interface Dependencies {
  db: Database;
  files: AttachmentStore;
  settings: SettingsService;
  vehicles: VehicleService;
  /** The worker pools, shared for the life of the core (started on first use, restarted when Settings change them). */
  engines: EngineSlot;
}

const decode = (files: Array<{ fileName: string; contentBase64: string }>) => files.map((file) => ({ name: file.fileName, bytes: Buffer.from(file.contentBase64, 'base64') }));

/**
 * Registration certificates read offline: the worker pool starts on first use and stays warm; the
 * clerk reviews every value beside the scan before saving, and the saved vehicle keeps its scans and
 * what the certificate said (notice item II: the application must match the certificate).
 */
export function createOcrService({ db, files, settings, vehicles, engines }: Dependencies) {
  return {
    async recognize(input: { files: Array<{ fileName: string; contentBase64: string }> }, progress: (done: number, total: number, label?: string) => void, signal: AbortSignal): Promise<OcrResult> {
      const current = settings.read();
      const enterpriseName = current['enterprise.name'] ?? undefined;
      const result = await engines.use(engineChoice(current), (engine) =>
        engine.recognizeCertificate(decode(input.files), { ...(enterpriseName ? { enterpriseName } : {}), signal, onProgress: progress }),
      );
      const { reading } = result;
      return {
        fields: reading.fields,
        transfers: reading.transfers,
        problems: reading.problems.map((p) => ({ field: p.field, code: p.code, message: bilingual(p.code as MessageKey) })),
        doubtful: Object.entries(reading.fields).filter(([, field]) => field.value !== null && field.confidence < CONFIDENT).map(([name]) => name),
        pages: result.pages,
        fileProblems: result.problems.map((p) => ({ file: p.file, message: p.error.message })),
        ms: result.ms,
      };
    },

    /** The options in force, the engine running (if any) and the language data installed. */
    status(): OcrStatus {
      const current = settings.read();
      const running = engines.status();
      return {
        languages: current['ocr.languages'],
        workers: current['ocr.workers'],
        engine: running ? { pools: running.pools, replacedWorkers: running.replacedWorkers } : null,
        languageData: languageDataStatus(),
      };
    },

    /** The reviewed vehicle, its certificate scans and the reading, all in one transaction. */
    async save(input: OcrSave): Promise<Vehicle> {
      const scans = decode(input.files).map((file) => {
        const mediaType = mediaTypeOf(file.bytes);
        if (!mediaType.startsWith('image/') && mediaType !== 'application/pdf') fail('FILE_FORMAT_UNSUPPORTED', { file: file.name, expected: 'JPG, PNG, TIFF, BMP, WEBP, PDF' });
        return { ...file, mediaType, ...files.put(file.bytes) };
      });
      return vehicles.addWith(input.vehicle, 'ocr', (created, now) => {
        for (const scan of scans) {
          insertAttachment(db, { sha256: scan.sha256, fileName: scan.name, mediaType: scan.mediaType, size: scan.size, kind: 'certificate-scan', vehicleId: created.id, batchId: null, note: null, createdAt: now });
        }
        saveCertificateReading(db, created.id, input.certificate, now);
      });
    },
  };
}

export type OcrService = ReturnType<typeof createOcrService>;
