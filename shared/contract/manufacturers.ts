import { z } from 'zod';
import { IsoTimestamp } from './fields';

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
