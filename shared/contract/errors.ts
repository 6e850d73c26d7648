import { z } from 'zod';
import type { MessageKey } from '../i18n/messages';
import { bilingual, type Bilingual, type MessageParams } from '../i18n/translate';

export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_OPERATION',
  'NOT_FOUND',
  'DUPLICATE_VIN',
  'VEHICLE_INCONSISTENT',
  'FILE_UNREADABLE',
  'FILE_TOO_LARGE',
  'FILE_FORMAT_UNSUPPORTED',
  'SEAL_IMAGE_UNSUPPORTED',
  'SEAL_IMAGE_TOO_LARGE',
  'SEAL_IMAGE_UNREADABLE',
  'SPREADSHEET_EMPTY',
  'SPREADSHEET_NO_HEADER_MATCH',
  'SPREADSHEET_MISSING_COLUMNS',
  'IMPORT_HAS_ERRORS',
  'BATCH_REFERENCE_TAKEN',
  'BATCH_TRANSITION',
  'BATCH_NOT_EDITABLE',
  'BATCH_EMPTY',
  'REQUEST_TRANSITION',
  'REQUEST_NO_VEHICLES',
  'REPLY_COVERAGE',
  'BACKUP_INVALID',
  'ENTERPRISE_PROFILE_MISSING',
  'DB_DAMAGED',
  'DB_NOT_SQLITE',
  'DB_TOO_NEW',
  'DB_UNREADABLE',
  'CANCELLED',
  'UNAUTHORIZED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const BilingualSchema = z.object({ 'zh-CN': z.string(), en: z.string() });

/** One field's problem: which field, a stable code, and the text to show beside it. */
export const FieldProblemSchema = z.object({
  field: z.string(),
  code: z.string(),
  message: BilingualSchema,
  suggestion: z.string().optional(),
});
export type FieldProblem = z.infer<typeof FieldProblemSchema>;

/** What every door returns instead of a stack trace. */
export const AppErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: BilingualSchema,
  fields: z.array(FieldProblemSchema).optional(),
});
export type AppError = z.infer<typeof AppErrorSchema>;

export function appError(code: ErrorCode, params?: MessageParams, fields?: FieldProblem[]): AppError {
  const message: Bilingual = bilingual(`error.${code}` as MessageKey, params);
  return fields && fields.length > 0 ? { code, message, fields } : { code, message };
}

/** Thrown inside the core to end an operation with a typed error. */
export class AppFailure extends Error {
  constructor(readonly error: AppError) {
    super(`${error.code}: ${error.message.en}`);
    this.name = 'AppFailure';
  }
}

export function fail(code: ErrorCode, params?: MessageParams, fields?: FieldProblem[]): never {
  throw new AppFailure(appError(code, params, fields));
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };
