/** A business fact from the outbox, as delivered to handlers (at least once, in `seq` order per batch). */
export type OutboxEvent = {
  id: string;
  tenantId: string;
  seq: number;
  topic: string;
  payload: Record<string, unknown>;
  createdAt: Date;
};
export type EventHandler = (event: OutboxEvent) => Promise<void>;
export type Registration = { name: string; topic: string; handler: EventHandler };

/**
 * Thrown by a handler whose recipient is not up yet (e.g. the storefront still building): the
 * delivery is retried like any failure, but logged at debug instead of as a warning.
 */
export class RecipientNotReady extends Error {}

export type JobHandler = (data: Record<string, unknown>) => Promise<void>;
export type JobDefinition = { name: string; handler: JobHandler; cron?: string; retryLimit?: number };

/**
 * Who listens to which outbox topics, and which background jobs exist. Modules register here
 * while the app is built (server.ts); the runner delivers in the API process or in the worker.
 */
export class JobRegistry {
  readonly handlers: Registration[] = [];
  readonly jobs = new Map<string, JobDefinition>();

  /**
   * Calls `handler` for every event whose topic is `topic`, or starts with the prefix before a
   * trailing `*` (`inventory.*`), or for all events (`*`). Handlers must be idempotent: delivery
   * is at least once. `name` identifies the handler for retries; keep it stable.
   */
  onEvent(topic: string, handler: EventHandler, name = `${topic}#${this.handlers.length}`): void {
    if (this.handlers.some((h) => h.name === name))
      throw new Error(`Event handler ${name} is registered twice`);
    this.handlers.push({ name, topic, handler });
  }

  handlersFor(topic: string): Registration[] {
    return this.handlers.filter((h) =>
      h.topic.endsWith('*') ? topic.startsWith(h.topic.slice(0, -1)) : h.topic === topic,
    );
  }

  /** A background job (pg-boss queue); with `cron` it also runs on that schedule (UTC). */
  define(name: string, handler: JobHandler, options: { cron?: string; retryLimit?: number } = {}): void {
    if (this.jobs.has(name)) throw new Error(`Job ${name} is defined twice`);
    this.jobs.set(name, { name, handler, ...options });
  }
}
