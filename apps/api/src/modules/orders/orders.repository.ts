import { type Insertable, sql, type Updateable } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import type { ListQuery } from '../../platform/http/schemas.ts';
import {
  type FulfillmentStatus,
  type OrderItemsTable,
  type OrderSource,
  type OrderStatus,
  type OrdersTable,
  ordersWrites,
  type PaymentStatus,
} from './orders.schema.ts';

/**
 * The next order number of a store. The counter row is locked until the transaction ends, so
 * numbers are unique and gap-free; callers take it as late as they can to hold the lock briefly.
 */
export async function nextOrderNumber(tx: TenantTx, storeId: string): Promise<number> {
  const { rows } = await sql<{ lastNumber: number }>`
    insert into store_order_counters (store_id, last_number) values (${storeId}, 1001)
    on conflict (tenant_id, store_id) do update set last_number = store_order_counters.last_number + 1
    returning last_number`.execute(tx);
  return rows[0]?.lastNumber ?? 1001;
}

export const insertOrder = (tx: TenantTx, order: Insertable<OrdersTable>) =>
  ordersWrites(tx).insertInto('orders').values(order).returningAll().executeTakeFirstOrThrow();

export const insertItems = (tx: TenantTx, items: Insertable<OrderItemsTable>[]) =>
  items.length === 0
    ? Promise.resolve([])
    : ordersWrites(tx).insertInto('orderItems').values(items).returningAll().execute();

export const findOrder = (tx: TenantTx, storeId: string, id: string) =>
  tx.selectFrom('orders').selectAll().where('storeId', '=', storeId).where('id', '=', id).executeTakeFirst();

export const findOrderById = (tx: TenantTx, id: string) =>
  tx.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst();

export const itemsOf = (tx: TenantTx, orderIds: string[]) =>
  orderIds.length === 0
    ? Promise.resolve([])
    : tx
        .selectFrom('orderItems')
        .selectAll()
        .where('orderId', 'in', orderIds)
        .orderBy('createdAt')
        .orderBy('id')
        .execute();

export const updateOrder = (tx: TenantTx, storeId: string, id: string, patch: Updateable<OrdersTable>) =>
  ordersWrites(tx)
    .updateTable('orders')
    .set({ ...patch, updatedAt: new Date() })
    .where('storeId', '=', storeId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();

export type OrderFilter = ListQuery & {
  sortField: 'createdAt' | 'orderSeq' | 'totalMinor';
  desc: boolean;
  status?: OrderStatus;
  paymentStatus?: PaymentStatus;
  fulfillmentStatus?: FulfillmentStatus;
  customerId?: string;
  source?: OrderSource;
  /** `[createdFrom, createdBefore)`: a range scan of the (store, created_at) index. */
  createdFrom?: Date;
  createdBefore?: Date;
};

export async function listOrders(tx: TenantTx, storeId: string, f: OrderFilter) {
  let q = tx.selectFrom('orders').where('storeId', '=', storeId);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.paymentStatus) q = q.where('paymentStatus', '=', f.paymentStatus);
  if (f.fulfillmentStatus) q = q.where('fulfillmentStatus', '=', f.fulfillmentStatus);
  if (f.customerId) q = q.where('customerId', '=', f.customerId);
  if (f.source) q = q.where('source', '=', f.source);
  if (f.createdFrom) q = q.where('createdAt', '>=', f.createdFrom);
  if (f.createdBefore) q = q.where('createdAt', '<', f.createdBefore);
  if (f.q) {
    const pattern = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('orderNumber', 'ilike', pattern),
        eb('customerEmail', 'ilike', pattern),
        eb('customerName', 'ilike', pattern),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      .orderBy(f.sortField, f.desc ? 'desc' : 'asc')
      .orderBy('id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
