import path from 'node:path';
import type { SystemInfo } from '../../shared/contract/operations';
import { AttachmentStore } from './files/attachment-store';
import { createDiagnosticsService } from './services/diagnostics-service';
import { createEraseService } from './services/erase-service';
import { createCalendarService } from './services/calendar-service';
import { normalizeVin } from '../../shared/domain/vin';
import type { Handlers } from './dispatch';
import type { RunningCalls } from './jobs';
import type { Database } from 'better-sqlite3';
import { destinationsInUse } from './db/vehicles-repo';
import { listManufacturers } from './db/manufacturers-repo';
import type { BatchService } from './services/batches-service';
import type { ComplianceService } from './services/compliance-service';
import { fail } from '../../shared/contract/errors';
import type { BackupManifest } from './backup/backup-file';
import type { BackupService } from './backup/backup-service';
import type { AttachmentsService } from './services/attachments-service';
import type { OcrService } from './services/ocr-service';
import type { DocumentsService } from './services/documents-service';
import type { DemoService } from './services/demo-service';
import type { RequestsService } from './services/requests-service';
import type { ReplyCheckService } from './services/reply-check-service';
import type { ManufacturersService } from './services/manufacturers-service';
import type { SettingsService } from './services/settings-service';
import type { SealService } from './services/seal-service';
import { exportVehicles } from './services/export-service';
import type { ImportService } from './services/import-service';
import type { VehicleService } from './services/vehicles-service';

export interface Services {
  info: () => SystemInfo;
  running: RunningCalls;
  vehicles: VehicleService;
  imports: ImportService;
  compliance: ComplianceService;
  batches: BatchService;
  settings: SettingsService;
  seal: SealService;
  requests: RequestsService;
  replyCheck: ReplyCheckService;
  manufacturers: ManufacturersService;
  documents: DocumentsService;
  attachments: AttachmentsService;
  ocr: OcrService;
  backups: { service: BackupService; restore(file: string): Promise<{ manifest: BackupManifest; keptAside: string | null }> };
  db: Database;
  today: () => string;
  /** The attachment store in use (the sample database has its own). */
  files?: () => AttachmentStore;
  demo: DemoService;
  dataSize: () => { folder: string; bytes: number; files: number };
}

/** One handler per contract operation; each only forwards to a service. */
export function createHandlers(services: Services): Handlers {
  const calendar = createCalendarService(services.db);
  return {
    'system.info': async () => services.info(),
    'jobs.cancel': async ({ callId }) => ({ cancelled: services.running.cancel(callId) }),
    'vehicles.add': async (input) => services.vehicles.add(input),
    'vehicles.get': async (input) => ('id' in input ? services.vehicles.get(input.id) : services.vehicles.getByVin(normalizeVin(input.vin))),
    'vehicles.update': async (change) => services.vehicles.update(change),
    'vehicles.delete': async ({ id }) => services.vehicles.remove(id),
    'vehicles.restore': async ({ id }) => services.vehicles.restore(id),
    'vehicles.list': async (query) => services.vehicles.list(query),
    'vehicles.history': async ({ id }) => services.vehicles.history(id),
    'vehicles.erase': async ({ id }) => createEraseService(services.db, services.files?.() ?? new AttachmentStore(path.join(services.info().dataFolder, 'files')), () => new Date().toISOString()).erase(id),
    'system.diagnostics': async () => createDiagnosticsService(services.db, services.info).text(),
    'vehicles.facets': async () => ({
      manufacturers: listManufacturers(services.db).map(({ id, name }) => ({ id, name })),
      destinations: destinationsInUse(services.db),
    }),
    'vehicles.importPreview': async (file, context) => services.imports.preview(file, context.progress),
    'vehicles.import': async (file, context) => services.imports.commit(file, context.progress),
    'vehicles.export': async (request) => exportVehicles(services.db, request, services.today()),
    'manufacturers.list': async () => services.manufacturers.list(),
    'settings.get': async () => services.settings.read(),
    'settings.update': async (changes) => services.settings.update(changes),
    'settings.setSeal': async ({ file }) => services.seal.set(file),
    'settings.removeSeal': async () => services.seal.remove(),
    'settings.seal': async () => services.seal.image(),
    'calendar.list': async ({ year }) => calendar.list(year),
    'calendar.set': async (day) => calendar.set(day),
    'calendar.remove': async ({ date }) => calendar.remove(date),
    'calendar.import': async (file) => calendar.import(file),
    'batches.create': async (input) => services.batches.create(input),
    'batches.list': async () => services.batches.list(),
    'batches.get': async (reference) => services.batches.get(reference),
    'batches.update': async (change) => services.batches.update(change),
    'batches.addVehicles': async (input) => services.batches.addVehicles(input),
    'batches.removeVehicles': async (input) => services.batches.removeVehicles(input),
    'requests.create': async (input) => services.requests.create(input),
    'requests.list': async (filter) => services.requests.list(filter),
    'requests.get': async ({ id }) => services.requests.get(id),
    'requests.send': async (input) => services.requests.send(input),
    'requests.reply': async (input) => services.requests.reply(input),
    'requests.checkReply': async (input, context) => services.replyCheck.check(input, context.progress, context.signal),
    'requests.cancel': async (input) => services.requests.cancel(input),
    'requests.newlyOverdue': async () => services.requests.newlyOverdue(),
    'manufacturers.outlets': async ({ id }) => services.manufacturers.outlets(id),
    'manufacturers.update': async (change) => services.manufacturers.update(change),
    'manufacturers.addOutlet': async (input) => services.manufacturers.addOutlet(input),
    'manufacturers.removeOutlet': async ({ outletId }) => services.manufacturers.removeOutlet(outletId),
    'backup.create': async ({ file }) => services.backups.service.create(file),
    'backup.list': async () => ({ folder: services.backups.service.folder(), backups: services.backups.service.list() }),
    'backup.restore': async (input) => {
      const file = 'file' in input ? input.file : (services.backups.service.list()[0]?.file ?? fail('NOT_FOUND', { what: services.backups.service.folder() }));
      return { ...(await services.backups.restore(file)), file };
    },
    'documents.appendix': async (target) => services.documents.appendix(target),
    'documents.requests': async (target) => services.documents.requestLetters(target),
    'documents.packet': async ({ batchId }) => services.documents.packet(batchId),
    'documents.modificationProof': async ({ vehicleId }) => services.documents.modificationProof(vehicleId),
    'documents.history': async ({ batchId }) => services.documents.history(batchId),
    'documents.open': async ({ id }) => services.documents.open(id),
    'attachments.add': async (input) => services.attachments.add(input),
    'attachments.list': async ({ vehicleId }) => services.attachments.list(vehicleId),
    'attachments.open': async ({ id }) => services.attachments.open(id),
    'ocr.recognize': async (input, context) => services.ocr.recognize(input, context.progress, context.signal),
    'ocr.saveVehicle': async (input) => services.ocr.save(input),
    'ocr.status': async () => services.ocr.status(),
    'compliance.policy': async () => services.compliance.policy(),
    'compliance.assess': async ({ applicationDate, ...dates }) => services.compliance.assessDates(dates, applicationDate),
    'compliance.vehicle': async ({ id, vin, applicationDate }) => {
      const vehicle = id !== undefined ? await services.vehicles.get(id) : await services.vehicles.getByVin(normalizeVin(vin ?? ''));
      return { vehicle, ...services.compliance.forVehicle(vehicle, applicationDate) };
    },
    'compliance.dashboard': async ({ applicationDate }) => services.compliance.dashboard(applicationDate),
    'demo.status': async () => services.demo.status(),
    'demo.load': async ({ into }, context) => (into === 'current' ? services.demo.fillCurrent(context.progress) : services.demo.load(context.progress)),
    'demo.discard': async () => services.demo.discard(),
    'system.dataSize': async () => services.dataSize(),
  };
}
