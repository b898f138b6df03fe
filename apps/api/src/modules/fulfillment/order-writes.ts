import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/errors.ts';
import type { FulfillmentStatus, OrderStatus, PaymentStatus } from './state.ts';

/**
 * The few writes fulfilment, cancellation and refunds make to the checkout modules' `orders` and
 * `order_items` rows. They live in this one adapter, each a single guarded statement (the
 * CHECKs on order_items keep counts within the line quantity), until OrderService offers them.
 */

/** Locks the order row for the rest of the transaction: fulfilment steps of one order serialise. */
export async function lockOrder(tx: TenantTx, storeId: string, orderId: string) {
  const row = await tx
    .selectFrom('orders')
    .selectAll()
    .where('storeId', '=', storeId)
    .where('id', '=', orderId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('Order');
  return row;
}

export const findOrderByNumber = (tx: TenantTx, storeId: string, orderNumber: string) =>
  tx
    .selectFrom('orders')
    .selectAll()
    .where('storeId', '=', storeId)
    .where('orderNumber', '=', orderNumber)
    .executeTakeFirst();

export async function setOrderState(
  tx: TenantTx,
  orderId: string,
  patch: {
    status?: OrderStatus;
    fulfillmentStatus?: FulfillmentStatus;
    paymentStatus?: PaymentStatus;
    fulfillments?: unknown[];
    refunds?: unknown[];
  },
) {
  const { fulfillments, refunds, ...rest } = patch;
  await tx
    .updateTable('orders')
    .set({
      ...rest,
      ...(fulfillments ? { fulfillments: JSON.stringify(fulfillments) } : {}),
      ...(refunds ? { refunds: JSON.stringify(refunds) } : {}),
    })
    .where('id', '=', orderId)
    .execute();
}

/** Adds to an order line's fulfilled/refunded/returned counts in one statement. */
export async function addLineCounts(
  tx: TenantTx,
  itemId: string,
  add: { fulfilled?: number; refunded?: number; returned?: number },
) {
  await sql`
    update order_items set
      quantity_fulfilled = quantity_fulfilled + ${add.fulfilled ?? 0},
      quantity_refunded = quantity_refunded + ${add.refunded ?? 0},
      quantity_returned = quantity_returned + ${add.returned ?? 0}
    where id = ${itemId}`.execute(tx);
}

/** Records a refund on one payment record (its CHECK keeps refunded ≤ amount). */
export async function refundPaymentRecord(tx: TenantTx, paymentId: string, amountMinor: number) {
  await sql`
    update payments set
      refunded_minor = refunded_minor + ${amountMinor},
      status = case when refunded_minor + ${amountMinor} >= amount_minor then 'REFUNDED' else 'PARTIALLY_REFUNDED' end
    where id = ${paymentId}`.execute(tx);
}
