import { z } from 'zod';
import { isCalendarDate } from '../domain/calendar-date';
import { FilePayloadSchema } from './import-export';
import { IsoTimestamp } from './fields';

export const REQUEST_STATUSES = ['draft', 'sent', 'confirmed', 'partly-confirmed', 'refused', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_CHANNELS = ['email', 'post', 'courier', 'portal'] as const;
export const REPLY_OUTCOMES = ['confirmed', 'partly-confirmed', 'refused'] as const;

/** The lifecycle of a confirmation request; anything else is refused with a message. */
export const REQUEST_TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  draft: ['sent', 'cancelled'],
  sent: ['confirmed', 'partly-confirmed', 'refused', 'cancelled'],
  'partly-confirmed': ['confirmed', 'cancelled'],
  confirmed: [],
  refused: [],
  cancelled: [],
};

const DateField = z.string().trim().refine(isCalendarDate, { params: { messageKey: 'date.invalid', params: {}, suggestions: [] } });
const Text = (max: number) => z.string().trim().min(1).max(max);

export const OutletSchema = z.object({ country: Text(100), name: Text(200), address: z.string().trim().max(300).nullish().transform((v) => v || null), contact: z.string().trim().max(200).nullish().transform((v) => v || null) });

export const RequestSchema = z.object({
  id: z.number().int(),
  manufacturerId: z.number().int(),
  manufacturer: z.string(),
  batchId: z.number().int().nullable(),
  batchReference: z.string().nullable(),
  status: z.enum(REQUEST_STATUSES),
  sentOn: z.string().nullable(),
  channel: z.enum(REQUEST_CHANNELS).nullable(),
  contact: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  replyOn: z.string().nullable(),
  replyAttachmentId: z.number().int().nullable(),
  notes: z.string().nullable(),
  vehicles: z.array(z.object({ id: z.number().int(), vin: z.string(), brand: z.string(), model: z.string(), country: z.string().nullable(), covered: z.boolean().nullable() })),
  /** Working days since it was sent, as of today (null unless sent). */
  workingDaysWaiting: z.number().int().nullable(),
  overdue: z.boolean(),
  dueOn: z.string().nullable(),
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
});
export type ConfirmationRequest = z.infer<typeof RequestSchema>;

export const CreateRequestsSchema = z
  .object({
    /** One request per manufacturer of the batch's vehicles that need a confirmation. */
    batchId: z.number().int().positive().optional(),
    /** Or these vehicles, grouped by manufacturer. */
    vehicleIds: z.array(z.number().int().positive()).min(1).max(5000).optional(),
  })
  .strict()
  .refine((input) => (input.batchId === undefined) !== (input.vehicleIds === undefined), { params: { messageKey: 'field.required', params: {}, suggestions: [] }, path: ['batchId'] });

export const ListRequestsSchema = z
  .object({ status: z.array(z.enum(REQUEST_STATUSES)).optional(), overdue: z.boolean().optional(), manufacturerId: z.number().int().positive().optional(), batchId: z.number().int().positive().optional() })
  .strict();

export const SendRequestSchema = z
  .object({ id: z.number().int().positive(), channel: z.enum(REQUEST_CHANNELS), sentOn: DateField.optional(), contact: z.string().trim().max(200).optional(), trackingNumber: z.string().trim().max(100).optional() })
  .strict();

export const ReplySchema = z
  .object({
    id: z.number().int().positive(),
    outcome: z.enum(REPLY_OUTCOMES),
    replyOn: DateField.optional(),
    /** The stamped confirmation as received (image or PDF). */
    file: FilePayloadSchema,
    /** Vehicles the reply confirms; the rest of the request is not covered. */
    coveredVehicleIds: z.array(z.number().int().positive()).max(5000),
    outlets: z.array(OutletSchema).max(200).default([]),
  })
  .strict();

/** Before a reply is saved: is each VIN it should confirm written in the scan? (OCR, advisory.) */
export const CheckReplySchema = z
  .object({
    requestId: z.number().int().positive(),
    file: FilePayloadSchema,
    /** The VINs to look for; by default every vehicle of the request. */
    vins: z.array(z.string().trim().min(1).max(30)).min(1).max(5000).optional(),
  })
  .strict();

export const ReplyCheckSchema = z.object({
  vins: z.array(
    z.object({
      vin: z.string(),
      found: z.boolean(),
      /** exact; tolerant: only once characters OCR confuses (O/0, I/1, S/5, B/8, Z/2) are taken as equal; missing. */
      how: z.enum(['exact', 'tolerant', 'missing']),
      /** What the scan says there (tolerant), or the closest passage to the VIN (missing), if any is close. */
      read: z.string().optional(),
      closest: z.string().optional(),
      /** Characters that differ between the VIN and `read` or `closest`. */
      distance: z.number().int().optional(),
      /** 1-based page of the scan where it was found or where the closest passage is. */
      page: z.number().int().optional(),
    }),
  ),
  pagesRead: z.number().int(),
  /** The pages were read a second time (English model, sparse text) because a VIN was not found at first. */
  secondReading: z.boolean(),
  ms: z.number(),
});
export type ReplyCheck = z.infer<typeof ReplyCheckSchema>;

export const CancelRequestSchema = z.object({ id: z.number().int().positive(), reason: z.string().trim().max(500).optional() }).strict();

export type SendRequest = z.output<typeof SendRequestSchema>;
export type Reply = z.output<typeof ReplySchema>;
export type RequestFilter = z.output<typeof ListRequestsSchema>;
