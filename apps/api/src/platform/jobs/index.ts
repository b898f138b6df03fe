/** Background work: the outbox relay and subscriptions, pg-boss queues and schedules, delivery loops. */
export type { EventOf, OutboxEvent } from '../events.ts';
export { MAX_DELIVERY_ATTEMPTS } from './deliveries.ts';
export { type DeliveryQueue, dueShared } from './fair-claim.ts';
export { OUTBOX_CHANNEL } from './outbox.ts';
export type { JobHandler, NonEmpty, Subscriber } from './registry.ts';
export { JobRegistry, RecipientNotReady } from './registry.ts';
export { JOBS_SCHEMA, JobRunner } from './runner.ts';
