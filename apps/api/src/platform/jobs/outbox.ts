import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from '../db/pool.ts';
import type { Logger } from '../logger.ts';
import type { JobRegistry, OutboxEvent, Registration } from './registry.ts';

export const OUTBOX_CHANNEL = 'ventory_outbox';

export type DeliveryFailure = { event: OutboxEvent; handler: Registration; error: unknown };

/**
 * Delivers one batch of unpublished outbox events to their handlers and marks them published.
 * Rows are claimed with FOR UPDATE SKIP LOCKED, so several relays (API processes, workers) share
 * the work; a crash before commit leaves the batch for the next drain (at-least-once). A failed
 * handler does not block the others: it is handed to `onFailure` (the runner queues a retry).
 * Returns how many events were delivered.
 */
export async function drainOutbox(
  db: Db,
  registry: JobRegistry,
  onFailure: (f: DeliveryFailure) => Promise<void>,
  batchSize = 100,
): Promise<number> {
  return db.withPlatform(async (tx) => {
    const batch = await sql<OutboxEvent>`
      select tenant_id, id, seq, topic, payload, created_at from outbox_events
       where published_at is null order by seq limit ${batchSize} for update skip locked`.execute(tx);
    for (const event of batch.rows) {
      for (const handler of registry.handlersFor(event.topic)) {
        try {
          await handler.handler(event);
        } catch (error) {
          await onFailure({ event, handler, error });
        }
      }
    }
    if (batch.rows.length > 0)
      await sql`update outbox_events set published_at = now()
                 where published_at is null and seq = any(${batch.rows.map((e) => e.seq)}::bigint[])`.execute(
        tx,
      );
    return batch.rows.length;
  });
}

/**
 * Keeps the outbox drained: LISTENs for the insert trigger's NOTIFY (sent at commit), so events are
 * delivered within milliseconds, and polls as a fallback for anything a notification missed.
 */
export class OutboxRelay {
  private client: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly connectionString: string,
    private readonly drain: () => Promise<number>,
    private readonly logger: Logger,
    private readonly pollMs = 2000,
  ) {}

  async start() {
    this.client = new pg.Client({ connectionString: this.connectionString });
    // Without the listener the poll below still drains, only less promptly.
    this.client.on('error', (err) => {
      if (!this.stopped) this.logger.warn({ err }, 'outbox listener connection lost; polling only');
    });
    this.client.on('notification', () => this.kick());
    await this.client.connect();
    await this.client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    this.timer = setInterval(() => this.kick(), this.pollMs);
    this.timer.unref();
    this.kick();
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
    await this.running;
    await this.client?.end().catch(() => {});
  }
}
