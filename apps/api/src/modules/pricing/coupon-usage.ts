import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { conflict } from '../../platform/errors.ts';
import type { CouponRow } from './pricing.schema.ts';

/**
 * Counts one use of a coupon at checkout. Both limits are guarded single statements, so they hold
 * under any number of concurrent checkouts: the global limit by a conditional UPDATE (backed by
 * the table's CHECK), the per-customer limit by a conditional upsert on the customer's row.
 */
export async function useCoupon(tx: TenantTx, coupon: CouponRow, customerKey: string): Promise<void> {
  const used = await sql<{ id: string }>`
    update coupons set usage_count = usage_count + 1
    where id = ${coupon.id} and is_active
      and (usage_limit is null or usage_count < usage_limit)
      and (starts_at is null or starts_at <= now()) and (expires_at is null or expires_at > now())
    returning id`.execute(tx);
  if (used.rows.length === 0)
    throw conflict('COUPON_UNAVAILABLE', `The coupon ${coupon.code} can no longer be used`, {
      couponCode: coupon.code,
    });
  const limit = coupon.perCustomerLimit;
  if (limit === null) return;
  const counted =
    limit > 0
      ? await sql<{ uses: number }>`
          insert into coupon_customer_usages (coupon_id, customer_key, uses) values (${coupon.id}, ${customerKey}, 1)
          on conflict (tenant_id, coupon_id, customer_key)
          do update set uses = coupon_customer_usages.uses + 1 where coupon_customer_usages.uses < ${limit}
          returning uses`.execute(tx)
      : { rows: [] };
  if (counted.rows.length === 0)
    throw conflict('COUPON_LIMIT_REACHED', `You have already used the coupon ${coupon.code}`, {
      couponCode: coupon.code,
    });
}

/**
 * Gives back the uses an order took of its coupons (an order that never got paid, e.g. a failed
 * 3-D Secure check), to the global count and to the customer's own.
 */
export async function returnCouponUses(
  tx: TenantTx,
  storeId: string,
  codes: string[],
  customerKey: string,
): Promise<void> {
  if (codes.length === 0) return;
  await sql`
    with returned as (
      update coupons set usage_count = usage_count - 1
       where store_id = ${storeId} and code = any(${codes}::text[]) and usage_count > 0
      returning id
    )
    update coupon_customer_usages u set uses = u.uses - 1
      from returned r
     where u.coupon_id = r.id and u.customer_key = ${customerKey} and u.uses > 0`.execute(tx);
}
