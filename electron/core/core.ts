import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { Result } from '../../shared/contract/errors';
import type { InputOf, OperationName, OutputOf, ProgressEvent, SystemInfo } from '../../shared/contract/operations';
import { todayIn } from '../../shared/domain/calendar-date';
import { fail } from '../../shared/contract/errors';
import { appVersion } from './app-version';
import { inspectBackup, restoreBackup } from './backup/backup-file';
import { createBackupService, defaultBackupFolder, type BackupService } from './backup/backup-service';
import { isoNow, systemClock, type Clock } from './clock';
import { schemaVersion } from './db/migrations';
import { openDatabase } from './db/open-database';
import { createDispatcher, type Dispatcher } from './dispatch';
import { createHandlers } from './handlers';
import { RunningCalls } from './jobs';
import { SwapLock } from './swap-lock';
import { createStderrLogger, type Logger } from './log';
import { AttachmentStore } from './files/attachment-store';
import { createBatchService } from './services/batches-service';
import { createComplianceService } from './services/compliance-service';
import { createAttachmentsService } from './services/attachments-service';
import { createOcrService } from './services/ocr-service';
import { createOcrEngine } from './ocr';
import { createEngineSlot, engineChoice } from './ocr/engine-slot';
import { createDocumentsService } from './services/documents-service';
import { folderSize } from './services/data-size';
import { createDemoService, SAMPLE_DATABASE_NAME } from './services/demo-service';
import { createRequestsService } from './services/requests-service';
import { createReplyCheckService } from './services/reply-check-service';
import { createManufacturersService } from './services/manufacturers-service';
import { createSettingsService } from './services/settings-service';
import { createSealService } from './services/seal-service';
import { createImportService } from './services/import-service';
import { createVehicleService, type VehicleService } from './services/vehicles-service';

export type Door = SystemInfo['door'];

/** Operations that close the open database and open another (or the same, replaced). */
const SWAPPING_OPERATIONS = new Set(['backup.restore', 'demo.load', 'demo.discard']);

export interface CoreOptions {
  databasePath: string;
  door: Door;
  clock?: Clock;
  log?: Logger;
  /** The dealer's time zone, for "today"; the machine's by default. */
  timeZone?: string;
  /** Where attachments live; beside the database by default (a temporary folder for ':memory:'). */
  dataFolder?: string;
}

export interface Core extends Dispatcher {
  /** dispatch() with the contract's types, for callers inside the process (CLI, tests, benchmarks). */
  call<N extends OperationName>(operation: N, input: InputOf<N>, callId?: string): Promise<Result<OutputOf<N>>>;
  /** Emits 'progress' with a ProgressEvent for long calls. */
  readonly events: EventEmitter<{ progress: [ProgressEvent] }>;
  readonly db: Database;
  /** The services behind the contract, for benchmarks and tests that seed data in bulk. */
  readonly services: { vehicles: VehicleService; attachments: AttachmentStore; backups: BackupService };
  close(): void;
}

/** Open the inventory and wire every service behind the contract. Throws AppFailure if the file is unusable. */
export function openCore(options: CoreOptions): Core {
  const log = options.log ?? createStderrLogger();
  const clock = options.clock ?? systemClock;
  const events = new EventEmitter<{ progress: [ProgressEvent] }>();
  const running = new RunningCalls();
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = () => todayIn(timeZone, clock.now());
  const dataFolder = options.dataFolder ?? (options.databasePath === ':memory:' ? fs.mkdtempSync(path.join(os.tmpdir(), 'export-desk-memory-')) : path.dirname(options.databasePath));
  let attachments = new AttachmentStore(path.join(dataFolder, 'files'));
  // One OCR engine for the core's life, restarted (after its calls) when Settings change its options.
  const ocrEngines = createEngineSlot((choice) => createOcrEngine({ timeZone, ...choice }));
  // Sample data lives in its own database and files beside the real ones (demo.load / demo.discard).
  const sampleFolder = path.join(dataFolder, 'sample');
  let sampleInUse = false;
  const demo = createDemoService({
    sampleFolder,
    active: () => sampleInUse,
    useSample: (sample) => useDatabase(sample),
    call: (operation, input) => state.dispatcher.dispatch(operation, input) as never,
    db: () => state.db,
    files: () => attachments,
    clock,
    today,
  });

  /** Everything that holds the open database; rebuilt when a restore swaps the file. */
  function wire(db: Database) {
    const vehicles = createVehicleService(db, clock, today);
    const compliance = createComplianceService(db, today);
    const settings = createSettingsService(db, clock, (now) => ocrEngines.refresh(engineChoice(now)));
    const seal = createSealService({ db, clock, settings, files: attachments });
    const backups = createBackupService({ db: () => db, store: () => attachments, clock, today, folder: () => settings.read()['backup.folder'] ?? defaultBackupFolder(sampleInUse ? sampleFolder : dataFolder), plan: () => ({ schedule: settings.read()['backup.schedule'], keep: settings.read()['backup.keep'] }) });
    const handlers = createHandlers({
      running,
      db,
      today,
      vehicles,
      imports: createImportService(db, vehicles, today),
      compliance,
      batches: createBatchService(db, clock, today, compliance),
      settings,
      requests: createRequestsService({ db, clock, today, settings, files: attachments }),
      replyCheck: createReplyCheckService({ db, settings, engines: ocrEngines }),
      manufacturers: createManufacturersService(db, clock),
      seal,
      documents: createDocumentsService({ db, clock, today, settings, files: attachments, seal }),
      attachments: createAttachmentsService(db, clock, attachments),
      ocr: createOcrService({ db, files: attachments, settings, vehicles, engines: ocrEngines }),
      backups: { service: backups, restore },
      demo,
      dataSize: () => folderSize(dataFolder),
      files: () => attachments,
      info: () => ({
        appVersion: appVersion(),
        schemaVersion: schemaVersion(db),
        databasePath: sampleInUse ? path.join(sampleFolder, SAMPLE_DATABASE_NAME) : options.databasePath,
        dataFolder,
        door: options.door,
        today: today(),
      }),
    });
    const dispatcher = createDispatcher(handlers, running, (event) => events.emit('progress', event), log);
    return { db, dispatcher, vehicles, backups };
  }

  let state = wire(openDatabase(options.databasePath));
  // Writes a crash interrupted leave temporary files: never attachments, but they should not pile up.
  attachments.sweepInterruptedWrites();

  /** Replace the inventory with a checked backup: close, swap the files, reopen (the old file is kept aside). */
  async function restore(file: string) {
    if (options.databasePath === ':memory:') fail('INVALID_INPUT');
    if (sampleInUse) useDatabase(false); // a restore is always of the real inventory
    inspectBackup(file); // refuse a bad backup before touching anything
    state.db.close();
    try {
      return restoreBackup(file, options.databasePath, attachments, `export-desk.before-restore-${isoNow(clock).replace(/[:.]/g, '-')}.sqlite`);
    } finally {
      state = wire(openDatabase(options.databasePath));
    }
  }

  /** Switch between the real inventory and the sample database (with its own files); like a restore, rewire everything. */
  function useDatabase(sample: boolean) {
    const next = sample ? openDatabase(path.join(sampleFolder, SAMPLE_DATABASE_NAME)) : openDatabase(options.databasePath);
    if (state.db.open) state.db.close();
    sampleInUse = sample;
    attachments = new AttachmentStore(path.join(sample ? sampleFolder : dataFolder, 'files'));
    state = wire(next);
  }

  // Calls that close and reopen the database run alone; the rest share it.
  const lock = new SwapLock();
  const guarded = (operation: string, input: unknown, callId?: string) =>
    SWAPPING_OPERATIONS.has(operation)
      ? lock.exclusive(() => state.dispatcher.dispatch(operation, input, callId))
      : lock.shared(() => state.dispatcher.dispatch(operation, input, callId));

  return {
    events,
    get db() {
      return state.db;
    },
    get services() {
      return { vehicles: state.vehicles, attachments, backups: state.backups };
    },
    dispatch: (operation, input, callId) => guarded(operation, input, callId),
    call: (operation, input, callId) => guarded(operation, input, callId) as never,
    close: () => {
      // The OCR workers are threads: end them, or they keep the process alive.
      void ocrEngines.close();
      if (state.db.open) state.db.close();
    },
  };
}
