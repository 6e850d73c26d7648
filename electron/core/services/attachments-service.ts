import type { Database } from 'better-sqlite3';
import type { AddAttachment } from '../../../shared/contract/attachments';
import { fail } from '../../../shared/contract/errors';
import { attachmentsOfVehicle, getAttachment, insertAttachment, type AttachmentRow } from '../db/attachments-repo';
import { recordAudit } from '../db/audit-repo';
import { getVehicle } from '../db/vehicles-repo';
import type { AttachmentStore } from '../files/attachment-store';
import { mediaTypeOf } from '../files/media-type';
import { isoNow, type Clock } from '../clock';

/** Scans a clerk attaches to a vehicle: images or PDFs only, judged by their bytes, not their names. */
const ACCEPTED = new Set(['image/jpeg', 'image/png', 'application/pdf', 'image/tiff', 'image/bmp', 'image/webp']);
const MAX_BYTES = 50 * 1024 * 1024;

export function createAttachmentsService(db: Database, clock: Clock, files: AttachmentStore) {
  const add = db.transaction((input: AddAttachment, bytes: Buffer, mediaType: string): AttachmentRow => {
    const vehicle = getVehicle(db, input.vehicleId);
    if (!vehicle || vehicle.deletedAt) fail('NOT_FOUND', { what: `vehicle #${input.vehicleId}` });
    const now = isoNow(clock);
    const { sha256, size } = files.put(bytes);
    const row = insertAttachment(db, { sha256, fileName: input.file.fileName, mediaType, size, kind: input.kind, vehicleId: input.vehicleId, batchId: null, note: null, createdAt: now });
    recordAudit(db, { entity: 'vehicle', entityId: input.vehicleId, action: 'update', field: input.kind, newValue: input.file.fileName, source: 'manual', at: now });
    return row;
  });

  return {
    async add(input: AddAttachment): Promise<AttachmentRow> {
      const bytes = Buffer.from(input.file.contentBase64, 'base64');
      if (bytes.length === 0) fail('FILE_UNREADABLE', { file: input.file.fileName, reason: 'empty file / 空文件' });
      if (bytes.length > MAX_BYTES) fail('FILE_TOO_LARGE', { file: input.file.fileName, sizeMb: Math.ceil(bytes.length / 1048576), maxMb: MAX_BYTES / 1048576 });
      const mediaType = mediaTypeOf(bytes);
      if (!ACCEPTED.has(mediaType)) fail('FILE_FORMAT_UNSUPPORTED', { file: input.file.fileName, expected: 'JPG, PNG, TIFF, BMP, WEBP, PDF' });
      return add(input, bytes, mediaType);
    },
    async list(vehicleId: number): Promise<AttachmentRow[]> {
      return attachmentsOfVehicle(db, vehicleId);
    },
    async open(id: number): Promise<{ fileName: string; mediaType: string; contentBase64: string }> {
      const row = getAttachment(db, id) ?? fail('NOT_FOUND', { what: `attachment #${id}` });
      if (!files.has(row.sha256)) fail('FILE_UNREADABLE', { file: row.fileName, reason: 'the stored copy is missing from the data folder / 数据文件夹中缺少该文件' });
      return { fileName: row.fileName, mediaType: row.mediaType, contentBase64: files.get(row.sha256).toString('base64') };
    },
  };
}

export type AttachmentsService = ReturnType<typeof createAttachmentsService>;
