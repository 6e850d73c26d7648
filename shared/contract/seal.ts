import { z } from 'zod';
import { FilePayloadSchema } from './import-export';

/** What a seal image may be when uploaded (checked on its bytes and pixels, not its name). */
export const SEAL_LIMITS = { maxBytes: 2 * 1024 * 1024, maxSide: 2000, storedMaxSide: 600 } as const;

export const SetSealSchema = z.object({ file: FilePayloadSchema }).strict();
export const SavedSealSchema = z.object({ attachmentId: z.number().int(), width: z.number().int(), height: z.number().int() });
/** The stored seal (a transparent PNG after normalising), or null when none is set. */
export const SealImageSchema = z.object({ contentBase64: z.string(), mediaType: z.string() }).nullable();
