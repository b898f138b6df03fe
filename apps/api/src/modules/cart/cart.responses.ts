import { z } from 'zod';
import { DateTimeOut, type Expect, type Fits, MoneyOut } from '../../platform/http/schemas.ts';
import { AddressResponse } from '../orders/index.ts';
import type { CartDto } from './cart.dto.ts';

/**
 * What the cart routes answer, as the wire carries it; checked against every reply in tests with
 * VALIDATE_RESPONSES=1 (see platform/http).
 */
const CartItemResponse = z.strictObject({
  id: z.string(),
  listingId: z.string(),
  productId: z.string(),
  variantId: z.string(),
  title: z.string(),
  sku: z.string().nullable(),
  unitPrice: MoneyOut,
  quantity: z.number().int(),
  lineTotal: MoneyOut,
});

/** A cart; lines saved for later are listed apart (`savedItems`) and not counted in the totals. */
export const CartResponse = z.strictObject({
  id: z.string(),
  storeId: z.string(),
  customerId: z.string().nullable(),
  email: z.string().nullable(),
  status: z.enum(['ACTIVE', 'ABANDONED', 'CONVERTED']),
  items: z.array(CartItemResponse),
  savedItems: z.array(CartItemResponse),
  couponCodes: z.array(z.string()),
  notes: z.string().nullable(),
  shippingAddress: AddressResponse.nullable(),
  billingAddress: AddressResponse.nullable(),
  shippingMethodId: z.string().nullable(),
  paymentMethodId: z.string().nullable(),
  currency: z.string(),
  subtotal: MoneyOut,
  discountAmount: MoneyOut,
  shippingAmount: MoneyOut,
  taxAmount: MoneyOut,
  totalAmount: MoneyOut,
  orderId: z.string().nullable(),
  expiresAt: DateTimeOut.nullable().describe('When the stock held for an active cart lapses'),
  lastActivityAt: DateTimeOut,
  createdAt: DateTimeOut,
  updatedAt: DateTimeOut,
});

/** An abandoned cart as the merchant's list shows it: who, what it held, reminded, recovered. */
export const AbandonedCartResponse = z.strictObject({
  id: z.string(),
  email: z.string().nullable(),
  customerId: z.string().nullable(),
  units: z.number().int(),
  total: MoneyOut,
  currency: z.string(),
  abandonedAt: DateTimeOut,
  reminderSentAt: DateTimeOut.nullable(),
  recoveredAt: DateTimeOut.nullable(),
  orderId: z.string().nullable(),
});

export const AbandonedStatsResponse = z.strictObject({
  abandoned: z.number().int(),
  recovered: z.number().int(),
  recoveredAndConverted: z.number().int(),
  recoveryRate: z.number(),
  abandonedValue: MoneyOut,
});

// Compile-time: the DTO the service builds fits the schema key for key.
export type CartDtosFit = [Expect<Fits<CartDto, typeof CartResponse>>];
