import { z } from 'zod';
import { isCalendarDate } from '../domain/calendar-date';
import { IsoTimestamp, optionalText } from './fields';
import { VehicleSchema } from './vehicles';

export const BATCH_STATUSES = ['draft', 'submitted', 'licensed', 'refused'] as const;
export const BatchStatusSchema = z.enum(BATCH_STATUSES);
export type BatchStatus = z.infer<typeof BatchStatusSchema>;

/** Which status may follow which: a refused batch goes back to draft to be corrected. */
export const BATCH_TRANSITIONS: Record<BatchStatus, readonly BatchStatus[]> = {
  draft: ['submitted'],
  submitted: ['licensed', 'refused'],
  refused: ['draft'],
  licensed: [],
};

const OptionalDate = z
  .string()
  .trim()
  .nullish()
  .transform((v) => v || null)
  .refine((v) => v === null || isCalendarDate(v), { params: { messageKey: 'date.invalid', params: {}, suggestions: [] } });

export const NewBatchSchema = z
  .object({
    /** Blank: the next free reference of the form P2026-11-29-01. */
    reference: optionalText(50),
    plannedApplicationDate: OptionalDate,
    destinationCountry: optionalText(100),
    notes: optionalText(2000),
  })
  .strict();

export const BatchChangeSchema = z
  .object({
    id: z.number().int().positive(),
    changes: z
      .object({ plannedApplicationDate: OptionalDate, destinationCountry: optionalText(100), notes: optionalText(2000), status: BatchStatusSchema, licenceNumber: optionalText(50) })
      .partial()
      .strict(),
  })
  .strict();

export const BatchSchema = z.object({
  id: z.number().int(),
  reference: z.string(),
  plannedApplicationDate: z.string().nullable(),
  destinationCountry: z.string().nullable(),
  notes: z.string().nullable(),
  status: BatchStatusSchema,
  licenceNumber: z.string().nullable(),
  vehicleCount: z.number().int(),
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
});
export type Batch = z.infer<typeof BatchSchema>;

export const BatchVehicleSchema = VehicleSchema.extend({ overrideReason: z.string().nullable(), ready: z.boolean() });
export const BatchDetailSchema = BatchSchema.extend({ vehicles: z.array(BatchVehicleSchema) });
export type BatchDetail = z.infer<typeof BatchDetailSchema>;

export const BatchRefSchema = z.union([z.object({ id: z.number().int().positive() }).strict(), z.object({ reference: z.string().trim().min(1).max(50) }).strict()]);

export const AddToBatchSchema = z
  .object({
    batchId: z.number().int().positive(),
    vehicleIds: z.array(z.number().int().positive()).min(1).max(5000),
    /** Add vehicles that are not ready anyway; the reason goes into the audit trail. */
    overrideReason: z.string().trim().min(4).max(500).optional(),
  })
  .strict();

const Bilingual = z.object({ 'zh-CN': z.string(), en: z.string() });
export const AddToBatchResultSchema = z.object({
  added: z.array(z.object({ vehicleId: z.number().int(), vin: z.string(), overridden: z.boolean() })),
  refused: z.array(z.object({ vehicleId: z.number().int(), vin: z.string(), reasons: z.array(Bilingual) })),
});

export type NewBatch = z.output<typeof NewBatchSchema>;
export type BatchChange = z.output<typeof BatchChangeSchema>;
export type AddToBatch = z.output<typeof AddToBatchSchema>;
export type AddToBatchResult = z.infer<typeof AddToBatchResultSchema>;
