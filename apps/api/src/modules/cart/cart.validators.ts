import { z } from 'zod';
import { Quantity, Uuid } from '../../platform/http/schemas.ts';
import { AddressSchema } from '../orders/index.ts';

export const CartLineInput = z.strictObject({
  listingId: Uuid,
  variantId: Uuid.optional(),
  quantity: Quantity,
});
export type CartLineInput = z.output<typeof CartLineInput>;
const Items = z.array(CartLineInput).max(200);
const CouponCode = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .transform((c) => c.toUpperCase());

export const CreateCartBody = z.strictObject({
  items: Items.optional(),
  email: z.email().optional(),
  sessionId: z.string().max(200).optional(),
  customerId: Uuid.optional(),
});
export type CreateCartInput = z.output<typeof CreateCartBody>;

export const UpdateCartBody = z.strictObject({
  items: Items.optional(),
  couponCodes: z.array(CouponCode).max(10).optional(),
  email: z.email().nullable().optional(),
  notes: z.string().max(5000).nullable().optional(),
  shippingAddress: AddressSchema.nullable().optional(),
  billingAddress: AddressSchema.nullable().optional(),
  shippingMethodId: Uuid.nullable().optional(),
  paymentMethodId: Uuid.nullable().optional(),
});
export type UpdateCartInput = z.output<typeof UpdateCartBody>;

export const UpdateItemBody = z.strictObject({ quantity: Quantity });
export const CartParams = z.object({ domain: z.string(), id: Uuid });
export const CartItemParams = z.object({ domain: z.string(), id: Uuid, itemId: Uuid });
export const AdminCartItemParams = z.object({ storeId: Uuid, id: Uuid, itemId: Uuid });
