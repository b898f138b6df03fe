import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import {
  type FulfillmentStatus,
  type OrderStatus,
  ordersWrites,
  type PaymentStatus,
} from './orders.schema.ts';

/**
 * The writes of the order lifecycle (fulfilment, cancellation, refunds, returns), each a single
 * statement; the CHECKs on order_items keep the counts within the line quantity.
 */

export const lockOrderRow = (tx: TenantTx, storeId: string, orderId: string) =>
  tx
    .selectFrom('orders')
    .selectAll()
    .where('storeId', '=', storeId)
    .where('id', '=', orderId)
    .forUpdate()
    .executeTakeFirst();

export const findOrderByNumber = (tx: TenantTx, storeId: string, orderNumber: string) =>
  tx
    .selectFrom('orders')
    .selectAll()
    .where('storeId', '=', storeId)
    .where('orderNumber', '=', orderNumber)
    .executeTakeFirst();

export type OrderStatePatch = {
  status?: OrderStatus;
  fulfillmentStatus?: FulfillmentStatus;
  paymentStatus?: PaymentStatus;
  fulfillments?: unknown[];
  refunds?: unknown[];
};

export async function setOrderState(tx: TenantTx, orderId: string, patch: OrderStatePatch) {
  const { fulfillments, refunds, ...rest } = patch;
  await ordersWrites(tx)
    .updateTable('orders')
    .set({
      ...rest,
      ...(fulfillments ? { fulfillments: JSON.stringify(fulfillments) } : {}),
      ...(refunds ? { refunds: JSON.stringify(refunds) } : {}),
    })
    .where('id', '=', orderId)
    .execute();
}

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

export async function setOrderCustomer(tx: TenantTx, orderId: string, customerId: string) {
  await ordersWrites(tx)
    .updateTable('orders')
    .set({ customerId })
    .where('id', '=', orderId)
    .where('customerId', 'is', null)
    .execute();
}
