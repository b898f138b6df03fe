import { sql } from 'kysely';
import type { PlatformTables } from '../db/platform-tables.ts';
import { asLastStatement, type Db, type TenantTx, writesTo } from '../db/pool.ts';
import type { OutboxEvent } from '../events.ts';
import type { Subscription } from './registry.ts';

/** After this many failed attempts a delivery is FAILED (pg-boss stops retrying at the same point). */
export const MAX_DELIVERY_ATTEMPTS = 9;

/** The delivery log is the job runner's own table. */
const deliveryLog = (tx: TenantTx) => writesTo<Pick<PlatformTables, 'eventDeliveries'>>(tx);

/**
 * Delivers one event to one subscriber, exactly once as far as the database is concerned (see
 * `deliverMany`). Returns false when it had been delivered already.
 */
export async function deliver(db: Db, event: OutboxEvent, sub: Subscription): Promise<boolean> {
  return (await deliverMany(db, event.tenantId, [event], sub)) > 0;
}

/**
 * Delivers a tenant's events, in order, to one subscriber in one transaction, exactly once as far
 * as the database is concerned: their delivery rows are created or locked first (a concurrent
 * delivery of the same event waits), DONE ones are skipped, and the subscriber's writes commit with
 * DONE or not at all. Two round trips around the subscriber's own, however many events: the rows
 * (with the BEGIN), and DONE with the COMMIT. One failing event rolls back all of them (the relay
 * then delivers them one at a time). Returns how many were delivered now.
 */
export async function deliverMany(
  db: Db,
  tenantId: string,
  events: readonly OutboxEvent[],
  sub: Subscription,
): Promise<number> {
  return db.withTenant(
    tenantId,
    async (tx) => {
      // A DONE row is locked by the conflict but not returned (the update's condition fails). One
      // statement text for any number of events (arrays), so it stays one prepared statement.
      const open = await deliveryLog(tx)
        .insertInto('eventDeliveries')
        .columns(['eventId', 'consumer', 'topic', 'status'])
        .expression(
          sql`select unnest(${events.map((e) => e.id)}::uuid[]), ${sub.consumer}, unnest(${events.map((e) => e.topic)}::text[]), 'PENDING'`,
        )
        .onConflict((oc) =>
          oc
            .columns(['tenantId', 'consumer', 'eventId'])
            .doUpdateSet({ status: sql`event_deliveries.status` })
            .where('eventDeliveries.status', '<>', 'DONE'),
        )
        .returning('eventId')
        .execute();
      const due = new Set(open.map((row) => row.eventId));
      const [first, ...rest] = events.filter((event) => due.has(event.id));
      if (!first) return 0;
      await sub.handler([first, ...rest], tx);
      await asLastStatement(tx, () =>
        deliveryLog(tx)
          .updateTable('eventDeliveries')
          .set({
            status: 'DONE',
            attempts: sql`attempts + 1`,
            lastError: null,
            deliveredAt: new Date(),
            updatedAt: new Date(),
          })
          .where('consumer', '=', sub.consumer)
          .where('eventId', '=', sql<string>`any(${[...due]}::uuid[])`)
          .execute(),
      );
      return due.size;
    },
    { lastStatementCommits: true },
  );
}

/** Notes a failed attempt in the delivery log; returns the attempts made so far. */
export async function recordFailure(db: Db, event: OutboxEvent, consumer: string, error: unknown) {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  return db.withTenant(event.tenantId, async (tx) => {
    const row = await deliveryLog(tx)
      .insertInto('eventDeliveries')
      .values({
        eventId: event.id,
        consumer,
        topic: event.topic,
        status: 'PENDING',
        attempts: 1,
        lastError: message,
      })
      .onConflict((oc) =>
        oc.columns(['tenantId', 'consumer', 'eventId']).doUpdateSet({
          attempts: sql`event_deliveries.attempts + 1`,
          lastError: message,
          updatedAt: new Date(),
          status: sql`case when event_deliveries.attempts + 1 >= ${MAX_DELIVERY_ATTEMPTS} then 'FAILED' else 'PENDING' end`,
        }),
      )
      .returning('attempts')
      .executeTakeFirstOrThrow();
    return row.attempts;
  });
}

/** Delivered events' log rows go with the events (the outbox cleanup keeps a week). */
export async function deleteOldDeliveries(db: Db, days: number) {
  await db.withPlatform((tx) =>
    sql`delete from event_deliveries where status = 'DONE' and delivered_at < now() - make_interval(days => ${days})`.execute(
      tx,
    ),
  );
}
