import type { PlatformTables } from './db/platform-tables.ts';
import { type TenantTx, writesTo } from './db/pool.ts';

/**
 * Topic → payload, for the topics whose payload is declared: each owning module adds its topics
 * in its `*.events.ts` (`declare module '…/platform/events.ts' { interface EventTopics {…} }`).
 * Producers of a declared topic are checked by `recordEvent`, subscribers get the typed payload.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in *.events.ts
export interface EventTopics {}
export type Topic = keyof EventTopics & string;

/** A business fact from the outbox, as delivered to subscribers (at least once, in `seq` order). */
export type OutboxEvent = {
  id: string;
  tenantId: string;
  seq: number;
  topic: string;
  payload: Record<string, unknown>;
  createdAt: Date;
};

/**
 * The event a subscriber to `T` receives: a declared topic gets its payload type; a pattern
 * (`inventory.*`, `*`) or an undeclared topic gets the untyped event.
 */
export type EventOf<T extends string> = T extends Topic
  ? Omit<OutboxEvent, 'topic' | 'payload'> & { topic: T; payload: EventTopics[T] }
  : OutboxEvent;

type PayloadFor<T extends string> = T extends Topic ? EventTopics[T] : Record<string, unknown>;

/**
 * Writes a business fact to the outbox in the caller's transaction, so it exists exactly when the
 * change does. Topics are `domain.entity.past_tense`, e.g. `store.domain.changed`.
 */
export async function recordEvent<T extends string>(
  tx: TenantTx,
  topic: T,
  payload: PayloadFor<T>,
): Promise<void> {
  await writesTo<Pick<PlatformTables, 'outboxEvents'>>(tx)
    .insertInto('outboxEvents')
    .values({ topic, payload: JSON.stringify(payload) })
    .execute();
}
