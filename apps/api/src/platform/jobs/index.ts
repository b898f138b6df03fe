/** Background work: the outbox relay, pg-boss queues and schedules, and the handler registry. */
export { OUTBOX_CHANNEL } from './outbox.ts';
export type { EventHandler, JobHandler, OutboxEvent } from './registry.ts';
export { JobRegistry, RecipientNotReady } from './registry.ts';
export { JOBS_SCHEMA, JobRunner } from './runner.ts';
