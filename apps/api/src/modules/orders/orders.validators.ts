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

export const OrderListQuery = listQuery(['createdAt', 'orderNumber', 'totalAmount']).extend({
  status: OrderStatusEnum.optional(),
  paymentStatus: PaymentStatusEnum.optional(),
  fulfillmentStatus: FulfillmentStatusEnum.optional(),
  customerId: Uuid.optional(),
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
  items: z.array(ManualItem).min(1).max(500),
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
