import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';

/**
 * Records a refund on one payment record, in one statement (its CHECK keeps refunded ≤ amount):
 * all of it back is REFUNDED, part of it PARTIALLY_REFUNDED.
 */
export async function recordPaymentRefund(tx: TenantTx, paymentId: string, amountMinor: number) {
  await sql`
    update payments set
      refunded_minor = refunded_minor + ${amountMinor},
      status = case when refunded_minor + ${amountMinor} >= amount_minor then 'REFUNDED' else 'PARTIALLY_REFUNDED' end
    where id = ${paymentId}`.execute(tx);
}
