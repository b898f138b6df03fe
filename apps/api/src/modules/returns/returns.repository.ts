import type { TenantTx } from '../../platform/db/pool.ts';
import type { ReturnStatus } from './returns.schema.ts';

export type ReturnListFilter = { limit: number; offset: number; status?: ReturnStatus; orderId?: string };

/**
 * A page of a store's returns, newest first, each with its order's number and customer (the staff
 * list names them without a request per row), and how many match in all.
 */
export async function listStoreReturns(tx: TenantTx, storeId: string, q: ReturnListFilter) {
  let base = tx
    .selectFrom('returns')
    .innerJoin('orders', 'orders.id', 'returns.orderId')
    .where('returns.storeId', '=', storeId);
  if (q.status) base = base.where('returns.status', '=', q.status);
  if (q.orderId) base = base.where('returns.orderId', '=', q.orderId);
  const [rows, count] = await Promise.all([
    base
      .selectAll('returns')
      .select(['orders.orderNumber', 'orders.customerName', 'orders.customerEmail'])
      // The id breaks ties so that pages neither repeat nor skip returns opened in the same instant.
      .orderBy('returns.createdAt', 'desc')
      .orderBy('returns.id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
