/** The order topics and their payloads (written by orders, checkout and fulfilment). */

/** Every order fact names its order and store. */
export type OrderFact = { orderId: string; storeId: string };

declare module '../../platform/events.ts' {
  interface EventTopics {
    'order.placed': OrderFact & {
      orderNumber: string | null;
      customerId: string | null;
      customerEmail: string | null;
      totalMinor: number;
      currency: string;
      /** MANUAL for orders staff entered; checkout and subscriptions otherwise. */
      source: string;
    };
    'order.payment_status.changed': OrderFact & { paymentStatus: string };
    'order.status.changed': OrderFact & { from: string; to: string };
    'order.canceled': OrderFact & { refundedMinor?: number; reason: string | null };
    'order.refunded': OrderFact & { refundId: string; amountMinor: number; refundedTotalMinor: number };
    'order.shipped': OrderFact & {
      fulfillmentId: string;
      trackingNumber: string | null;
      fulfillmentStatus: string;
    };
    'order.fulfilled': OrderFact & {
      fulfillmentStatus: string;
      fulfillmentId?: string;
      trackingNumber?: string | null;
    };
    'order.delivered': OrderFact & { fulfillmentId: string };
  }
}

/** The order topics, for subscribers that follow every change of an order's totals and state. */
export const ORDER_TOPICS = [
  'order.placed',
  'order.payment_status.changed',
  'order.status.changed',
  'order.canceled',
  'order.refunded',
  'order.shipped',
  'order.fulfilled',
  'order.delivered',
] as const;
