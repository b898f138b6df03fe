import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { PlatformTables } from '../db/platform-tables.ts';
import { type Db, type TenantTx, writesTo } from '../db/pool.ts';
import { conflict, DomainError } from '../errors.ts';
import { toProblem } from './problem.ts';
import { Reply } from './route.ts';

export type IdempotencyRequest = { tenantId: string; scope: string; key: string; body: unknown };

/** What the work of a claimed key gets. */
export type IdempotentRun = {
  /**
   * Records `reply` as the key's answer inside the work's own transaction, so the work and its
   * answer commit together: a crash can no longer leave committed work behind a RUNNING key.
   * Throws (rolling the work back) when this owner has lost the key to a retry.
   */
  seal(tx: TenantTx, reply: Reply): Promise<void>;
  /** The key was taken over from an owner whose lease lapsed (it died, or stalled). */
  resumed: boolean;
};

/** How long a RUNNING key stays its owner's without a heartbeat (IDEMPOTENCY_LEASE_SECONDS). */
export const DEFAULT_LEASE_SECONDS = 30;

type Claim = { fresh: boolean } | { existing: Existing } | null;
type Existing = {
  requestHash: string;
  state: 'RUNNING' | 'DONE';
  responseStatus: number | null;
  responseBody: unknown;
  responseHeaders: Record<string, string> | null;
  leaseSeconds: number | null;
};

/** Inserts the key as RUNNING for `owner`, or takes over a RUNNING one whose lease has lapsed. */
async function claim(
  db: Db,
  r: IdempotencyRequest,
  hash: string,
  owner: string,
  lease: number,
): Promise<Claim> {
  return db.withTenant(r.tenantId, async (tx) => {
    const won = await sql<{ fresh: boolean }>`
      insert into idempotency_keys (scope, key, request_hash, state, owner, lease_expires_at)
      values (${r.scope}, ${r.key}, ${hash}, 'RUNNING', ${owner}, now() + make_interval(secs => ${lease}))
      on conflict (tenant_id, scope, key) do update
         set owner = excluded.owner, lease_expires_at = excluded.lease_expires_at
       where idempotency_keys.state = 'RUNNING' and idempotency_keys.request_hash = excluded.request_hash
         and coalesce(idempotency_keys.lease_expires_at, '-infinity') < now()
      returning (xmax = 0) as fresh`.execute(tx);
    if (won.rows[0]) return { fresh: won.rows[0].fresh };
    const existing = await sql<Existing>`
      select request_hash, state, response_status, response_body, response_headers,
             extract(epoch from lease_expires_at - now())::float8 as lease_seconds
        from idempotency_keys where scope = ${r.scope} and key = ${r.key}`.execute(tx);
    // None: deleted in between (its run failed with a 5xx); the caller claims again.
    return existing.rows[0] ? { existing: existing.rows[0] } : null;
  });
}

function answerExisting(existing: Existing, hash: string): Reply {
  if (existing.requestHash !== hash) {
    throw new DomainError(
      'UNPROCESSABLE',
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was used with a different request',
    );
  }
  if (existing.state === 'RUNNING')
    throw conflict('IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is still running', {
      retryAfterSeconds: Math.max(1, Math.ceil(existing.leaseSeconds ?? 1)),
    });
  return new Reply(existing.responseStatus ?? 200, existing.responseBody, {
    ...(existing.responseHeaders ?? {}),
    'Idempotent-Replayed': 'true',
  });
}

/** The writes of the owner of a claimed key; each touches the row only while it is still theirs. */
function heldKey(
  db: Db,
  k: { tenantId: string; scope: string; key: string; owner: string },
  leaseSeconds: number,
) {
  const keysWrites = (tx: TenantTx) => writesTo<Pick<PlatformTables, 'idempotencyKeys'>>(tx);
  const mine = (tx: TenantTx) =>
    keysWrites(tx)
      .updateTable('idempotencyKeys')
      .where('scope', '=', k.scope)
      .where('key', '=', k.key)
      .where('owner', '=', k.owner);
  const done = (reply: Reply) => ({
    state: 'DONE' as const,
    responseStatus: reply.status,
    responseBody: JSON.stringify(reply.body ?? null),
    responseHeaders: JSON.stringify(reply.headers),
    leaseExpiresAt: null,
  });
  return {
    async seal(tx: TenantTx, reply: Reply) {
      const row = await mine(tx)
        .where('state', '=', 'RUNNING')
        .set(done(reply))
        .returning('key')
        .executeTakeFirst();
      if (!row) throw conflict('IDEMPOTENCY_IN_PROGRESS', 'A retry took this Idempotency-Key over');
    },
    remember: (reply: Reply) => db.withTenant(k.tenantId, (tx) => mine(tx).set(done(reply)).execute()),
    forget: () =>
      db.withTenant(k.tenantId, (tx) =>
        keysWrites(tx)
          .deleteFrom('idempotencyKeys')
          .where('scope', '=', k.scope)
          .where('key', '=', k.key)
          .where('owner', '=', k.owner)
          .where('state', '=', 'RUNNING')
          .execute(),
      ),
    /** The heartbeat: while this process works, the key stays its own. */
    renew: () =>
      db.withTenant(k.tenantId, (tx) =>
        mine(tx)
          .where('state', '=', 'RUNNING')
          .set({ leaseExpiresAt: sql<Date>`now() + make_interval(secs => ${leaseSeconds})` })
          .execute(),
      ),
  };
}

/**
 * Runs `work` at most once per (tenant, scope, key). A repeat with the same body gets the first
 * reply; a different body is 422; a repeat while the first is still running is 409 with
 * Retry-After. The running owner holds a lease it renews while it works; when it dies, the lease
 * lapses and the next retry takes the key over. Server errors (5xx, including a 502 from a failed
 * gateway and a 503 from a database restart) are not remembered, so the client may retry them.
 */
export async function runIdempotent(
  db: Db,
  request: IdempotencyRequest,
  work: (run: IdempotentRun) => Promise<Reply>,
  leaseSeconds = DEFAULT_LEASE_SECONDS,
): Promise<Reply> {
  const { tenantId, scope, key } = request;
  const hash = createHash('sha256')
    .update(JSON.stringify(request.body ?? null))
    .digest('hex');
  const owner = randomUUID();
  let claimed: Claim = null;
  while (claimed === null) claimed = await claim(db, request, hash, owner, leaseSeconds);
  if ('existing' in claimed) return answerExisting(claimed.existing, hash);

  const held = heldKey(db, { tenantId, scope, key, owner }, leaseSeconds);
  let sealed: Reply | null = null;
  const seal = async (tx: TenantTx, reply: Reply) => {
    await held.seal(tx, reply);
    sealed = reply;
  };
  const beat = setInterval(() => void held.renew().catch(() => {}), Math.max(100, (leaseSeconds * 1000) / 3));
  beat.unref();
  try {
    const reply = await work({ seal, resumed: !claimed.fresh });
    // Not sealed in the work's transaction, or completed after its commit: store the final reply.
    if (reply !== sealed) await held.remember(reply);
    return reply;
  } catch (err) {
    const problem = err instanceof DomainError ? toProblem(err) : null;
    // A 502 (a gateway that failed) is a server error too: the client may retry it.
    if (problem && problem.status < 500) await held.remember(new Reply(problem.status, problem));
    else await held.forget().catch(() => {});
    throw err;
  } finally {
    clearInterval(beat);
  }
}
