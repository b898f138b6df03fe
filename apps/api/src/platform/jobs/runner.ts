import { sql } from 'kysely';
import PgBoss from 'pg-boss';
import type { Db } from '../db/pool.ts';
import type { Logger } from '../logger.ts';
import { deleteOldDeliveries, deliver, MAX_DELIVERY_ATTEMPTS, recordFailure } from './deliveries.ts';
import { type DeliveryFailure, drainOutbox, OutboxRelay } from './outbox.ts';
import { type JobRegistry, type OutboxEvent, RecipientNotReady } from './registry.ts';

/** pg-boss keeps its tables in a schema of its own, next to (never inside) ours. */
export const JOBS_SCHEMA = 'pgboss';
const RETRY_QUEUE = 'outbox-retry';
export const OUTBOX_CLEANUP_JOB = 'outbox-cleanup';

async function deletePublishedEvents(db: Db, days: number) {
  await db.withPlatform((tx) =>
    sql`delete from outbox_events where published_at < now() - make_interval(days => ${days})`.execute(tx),
  );
}

type RetryData = { eventId: string; tenantId: string; consumer: string };

/**
 * Runs the whole background side of the platform: the outbox relay (events → subscribers, one
 * delivery log row per event and consumer), the pg-boss queues (scheduled jobs, retries of failed
 * deliveries) and the delivery loops (email, webhooks, push). One per process that runs jobs: the
 * API (config `runJobs`, the default) or `npm run worker` (always, whatever RUN_JOBS says).
 */
export class JobRunner {
  private boss: PgBoss | null = null;
  private relay: OutboxRelay | null = null;
  private loopTimers: NodeJS.Timeout[] = [];
  private loopsRunning = new Set<Promise<unknown>>();

  constructor(
    private readonly registry: JobRegistry,
    private readonly db: Db,
    private readonly connectionString: string,
    private readonly logger: Logger,
  ) {
    // Delivered events are kept a week for inspection and replays, then deleted.
    registry.define(
      OUTBOX_CLEANUP_JOB,
      async () => {
        await deletePublishedEvents(db, 7);
        await deleteOldDeliveries(db, 7);
      },
      { cron: '23 3 * * *' },
    );
  }

  get started() {
    return this.boss !== null;
  }

  /** Delivers one batch of the outbox now (tests and tools call this directly). */
  drainOutbox(): Promise<number> {
    return drainOutbox(this.db, this.registry, (f) => this.deliveryFailed(f));
  }

  /**
   * Runs the background side until nothing is left to do: the outbox, then every delivery loop,
   * again while either found work (tests, tools). Retries that are not
   * due yet are not waited for.
   */
  async drain(maxPasses = 20): Promise<void> {
    for (let pass = 0; pass < maxPasses; pass++) {
      let found = 0;
      for (let n = await this.drainOutbox(); n > 0; n = await this.drainOutbox()) found += n;
      for (const loop of this.registry.loops) found += await loop.tick();
      if (found === 0) return;
    }
  }

  /** Runs a defined job in this process, now, without the queue. */
  async runNow(name: string, data: Record<string, unknown> = {}): Promise<void> {
    const job = this.registry.jobs.get(name);
    if (!job) throw new Error(`No job named ${name}`);
    await job.handler(data);
  }

  /** Queues a job (runs in whichever process runs jobs). */
  async send(name: string, data: Record<string, unknown> = {}) {
    if (!this.boss) throw new Error('Jobs are not running in this process');
    return this.boss.send(name, data);
  }

  async start(): Promise<void> {
    const boss = new PgBoss({
      connectionString: this.connectionString,
      schema: JOBS_SCHEMA,
      max: 4,
      application_name: 'ventory-jobs',
    });
    boss.on('error', (err) => this.logger.error({ err }, 'job queue error'));
    await boss.start();
    this.boss = boss;
    await boss.createQueue(RETRY_QUEUE, {
      name: RETRY_QUEUE,
      retryLimit: 8,
      retryBackoff: true,
      retryDelay: 5,
    });
    await boss.work<RetryData>(RETRY_QUEUE, (jobs) => this.retryDeliveries(jobs.map((j) => j.data)));
    for (const job of this.registry.jobs.values()) {
      await boss.createQueue(job.name, {
        name: job.name,
        retryLimit: job.retryLimit ?? 2,
        retryBackoff: true,
      });
      await boss.work<Record<string, unknown>>(job.name, async (jobs) => {
        for (const j of jobs) await job.handler(j.data ?? {});
      });
      if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: 'UTC' });
    }
    this.relay = new OutboxRelay(this.connectionString, () => this.drainOutbox(), this.logger);
    await this.relay.start();
    for (const loop of this.registry.loops) {
      const timer = setInterval(() => this.runLoop(loop.name, loop.tick), loop.everyMs);
      timer.unref();
      this.loopTimers.push(timer);
    }
  }

  /** One pass of a loop, unless its previous pass is still going (loops guard that too). */
  private runLoop(name: string, tick: () => Promise<number>) {
    const pass = tick()
      .catch((err: unknown) => this.logger.error({ err, loop: name }, 'delivery loop pass failed'))
      .finally(() => this.loopsRunning.delete(pass));
    this.loopsRunning.add(pass);
  }

  async stop(): Promise<void> {
    for (const timer of this.loopTimers) clearInterval(timer);
    this.loopTimers = [];
    await Promise.all(this.loopsRunning);
    await this.relay?.stop();
    this.relay = null;
    await this.boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
    this.boss = null;
  }

  private async deliveryFailed({ event, subscription, error }: DeliveryFailure) {
    const { consumer } = subscription;
    const attempts = await recordFailure(this.db, event, consumer, error).catch((err: unknown) => {
      this.logger.error({ err, consumer }, 'could not log a failed delivery');
      return 1;
    });
    const level = error instanceof RecipientNotReady ? 'debug' : 'warn';
    this.logger[level]({ err: error, topic: event.topic, consumer, attempts }, 'event delivery failed');
    if (!this.boss || attempts >= MAX_DELIVERY_ATTEMPTS) return;
    const data: RetryData = { eventId: event.id, tenantId: event.tenantId, consumer };
    await this.boss.send(RETRY_QUEUE, data, { startAfter: 1 });
  }

  /** A retry that fails again throws, so pg-boss retries it with back-off until its limit. */
  private async retryDeliveries(items: RetryData[]) {
    for (const item of items) {
      const subscription = this.registry.subscriptions.find((s) => s.consumer === item.consumer);
      if (!subscription) continue;
      const event = await this.db.withPlatform((tx) =>
        tx
          .selectFrom('outboxEvents')
          .select(['tenantId', 'id', 'seq', 'topic', 'payload', 'createdAt'])
          .where('tenantId', '=', item.tenantId)
          .where('id', '=', item.eventId)
          .executeTakeFirst(),
      );
      if (!event) continue;
      try {
        await deliver(this.db, event as OutboxEvent, subscription);
      } catch (error) {
        await recordFailure(this.db, event as OutboxEvent, item.consumer, error);
        throw error;
      }
    }
  }
}
