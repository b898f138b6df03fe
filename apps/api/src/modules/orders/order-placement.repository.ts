import { type Insertable, sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import type { OrderItemRow, OrderItemsTable, OrderRow, OrdersTable } from './orders.schema.ts';

/**
 * An order and its items in ONE statement (the items' insert reads the order's from a CTE, so the
 * foreign key is satisfied at the statement's end). Returns the items as stored, in the order a
 * read gives them (created_at, then id).
 */
export async function insertOrderWithItems(
  tx: TenantTx,
  order: Insertable<OrdersTable> & { id: string },
  items: Omit<Insertable<OrderItemsTable>, 'orderId'>[],
): Promise<OrderItemRow[]> {
  if (items.length === 0) {
    await tx.insertInto('orders').values(order).execute();
    return [];
  }
  const rows = await tx
    .with('placed', (db) => db.insertInto('orders').values(order).returning('id'))
    .insertInto('orderItems')
    .values(items.map((i) => ({ ...i, orderId: order.id })))
    .returningAll()
    .execute();
  return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
}

/**
 * Gives a placed order the store's next number and writes `order.placed`, in ONE statement. The
 * counter row stays locked until commit, so numbers are unique and gap-free; callers take it as
 * late as they can. Undefined when the order is not there.
 */
export async function numberOrder(
  tx: TenantTx,
  storeId: string,
  orderId: string,
): Promise<OrderRow | undefined> {
  const { rows } = await sql<OrderRow>`
    with n as (
      insert into store_order_counters (store_id, last_number) values (${storeId}, 1001)
      on conflict (tenant_id, store_id) do update set last_number = store_order_counters.last_number + 1
      returning last_number
    ), numbered as (
      update orders o set order_number = n.last_number::text, order_seq = n.last_number, updated_at = now()
        from n where o.store_id = ${storeId} and o.id = ${orderId}
      returning o.*
    ), placed as (
      insert into outbox_events (topic, payload)
      select 'order.placed', jsonb_build_object(
               'orderId', id, 'storeId', store_id, 'orderNumber', order_number, 'customerId', customer_id,
               'customerEmail', customer_email, 'totalMinor', total_minor, 'currency', trim(currency),
               'source', source)
        from numbered
    )
    select * from numbered`.execute(tx);
  return rows[0];
}

/** Sets a placed order's payment status and writes `order.payment_status.changed`, in ONE statement. */
export async function updatePaymentStatus(
  tx: TenantTx,
  storeId: string,
  orderId: string,
  paymentStatus: OrderRow['paymentStatus'],
): Promise<OrderRow | undefined> {
  const { rows } = await sql<OrderRow>`
    with changed as (
      update orders set payment_status = ${paymentStatus}, updated_at = now()
       where store_id = ${storeId} and id = ${orderId}
      returning *
    ), event as (
      insert into outbox_events (topic, payload)
      select 'order.payment_status.changed',
             jsonb_build_object('orderId', id, 'storeId', store_id, 'paymentStatus', payment_status)
        from changed
    )
    select * from changed`.execute(tx);
  return rows[0];
}
