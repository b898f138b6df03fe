import type { TenantTx } from '../../platform/db/pool.ts';
import * as repo from './order-lifecycle.repository.ts';
import { assertOrderMove, canMoveOrder } from './order-status.ts';
import { orderErrors } from './orders.errors.ts';
import type { FulfillmentStatus, OrderRow, OrderStatus, PaymentStatus } from './orders.schema.ts';

/** What a move writes besides the status, in the same statement. */
type MovePatch = { fulfillmentStatus?: FulfillmentStatus; paymentStatus?: PaymentStatus };
/** Progress recorded without a status move: derived statuses and the order's JSON views. */
type ProgressPatch = MovePatch & { fulfillments?: unknown[]; refunds?: unknown[] };
type Movable = Pick<OrderRow, 'id' | 'status'>;

/**
 * The order lifecycle, the one way other modules change an order after it is placed: lock it,
 * move its status through the rules (`order-status.ts`), record fulfilment/payment progress and
 * line counts. Events and timeline entries stay with the caller, who knows why the order moved.
 */
export const orderLifecycle = {
  /**
   * Locks the order row until the transaction ends (steps on one order serialise) and returns
   * it. 404 when the store has no such order.
   */
  async lock(tx: TenantTx, storeId: string, orderId: string): Promise<OrderRow> {
    const row = await repo.lockOrderRow(tx, storeId, orderId);
    if (!row) throw orderErrors.notFound();
    return row;
  },

  /** The order of a store by its number (unlocked), or undefined. */
  findByNumber: (tx: TenantTx, storeId: string, orderNumber: string) =>
    repo.findOrderByNumber(tx, storeId, orderNumber),

  canMove: canMoveOrder,
  assertMove: assertOrderMove,

  /** Moves the order to `to`, 409 INVALID_STATE if the rules refuse it from `order.status`. */
  async transition(tx: TenantTx, order: Movable, to: OrderStatus, patch: MovePatch = {}) {
    assertOrderMove(order.status, to);
    await repo.setOrderState(tx, order.id, { ...patch, status: to });
  },

  /**
   * Moves the order to `to` when the rules allow it, else writes only `patch` (a mixed order stays
   * PROCESSING while its physical lines ship; a delivered one stays DELIVERED). True if it moved.
   */
  async advance(tx: TenantTx, order: Movable, to: OrderStatus, patch: MovePatch = {}) {
    const moves = canMoveOrder(order.status, to);
    if (moves) await repo.setOrderState(tx, order.id, { ...patch, status: to });
    else if (Object.keys(patch).length > 0) await repo.setOrderState(tx, order.id, patch);
    return moves;
  },

  /** Records progress that moves no status (fulfilment/payment status, fulfilments, refunds). */
  record: (tx: TenantTx, orderId: string, patch: ProgressPatch) => repo.setOrderState(tx, orderId, patch),

  /** Adds to a line's fulfilled/refunded/returned counts in one statement. */
  addLineCounts: repo.addLineCounts,

  /** Links a guest order to the customer profile of its email (only while it has none). */
  linkCustomer: repo.setOrderCustomer,
};

export type OrderLifecycle = typeof orderLifecycle;
