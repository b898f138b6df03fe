import { z } from 'zod';
import { DateTimeOut, MoneyOut } from '../../platform/http/schemas.ts';
import { PaymentResponse } from '../payments/index.ts';

/**
 * What the order routes (and the cart, checkout and account routes that carry orders and
 * addresses) answer, as the wire carries it; checked against every reply in tests with
 * VALIDATE_RESPONSES=1 (see platform/http).
 */

/** A postal address as stored (what AddressSchema accepted). */
export const AddressResponse = z.strictObject({
  firstName: z.string(),
  lastName: z.string(),
  line1: z.string(),
  line2: z.string().nullish(),
  city: z.string(),
  region: z.string().nullish(),
  postalCode: z.string(),
  country: z.string().describe('ISO 3166-1 alpha-2'),
  phone: z.string().nullish(),
});

export const OrderStatusOut = z.enum([
  'PENDING',
  'PROCESSING',
  'SHIPPED',
  'DELIVERED',
  'CANCELED',
  'RETURNED',
]);
export const PaymentStatusOut = z.enum(['PENDING', 'PAID', 'PARTIALLY_PAID', 'REFUNDED', 'FAILED']);
export const FulfillmentStatusOut = z.enum(['UNFULFILLED', 'PARTIALLY_FULFILLED', 'FULFILLED']);

export const OrderItemResponse = z.strictObject({
  id: z.string(),
  listingId: z.string().nullable(),
  productId: z.string().nullable(),
  variantId: z.string().nullable(),
  sku: z.string().nullable(),
  title: z.string(),
  unitPrice: MoneyOut,
  quantity: z.number().int(),
  lineTotal: MoneyOut,
  discountAmount: MoneyOut,
  taxAmount: MoneyOut,
  totalAmount: MoneyOut,
  taxCategory: z.string().nullable(),
  quantityFulfilled: z.number().int(),
  quantityRefunded: z.number().int(),
  quantityReturned: z.number().int(),
});

/** The summary of a shipment kept on the order (the fulfilment module writes it). */
export const OrderFulfillmentSummary = z.strictObject({
  id: z.string(),
  number: z.number().int(),
  status: z.enum(['QUEUED', 'PICKING', 'PICKED', 'PACKED', 'SHIPPED', 'DELIVERED', 'CANCELED']),
  locationId: z.string().nullable(),
  carrier: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  trackingUrl: z.string().nullable(),
  items: z.array(z.strictObject({ itemId: z.string(), quantity: z.number().int() })),
  shippedAt: DateTimeOut.nullable(),
  deliveredAt: DateTimeOut.nullable(),
});
/** The summary of a refund kept on the order (the fulfilment module writes it). */
export const OrderRefundSummary = z.strictObject({
  id: z.string(),
  amount: MoneyOut,
  reason: z.string().nullable(),
  kind: z.enum(['REFUND', 'CANCELLATION', 'RETURN']),
  items: z.array(
    z.strictObject({ itemId: z.string(), quantity: z.number().int(), released: z.number().int().optional() }),
  ),
  payments: z.array(
    z.strictObject({
      paymentId: z.string(),
      provider: z.string(),
      amountMinor: z.number().int(),
      amount: MoneyOut,
    }),
  ),
  createdAt: DateTimeOut,
});

export const OrderResponse = z.strictObject({
  id: z.string(),
  storeId: z.string(),
  orderNumber: z.string(),
  customerId: z.string().nullable(),
  customerEmail: z.string().nullable(),
  customerName: z.string().nullable(),
  items: z.array(OrderItemResponse),
  status: OrderStatusOut,
  paymentStatus: PaymentStatusOut,
  fulfillmentStatus: FulfillmentStatusOut,
  shippingAddress: AddressResponse.nullable(),
  billingAddress: AddressResponse.nullable(),
  shippingMethod: z.string().nullable(),
  shippingMethodId: z.string().nullable(),
  currency: z.string(),
  subtotalAmount: MoneyOut,
  discountAmount: MoneyOut,
  shippingAmount: MoneyOut,
  taxAmount: MoneyOut,
  totalAmount: MoneyOut,
  couponCodes: z.array(z.string()),
  notes: z.string().nullable(),
  customerNotes: z.string().nullable(),
  internalNotes: z.string().nullable(),
  paymentDetails: z.record(z.string(), z.unknown()),
  payments: z.array(PaymentResponse),
  fulfillments: z.array(OrderFulfillmentSummary),
  refunds: z.array(OrderRefundSummary),
  cartId: z.string().nullable(),
  source: z.enum(['CHECKOUT', 'MANUAL', 'SUBSCRIPTION']),
  createdAt: DateTimeOut,
  updatedAt: DateTimeOut,
});

/** An order as its shopper sees it: everything but the merchant's internal notes. */
export const ShopperOrderResponse = OrderResponse.omit({ internalNotes: true });
