import { z } from 'zod';
import { Money, Quantity, Uuid } from '../../platform/http/schemas.ts';

const Lines = z
  .array(z.strictObject({ itemId: Uuid, quantity: Quantity }))
  .max(500)
  .refine((l) => new Set(l.map((x) => x.itemId)).size === l.length, 'names a line twice');
const Text = z.string().trim().max(1000);

/** Empty bodies mean "the whole order" (the contract), hence the defaults. */
export const FulfillBody = z
  .strictObject({
    items: Lines.optional(),
    trackingNumber: z.string().trim().min(3).max(100).optional(),
    carrier: z.string().trim().min(2).max(60).optional(),
    locationId: Uuid.optional(),
  })
  .default({});
export const CancelBody = z.strictObject({ reason: Text.optional() }).default({});
/** The order emails staff may send again (others follow one-off events, or are not the order's). */
export const ResendEmailBody = z.strictObject({ template: z.enum(['order_confirmation', 'shipment']) });
export type ResendTemplate = z.output<typeof ResendEmailBody>['template'];
export const RefundBody = z
  .strictObject({
    amount: Money.optional(),
    items: Lines.optional(),
    reason: Text.optional(),
    restock: z.boolean().optional(),
  })
  .default({});
export const QueueBody = z
  .strictObject({ items: Lines.optional(), locationId: Uuid.optional(), requiresQc: z.boolean().optional() })
  .default({});
export const PickBody = z
  .strictObject({
    sku: z.string().trim().min(1).max(100).optional(),
    itemId: Uuid.optional(),
    quantity: Quantity.optional(),
    all: z.boolean().optional(),
  })
  .refine((b) => b.all || b.sku || b.itemId, 'give a sku, an itemId, or all: true');
export const PackBody = z
  .strictObject({
    qc: z.strictObject({ passed: z.boolean(), notes: Text.optional() }).optional(),
    weightGrams: z.number().int().min(0).max(1_000_000).optional(),
  })
  .default({});
export const LabelBody = z
  .strictObject({
    carrier: z.string().trim().max(60).optional(),
    service: z.string().trim().max(60).optional(),
  })
  .default({});
export const ShipBody = z
  .strictObject({
    trackingNumber: z.string().trim().min(3).max(100).optional(),
    carrier: z.string().trim().min(2).max(60).optional(),
  })
  .default({});
export const BinsBody = z.strictObject({
  assignments: z
    .array(
      z
        .strictObject({
          variantId: Uuid.optional(),
          sku: z.string().trim().min(1).max(100).optional(),
          bin: z.string().trim().min(1).max(60),
        })
        .refine((a) => a.variantId || a.sku, 'give a variantId or a sku'),
    )
    .min(1)
    .max(1000),
});
export const QueueQuery = z.object({
  status: z.enum(['QUEUED', 'PICKING', 'PICKED', 'PACKED']).optional(),
});
export const PickListQuery = z.object({
  format: z.enum(['json', 'pdf']).default('json'),
  fulfillmentIds: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((s) => s.trim()) : undefined))
    .pipe(z.array(Uuid).max(200).optional()),
});
export const TrackingParams = z.object({ domain: z.string(), orderNumber: z.string().trim().min(1).max(40) });
/** A missing email is the same as a wrong one (404): the order's existence is not revealed. */
export const TrackingQuery = z.object({ email: z.string().trim().max(254).default('') });
export const FulfillmentParams = z.object({ storeId: Uuid, id: Uuid });
export const LocationParams = z.object({ id: Uuid });
