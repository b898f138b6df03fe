import { z } from 'zod';
import { listQuery, Money, Quantity, Uuid } from '../../platform/http/schemas.ts';

const Line = z.string().trim().min(1).max(200);
export const AddressSchema = z.strictObject({
  firstName: Line,
  lastName: Line,
  line1: Line,
  line2: z.string().trim().max(200).nullish(),
  city: Line,
  region: z.string().trim().max(100).nullish(),
  postalCode: z.string().trim().min(1).max(20),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like US'),
  phone: z.string().trim().max(40).nullish(),
});

export const OrderStatusEnum = z.enum([
  'PENDING',
  'PROCESSING',
  'SHIPPED',
  'DELIVERED',
  'CANCELED',
  'RETURNED',
]);
export const PaymentStatusEnum = z.enum(['PENDING', 'PAID', 'PARTIALLY_PAID', 'REFUNDED', 'FAILED']);
export const FulfillmentStatusEnum = z.enum(['UNFULFILLED', 'PARTIALLY_FULFILLED', 'FULFILLED']);

export const OrderSourceEnum = z.enum(['CHECKOUT', 'MANUAL', 'SUBSCRIPTION']);

const DAY_MS = 86_400_000;
/** A day (a whole UTC day) or an instant with its offset; a bare local time would be ambiguous. */
const DateOrTime = z
  .string()
  .trim()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/,
    'must be a date (2026-01-31) or an ISO timestamp with offset (2026-01-31T09:00:00Z)',
  )
  // Date.parse rolls 2026-02-30 over to March: the day must exist as written.
  .refine((v) => {
    const day = v.slice(0, 10);
    return !Number.isNaN(Date.parse(v)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
  }, 'must be a valid date');

/** `createdFrom` as an instant: the start of its day for a date. */
export const createdFromBound = (v: string) => new Date(Date.parse(v));
/** `createdTo` as an exclusive bound: a date includes its whole UTC day. */
export const createdToBound = (v: string) => new Date(Date.parse(v) + (v.length === 10 ? DAY_MS : 0));

export const OrderListQuery = listQuery(['createdAt', 'orderNumber', 'totalAmount'])
  .extend({
    status: OrderStatusEnum.optional(),
    paymentStatus: PaymentStatusEnum.optional(),
    fulfillmentStatus: FulfillmentStatusEnum.optional(),
    customerId: Uuid.optional(),
    source: OrderSourceEnum.optional().describe('The channel the order came from'),
    createdFrom: DateOrTime.optional().describe(
      'Orders placed at or after this (a date: from its start, UTC)',
    ),
    createdTo: DateOrTime.optional().describe(
      'Orders placed before this instant, or on or before this date (a whole UTC day)',
    ),
  })
  .superRefine((q, ctx) => {
    if (!q.createdFrom || !q.createdTo) return;
    if (createdFromBound(q.createdFrom) >= createdToBound(q.createdTo))
      ctx.addIssue({ code: 'custom', path: ['createdTo'], message: 'must be after createdFrom' });
  });
export type OrderListInput = z.output<typeof OrderListQuery>;

const ManualItem = z.strictObject({
  listingId: Uuid.optional(),
  productId: Uuid.optional(),
  variantId: Uuid.optional(),
  sku: z.string().trim().max(100).optional(),
  title: Line,
  unitPrice: Money,
  quantity: Quantity,
  taxAmount: Money.optional(),
});

/** A merchant's manual order (phone, in person): prices as given, stock allocated per variant. */
export const CreateOrderBody = z.strictObject({
  customerId: Uuid.optional(),
  customerEmail: z.email().optional(),
  customerName: z.string().trim().max(200).optional(),
  items: z.array(ManualItem).min(1, 'add at least one item').max(500),
  shippingAddress: AddressSchema.optional(),
  billingAddress: AddressSchema.optional(),
  shippingMethod: z.string().trim().max(200).optional(),
  shippingAmount: Money.optional(),
  discountAmount: Money.optional(),
  couponCodes: z.array(z.string().max(64)).max(20).optional(),
  notes: z.string().max(5000).optional(),
  customerNotes: z.string().max(5000).optional(),
  internalNotes: z.string().max(5000).optional(),
  status: OrderStatusEnum.exclude(['CANCELED', 'RETURNED']).optional(),
  paymentStatus: PaymentStatusEnum.exclude(['REFUNDED']).optional(),
});
export type CreateOrderInput = z.output<typeof CreateOrderBody>;

export const UpdateOrderBody = z.strictObject({
  status: OrderStatusEnum.exclude(['CANCELED', 'RETURNED']).optional(),
  paymentStatus: PaymentStatusEnum.optional(),
  fulfillmentStatus: FulfillmentStatusEnum.optional(),
  customerEmail: z.email().optional(),
  customerName: z.string().trim().max(200).optional(),
  shippingAddress: AddressSchema.optional(),
  billingAddress: AddressSchema.optional(),
  shippingMethod: z.string().trim().max(200).optional(),
  notes: z.string().max(5000).nullable().optional(),
  customerNotes: z.string().max(5000).nullable().optional(),
  internalNotes: z.string().max(5000).nullable().optional(),
});
export type UpdateOrderInput = z.output<typeof UpdateOrderBody>;
