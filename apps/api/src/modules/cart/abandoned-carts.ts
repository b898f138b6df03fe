// The merchant's view of abandoned carts: the list and the recovery figures. Read only: the
// reminder job (cart.jobs.ts) and the recovery link (cart.service.ts) are what change them.
import type { TenantTx } from '../../platform/db/pool.ts';
import { listEnvelope } from '../../platform/http/schemas.ts';
import { fromMinor } from '../../platform/money.ts';
import { storeCurrency } from '../tenancy/index.ts';
import * as repo from './cart.repository.ts';

/** Abandoned and recovered carts of a store, with their value. */
export async function abandonedStats(tx: TenantTx, storeId: string) {
  const c = await repo.abandonedCounts(tx, storeId);
  return {
    abandoned: c.abandoned,
    recovered: c.recovered,
    recoveredAndConverted: c.converted,
    recoveryRate: c.abandoned === 0 ? 0 : Number((c.recovered / c.abandoned).toFixed(4)),
    abandonedValue: fromMinor(c.abandonedMinor, await storeCurrency(tx, storeId)),
  };
}

/** Abandoned carts, newest first: who, what they held, the reminder, and whether they came back. */
export async function listAbandonedCarts(
  tx: TenantTx,
  storeId: string,
  q: { limit: number; offset: number; recovered?: boolean },
) {
  const { rows, total } = await repo.listAbandoned(tx, storeId, q);
  const data = rows.map((r) => ({
    id: r.id,
    email: r.email,
    customerId: r.customerId,
    units: r.units,
    total: fromMinor(r.totalMinor, r.currency),
    currency: r.currency,
    abandonedAt: (r.abandonedAt as Date).toISOString(),
    reminderSentAt: r.recoveryEmailSentAt?.toISOString() ?? null,
    recoveredAt: r.recoveredAt?.toISOString() ?? null,
    orderId: r.orderId,
  }));
  return listEnvelope(data, total, q);
}
