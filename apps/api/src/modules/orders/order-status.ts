import { orderErrors } from './orders.errors.ts';
import type { FulfillmentStatus, OrderStatus, PaymentStatus } from './orders.schema.ts';

/**
 * The order's status rules: which status may follow which (fulfilment, cancellation, returns),
 * and the fulfilment and payment statuses derived from line counts and refunds. Pure functions;
 * `orderLifecycle` applies them to the rows.
 */

/** Order status moves made by fulfilment, cancellation and returns. */
const ORDER_FLOW: Record<OrderStatus, OrderStatus[]> = {
  PENDING: ['PROCESSING', 'SHIPPED', 'CANCELED'],
  PROCESSING: ['SHIPPED', 'CANCELED'],
  SHIPPED: ['DELIVERED', 'RETURNED'],
  DELIVERED: ['RETURNED'],
  CANCELED: [],
  RETURNED: [],
};

/** Staying put is always allowed (a repeated step changes nothing). */
export const canMoveOrder = (from: OrderStatus, to: OrderStatus) =>
  from === to || ORDER_FLOW[from].includes(to);

/** Throws 409 INVALID_STATE when the rules refuse `from` → `to`. */
export function assertOrderMove(from: OrderStatus, to: OrderStatus): void {
  if (!canMoveOrder(from, to)) throw orderErrors.moveRefused(from, to);
}

type ItemCounts = { id: string; quantity: number; quantityFulfilled: number };

/**
 * Units of a line still to ship or shipped. `released` holds, per line, units refunded before
 * they shipped (recorded on the refunds): those are no longer owed.
 */
export const owedUnits = (i: ItemCounts, released: ReadonlyMap<string, number>) =>
  i.quantity - (released.get(i.id) ?? 0);

/** Fulfilment status from item counts and the units released by refunds before shipping. */
export function fulfillmentStatusOf(
  items: ItemCounts[],
  released: ReadonlyMap<string, number>,
): FulfillmentStatus {
  const shipped = items.reduce((n, i) => n + i.quantityFulfilled, 0);
  if (shipped === 0) return 'UNFULFILLED';
  return items.every((i) => i.quantityFulfilled >= owedUnits(i, released))
    ? 'FULFILLED'
    : 'PARTIALLY_FULFILLED';
}

/** Payment status after refunds: all of what was paid back is REFUNDED; otherwise unchanged. */
export function paymentStatusAfterRefund(
  current: PaymentStatus,
  paidMinor: number,
  refundedMinor: number,
): PaymentStatus {
  if (paidMinor > 0 && refundedMinor >= paidMinor) return 'REFUNDED';
  return current;
}

/**
 * Splits a refund over payments, most recent first, each up to what is left on it. Returns the
 * parts and what could not be placed (0 when the payments cover it).
 */
export function splitRefund(
  amountMinor: number,
  payments: Array<{ id: string; refundableMinor: number }>,
): { parts: Array<{ id: string; amountMinor: number }>; unplaced: number } {
  let left = amountMinor;
  const parts: Array<{ id: string; amountMinor: number }> = [];
  for (const p of [...payments].reverse()) {
    if (left <= 0) break;
    const take = Math.min(left, p.refundableMinor);
    if (take > 0) parts.push({ id: p.id, amountMinor: take });
    left -= take;
  }
  return { parts, unplaced: left };
}

/** The share of a line's total for `quantity` of its units, rounded half-up in minor units. */
export function lineShare(totalMinor: number, lineQuantity: number, quantity: number): number {
  if (quantity >= lineQuantity) return totalMinor;
  return Math.floor((totalMinor * quantity * 2 + lineQuantity) / (2 * lineQuantity));
}
