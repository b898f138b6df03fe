import type { TenantTx } from './db/pool.ts';

/**
 * Writes a business fact to the outbox in the caller's transaction, so it exists exactly when the
 * change does. Topics are `domain.entity.past_tense`, e.g. `store.domain.changed`.
 */
export async function recordEvent(
  tx: TenantTx,
  topic: string,
  payload: Record<string, unknown>,
): Promise<void> {
  await tx
    .insertInto('outboxEvents')
    .values({ topic, payload: JSON.stringify(payload) })
    .execute();
}
