import { inflateSync } from 'node:zlib';
import { fail, type FieldProblem } from '../../../shared/contract/errors';
import { REQUEST_TRANSITIONS, type ConfirmationRequest, type Reply, type RequestFilter, type RequestStatus, type SendRequest } from '../../../shared/contract/requests';
import { addWorkingDays, workingDaysBetween } from '../../../shared/domain/working-days';
import { statusInWindow, confirmationWindow } from '../../../shared/compliance/window';
import { bilingual } from '../../../shared/i18n/translate';
import { insertAttachment } from '../db/attachments-repo';
import { recordAudit } from '../db/audit-repo';
import { batchVehicleIds, getBatch } from '../db/batches-repo';
import { addRequestVehicle, getRequest, insertOutlet, insertRequest, listRequests, overdueNotifiedIds, requestVehicles, setCoverage, setOverdueNotified, updateRequestFields, vehiclesAlreadyRequested, type RequestRow } from '../db/requests-repo';
import { workingCalendar } from '../db/calendar-repo';
import { getVehicle } from '../db/vehicles-repo';
import { mediaTypeOf } from '../files/media-type';
import { isoNow } from '../clock';
import type { RecordsDependencies } from './service-dependencies';

/**
 * Confirmation requests to manufacturers: one per manufacturer per batch (or chosen vehicles),
 * draft → sent → confirmed / partly confirmed / refused, or cancelled; overdue after N working days.
 */
export function createRequestsService({ db, clock, today, settings, files }: RecordsDependencies) {
  function view(row: RequestRow): ConfirmationRequest {
    const threshold = settings.read()['requests.overdueWorkingDays'];
    const calendar = workingCalendar(db);
    const now = today();
    const waiting = row.sentOn && (row.status === 'sent' || row.status === 'partly-confirmed') ? workingDaysBetween(row.sentOn, now, calendar) : null;
    const dueOn = row.sentOn ? addWorkingDays(row.sentOn, threshold, calendar) : null;
    return { ...row, vehicles: requestVehicles(db, row.id), workingDaysWaiting: waiting, dueOn, overdue: row.status === 'sent' && dueOn !== null && now > dueOn };
  }

  function requireRequest(id: number): RequestRow {
    return getRequest(db, id) ?? fail('NOT_FOUND', { what: `request #${id}` });
  }

  function transition(row: RequestRow, to: RequestStatus): void {
    if (!REQUEST_TRANSITIONS[row.status].includes(to)) {
      fail('REQUEST_TRANSITION', { id: row.id, from: { key: `request.status.${row.status}` }, to: { key: `request.status.${to}` } });
    }
  }

  const create = db.transaction((input: { batchId?: number | undefined; vehicleIds?: number[] | undefined }): number[] => {
    const now = isoNow(clock);
    const batch = input.batchId !== undefined ? (getBatch(db, input.batchId) ?? fail('NOT_FOUND', { what: `batch #${input.batchId}` })) : null;
    const window = confirmationWindow(batch?.plannedApplicationDate ?? today());
    const already = vehiclesAlreadyRequested(db);
    const candidates = (batch ? batchVehicleIds(db, batch.id).map((b) => b.vehicleId) : input.vehicleIds!).map((id) => getVehicle(db, id) ?? fail('NOT_FOUND', { what: `vehicle #${id}` }));
    // From a batch only those the 180-day rule catches; chosen vehicles as chosen.
    const needing = candidates.filter((v) => !already.has(v.id) && (!batch || statusInWindow(v, window) === 'confirmation-required'));
    const withoutManufacturer = needing.filter((v) => v.manufacturerId === null);
    if (withoutManufacturer.length > 0) {
      fail('VEHICLE_INCONSISTENT', undefined, [{ field: 'manufacturer', code: 'request.noManufacturer', message: bilingual('request.noManufacturer', { vins: withoutManufacturer.map((v) => v.vin).join(', ') }) }]);
    }
    if (needing.length === 0) fail('REQUEST_NO_VEHICLES', { detail: { key: 'request.noneNeeded' } });
    const byManufacturer = new Map<number, typeof needing>();
    for (const vehicle of needing) byManufacturer.set(vehicle.manufacturerId!, [...(byManufacturer.get(vehicle.manufacturerId!) ?? []), vehicle]);
    const ids: number[] = [];
    for (const [manufacturerId, vehicles] of byManufacturer) {
      const id = insertRequest(db, manufacturerId, batch?.id ?? null, now);
      for (const vehicle of vehicles) addRequestVehicle(db, id, vehicle.id, vehicle.destinationCountry ?? batch?.destinationCountry ?? null);
      recordAudit(db, { entity: 'request', entityId: id, action: 'create', newValue: vehicles.map((v) => v.vin).join(','), source: 'manual', at: now });
      ids.push(id);
    }
    return ids;
  });

  const send = db.transaction((input: SendRequest): void => {
    const row = requireRequest(input.id);
    transition(row, 'sent');
    const now = isoNow(clock);
    updateRequestFields(db, row.id, { status: 'sent', sentOn: input.sentOn ?? today(), channel: input.channel, contact: input.contact ?? null, trackingNumber: input.trackingNumber ?? null }, now);
    recordAudit(db, { entity: 'request', entityId: row.id, action: 'update', field: 'status', oldValue: row.status, newValue: 'sent', source: 'manual', at: now });
  });

  const reply = db.transaction(
    (input: Reply): void => {
      const row = requireRequest(input.id);
      transition(row, input.outcome);
      const vehicles = requestVehicles(db, row.id);
      const inRequest = new Set(vehicles.map((v) => v.id));
      const covered = new Set(input.coveredVehicleIds);
      const problems: FieldProblem[] = [...covered].filter((id) => !inRequest.has(id)).map((id) => ({ field: 'coveredVehicleIds', code: 'request.notInRequest', message: bilingual('request.notInRequest', { id }) }));
      // Vehicles already confirmed by an earlier (partial) reply stay confirmed.
      const nowCovered = vehicles.filter((v) => covered.has(v.id) || v.covered === true).length;
      if (input.outcome === 'confirmed' && nowCovered !== vehicles.length) problems.push({ field: 'coveredVehicleIds', code: 'request.confirmedNeedsAll', message: bilingual('request.confirmedNeedsAll', { count: vehicles.length }) });
      if (input.outcome === 'partly-confirmed' && (nowCovered === 0 || nowCovered === vehicles.length)) problems.push({ field: 'coveredVehicleIds', code: 'request.partialNeedsSome', message: bilingual('request.partialNeedsSome') });
      if (input.outcome === 'refused' && covered.size > 0) problems.push({ field: 'coveredVehicleIds', code: 'request.refusedNeedsNone', message: bilingual('request.refusedNeedsNone') });
      if (problems.length > 0) fail('REPLY_COVERAGE', undefined, problems);

      const now = isoNow(clock);
      const bytes = Buffer.from(input.file.contentBase64, 'base64');
      const mediaType = checkScan(input.file.fileName, bytes);
      const { sha256, size } = files.put(bytes);
      const attachment = insertAttachment(db, { sha256, fileName: input.file.fileName, mediaType, size, kind: 'confirmation-reply', vehicleId: null, batchId: row.batchId, note: `request #${row.id}`, createdAt: now });
      for (const vehicle of vehicles) if (vehicle.covered !== true) setCoverage(db, row.id, vehicle.id, covered.has(vehicle.id));
      for (const outlet of input.outlets) insertOutlet(db, { ...outlet, manufacturerId: row.manufacturerId, requestId: row.id }, now);
      updateRequestFields(db, row.id, { status: input.outcome, replyOn: input.replyOn ?? today(), replyAttachmentId: attachment.id }, now);
      recordAudit(db, { entity: 'request', entityId: row.id, action: 'update', field: 'status', oldValue: row.status, newValue: input.outcome, source: 'manual', at: now });
      for (const vehicle of vehicles) {
        if (covered.has(vehicle.id)) recordAudit(db, { entity: 'vehicle', entityId: vehicle.id, action: 'update', field: 'confirmation', newValue: `${row.manufacturer} #${row.id}`, source: 'manual', at: now });
      }
    },
  );

  const cancel = db.transaction((input: { id: number; reason?: string | undefined }): void => {
    const row = requireRequest(input.id);
    transition(row, 'cancelled');
    const now = isoNow(clock);
    updateRequestFields(db, row.id, { status: 'cancelled', notes: input.reason ?? row.notes }, now);
    recordAudit(db, { entity: 'request', entityId: row.id, action: 'update', field: 'status', oldValue: row.status, newValue: 'cancelled', source: 'manual', at: now });
  });

  /**
   * Claims the reminders due: requests overdue now and not yet reminded are marked and returned in one
   * transaction, so two windows polling at once never both remind, and a restart never repeats one.
   * A marked request no longer overdue (threshold raised, holiday added) is reset, to remind again later.
   */
  const newlyOverdue = db.transaction((): ConfirmationRequest[] => {
    const notified = overdueNotifiedIds(db);
    const now = isoNow(clock);
    const fresh: ConfirmationRequest[] = [];
    for (const row of listRequests(db)) {
      if (row.status !== 'sent' && !notified.has(row.id)) continue;
      const request = view(row);
      if (request.overdue && !notified.has(row.id)) {
        setOverdueNotified(db, row.id, now);
        fresh.push(request);
      } else if (!request.overdue && notified.has(row.id)) setOverdueNotified(db, row.id, null);
    }
    return fresh.reverse(); // oldest first
  });

  return {
    async newlyOverdue(): Promise<ConfirmationRequest[]> {
      // IMMEDIATE: another process (browser mode beside the window) waits for the write lock instead of reading stale marks.
      return newlyOverdue.immediate();
    },
    async create(input: { batchId?: number | undefined; vehicleIds?: number[] | undefined }): Promise<ConfirmationRequest[]> {
      return create(input).map((id) => view(requireRequest(id)));
    },
    async list(filter: RequestFilter): Promise<ConfirmationRequest[]> {
      return listRequests(db)
        .filter((row) => (!filter.status || filter.status.includes(row.status)) && (!filter.manufacturerId || row.manufacturerId === filter.manufacturerId) && (!filter.batchId || row.batchId === filter.batchId))
        .map(view)
        .filter((request) => filter.overdue === undefined || request.overdue === filter.overdue);
    },
    async get(id: number): Promise<ConfirmationRequest> {
      return view(requireRequest(id));
    },
    async send(input: SendRequest): Promise<ConfirmationRequest> {
      send(input);
      return view(requireRequest(input.id));
    },
    async reply(input: Reply): Promise<ConfirmationRequest> {
      reply(input);
      return view(requireRequest(input.id));
    },
    async cancel(input: { id: number; reason?: string | undefined }): Promise<ConfirmationRequest> {
      cancel(input);
      return view(requireRequest(input.id));
    },
  };
}

export type RequestsService = ReturnType<typeof createRequestsService>;

/** Largest image sharp decodes by default; a header claiming more cannot go into a packet. */
const MAX_PIXELS = 268_402_689;
const SCAN_TYPES = new Set(['image/jpeg', 'image/png', 'image/tiff', 'application/pdf']);

/**
 * A stamped reply is kept as evidence and later copied into the licence packet: refuse, before anything
 * is written, what is not a JPEG/PNG/TIFF/PDF by content, images too large to decode, and PDFs that carry scripts
 * or launch actions.
 */
function checkScan(fileName: string, bytes: Buffer): string {
  const file = fileName.split(/[\\/]/).pop() || fileName;
  if (bytes.length === 0) fail('FILE_UNREADABLE', { file, reason: { key: 'file.empty' } });
  const mediaType = mediaTypeOf(bytes);
  if (!SCAN_TYPES.has(mediaType)) fail('FILE_FORMAT_UNSUPPORTED', { file, expected: { key: 'file.scanFormats' } });
  // Only what the header can tell: a cut-short image is refused by name when the packet is made (pdf/scans).
  if (mediaType === 'image/png' && bytes.length >= 24 && bytes.toString('latin1', 12, 16) === 'IHDR' && bytes.readUInt32BE(16) * bytes.readUInt32BE(20) > MAX_PIXELS) {
    fail('FILE_UNREADABLE', { file, reason: { key: 'file.tooManyPixels' } });
  }
  if (mediaType === 'application/pdf' && pdfHasScript(bytes)) fail('FILE_FORMAT_UNSUPPORTED', { file, expected: { key: 'file.pdfScript' } });
  return mediaType;
}

/** Names that run code or programs when a PDF is opened. */
const SCRIPT_NAMES = /\/(JavaScript|JS|Launch|RichMedia)\b/;

/**
 * True when the PDF names a script or launch action, in its dictionaries or inside compressed object
 * streams, also with #xx-escaped names. Other stream data (scanned images) is skipped: random bytes
 * would spell "/JS" now and then.
 */
export function pdfHasScript(bytes: Buffer): boolean {
  const unescape = (text: string) => text.replace(/#([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const text = bytes.toString('latin1');
  let outsideStreams = '';
  let budget = 64 * 1024 * 1024; // inflated bytes, against zip bombs
  let position = 0;
  for (const match of text.matchAll(/\bstream\r?\n/g)) {
    if (match.index < position) continue;
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const dictionary = text.slice(Math.max(position, match.index - 400), match.index);
    outsideStreams += text.slice(position, match.index);
    position = end + 'endstream'.length;
    if (!dictionary.includes('/ObjStm') || budget <= 0) continue;
    try {
      const inflated = inflateSync(bytes.subarray(start, end), { maxOutputLength: Math.min(budget, 16 * 1024 * 1024) });
      budget -= inflated.length;
      if (SCRIPT_NAMES.test(unescape(inflated.toString('latin1')))) return true;
    } catch {
      // Damaged or too large: the dictionaries outside it are still checked below.
    }
  }
  outsideStreams += text.slice(position);
  return SCRIPT_NAMES.test(unescape(outsideStreams));
}
