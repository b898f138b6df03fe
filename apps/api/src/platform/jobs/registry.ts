import type { TenantTx } from '../db/pool.ts';
import type { EventOf, OutboxEvent } from '../events.ts';

export type { OutboxEvent } from '../events.ts';

/**
 * A subscriber: called once per event and consumer, inside a transaction of the event's tenant
 * that also records the delivery (so what it writes there and "delivered" commit together, and a
 * redelivery of a delivered event is skipped). Side effects outside the database (HTTP, Redis)
 * happen at least once: keep them idempotent.
 */
export type Subscriber<E = OutboxEvent> = (event: E, tx: TenantTx) => Promise<void>;
/** One or more. */
export type NonEmpty<T> = readonly [T, ...T[]];
/**
 * The same, given a tenant's events of a relay batch at once, in the order written (never none):
 * for subscribers whose work for many events is the work for one (a stock snapshot, a cache
 * bump), so that a sale's hundred stock movements cost one read, not a hundred.
 */
export type BatchSubscriber<E = OutboxEvent> = (events: NonEmpty<E>, tx: TenantTx) => Promise<void>;
export type Subscription = { consumer: string; topics: readonly string[]; handler: BatchSubscriber };

/**
 * Thrown by a subscriber whose recipient is not up yet (e.g. the storefront still building): the
 * delivery is retried like any failure, but logged at debug instead of as a warning.
 */
export class RecipientNotReady extends Error {}

export type JobHandler = (data: Record<string, unknown>) => Promise<void>;
export type JobDefinition = { name: string; handler: JobHandler; cron?: string; retryLimit?: number };

/** A queue drained by polling (email, webhooks, push): `tick` does one pass, returns rows handled. */
export type DeliveryLoop = { name: string; tick: () => Promise<number>; everyMs: number };

const matches = (pattern: string, topic: string) =>
  pattern.endsWith('*') ? topic.startsWith(pattern.slice(0, -1)) : pattern === topic;

/**
 * What runs in the background, declared in code while the app is built (composition/, flows/):
 * subscriptions to outbox topics, jobs (pg-boss queues and schedules) and delivery loops. The
 * runner (runner.ts) runs all three in the API process (RUN_JOBS) or in `npm run worker`.
 */
export class JobRegistry {
  readonly subscriptions: Subscription[] = [];
  readonly jobs = new Map<string, JobDefinition>();
  readonly loops: DeliveryLoop[] = [];

  /**
   * Calls `handler` for every event whose topic is one of `topics`: an exact topic, a prefix
   * ending in `*` (`inventory.*`), or `*`. `consumer` names the subscriber in the delivery log
   * (`event_deliveries`) and for retries: keep it stable, and unique.
   */
  subscribe<T extends string>(
    spec: { consumer: string; topics: readonly T[] },
    handler: Subscriber<EventOf<T>>,
  ): void {
    this.subscribeBatch(spec, async (events, tx) => {
      for (const event of events) await handler(event, tx);
    });
  }

  /** As `subscribe`, with a tenant's events of a batch given at once (`BatchSubscriber`). */
  subscribeBatch<T extends string>(
    spec: { consumer: string; topics: readonly T[] },
    handler: BatchSubscriber<EventOf<T>>,
  ): void {
    if (this.subscriptions.some((s) => s.consumer === spec.consumer))
      throw new Error(`Consumer ${spec.consumer} subscribes twice`);
    if (spec.topics.length === 0) throw new Error(`Consumer ${spec.consumer} subscribes to no topic`);
    // The runner only calls it for the topics above, whose payloads EventOf<T> describes.
    this.subscriptions.push({
      consumer: spec.consumer,
      topics: spec.topics,
      handler: handler as BatchSubscriber,
    });
  }

  subscribersOf(topic: string): Subscription[] {
    return this.subscriptions.filter((s) => s.topics.some((p) => matches(p, topic)));
  }

  /** A background job (pg-boss queue); with `cron` it also runs on that schedule (UTC). */
  define(name: string, handler: JobHandler, options: { cron?: string; retryLimit?: number } = {}): void {
    if (this.jobs.has(name)) throw new Error(`Job ${name} is defined twice`);
    this.jobs.set(name, { name, handler, ...options });
  }

  /** A delivery queue the runner polls every `everyMs` (and drains in tests). */
  loop(name: string, tick: () => Promise<number>, everyMs: number): void {
    if (this.loops.some((l) => l.name === name)) throw new Error(`Loop ${name} is defined twice`);
    this.loops.push({ name, tick, everyMs });
  }
}
