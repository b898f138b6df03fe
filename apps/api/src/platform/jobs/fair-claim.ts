import { sql } from 'kysely';

/** The delivery queues: rows PENDING (or SENDING with a lapsed lease) once `next_attempt_at` passes. */
export type DeliveryQueue = 'email_messages' | 'webhook_deliveries' | 'push_messages';

/**
 * The keys `(tenant_id, id)` of up to `limit` due messages of a delivery queue, shared out between
 * the tenants with messages due as the outbox relay's batches are (`outbox.ts`): an equal part each,
 * oldest first, so one store's burst of order emails does not hold back another store's. Locked
 * FOR UPDATE SKIP LOCKED, for the `where (tenant_id, id) in (…)` of the claiming UPDATE.
 */
export function dueShared(queue: DeliveryQueue, limit: number) {
  const table = sql.table(queue);
  return sql<{ tenantId: string; id: string }>`
    with waiting as (
      select tenant_id, count(*) over () as tenants from ${table}
       where status in ('PENDING', 'SENDING') and next_attempt_at <= now()
       group by tenant_id order by min(next_attempt_at) limit ${limit})
    select q.tenant_id, q.id from waiting cross join lateral (
      select m.tenant_id, m.id from ${table} m
       where m.tenant_id = waiting.tenant_id and m.status in ('PENDING', 'SENDING') and m.next_attempt_at <= now()
       order by m.next_attempt_at limit greatest(1, ${limit} / waiting.tenants) for update skip locked) q`;
}
