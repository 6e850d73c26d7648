import { z } from 'zod';
import { IsoTimestamp, textField, VinField } from './fields';

export const VEHICLE_STATUSES = ['in-stock', 'awaiting-confirmation', 'ready', 'in-application', 'licensed', 'exported', 'cancelled'] as const;
export const VehicleStatusSchema = z.enum(VEHICLE_STATUSES);
export type VehicleStatus = z.infer<typeof VehicleStatusSchema>;

export const NewVehicleSchema = z
  .object({
    vin: VinField,
    brand: textField(100),
    model: textField(100),
  })
  .strict();
export type NewVehicle = z.output<typeof NewVehicleSchema>;

export const VehicleSchema = z.object({
  id: z.number().int().positive(),
  vin: z.string(),
  brand: z.string(),
  model: z.string(),
  status: VehicleStatusSchema,
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
});
export type Vehicle = z.infer<typeof VehicleSchema>;

export const VEHICLE_SORT_FIELDS = ['vin', 'brand', 'model', 'status', 'createdAt'] as const;

export const VehicleListQuerySchema = z
  .object({
    search: z.string().trim().max(100).optional(),
    status: VehicleStatusSchema.optional(),
    sortBy: z.enum(VEHICLE_SORT_FIELDS).default('createdAt'),
    sortOrder: z.enum(['asc', 'desc']).default('desc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .strict();
export type VehicleListQuery = z.output<typeof VehicleListQuerySchema>;

export const VehicleListSchema = z.object({ items: z.array(VehicleSchema), total: z.number().int().min(0) });
export type VehicleList = z.infer<typeof VehicleListSchema>;
