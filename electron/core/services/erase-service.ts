import type { Database } from 'better-sqlite3';
import { fail } from '../../../shared/contract/errors';
import { recordAudit } from '../db/audit-repo';
import { deleteVehicleRows, unusedHashes, vehicleVin } from '../db/erase-repo';
import type { AttachmentStore } from '../files/attachment-store';

export interface EraseResult {
  id: number;
  vin: string;
  attachments: number;
  files: number;
}

/**
 * "Erase vehicle": unlike delete (which can be undone), the vehicle, its history and its attachments
 * go for good, and so do the stored files no other row uses. One audit entry says that it was erased
 * and nothing else (no VIN, no values). Rows go in one transaction; files after it commits, so a crash
 * can at worst leave an unreferenced file, never a row pointing at a missing one.
 */
export function createEraseService(db: Database, files: AttachmentStore, now: () => string) {
  const eraseRows = db.transaction((id: number) => {
    const vin = vehicleVin(db, id) ?? fail('NOT_FOUND', { what: `vehicle #${id}` });
    const erased = deleteVehicleRows(db, id);
    recordAudit(db, { entity: 'vehicle', entityId: id, action: 'delete', field: 'erased', source: 'manual', at: now() });
    return { vin, ...erased, unused: unusedHashes(db, erased.hashes) };
  });

  return {
    async erase(id: number): Promise<EraseResult> {
      const { vin, attachments, unused } = eraseRows(id);
      for (const hash of unused) files.remove(hash);
      return { id, vin, attachments, files: unused.length };
    },
  };
}

export type EraseService = ReturnType<typeof createEraseService>;
