import { z } from 'zod';
import { Quantity, Uuid } from '../../platform/http/schemas.ts';

const Text = z.string().trim().max(1000);
const Lines = <T extends z.ZodRawShape>(extra: T) =>
  z
    .array(z.strictObject({ itemId: Uuid, ...extra }))
    .min(1)
    .max(200)
    .refine(
      (l) => new Set(l.map((x) => (x as { itemId: string }).itemId)).size === l.length,
      'names a line twice',
    );

export const RequestReturnBody = z.strictObject({
  items: Lines({ quantity: Quantity, reason: Text.optional(), exchangeVariantId: Uuid.optional() }),
  kind: z.enum(['RETURN', 'EXCHANGE']).default('RETURN'),
  reason: Text.optional(),
  note: Text.optional(),
});
export type RequestReturnInput = z.output<typeof RequestReturnBody>;
/** Storefront bodies are lenient about unknown fields (the admin ones are strict). */
export const ShopperReturnBody = z.object({
  items: z
    .array(
      z.object({
        itemId: Uuid,
        quantity: Quantity,
        reason: Text.optional(),
        exchangeVariantId: Uuid.optional(),
      }),
    )
    .min(1)
    .max(200),
  kind: z.enum(['RETURN', 'EXCHANGE']).default('RETURN'),
  reason: Text.optional(),
  note: Text.optional(),
});
export const NoteBody = z.strictObject({ note: Text.optional() }).default({});
export const ReceiveBody = z
  .strictObject({
    items: Lines({
      restock: z.number().int().min(0).optional(),
      writeOff: z.number().int().min(0).optional(),
    }).optional(),
    /** Where restocked units go back on hand (default: the default location). */
    locationId: Uuid.optional(),
    note: Text.optional(),
  })
  .default({});
export type ReceiveInput = z.output<typeof ReceiveBody>;
export const ReturnListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  status: z
    .enum(['REQUESTED', 'APPROVED', 'REJECTED', 'RECEIVED', 'REFUNDED', 'EXCHANGED', 'CANCELED'])
    .optional(),
  orderId: Uuid.optional(),
});
export const OrderNumberParams = z.object({
  domain: z.string(),
  orderNumber: z.string().trim().min(1).max(40),
});
/** A missing email is the same as a wrong one (404). */
export const EmailQuery = z.object({ email: z.string().trim().max(254).default('') });
export const Paging = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
