import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { analyticsWrites } from './analytics.schema.ts';
import type { EventInput } from './analytics.validators.ts';

export type EventRecord = Omit<EventInput, 'value'> & { valueMinor: number | null };

/** Appends behaviour events (one statement for the batch). */
export async function insertEvents(
  tx: TenantTx,
  storeId: string,
  customerId: string | null,
  events: EventRecord[],
) {
  await analyticsWrites(tx)
    .insertInto('analyticsEvents')
    .values(
      events.map((e) => ({
        storeId,
        customerId,
        sessionId: e.sessionId,
        type: e.type,
        name: e.name ?? null,
        listingId: e.listingId ?? null,
        path: e.path ?? null,
        query: e.query ?? null,
        valueMinor: e.valueMinor,
        properties: JSON.stringify(e.properties ?? {}),
      })),
    )
    .execute();
}

export const findExperiment = (tx: TenantTx, storeId: string, by: { id?: string; key?: string }) => {
  let q = tx.selectFrom('experiments').selectAll().where('storeId', '=', storeId);
  if (by.id) q = q.where('id', '=', by.id);
  if (by.key) q = q.where('key', '=', by.key);
  return q.executeTakeFirst();
};

/** Records the session's variant unless it has one already; returns the one that sticks. */
export async function assign(tx: TenantTx, experimentId: string, sessionId: string, variant: string) {
  await analyticsWrites(tx)
    .insertInto('experimentAssignments')
    .values({ experimentId, sessionId, variant })
    .onConflict((oc) => oc.columns(['tenantId', 'experimentId', 'sessionId']).doNothing())
    .execute();
  const row = await tx
    .selectFrom('experimentAssignments')
    .select(['variant', 'assignedAt'])
    .where('experimentId', '=', experimentId)
    .where('sessionId', '=', sessionId)
    .executeTakeFirstOrThrow();
  return row;
}

export type VariantResultRow = {
  variant: string;
  sessions: number;
  conversions: number;
  revenueMinor: number;
};

/**
 * Sessions per variant and how many converted after being assigned: for the goal `order`, a cart
 * of the session (carts.session_id) became an order; for an event goal, the session sent that event.
 */
export async function variantResults(tx: TenantTx, storeId: string, experimentId: string, goal: string) {
  const converted =
    goal === 'order'
      ? sql`(select min(o.id::text) from carts c join orders o on o.id = c.order_id
             where c.store_id = ${storeId}::uuid and c.session_id = a.session_id and o.created_at >= a.assigned_at)`
      : sql`(select min(e.id::text) from analytics_events e
             where e.store_id = ${storeId}::uuid and e.session_id = a.session_id and e.type = ${goal}
               and e.occurred_at >= a.assigned_at)`;
  const revenue =
    goal === 'order'
      ? sql`(select coalesce(sum(o.total_minor), 0) from carts c join orders o on o.id = c.order_id
             where c.store_id = ${storeId}::uuid and c.session_id = a.session_id and o.created_at >= a.assigned_at)`
      : sql`0`;
  const { rows } = await sql<VariantResultRow>`
    select a.variant, count(*)::int as sessions, count(${converted})::int as conversions,
           coalesce(sum(${revenue}), 0)::bigint as revenue_minor
      from experiment_assignments a where a.experiment_id = ${experimentId}::uuid
     group by a.variant`.execute(tx);
  return rows;
}
