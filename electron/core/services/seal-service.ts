import type { Database } from 'better-sqlite3';
import { fail } from '../../../shared/contract/errors';
import { deleteAttachment, getAttachment, hashInUse, insertAttachment, type AttachmentRow } from '../db/attachments-repo';
import type { AttachmentStore } from '../files/attachment-store';
import { normaliseSeal } from '../files/seal-image';
import type { SealImage } from '../pdf';
import { isoNow, type Clock } from '../clock';
import type { SettingsService } from './settings-service';

/** Marks the attachment row of the seal (kind 'other', no vehicle, no batch). */
const SEAL_NOTE = 'enterprise-seal';

interface Dependencies {
  db: Database;
  clock: Clock;
  settings: SettingsService;
  files: AttachmentStore;
}

/** Width and height from a PNG's IHDR chunk (the stored seal is always a PNG made by normaliseSeal). */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * The enterprise's seal image for drafts: kept in the attachment store and named by the setting
 * 'enterprise.sealAttachmentId'. A new image replaces the old one only once it is checked and stored;
 * a refused file leaves the current seal as it was.
 */
export function createSealService({ db, clock, settings, files }: Dependencies) {
  function currentRow(): AttachmentRow | null {
    const id = settings.read()['enterprise.sealAttachmentId'];
    return id === null ? null : (getAttachment(db, id) ?? null);
  }

  function stored(row: AttachmentRow): Buffer {
    if (!files.has(row.sha256)) fail('FILE_UNREADABLE', { file: row.fileName, reason: 'the stored seal image is missing from the data folder; upload it again in Settings / 数据文件夹中缺少公章图片，请在“设置”中重新上传' });
    return files.get(row.sha256);
  }

  /** Deletes a replaced seal's file once no row points at it (after the commit: a crash leaves only a spare file). */
  function dropFile(sha256: string | undefined): void {
    if (sha256 && !hashInUse(db, sha256)) files.remove(sha256);
  }

  const save = db.transaction((fileName: string, png: Buffer): { row: AttachmentRow; replaced: string | undefined } => {
    const previous = currentRow();
    const { sha256, size } = files.put(png);
    const row = insertAttachment(db, { sha256, fileName, mediaType: 'image/png', size, kind: 'other', vehicleId: null, batchId: null, note: SEAL_NOTE, createdAt: isoNow(clock) });
    settings.update({ 'enterprise.sealAttachmentId': row.id });
    if (previous) deleteAttachment(db, previous.id);
    return { row, replaced: previous?.sha256 };
  });

  const clear = db.transaction((): { removed: boolean; replaced: string | undefined } => {
    const set = settings.read()['enterprise.sealAttachmentId'] !== null;
    const previous = currentRow();
    settings.update({ 'enterprise.sealAttachmentId': null });
    if (previous) deleteAttachment(db, previous.id);
    return { removed: set, replaced: previous?.sha256 };
  });

  return {
    async set(file: { fileName: string; contentBase64: string }): Promise<{ attachmentId: number; width: number; height: number }> {
      const seal = await normaliseSeal(Buffer.from(file.contentBase64, 'base64'), file.fileName);
      const { row, replaced } = save(file.fileName, seal.png);
      dropFile(replaced);
      return { attachmentId: row.id, width: seal.width, height: seal.height };
    },
    async remove(): Promise<{ removed: boolean }> {
      const { removed, replaced } = clear();
      dropFile(replaced);
      return { removed };
    },
    async image(): Promise<{ contentBase64: string; mediaType: string } | null> {
      const row = currentRow();
      return row ? { contentBase64: stored(row).toString('base64'), mediaType: row.mediaType } : null;
    },
    /** The seal as the PDF renderers take it, or null when none is set. */
    forDocuments(): SealImage | null {
      const row = currentRow();
      if (!row) return null;
      const png = stored(row);
      return { png, ...pngSize(png) };
    },
  };
}

export type SealService = ReturnType<typeof createSealService>;
