import { z } from 'zod';
import { FilePayloadSchema } from './import-export';

export const VEHICLE_ATTACHMENT_KINDS = ['certificate-scan', 'modification-proof', 'other'] as const;

export const AttachmentSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  kind: z.enum(['certificate-scan', 'confirmation-reply', 'modification-proof', 'document', 'other']),
  vehicleId: z.number().int().nullable(),
  batchId: z.number().int().nullable(),
  createdAt: z.string(),
});

export const AddAttachmentSchema = z.object({ vehicleId: z.number().int().positive(), kind: z.enum(VEHICLE_ATTACHMENT_KINDS), file: FilePayloadSchema }).strict();
export type AddAttachment = z.output<typeof AddAttachmentSchema>;
