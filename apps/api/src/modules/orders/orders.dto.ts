import { fromMinor } from '../../platform/money.ts';
import type { PaymentDto } from '../payments/index.ts';
import type { OrderItemRow, OrderRow } from './orders.schema.ts';

export const toOrderItemDto = (i: OrderItemRow, currency: string) => ({
  id: i.id,
  listingId: i.listingId,
  productId: i.productId,
  variantId: i.variantId,
  sku: i.sku,
  title: i.title,
  unitPrice: fromMinor(i.unitPriceMinor, currency),
  quantity: i.quantity,
  lineTotal: fromMinor(i.subtotalMinor, currency),
  discountAmount: fromMinor(i.discountMinor, currency),
  taxAmount: fromMinor(i.taxMinor, currency),
  totalAmount: fromMinor(i.totalMinor, currency),
  taxCategory: i.taxCategory,
  quantityFulfilled: i.quantityFulfilled,
  quantityRefunded: i.quantityRefunded,
  quantityReturned: i.quantityReturned,
});

export function toOrderDto(o: OrderRow, items: OrderItemRow[], payments: PaymentDto[]) {
  const currency = o.currency.trim();
  const money = (minor: number) => fromMinor(minor, currency);
  return {
    id: o.id,
    storeId: o.storeId,
    orderNumber: o.orderNumber,
    customerId: o.customerId,
    customerEmail: o.customerEmail,
    customerName: o.customerName,
    items: items.map((i) => toOrderItemDto(i, currency)),
    status: o.status,
    paymentStatus: o.paymentStatus,
    fulfillmentStatus: o.fulfillmentStatus,
    shippingAddress: o.shippingAddress,
    billingAddress: o.billingAddress,
    shippingMethod: o.shippingMethod,
    shippingMethodId: o.shippingMethodId,
    currency,
    subtotalAmount: money(o.subtotalMinor),
    discountAmount: money(o.discountMinor),
    shippingAmount: money(o.shippingMinor),
    taxAmount: money(o.taxMinor),
    totalAmount: money(o.totalMinor),
    couponCodes: o.couponCodes,
    notes: o.notes,
    customerNotes: o.customerNotes,
    internalNotes: o.internalNotes,
    paymentDetails: o.paymentDetails,
    payments,
    fulfillments: o.fulfillments,
    refunds: o.refunds,
    cartId: o.cartId,
    source: o.source,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}
export type OrderDto = ReturnType<typeof toOrderDto>;

/** An order as its shopper sees it: everything but the merchant's internal notes. */
export const toShopperOrder = ({ internalNotes: _notes, ...order }: OrderDto) => order;
