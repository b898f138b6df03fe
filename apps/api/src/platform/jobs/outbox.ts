import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from '../db/pool.ts';
import type { Logger } from '../logger.ts';
import { deliver, deliverMany } from './deliveries.ts';
import type { JobRegistry, OutboxEvent, Subscription } from './registry.ts';

export const OUTBOX_CHANNEL = 'ventory_outbox';
/**
 * Subscribers a batch is delivered to at once, each a transaction on its tenant's budget. One at a
 * time, a flash sale's events (six per purchase, about seventeen deliveries) piled up far faster
 * than they went out.
 */
const LANES = 4;

export type DeliveryFailure = { event: OutboxEvent; subscription: Subscription; error: unknown };

/**
 * Delivers one batch of unpublished outbox events to their subscribers and marks them published.
 * The batch is shared out between the tenants with events waiting (oldest first, an equal part
 * each, at least one), so one store's burst (a flash sale's thousand `order.placed`) delays
 * another store's events by one batch, not by the whole burst; each tenant's events still reach
 * each subscriber in the order they were written (subscribers are served side by side, `LANES`),
 * in one transaction per tenant and subscriber (`deliverTogether`).
 * Several relays (API processes, workers) share the work by tenant: each takes the tenants no
 * other relay holds (an advisory lock per tenant until its batch commits), so a tenant's events
 * keep their order however many relays run. A crash before commit leaves the batch for the next
 * drain, whose deliveries skip the subscribers already done (event_deliveries). A failed
 * subscriber does not block the others: it is handed to `onFailure` (the runner logs it and
 * queues a retry).
 * Returns how many events were delivered.
 */
export async function drainOutbox(
  db: Db,
  registry: JobRegistry,
  onFailure: (f: DeliveryFailure) => Promise<void>,
  batchSize = 100,
): Promise<number> {
  return db.withPlatform(async (tx) => {
    // A tenant's events go through one relay at a time (the transaction's advisory lock on the
    // tenant): with SKIP LOCKED alone, a second relay took a tenant's next events and could
    // deliver them before the earlier ones that the first relay still held.
    const batch = await sql<OutboxEvent>`
      with waiting as (
        select tenant_id from outbox_events
         where published_at is null group by tenant_id order by min(seq) limit ${batchSize}),
      mine as (
        select tenant_id, count(*) over () as tenants from waiting
         where pg_try_advisory_xact_lock(hashtextextended('outbox-relay:' || tenant_id::text, 0)))
      select e.* from mine as waiting cross join lateral (
        select tenant_id, id, seq, topic, payload, created_at from outbox_events o
         where o.tenant_id = waiting.tenant_id and o.published_at is null
         order by o.seq limit greatest(1, ${batchSize} / waiting.tenants) for update skip locked) e
       order by e.seq`.execute(tx);
    // One lane per subscriber, with its events in order. Subscribers do not depend on one another
    // (each has its own delivery log), so LANES of them are served at once.
    const lanes = new Map<string, { subscription: Subscription; events: OutboxEvent[] }>();
    for (const event of batch.rows)
      for (const subscription of registry.subscribersOf(event.topic)) {
        const lane = lanes.get(subscription.consumer);
        if (lane) lane.events.push(event);
        else lanes.set(subscription.consumer, { subscription, events: [event] });
      }
    const waiting = [...lanes.values()];
    const serve = async () => {
      for (let lane = waiting.shift(); lane; lane = waiting.shift())
        for (const events of byTenant(lane.events))
          await deliverTogether(db, events, lane.subscription, onFailure);
    };
    await Promise.all(Array.from({ length: Math.min(LANES, waiting.length) }, serve));
    if (batch.rows.length > 0)
      await sql`update outbox_events set published_at = now()
                 where published_at is null and seq = any(${batch.rows.map((e) => e.seq)}::bigint[])`.execute(
        tx,
      );
    return batch.rows.length;
  });
}

/** A lane's events grouped by tenant, each group in the order written. */
function byTenant(events: OutboxEvent[]) {
  const groups = new Map<string, OutboxEvent[]>();
  for (const event of events) {
    const group = groups.get(event.tenantId);
    if (group) group.push(event);
    else groups.set(event.tenantId, [event]);
  }
  return groups.values();
}

/**
 * A tenant's events for one subscriber, in one transaction (a sale's events cost two delivery-log
 * round trips, not two each). When one of them fails, all are rolled back and delivered one at a
 * time, so that only the failing one goes to `onFailure` (its writes roll back with it; effects
 * outside the database may repeat, as subscribers are told to expect).
 */
async function deliverTogether(
  db: Db,
  events: OutboxEvent[],
  subscription: Subscription,
  onFailure: (f: DeliveryFailure) => Promise<void>,
) {
  const tenantId = events[0]?.tenantId;
  if (tenantId === undefined) return;
  if (events.length > 1) {
    const delivered = await deliverMany(db, tenantId, events, subscription).then(
      () => true,
      () => false,
    );
    if (delivered) return;
  }
  for (const event of events)
    await deliver(db, event, subscription).catch((error: unknown) =>
      onFailure({ event, subscription, error }),
    );
}

/**
 * Keeps the outbox drained: LISTENs for the insert trigger's NOTIFY (sent at commit), so events are
 * delivered within milliseconds, and polls as a fallback for anything a notification missed. The
 * listening connection is re-established when it drops (a database restart or failover), with a
 * backoff capped at `maxBackoffMs`; meanwhile the poll keeps delivering.
 */
export class OutboxRelay {
  private client: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private failures = 0;

  constructor(
    private readonly connectionString: string,
    private readonly drain: () => Promise<number>,
    private readonly logger: Logger,
    private readonly pollMs = 2000,
    private readonly maxBackoffMs = 2000,
  ) {}

  /** Listens (the first connection must succeed: a relay that starts without a database is a bug). */
  async start() {
    await this.listen();
    this.timer = setInterval(() => this.kick(), this.pollMs);
    this.timer.unref();
    this.kick();
  }

  /** True while the LISTEN connection is up (tests, readiness). */
  get listening() {
    return this.client !== null;
  }

  private async listen() {
    const client = new pg.Client({
      connectionString: this.connectionString,
      application_name: 'ventory-outbox-listener',
    });
    // Without the listener the poll below still drains, only less promptly, until we reconnect.
    const lost = (err?: unknown) => {
      if (this.client !== client) return;
      this.client = null;
      client.end().catch(() => {});
      if (this.stopped) return;
      this.logger.warn({ err }, 'outbox listener connection lost; polling until it is back');
      this.scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', () => this.kick());
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (err) {
      client.end().catch(() => {});
      throw err;
    }
    this.client = client;
    this.failures = 0;
  }

  private scheduleReconnect() {
    if (this.stopped || this.reconnectTimer) return;
    const delay = Math.min(this.maxBackoffMs, 100 * 2 ** this.failures);
    this.reconnectTimer = setTimeout(async () => {
      this.reconnectTimer = null;
      if (this.stopped) return;
      try {
        await this.listen();
        this.logger.info('outbox listener reconnected');
        this.kick(); // whatever was notified while away
      } catch {
        this.failures++;
        this.scheduleReconnect();
      }
    }, delay);
    this.reconnectTimer.unref();
  }

  /** Drains now, or once more right after the drain in progress. */
  kick() {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          while ((await this.drain()) > 0 && !this.stopped) {}
        } catch (err) {
          this.logger.error({ err }, 'outbox drain failed');
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = null;
    });
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    await this.running;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }
}
