import { type Insertable, type RawBuilder, sql } from 'kysely';
import { type JsonRow, naming } from '../../platform/db/naming.ts';
import type { TenantTx } from '../../platform/db/pool.ts';
import type { PaymentRow } from '../payments/index.ts';
import {
  type OrderItemRow,
  type OrderItemsTable,
  type OrderRow,
  type OrdersTable,
  ordersWrites,
} from './orders.schema.ts';

/**
 * CTEs for one statement: `status_changed` sets an order's payment status and `status_event`
 * writes `order.payment_status.changed`, to compose with other writes in one statement.
 */
export function paymentStatusCtes(
  storeId: string,
  orderId: string,
  paymentStatus: OrderRow['paymentStatus'],
) {
  return sql`status_changed as (
      update orders set payment_status = ${paymentStatus}, updated_at = now()
       where store_id = ${storeId} and id = ${orderId}
      returning *
    ), status_event as (
      insert into outbox_events (topic, payload)
      select 'order.payment_status.changed',
             jsonb_build_object('orderId', id, 'storeId', store_id, 'paymentStatus', payment_status)
        from status_changed
    )`;
}

type Stored<T> = Omit<T, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt?: string };
const byCreated = (a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }) =>
  a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1);

/**
 * The whole of a checkout's placement in ONE statement: the store's next order number, the order
 * with it, its items, its payments, `order.placed`, and the caller's own CTEs (`also`, e.g. the
 * cart's conversion). The counter row stays locked until commit, so numbers are unique and
 * gap-free; the caller sends this as its transaction's last statement. Returns what was written.
 */
export async function insertPlacedOrder(
  tx: TenantTx,
  order: Insertable<OrdersTable> & { id: string; storeId: string },
  items: Omit<Insertable<OrderItemsTable>, 'orderId'>[],
  /** The payments module's CTE `placed_payments` (insertPaymentsCte), returning what it wrote. */
  payments: RawBuilder<unknown>,
  also: RawBuilder<unknown>[] = [],
): Promise<{ order: OrderRow; items: OrderItemRow[]; payments: PaymentRow[] }> {
  const numbered = {
    ...order,
    orderNumber: sql<string>`(select last_number::text from n)`,
    orderSeq: sql<number>`(select last_number from n)`,
  };
  const ctes = [
    sql`n as (
      insert into store_order_counters (store_id, last_number) values (${order.storeId}, 1001)
      on conflict (tenant_id, store_id) do update set last_number = store_order_counters.last_number + 1
      returning last_number)`,
    sql`placed as (${ordersWrites(tx).insertInto('orders').values(numbered).returningAll()})`,
    sql`placed_event as (
      insert into outbox_events (topic, payload)
      select 'order.placed', jsonb_build_object(
               'orderId', id, 'storeId', store_id, 'orderNumber', order_number, 'customerId', customer_id,
               'customerEmail', customer_email, 'totalMinor', total_minor, 'currency', trim(currency),
               'source', source)
        from placed)`,
    items.length > 0
      ? sql`placed_items as (${ordersWrites(tx)
          .insertInto('orderItems')
          .values(items.map((i) => ({ ...i, orderId: order.id })))
          .returningAll()})`
      : sql`placed_items as (select * from order_items where false)`,
    payments,
    ...also,
  ];
  // Items and payments come back as JSON (one row for the statement): their timestamps are revived.
  const { rows } = await sql<
    OrderRow & { placedItems: JsonRow[]; placedPayments: JsonRow[] }
  >`with ${sql.join(ctes)}
    select p.*, (select coalesce(json_agg(i), '[]') from placed_items i) as placed_items,
           (select coalesce(json_agg(y), '[]') from placed_payments y) as placed_payments
      from placed p`.execute(tx);
  const row = rows[0];
  if (!row) throw new Error('the order was not placed');
  const { placedItems, placedPayments, ...placed } = row;
  return {
    order: placed as OrderRow,
    items: placedItems
      .map((json) => {
        const i = naming.rowOf<Stored<OrderItemRow>>(json);
        return { ...i, createdAt: new Date(i.createdAt) };
      })
      .sort(byCreated),
    payments: placedPayments
      .map((json) => {
        const y = naming.rowOf<Stored<PaymentRow>>(json);
        return { ...y, createdAt: new Date(y.createdAt), updatedAt: new Date(y.updatedAt as string) };
      })
      .sort(byCreated),
  };
}
