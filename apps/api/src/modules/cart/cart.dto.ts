import { fromMinor } from '../../platform/money.ts';
import type { CartItemRow, CartRow } from './cart.schema.ts';

export const toCartItemDto = (i: CartItemRow, currency: string) => ({
  id: i.id,
  listingId: i.listingId,
  productId: i.productId,
  variantId: i.variantId,
  title: i.title,
  sku: i.sku,
  unitPrice: fromMinor(i.unitPriceMinor, currency),
  quantity: i.quantity,
  lineTotal: fromMinor(i.unitPriceMinor * i.quantity, currency),
});

/** A cart as the contract shapes it; lines saved for later are listed apart and not counted. */
export function toCartDto(c: CartRow, items: CartItemRow[], expiresAt: Date | null) {
  const currency = c.currency.trim();
  const money = (minor: number) => fromMinor(minor, currency);
  return {
    id: c.id,
    storeId: c.storeId,
    customerId: c.customerId,
    email: c.email,
    status: c.status,
    items: items.filter((i) => !i.savedForLater).map((i) => toCartItemDto(i, currency)),
    savedItems: items.filter((i) => i.savedForLater).map((i) => toCartItemDto(i, currency)),
    couponCodes: c.couponCodes,
    notes: c.notes,
    shippingAddress: c.shippingAddress,
    billingAddress: c.billingAddress,
    shippingMethodId: c.shippingMethodId,
    paymentMethodId: c.paymentMethodId,
    currency,
    subtotal: money(c.subtotalMinor),
    discountAmount: money(c.discountMinor),
    shippingAmount: money(c.shippingMinor),
    taxAmount: money(c.taxMinor),
    totalAmount: money(c.totalMinor),
    orderId: c.orderId,
    expiresAt: expiresAt ? expiresAt.toISOString() : null,
    lastActivityAt: c.lastActivityAt.toISOString(),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
export type CartDto = ReturnType<typeof toCartDto>;
