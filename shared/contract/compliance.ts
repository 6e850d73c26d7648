import { z } from 'zod';
import { isCalendarDate } from '../domain/calendar-date';
import { COMPLIANCE_STATES } from './vehicles';

const Bilingual = z.object({ 'zh-CN': z.string(), en: z.string() });
export const CalendarDateSchema = z.string().trim().refine(isCalendarDate, { params: { messageKey: 'date.invalid', params: {}, suggestions: [] } });

export const AssessmentSchema = z.object({
  status: z.enum(COMPLIANCE_STATES),
  daysSinceRegistration: z.number().int().nullable(),
  clearsOn: z.string().nullable(),
  reasons: z.array(z.object({ code: z.string(), message: Bilingual })),
});

export const ReadinessSchema = z.object({
  ready: z.boolean(),
  assessment: AssessmentSchema,
  blockers: z.array(z.object({ code: z.string(), message: Bilingual, action: Bilingual })),
});

export const AssessDatesSchema = z
  .object({
    registrationDate: z.string().trim().max(20).nullable(),
    transferDate: z.string().trim().max(20).nullish().transform((v) => v || null),
    /** Defaults to today. */
    applicationDate: CalendarDateSchema.optional(),
  })
  .strict();

export const AssessVehicleSchema = z
  .object({ id: z.number().int().positive().optional(), vin: z.string().trim().max(30).optional(), applicationDate: CalendarDateSchema.optional() })
  .strict()
  .refine((input) => input.id !== undefined || input.vin !== undefined, { params: { messageKey: 'field.required', params: {}, suggestions: [] }, path: ['vin'] });

const DashboardVehicle = z.object({
  id: z.number().int(),
  vin: z.string(),
  brand: z.string(),
  model: z.string(),
  manufacturer: z.string().nullable(),
  clearsOn: z.string().nullable(),
  daysUntilClear: z.number().int().nullable(),
});

export const DashboardSchema = z.object({
  applicationDate: z.string(),
  policyId: z.string(),
  /** Vehicles still awaiting export (in stock … in application). */
  total: z.number().int(),
  counts: z.record(z.enum(COMPLIANCE_STATES), z.number().int()),
  clearingWithin7Days: z.number().int(),
  clearingWithin30Days: z.number().int(),
  /** Those needing a confirmation, soonest to clear first (at most 50). */
  clearingSoon: z.array(DashboardVehicle),
  /** Need a confirmation and no request has been sent for them (at most 50, and the count). */
  withoutRequest: z.object({ count: z.number().int(), vehicles: z.array(DashboardVehicle) }),
  /** How many vehicles leave the 180-day window in each week from the application date (26 weeks). */
  clearingTimeline: z.array(z.object({ weekStart: z.string(), count: z.number().int() })),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

export const PolicySchema = z.object({
  id: z.string(),
  document: z.object({ zh: z.string(), en: z.string() }),
  issuedOn: z.string(),
  effectiveDate: z.string(),
  confirmationWindowDays: z.number().int(),
  transitionalTransferBefore: z.string(),
  wording: z.object({ rule: z.object({ zh: z.string(), en: z.string() }), transitional: z.object({ zh: z.string(), en: z.string() }) }),
});
