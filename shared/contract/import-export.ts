import { z } from 'zod';
import { FieldProblemSchema } from './errors';
import { VehicleListQuerySchema } from './vehicles';

/** A file handed to the core by a door: its name (for messages and format) and its bytes. */
export const FilePayloadSchema = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    contentBase64: z.string().max(70_000_000), // a 50 MB file in base64, with room
  })
  .strict();

const ProblemSchema = FieldProblemSchema.extend({ column: z.string().nullable() });

export const ImportRowSchema = z.object({
  rowNumber: z.number().int().positive(),
  vin: z.string().nullable(),
  brand: z.string().nullable(),
  model: z.string().nullable(),
  problems: z.array(ProblemSchema),
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

export const ImportPreviewSchema = z.object({
  fileName: z.string(),
  sheetName: z.string().nullable(),
  encoding: z.string().nullable(),
  columns: z.array(z.object({ header: z.string(), field: z.string().nullable() })),
  unmatchedHeaders: z.array(z.string()),
  dataRows: z.number().int(),
  validRows: z.number().int(),
  invalidRows: z.number().int(),
  /** Rows with problems first (all of them), then valid rows up to a preview limit. */
  rows: z.array(ImportRowSchema),
  warnings: z.array(z.object({ rowNumber: z.number().int().nullable(), message: z.object({ 'zh-CN': z.string(), en: z.string() }) })),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportReportSchema = z.object({ fileName: z.string(), imported: z.number().int(), skippedBlankRows: z.number().int() });
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const ExportRequestSchema = z
  .object({
    query: VehicleListQuerySchema.omit({ offset: true, limit: true }).optional(),
    /** Only these vehicles (a selection), within the query. */
    ids: z.array(z.number().int().positive()).max(100_000).optional(),
    format: z.enum(['xlsx', 'csv']),
    locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
  })
  .strict();

export const ExportedFileSchema = z.object({ fileName: z.string(), contentBase64: z.string(), count: z.number().int() });
export type ExportedFile = z.infer<typeof ExportedFileSchema>;
