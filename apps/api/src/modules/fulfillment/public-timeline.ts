import type { timelineOf } from './fulfillment.repository.ts';

type Entry = Awaited<ReturnType<typeof timelineOf>>[number];
type Shown = (e: Entry, currency: string) => string;

const generated: Shown = (e) => e.message;
const amountOf = (e: Entry) => (typeof e.data?.amount === 'string' ? e.data.amount : '');

/**
 * What a shopper may see of the order's timeline (the tracking page). Warehouse steps (picking,
 * QC, labels) stay internal; cancellations and refunds are reworded because their stored message
 * carries the staff's free-text reason.
 */
const SHOWN: Record<string, Shown> = {
  'order.processing': () => 'Your order is being prepared',
  'fulfillment.shipped': generated,
  'fulfillment.digital': generated,
  'fulfillment.delivered': generated,
  'order.canceled': () => 'Order canceled',
  'order.refunded': (e, currency) => (amountOf(e) ? `Refunded ${amountOf(e)} ${currency}` : 'Refunded'),
  'return.requested': generated,
  'return.approved': generated,
  'return.rejected': generated,
  'return.received': generated,
  'return.refunded': generated,
  'return.exchanged': generated,
  'return.exchange_order': generated,
};

/**
 * The shopper-facing entries of an order's timeline, oldest first. "Order placed" comes from the
 * order itself: its timeline row is written by an event handler after commit and may lag behind.
 */
export function publicTimeline(rows: Entry[], currency: string, placedAt: Date) {
  const placed = { type: 'order.placed', message: 'Order placed', occurredAt: placedAt.toISOString() };
  return [
    placed,
    ...rows.flatMap((r) => {
      const shown = SHOWN[r.type];
      return shown
        ? [{ type: r.type, message: shown(r, currency), occurredAt: r.createdAt.toISOString() }]
        : [];
    }),
  ];
}
