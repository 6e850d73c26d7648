import { fail } from '../../../shared/contract/errors';
import type { Vehicle } from '../../../shared/contract/vehicles';
import { addWorkingDays } from '../../../shared/domain/working-days';
import { renderAppendix, renderApplicationPacket, renderConfirmationRequest, renderModificationProof, type DocumentVehicle, type EnterpriseProfile, type ScanFile } from '../pdf';
import { attachmentsOfVehicle, getAttachment, insertAttachment, type AttachmentRow } from '../db/attachments-repo';
import { batchVehicleIds, getBatch } from '../db/batches-repo';
import { documentsOfBatch, getDocument, recordDocument, type DocumentKind } from '../db/documents-repo';
import { getRequest, listRequests, outletsOf, requestVehicles, workingCalendar } from '../db/requests-repo';
import { manufacturerContact } from '../db/manufacturers-repo';
import { getVehicle } from '../db/vehicles-repo';
import type { AttachmentStore } from '../files/attachment-store';
import { isoNow } from '../clock';
import type { SealService } from './seal-service';
import type { RecordsDependencies } from './service-dependencies';

export interface GeneratedFile {
  documentId: number;
  fileName: string;
  contentBase64: string;
}

interface Dependencies extends RecordsDependencies {
  /** The seal image printed on drafts, if the enterprise has one. */
  seal: SealService;
}

function documentVehicle(vehicle: Vehicle, country?: string | null): DocumentVehicle {
  return { ...vehicle, destinationCountry: country ?? vehicle.destinationCountry };
}

function scanOf(files: AttachmentStore, attachment: AttachmentRow): ScanFile {
  const kind = attachment.mediaType === 'application/pdf' ? 'pdf' : attachment.mediaType === 'image/png' ? 'png' : 'jpeg';
  if (!files.has(attachment.sha256)) fail('FILE_UNREADABLE', { file: attachment.fileName, reason: 'the stored copy is missing from the data folder / 数据文件夹中缺少该文件' });
  return { fileName: attachment.fileName, kind, bytes: files.get(attachment.sha256) };
}

/**
 * The application documents from stored data: each generated PDF is kept as an attachment and
 * linked to its batch; generating again keeps the old file in the history, marked superseded.
 */
export function createDocumentsService({ db, clock, today, settings, files, seal }: Dependencies) {
  function enterprise(): EnterpriseProfile {
    const s = settings.read();
    if (!s['enterprise.name']) fail('ENTERPRISE_PROFILE_MISSING');
    return { name: s['enterprise.name']!, address: s['enterprise.address'], contactPerson: s['enterprise.contact'], phone: s['enterprise.phone'], email: s['enterprise.email'], creditCode: s['enterprise.creditCode'], seal: seal.forDocuments() };
  }

  function vehiclesOf(target: { batchId?: number | undefined; vehicleIds?: number[] | undefined }): { vehicles: Vehicle[]; batch: ReturnType<typeof getBatch> } {
    if (target.batchId !== undefined) {
      const batch = getBatch(db, target.batchId) ?? fail('NOT_FOUND', { what: `batch #${target.batchId}` });
      const vehicles = batchVehicleIds(db, batch.id).map(({ vehicleId }) => getVehicle(db, vehicleId)!);
      if (vehicles.length === 0) fail('BATCH_EMPTY', { reference: batch.reference });
      return { vehicles, batch };
    }
    return { vehicles: (target.vehicleIds ?? []).map((id) => getVehicle(db, id) ?? fail('NOT_FOUND', { what: `vehicle #${id}` })), batch: undefined };
  }

  /** Keep the bytes, record the document, hand them back. */
  function keep(bytes: Uint8Array, fileName: string, subject: { kind: DocumentKind; batchId: number | null; manufacturerId: number | null; vehicleId: number | null }): GeneratedFile {
    const now = isoNow(clock);
    const { sha256, size } = files.put(bytes);
    const attachment = insertAttachment(db, { sha256, fileName, mediaType: 'application/pdf', size, kind: 'document', vehicleId: subject.vehicleId, batchId: subject.batchId, note: subject.kind, createdAt: now });
    const documentId = recordDocument(db, { ...subject, attachmentId: attachment.id }, now);
    return { documentId, fileName, contentBase64: Buffer.from(bytes).toString('base64') };
  }

  /** The appendix rendered, not yet kept (the packet keeps it only once the whole packet is made). */
  async function renderAppendixOf(target: { batchId?: number | undefined; vehicleIds?: number[] | undefined }) {
    const { vehicles, batch } = vehiclesOf(target);
    const reference = batch?.reference ?? `V-${today()}`;
    const bytes = await renderAppendix({ enterprise: enterprise(), batchReference: reference, applicationDate: batch?.plannedApplicationDate ?? today(), vehicles: vehicles.map((v) => documentVehicle(v, v.destinationCountry ?? batch?.destinationCountry)), generatedOn: today() });
    return { bytes, keep: () => keep(bytes, `出口许可证申请附件-${reference}.pdf`, { kind: 'appendix', batchId: batch?.id ?? null, manufacturerId: null, vehicleId: null }) };
  }

  async function appendix(target: { batchId?: number | undefined; vehicleIds?: number[] | undefined }): Promise<GeneratedFile> {
    return (await renderAppendixOf(target)).keep();
  }

  /** One request PDF per confirmation request (one per manufacturer), with its stamp-ready form. */
  async function requestLetters(target: { batchId?: number | undefined; requestIds?: number[] | undefined }): Promise<GeneratedFile[]> {
    const requests = target.requestIds
      ? target.requestIds.map((id) => getRequest(db, id) ?? fail('NOT_FOUND', { what: `request #${id}` }))
      : listRequests(db).filter((r) => r.batchId === target.batchId && r.status !== 'cancelled');
    if (requests.length === 0) fail('REQUEST_NO_VEHICLES', { detail: { key: 'request.noneNeeded' } });
    const profile = enterprise();
    const threshold = settings.read()['requests.overdueWorkingDays'];
    const replyBy = addWorkingDays(today(), threshold, workingCalendar(db));
    const made: GeneratedFile[] = [];
    for (const request of requests) {
      const vehicles = requestVehicles(db, request.id).map((rv) => documentVehicle(getVehicle(db, rv.id)!, rv.country));
      const manufacturer = manufacturerContact(db, request.manufacturerId)!;
      const knownOutlets = outletsOf(db, request.manufacturerId).map((o) => ({ country: o.country, name: o.name, address: o.address ?? '', contact: o.contact ?? '' }));
      const bytes = await renderConfirmationRequest({ enterprise: profile, manufacturer, batchReference: request.batchReference ?? `#${request.id}`, requestDate: today(), replyBy, vehicles, knownOutlets });
      made.push(keep(bytes, `售后维修服务确认函申请-${manufacturer.name}-${request.batchReference ?? request.id}.pdf`, { kind: 'confirmation-request', batchId: request.batchId, manufacturerId: request.manufacturerId, vehicleId: null }));
    }
    return made;
  }

  /** Contents, appendix, stamped confirmations, certificate scans and modification proofs, as one PDF. */
  async function packet(batchId: number): Promise<GeneratedFile> {
    const { vehicles, batch } = vehiclesOf({ batchId });
    // Read every scan first: a missing one stops here, before any document is made or recorded.
    const confirmations = listRequests(db)
      .filter((r) => r.replyAttachmentId !== null && requestVehicles(db, r.id).some((rv) => rv.covered && vehicles.some((v) => v.id === rv.id)))
      .map((r) => ({ manufacturer: r.manufacturer, file: scanOf(files, getAttachment(db, r.replyAttachmentId!)!) }));
    const certificateScans = vehicles.map((v) => ({ vin: v.vin, files: attachmentsOfVehicle(db, v.id, 'certificate-scan').map((a) => scanOf(files, a)) })).filter((entry) => entry.files.length > 0);
    const modificationProofs = vehicles.flatMap((v) => attachmentsOfVehicle(db, v.id, 'modification-proof').map((a) => ({ vin: v.vin, file: scanOf(files, a) })));
    // Nothing is kept until the packet is made: a bad scan refused below leaves no new document behind.
    const appendixFile = await renderAppendixOf({ batchId });
    const bytes = await renderApplicationPacket({
      enterprise: enterprise(),
      batchReference: batch!.reference,
      applicationDate: batch!.plannedApplicationDate ?? today(),
      appendix: appendixFile.bytes,
      confirmations,
      certificateScans,
      modificationProofs,
    });
    appendixFile.keep();
    return keep(bytes, `申请材料-${batch!.reference}.pdf`, { kind: 'packet', batchId, manufacturerId: null, vehicleId: null });
  }

  async function modificationProof(vehicleId: number): Promise<GeneratedFile> {
    const vehicle = getVehicle(db, vehicleId) ?? fail('NOT_FOUND', { what: `vehicle #${vehicleId}` });
    const bytes = await renderModificationProof({ enterprise: enterprise(), vehicle: documentVehicle(vehicle), generatedOn: today() });
    return keep(bytes, `改装真实性证明-${vehicle.vin}.pdf`, { kind: 'modification-proof', batchId: null, manufacturerId: null, vehicleId });
  }

  return {
    appendix,
    requestLetters,
    packet,
    modificationProof,
    history: (batchId: number) => documentsOfBatch(db, batchId).map(({ sha256: _sha, ...row }) => row),
    open(documentId: number): { fileName: string; contentBase64: string } {
      const document = getDocument(db, documentId) ?? fail('NOT_FOUND', { what: `document #${documentId}` });
      return { fileName: document.fileName, contentBase64: files.get(document.sha256).toString('base64') };
    },
  };
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
