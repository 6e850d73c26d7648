import { z } from 'zod';
import { OCR_LANGUAGE_CHOICES } from './setting-fields';

const LanguageSchema = z.enum(['chi_sim', 'eng']);

/** The OCR options in force, the engine running now (if any), and the language data shipped with the app. */
export const OcrStatusSchema = z.object({
  languages: z.enum(OCR_LANGUAGE_CHOICES),
  workers: z.number().int(),
  /** Null until the first recognition starts it (and after an options change closes it). */
  engine: z
    .object({
      pools: z.array(z.object({ language: LanguageSchema, workers: z.number().int() })),
      replacedWorkers: z.number().int(),
    })
    .nullable(),
  languageData: z.array(
    z.object({
      language: LanguageSchema,
      package: z.string(),
      version: z.string().nullable(),
      present: z.boolean(),
      bytes: z.number().int(),
    }),
  ),
});
export type OcrStatus = z.infer<typeof OcrStatusSchema>;
