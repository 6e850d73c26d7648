import { z } from 'zod';
import { issueParams, IsoTimestamp, optionalText } from './fields';
import { OutletSchema } from './requests';

export const ManufacturerSchema = z.object({
  id: z.number().int().positive(),
  /** As printed on registration certificates (制造厂名称). */
  name: z.string(),
  aliases: z.array(z.string()),
  contactPerson: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  afterSalesDepartment: z.string().nullable(),
  vehicleCount: z.number().int().min(0),
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
});
export type Manufacturer = z.infer<typeof ManufacturerSchema>;

/** An address the letters and the mailto: link can use; blank clears it. */
const EmailField = optionalText(200).refine((value) => value === null || z.email().safeParse(value).success, { params: issueParams('manufacturers.email.invalid') });

/**
 * What a clerk may change: contacts and aliases. No defaults here (zod applies .default() even
 * inside .partial()), and no name: it must stay as printed on the registration certificates.
 */
const manufacturerChangeShape = {
  contactPerson: optionalText(100),
  email: EmailField,
  phone: optionalText(50),
  address: optionalText(300),
  afterSalesDepartment: optionalText(100),
  aliases: z.array(z.string().trim().min(1).max(200)).max(20),
  /** Refused with a message a clerk can act on, rather than as an unknown key. */
  name: z.custom<never>(() => false, { params: issueParams('manufacturers.nameFixed') }),
};
export const MANUFACTURER_CONTACT_FIELDS = ['contactPerson', 'email', 'phone', 'address', 'afterSalesDepartment'] as const;
export type ManufacturerContactField = (typeof MANUFACTURER_CONTACT_FIELDS)[number];

export const ManufacturerChangeSchema = z.object({ id: z.number().int().positive(), changes: z.object(manufacturerChangeShape).partial().strict() }).strict();
export type ManufacturerChange = z.output<typeof ManufacturerChangeSchema>;

/** A known after-sales outlet in the directory: recorded from a reply (requestId) or added by hand. */
export const KnownOutletSchema = OutletSchema.extend({ id: z.number().int().positive(), requestId: z.number().int().nullable() });
export type KnownOutlet = z.output<typeof KnownOutletSchema>;

export const NewOutletSchema = OutletSchema.extend({ manufacturerId: z.number().int().positive() }).strict();
export type NewOutlet = z.output<typeof NewOutletSchema>;
