import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/pool.ts';
import { conflict, DomainError } from '../errors.ts';
import { toProblem } from './problem.ts';
import { Reply } from './route.ts';

export type IdempotencyRequest = { tenantId: string; scope: string; key: string; body: unknown };

/**
 * Runs `work` at most once per (tenant, scope, key). A repeat with the same body gets the first
 * reply; a different body is 422; a repeat while the first is still running is 409. Server errors
 * (5xx, including a 502 from a failed gateway) are not remembered, so the client may retry them.
 */
export async function runIdempotent(
  db: Db,
  request: IdempotencyRequest,
  work: () => Promise<Reply>,
): Promise<Reply> {
  const { tenantId, scope, key } = request;
  const hash = createHash('sha256')
    .update(JSON.stringify(request.body ?? null))
    .digest('hex');
  const claimed = await db.withTenant(tenantId, async (tx) => {
    const inserted = await sql<{ key: string }>`
      insert into idempotency_keys (scope, key, request_hash, state)
      values (${scope}, ${key}, ${hash}, 'RUNNING')
      on conflict do nothing returning key`.execute(tx);
    if (inserted.rows.length > 0) return null;
    const existing = await tx
      .selectFrom('idempotencyKeys')
      .selectAll()
      .where('scope', '=', scope)
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    return existing;
  });
  if (claimed) {
    if (claimed.requestHash !== hash) {
      throw new DomainError(
        'UNPROCESSABLE',
        'IDEMPOTENCY_KEY_REUSED',
        'This Idempotency-Key was used with a different request',
      );
    }
    if (claimed.state === 'RUNNING')
      throw conflict('IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is still running');
    return new Reply(claimed.responseStatus ?? 200, claimed.responseBody, {
      ...(claimed.responseHeaders ?? {}),
      'Idempotent-Replayed': 'true',
    });
  }
  const remember = (reply: Reply) =>
    db.withTenant(tenantId, (tx) =>
      tx
        .updateTable('idempotencyKeys')
        .set({
          state: 'DONE',
          responseStatus: reply.status,
          responseBody: JSON.stringify(reply.body ?? null),
          responseHeaders: JSON.stringify(reply.headers),
        })
        .where('scope', '=', scope)
        .where('key', '=', key)
        .execute(),
    );
  const forget = () =>
    db.withTenant(tenantId, (tx) =>
      tx.deleteFrom('idempotencyKeys').where('scope', '=', scope).where('key', '=', key).execute(),
    );
  try {
    const reply = await work();
    await remember(reply);
    return reply;
  } catch (err) {
    const problem = err instanceof DomainError ? toProblem(err) : null;
    // A 502 (a gateway that failed) is a server error too: the client may retry it.
    if (problem && problem.status < 500) await remember(new Reply(problem.status, problem));
    else await forget();
    throw err;
  }
}
