import { z } from 'zod';
import { ExportedFileSchema, ExportRequestSchema, FilePayloadSchema, ImportPreviewSchema, ImportReportSchema } from './import-export';
import { AssessDatesSchema, AssessmentSchema, AssessVehicleSchema, CalendarDateSchema, DashboardSchema, PolicySchema, ReadinessSchema } from './compliance';
import { AddToBatchResultSchema, AddToBatchSchema, BatchChangeSchema, BatchDetailSchema, BatchRefSchema, BatchSchema, NewBatchSchema } from './batches';
import { AddAttachmentSchema, AttachmentSchema } from './attachments';
import { CalendarDaySchema, CalendarImportReportSchema, ListCalendarSchema, RemoveCalendarDaySchema, SetCalendarDaySchema } from './calendar';
import { KnownOutletSchema, ManufacturerChangeSchema, ManufacturerSchema, NewOutletSchema } from './manufacturers';
import { OcrRecognizeSchema, OcrResultSchema, OcrSaveSchema } from './ocr';
import { OcrStatusSchema } from './ocr-status';
import { CancelRequestSchema, CheckReplySchema, CreateRequestsSchema, ListRequestsSchema, ReplyCheckSchema, ReplySchema, RequestSchema, SendRequestSchema } from './requests';
import { SettingsChangeSchema, SettingsSchema } from './settings';
import { SavedSealSchema, SealImageSchema, SetSealSchema } from './seal';
import { AuditEntrySchema, NewVehicleSchema, VehicleChangeSchema, VehicleListQuerySchema, VehicleListSchema, VehicleSchema } from './vehicles';

interface OperationSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  /** Long jobs report progress events and can be cancelled. */
  long?: boolean;
}

function operation<I extends z.ZodType, O extends z.ZodType>(spec: OperationSpec<I, O>): OperationSpec<I, O> {
  return spec;
}

const Empty = z.object({}).strict();
const ById = z.object({ id: z.number().int().positive() }).strict();
const ByIdOrVin = z.union([ById, z.object({ vin: z.string().trim().min(1).max(30) }).strict()]);

export const SystemInfoSchema = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  databasePath: z.string(),
  dataFolder: z.string(),
  door: z.enum(['electron', 'browser', 'cli']),
  today: z.string(),
});
export type SystemInfo = z.infer<typeof SystemInfoSchema>;

/** Whether the sample database is open instead of the real inventory, and where it lives. */
const DemoStateSchema = z.object({ active: z.boolean(), databasePath: z.string() });

const BackupManifestSchema = z.object({
  format: z.literal('export-desk-backup'),
  formatVersion: z.literal(1),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  createdAt: z.string(),
  vehicles: z.number().int(),
  files: z.number().int(),
  bytes: z.number().int(),
});
const BackupResultSchema = z.object({ file: z.string(), manifest: BackupManifestSchema });

const GeneratedFileSchema = z.object({ documentId: z.number().int(), fileName: z.string(), contentBase64: z.string() });
const DocumentTargetSchema = z.union([
  z.object({ batchId: z.number().int().positive() }).strict(),
  z.object({ vehicleIds: z.array(z.number().int().positive()).min(1).max(5000) }).strict(),
]);

/** Every operation of the core: its name, what it takes and what it gives back. */
export const contract = {
  'system.info': operation({ input: Empty, output: SystemInfoSchema }),
  'jobs.cancel': operation({ input: z.object({ callId: z.string().min(1).max(100) }).strict(), output: z.object({ cancelled: z.boolean() }) }),
  'vehicles.add': operation({ input: NewVehicleSchema, output: VehicleSchema }),
  'vehicles.get': operation({ input: ByIdOrVin, output: VehicleSchema }),
  'vehicles.update': operation({ input: VehicleChangeSchema, output: VehicleSchema }),
  'vehicles.delete': operation({ input: ById, output: VehicleSchema }),
  'vehicles.restore': operation({ input: ById, output: VehicleSchema }),
  'vehicles.list': operation({ input: VehicleListQuerySchema, output: VehicleListSchema }),
  'vehicles.history': operation({ input: ById, output: z.array(AuditEntrySchema) }),
  /** Erase for good (not undoable, unlike delete): the vehicle, its history and attachments, and files no other row uses. */
  'vehicles.erase': operation({ input: ById, output: z.object({ id: z.number().int(), vin: z.string(), attachments: z.number().int(), files: z.number().int() }) }),
  /** A text for support: versions, counts, sizes and the end of the log, without personal data. */
  'system.diagnostics': operation({ input: Empty, output: z.object({ text: z.string() }) }),
  'vehicles.facets': operation({
    input: Empty,
    output: z.object({ manufacturers: z.array(z.object({ id: z.number().int(), name: z.string() })), destinations: z.array(z.string()) }),
  }),
  'vehicles.importPreview': operation({ input: FilePayloadSchema, output: ImportPreviewSchema, long: true }),
  'vehicles.import': operation({ input: FilePayloadSchema, output: ImportReportSchema, long: true }),
  'vehicles.export': operation({ input: ExportRequestSchema, output: ExportedFileSchema, long: true }),
  'manufacturers.list': operation({ input: Empty, output: z.array(ManufacturerSchema) }),
  'settings.get': operation({ input: Empty, output: SettingsSchema }),
  'settings.update': operation({ input: SettingsChangeSchema, output: SettingsSchema }),
  /** The enterprise's seal image for drafts: checked, normalised to a transparent PNG and kept like any file. */
  'settings.setSeal': operation({ input: SetSealSchema, output: SavedSealSchema }),
  'settings.removeSeal': operation({ input: Empty, output: z.object({ removed: z.boolean() }) }),
  'settings.seal': operation({ input: Empty, output: SealImageSchema }),
  /** The working-day calendar (holidays, 调休): overdue requests are counted over it. */
  'calendar.list': operation({ input: ListCalendarSchema, output: z.array(CalendarDaySchema) }),
  'calendar.set': operation({ input: SetCalendarDaySchema, output: CalendarDaySchema }),
  'calendar.remove': operation({ input: RemoveCalendarDaySchema, output: z.object({ removed: z.boolean() }) }),
  /** A .csv or .xlsx with columns date, kind, name: every row checked first, nothing written if one is bad. */
  'calendar.import': operation({ input: FilePayloadSchema, output: CalendarImportReportSchema }),
  'batches.create': operation({ input: NewBatchSchema, output: BatchSchema }),
  'batches.list': operation({ input: Empty, output: z.array(BatchSchema) }),
  'batches.get': operation({ input: BatchRefSchema, output: BatchDetailSchema }),
  'batches.update': operation({ input: BatchChangeSchema, output: BatchSchema }),
  'batches.addVehicles': operation({ input: AddToBatchSchema, output: AddToBatchResultSchema }),
  'batches.removeVehicles': operation({ input: z.object({ batchId: z.number().int().positive(), vehicleIds: z.array(z.number().int().positive()).min(1).max(5000) }).strict(), output: BatchSchema }),
  'requests.create': operation({ input: CreateRequestsSchema, output: z.array(RequestSchema) }),
  'requests.list': operation({ input: ListRequestsSchema, output: z.array(RequestSchema) }),
  'requests.get': operation({ input: ById, output: RequestSchema }),
  'requests.send': operation({ input: SendRequestSchema, output: RequestSchema }),
  'requests.reply': operation({ input: ReplySchema, output: RequestSchema }),
  /** OCR of a reply scan before it is saved: each VIN found in it, or flagged (advisory; saving never needs it). */
  'requests.checkReply': operation({ input: CheckReplySchema, output: ReplyCheckSchema, long: true }),
  'requests.cancel': operation({ input: CancelRequestSchema, output: RequestSchema }),
  /** Requests overdue now and not yet reminded of; each is marked in the same transaction, so it is handed out once. */
  'requests.newlyOverdue': operation({ input: Empty, output: z.array(RequestSchema) }),
  'manufacturers.outlets': operation({ input: ById, output: z.array(KnownOutletSchema) }),
  /** Contacts and aliases; the name stays as on the registration certificates. */
  'manufacturers.update': operation({ input: ManufacturerChangeSchema, output: ManufacturerSchema }),
  'manufacturers.addOutlet': operation({ input: NewOutletSchema, output: z.array(KnownOutletSchema) }),
  'manufacturers.removeOutlet': operation({ input: z.object({ outletId: z.number().int().positive() }).strict(), output: z.array(KnownOutletSchema) }),
  'backup.create': operation({ input: z.object({ file: z.string().trim().min(1).max(1000).optional() }).strict(), output: BackupResultSchema, long: true }),
  'backup.list': operation({ input: Empty, output: z.object({ folder: z.string(), backups: z.array(z.object({ file: z.string(), date: z.string(), size: z.number() })) }) }),
  'backup.restore': operation({
    input: z.union([z.object({ file: z.string().trim().min(1).max(1000) }).strict(), z.object({ latest: z.literal(true) }).strict()]),
    output: z.object({ manifest: BackupManifestSchema, keptAside: z.string().nullable(), file: z.string() }),
    long: true,
  }),
  'documents.appendix': operation({ input: DocumentTargetSchema, output: GeneratedFileSchema, long: true }),
  'documents.requests': operation({
    input: z.union([z.object({ batchId: z.number().int().positive() }).strict(), z.object({ requestIds: z.array(z.number().int().positive()).min(1).max(500) }).strict()]),
    output: z.array(GeneratedFileSchema),
    long: true,
  }),
  'documents.packet': operation({ input: z.object({ batchId: z.number().int().positive() }).strict(), output: GeneratedFileSchema, long: true }),
  'documents.modificationProof': operation({ input: z.object({ vehicleId: z.number().int().positive() }).strict(), output: GeneratedFileSchema }),
  'documents.history': operation({
    input: z.object({ batchId: z.number().int().positive() }).strict(),
    output: z.array(z.object({ id: z.number().int(), kind: z.enum(['appendix', 'confirmation-request', 'packet', 'modification-proof']), batchId: z.number().int().nullable(), manufacturerId: z.number().int().nullable(), vehicleId: z.number().int().nullable(), attachmentId: z.number().int(), fileName: z.string(), size: z.number().int(), supersededAt: z.string().nullable(), createdAt: z.string() })),
  }),
  'documents.open': operation({ input: ById, output: z.object({ fileName: z.string(), contentBase64: z.string() }) }),
  'attachments.add': operation({ input: AddAttachmentSchema, output: AttachmentSchema }),
  'attachments.list': operation({ input: z.object({ vehicleId: z.number().int().positive() }).strict(), output: z.array(AttachmentSchema) }),
  'attachments.open': operation({ input: ById, output: z.object({ fileName: z.string(), mediaType: z.string(), contentBase64: z.string() }) }),
  'ocr.recognize': operation({ input: OcrRecognizeSchema, output: OcrResultSchema, long: true }),
  'ocr.saveVehicle': operation({ input: OcrSaveSchema, output: VehicleSchema }),
  /** The OCR options in force, the workers running and the language data installed (Settings). */
  'ocr.status': operation({ input: Empty, output: OcrStatusSchema }),
  'compliance.policy': operation({ input: Empty, output: PolicySchema }),
  'compliance.assess': operation({ input: AssessDatesSchema, output: AssessmentSchema }),
  'compliance.vehicle': operation({ input: AssessVehicleSchema, output: ReadinessSchema.extend({ vehicle: VehicleSchema }) }),
  'compliance.dashboard': operation({ input: z.object({ applicationDate: CalendarDateSchema.optional() }).strict(), output: DashboardSchema }),
  /** Sample data in a separate database: load it, see whether it is in use, discard it. */
  'demo.status': operation({ input: Empty, output: DemoStateSchema }),
  'demo.load': operation({
    input: z.object({ into: z.enum(['sample', 'current']).default('sample') }).strict(),
    output: DemoStateSchema.extend({ vehicles: z.number().int(), scans: z.number().int(), batches: z.number().int(), requests: z.number().int() }),
    long: true,
  }),
  'demo.discard': operation({ input: Empty, output: DemoStateSchema }),
  /** How much the data folder holds (database, scans, backups kept there). */
  'system.dataSize': operation({ input: Empty, output: z.object({ folder: z.string(), bytes: z.number(), files: z.number().int() }) }),
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
/** What a caller sends (before defaults and normalisation). */
export type InputOf<N extends OperationName> = z.input<Contract[N]['input']>;
/** What a handler receives (after validation). */
export type ParsedInputOf<N extends OperationName> = z.output<Contract[N]['input']>;
export type OutputOf<N extends OperationName> = z.output<Contract[N]['output']>;

export const OPERATION_NAMES = Object.keys(contract) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export const ProgressEventSchema = z.object({
  callId: z.string(),
  done: z.number(),
  total: z.number(),
  label: z.string().optional(),
});
export type ProgressEvent = z.infer<typeof ProgressEventSchema>;
