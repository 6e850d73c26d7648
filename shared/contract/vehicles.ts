import { z } from 'zod';
import { isCalendarDate } from '../domain/calendar-date';
import { issueParams, IsoTimestamp, optionalText, textField, VinField } from './fields';

export const VEHICLE_STATUSES = ['in-stock', 'awaiting-confirmation', 'ready', 'in-application', 'licensed', 'exported', 'cancelled'] as const;
export const VehicleStatusSchema = z.enum(VEHICLE_STATUSES);
export type VehicleStatus = z.infer<typeof VehicleStatusSchema>;

export const COMPLIANCE_STATES = ['invalid', 'not-required', 'transitional-exempt', 'confirmation-required'] as const;

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP', 'RUB', 'AED', 'KZT'] as const;
export const CurrencySchema = z.enum(CURRENCIES);


/** A `YYYY-MM-DD` calendar date, or null. */
export const OptionalDateField = z
  .string()
  .trim()
  .nullish()
  .transform((value, ctx) => {
    if (!value) return null;
    if (!isCalendarDate(value)) {
      ctx.addIssue({ code: 'custom', message: 'date.invalid', params: issueParams('date.invalid', { value }) });
      return z.NEVER;
    }
    return value;
  });

/**
 * Every field of a vehicle a clerk can set, as on the Motor Vehicle Registration Certificate
 * (机动车登记证书) where it comes from there. Order is the order forms and exports show.
 */
const vehicleFieldShape = {
  vin: VinField,
  brand: textField(100),
  model: textField(100),
  vehicleType: optionalText(50),
  color: optionalText(30),
  engineNumber: optionalText(50),
  fuelType: optionalText(30),
  manufacturer: optionalText(200),
  manufactureDate: OptionalDateField,
  registrationDate: OptionalDateField,
  transferDate: OptionalDateField,
  certificateNumber: optionalText(50),
  plate: optionalText(20),
  destinationCountry: optionalText(100),
  buyer: optionalText(200),
  contractRef: optionalText(100),
  purchasePrice: z.number().min(0).max(1e10).multipleOf(0.01).nullish().transform((v) => v ?? null),
  currency: CurrencySchema,
  mileageKm: z.number().int().min(0).max(5_000_000).nullish().transform((v) => v ?? null),
  notes: optionalText(2000),
  isModified: z.boolean(),
  chassisBrand: optionalText(100),
  modifiedBrand: optionalText(100),
  cccCertificateNumber: optionalText(50),
  miitAnnouncementBatch: optionalText(50),
};

/** A new vehicle's fields: currency and the modified flag have defaults. */
export const VehicleFieldsSchema = z.object({ ...vehicleFieldShape, currency: CurrencySchema.default('CNY'), isModified: z.boolean().default(false) });
export type VehicleFields = z.output<typeof VehicleFieldsSchema>;
export type VehicleFieldName = keyof VehicleFields;
export const VEHICLE_FIELD_NAMES = Object.keys(VehicleFieldsSchema.shape) as VehicleFieldName[];

/** Fields whose every change the audit log keeps (licence-relevant, R2/R4 of the notice). */
export const AUDITED_FIELDS: readonly VehicleFieldName[] = [
  'vin', 'brand', 'model', 'manufacturer', 'manufactureDate', 'registrationDate', 'transferDate', 'certificateNumber',
  'plate', 'destinationCountry', 'vehicleType', 'isModified', 'chassisBrand', 'modifiedBrand', 'cccCertificateNumber', 'miitAnnouncementBatch',
];

export const NewVehicleSchema = VehicleFieldsSchema.extend({ status: VehicleStatusSchema.default('in-stock') }).strict();
export type NewVehicle = z.output<typeof NewVehicleSchema>;

/** A change: the id plus any fields; absent fields stay as they are. */
export const VehicleChangeSchema = z
  // No defaults here: zod applies .default() even inside .partial(), which would reset an absent currency to CNY.
  .object({ id: z.number().int().positive(), changes: z.object({ ...vehicleFieldShape, status: VehicleStatusSchema }).partial().strict() })
  .strict();
export type VehicleChange = z.output<typeof VehicleChangeSchema>;

export const VehicleSchema = z.object({
  id: z.number().int().positive(),
  vin: z.string(),
  brand: z.string(),
  model: z.string(),
  vehicleType: z.string().nullable(),
  color: z.string().nullable(),
  engineNumber: z.string().nullable(),
  fuelType: z.string().nullable(),
  manufacturer: z.string().nullable(),
  manufacturerId: z.number().int().nullable(),
  manufactureDate: z.string().nullable(),
  registrationDate: z.string().nullable(),
  transferDate: z.string().nullable(),
  certificateNumber: z.string().nullable(),
  plate: z.string().nullable(),
  destinationCountry: z.string().nullable(),
  buyer: z.string().nullable(),
  contractRef: z.string().nullable(),
  purchasePrice: z.number().nullable(),
  currency: CurrencySchema,
  mileageKm: z.number().int().nullable(),
  notes: z.string().nullable(),
  isModified: z.boolean(),
  chassisBrand: z.string().nullable(),
  modifiedBrand: z.string().nullable(),
  cccCertificateNumber: z.string().nullable(),
  miitAnnouncementBatch: z.string().nullable(),
  status: VehicleStatusSchema,
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
  deletedAt: IsoTimestamp.nullable(),
});
export type Vehicle = z.infer<typeof VehicleSchema>;

export const VEHICLE_SORT_FIELDS = [
  'vin', 'brand', 'model', 'manufacturer', 'registrationDate', 'transferDate', 'destinationCountry', 'plate', 'status', 'createdAt', 'updatedAt',
] as const;
export type VehicleSortField = (typeof VEHICLE_SORT_FIELDS)[number];

export const VehicleListQuerySchema = z
  .object({
    search: z.string().trim().max(100).optional(),
    status: z.array(VehicleStatusSchema).max(VEHICLE_STATUSES.length).optional(),
    manufacturerId: z.array(z.number().int().positive()).max(500).optional(),
    destinationCountry: z.array(z.string().max(100)).max(500).optional(),
    /** Only vehicles in these 180-day states for an application on that date. */
    compliance: z
      .object({ applicationDate: z.string().refine(isCalendarDate), states: z.array(z.enum(COMPLIANCE_STATES)).min(1).max(4) })
      .strict()
      .optional(),
    /** Only these vehicles (a selection). */
    ids: z.array(z.number().int().positive()).max(100_000).optional(),
    includeDeleted: z.boolean().default(false),
    sortBy: z.enum(VEHICLE_SORT_FIELDS).default('createdAt'),
    sortOrder: z.enum(['asc', 'desc']).default('desc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .strict();
export type VehicleListQuery = z.output<typeof VehicleListQuerySchema>;

export const VehicleListSchema = z.object({ items: z.array(VehicleSchema), total: z.number().int().min(0) });
export type VehicleList = z.infer<typeof VehicleListSchema>;

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  action: z.enum(['create', 'update', 'delete', 'restore']),
  field: z.string().nullable(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  source: z.enum(['manual', 'ocr', 'import', 'system']),
  at: IsoTimestamp,
});
export type AuditEntryView = z.infer<typeof AuditEntrySchema>;
