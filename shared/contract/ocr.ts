import { z } from 'zod';
import { FilePayloadSchema } from './import-export';
import { NewVehicleSchema } from './vehicles';

const Bilingual = z.object({ 'zh-CN': z.string(), en: z.string() });
const BoxSchema = z.object({ page: z.number().int(), x: z.number(), y: z.number(), width: z.number(), height: z.number() });
const FieldReadingSchema = z.object({ value: z.string().nullable(), confidence: z.number().min(0).max(1), box: BoxSchema.nullable() });

export const OcrRecognizeSchema = z.object({ files: z.array(FilePayloadSchema).min(1).max(4) }).strict();

export const OcrResultSchema = z.object({
  fields: z.record(z.string(), FieldReadingSchema),
  transfers: z.array(z.object({ entry: z.number().int(), owner: FieldReadingSchema, authority: FieldReadingSchema, date: FieldReadingSchema, plate: FieldReadingSchema, matchesEnterprise: z.boolean().nullable() })),
  /** Why values are doubtful, in both languages, to show beside the fields. */
  problems: z.array(z.object({ field: z.string(), code: z.string(), message: Bilingual })),
  /** Fields below the confidence a person can rely on: check these against the scan. */
  doubtful: z.array(z.string()),
  pages: z.array(z.object({ file: z.string(), pageType: z.string(), width: z.number(), height: z.number(), rotated: z.number() })),
  fileProblems: z.array(z.object({ file: z.string(), message: Bilingual })),
  ms: z.number(),
});
export type OcrResult = z.infer<typeof OcrResultSchema>;

/** The reviewed record, the scans it came from, and what the certificate said (for the R2 consistency check). */
export const OcrSaveSchema = z
  .object({
    vehicle: NewVehicleSchema,
    files: z.array(FilePayloadSchema).min(1).max(4),
    certificate: z.record(z.string(), z.string().nullable()),
  })
  .strict();
export type OcrSave = z.output<typeof OcrSaveSchema>;
