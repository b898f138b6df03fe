import { getAccount } from '@/lib/api/account';
import { getOrder, type Order } from '@/lib/api/cart';
import type { Store } from '@/lib/api/store';
import { isUuid } from '@/lib/forms';
import { type LastOrder, lastOrder, shopperToken } from '@/lib/session';

/**
 * The order as this browser may see it: the browser that placed it (its last-order cookie), or
 * the signed-in customer it belongs to. A guest order is reachable by id in the API; being signed
 * in as somebody else does not make it yours.
 */
export async function orderAccess(
  store: Store,
  id: string,
): Promise<{ summary: LastOrder | null; order: Order | null }> {
  if (!isUuid(id)) return { summary: null, order: null };
  const [summary, token] = await Promise.all([lastOrder(id), shopperToken()]);
  if (summary) return { summary, order: await getOrder(store, id, token) };
  if (!token) return { summary: null, order: null };
  const [order, me] = await Promise.all([getOrder(store, id, token), getAccount(store, token)]);
  return { summary: null, order: order && me && order.customerId === me.id ? order : null };
}
