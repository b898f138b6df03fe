import {
  type DeleteQueryBuilder,
  type DeleteResult,
  type InsertQueryBuilder,
  type InsertResult,
  Kysely,
  sql,
  type Transaction,
  type UpdateQueryBuilder,
  type UpdateResult,
} from 'kysely';
import pg from 'pg';
import { invalid } from '../errors.ts';
import type { Database } from './database.ts';
import { naming } from './naming.ts';
import { COMMIT_WITH_NEXT, PreparingClient } from './prepared-statements.ts';
import { createTenantBudget } from './tenant-budget.ts';
import { SetupOnBeginDialect, withSetupOnBegin } from './tenant-session.ts';

// int8 (counts, money in minor units) as numbers: our amounts stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
// numeric as number (rates, percentages) is parsed by the modules that use it.

declare const tenantBrand: unique symbol;
declare const platformBrand: unique symbol;
declare const ownBrand: unique symbol;

type WriteMethod = 'insertInto' | 'updateTable' | 'deleteFrom' | 'mergeInto' | 'replaceInto';
/** Every table can be read (row-level security still scopes the rows); nothing can be written. */
type Reads = Omit<Transaction<Database>, WriteMethod>;
type TableOf<Own> = keyof Own & keyof Database & string;
/** Writes to `Own`'s tables only (a module's `*Tables` interface). */
type Writes<Own> = {
  /** Tells one module's handle from another's (the methods alone would let one pass for the other). */
  readonly [ownBrand]?: Own;
  insertInto<T extends TableOf<Own>>(table: T): InsertQueryBuilder<Database, T, InsertResult>;
  updateTable<T extends TableOf<Own>>(table: T): UpdateQueryBuilder<Database, T, T, UpdateResult>;
  deleteFrom<T extends TableOf<Own>>(table: T): DeleteQueryBuilder<Database, T, DeleteResult>;
};
/** No tables: the handle that passes between modules writes nothing until its owner narrows it. */
type NoTables = Record<never, never>;

/**
 * A transaction bound to one tenant, running as the app role under row-level security. As it
 * passes between routes, flows and modules (`TenantTx`) it reads every table and writes none; a
 * module writes through `TenantTx<ItsTables>` (`writesTo`), so a write to another module's table
 * is a type error (`test/module-tables.types.ts`).
 */
export type TenantTx<Own extends object = NoTables> = Reads &
  ([keyof Own] extends [never] ? unknown : Writes<Own>) & { readonly [tenantBrand]: true };

/**
 * The same transaction, typed to write `Own`'s tables. Each module wraps it once, beside its table
 * types (`catalogWrites` in `catalog.schema.ts`, not exported from the module), and writes through
 * that; `test/architecture.test.ts` keeps `writesTo` out of every other file.
 */
export const writesTo = <Own extends object>(tx: TenantTx): TenantTx<Own> => tx as TenantTx<Own>;
/** A transaction on the platform tables (tenants, users, domain routing): the small privileged path. */
export type PlatformTx = Transaction<Database> & { readonly [platformBrand]: true };
/** A transaction under the app role with no tenant set: sees only rows whose policies are public. */
export type PublicTx = Reads & { readonly [tenantBrand]: 'public' };

export const APP_ROLE = 'ventory_app';
/**
 * A tenant transaction's settings: the tenant ('' for none), the app role that RLS applies to, and
 * how its prepared statements are planned (`TenantWork.genericPlans`).
 */
const SESSION_SETTINGS =
  "select set_config('app.tenant_id', $1, true), set_config('role', $2, true), set_config('plan_cache_mode', $3, true)";
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Work to do once a transaction has committed (e.g. forgetting cached copies of what it changed). */
type AfterCommit = () => Promise<void>;
const afterCommitHooks = new WeakMap<object, AfterCommit[]>();

/**
 * Runs `fn` after `tx` commits, never if it rolls back. Cache invalidation belongs here: forgotten
 * inside the transaction, a read racing the commit could cache the old value again. A failing hook
 * is reported, not thrown: the write has committed, and the cache entry ages out by its TTL.
 */
export function afterCommit(tx: TenantTx | PlatformTx | PublicTx, fn: AfterCommit): void {
  const hooks = afterCommitHooks.get(tx);
  if (!hooks) throw new Error('afterCommit needs a transaction opened by Db');
  hooks.push(fn);
}

const rollbackHooks = new WeakMap<object, AfterCommit[]>();

/**
 * Runs `fn` when `tx` does not commit: its work threw, or the COMMIT itself failed (a deferred
 * constraint, the connection lost). The compensation of a saga step taken outside the database
 * (a card authorised at a gateway) belongs here. A failing hook is reported; the original error
 * still propagates.
 */
export function onRollback(tx: TenantTx | PlatformTx | PublicTx, fn: AfterCommit): void {
  const hooks = rollbackHooks.get(tx);
  if (!hooks) throw new Error('onRollback needs a transaction opened by Db');
  hooks.push(fn);
}

/** Per transaction: whether its last statement may carry its COMMIT, and whether it did. */
type Ending = { allowed: boolean; committed: boolean };
const endings = new WeakMap<object, Ending>();

/**
 * Runs `statement` (ONE statement) as the transaction's last. When the transaction allows it
 * (`TenantWork.lastStatementCommits`), the COMMIT goes with the statement, in its round trip: the
 * rows it locks are released once the server has committed, not one round trip to this process
 * later (a store's order counter, a hot item's stock row: every buyer queues on them). Any
 * statement the transaction sends afterwards fails. Otherwise the statement simply runs.
 */
export async function asLastStatement<T>(tx: TenantTx, statement: () => Promise<T>): Promise<T> {
  const ending = endings.get(tx);
  if (!ending?.allowed) return statement();
  await sql.raw(COMMIT_WITH_NEXT).execute(tx);
  const result = await statement();
  ending.committed = true;
  return result;
}

export type TenantWork = {
  /**
   * Plan each prepared statement once for all its values (`plan_cache_mode = force_generic_plan`),
   * for work whose statements find rows by id (a cart's changes, a checkout). PostgreSQL would
   * otherwise plan some of them again on every run (the add's read of its totals' inputs and
   * prices: 0.77 ms per bind). Never for searches, whose plans depend on their words.
   */
  genericPlans?: boolean;
  /**
   * Nothing is written in the transaction after `fn` (no idempotency record, no audit entry), so
   * the statement `fn` runs through `asLastStatement` may carry the COMMIT.
   */
  lastStatementCommits?: boolean;
};

export type Db = {
  kysely: Kysely<Database>;
  pool: pg.Pool;
  /** Runs `fn` in one transaction that sets `app.tenant_id` (bound parameter) and drops to the app role. */
  withTenant<T>(tenantId: string, fn: (tx: TenantTx) => Promise<T>, work?: TenantWork): Promise<T>;
  /** Runs `fn` as the app role with no tenant: RLS shows only public rows (domain routing). */
  withPublic<T>(fn: (tx: PublicTx) => Promise<T>): Promise<T>;
  /** Runs `fn` as the connecting (owner) role, for platform tables and cross-tenant jobs only. */
  withPlatform<T>(fn: (tx: PlatformTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export function createDb(
  connectionString: string,
  options: {
    max?: number;
    onHookError?: (error: unknown) => void;
    /** A connection the server dropped (restart, failover, admin shutdown): reported, never thrown. */
    onConnectionError?: (error: unknown) => void;
    /**
     * Fairness: each tenant's guaranteed share of the pool; beyond it a tenant borrows idle
     * connections while as many stay free for the others (tenant-budget.ts). Unset: no budget.
     */
    tenantBudget?: number;
    /** How long a transaction waits for its tenant's slot before failing like a pool timeout (503). */
    tenantQueueMs?: number;
    /** High-traffic tenants that get a pool of their own, of `dedicatedPoolSize` (default 10) connections. */
    dedicatedTenants?: string[];
    dedicatedPoolSize?: number;
    /** Prepare parameterised statements once per connection (prepared-statements.ts). */
    preparedStatements?: boolean;
  } = {},
): Db {
  const budget = options.tenantBudget
    ? createTenantBudget({
        perTenant: options.tenantBudget,
        poolSize: options.max ?? 20,
        maxWaitMs: options.tenantQueueMs,
      })
    : null;
  const dedicated = new Map(
    (options.dedicatedTenants ?? []).map((id) => [
      id.toLowerCase(),
      createDb(connectionString, {
        ...options,
        max: options.dedicatedPoolSize ?? 10,
        tenantBudget: undefined,
        dedicatedTenants: [],
      }),
    ]),
  );
  // A bounded wait for a connection: with the database away, a request fails fast (503), not hangs.
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 20,
    connectionTimeoutMillis: 5000,
    Client: PreparingClient,
    prepares: options.preparedStatements ?? false,
  } as pg.PoolConfig);
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => {}); // (reported by the client listener below)
  // Nor may one that is checked out: pg-pool listens for `error` only on idle clients, and a server
  // shutdown (57P01) between two statements of a transaction would otherwise be an unhandled
  // `error` event that ends the process. The statement in flight (or the next one) fails instead,
  // and the pool discards the broken client on release.
  pool.on('connect', (client) => {
    client.on('error', (err) => options.onConnectionError?.(err));
  });
  const kysely = new Kysely<Database>({
    dialect: new SetupOnBeginDialect({ pool }, naming),
    plugins: [naming],
  });
  /** One transaction with its after-commit hooks, run in order once it has committed. */
  async function transaction<T>(
    fn: (trx: Transaction<Database>) => Promise<T>,
    lastStatementCommits = false,
  ): Promise<T> {
    const hooks: AfterCommit[] = [];
    const undo: AfterCommit[] = [];
    const ending: Ending = { allowed: lastStatementCommits, committed: false };
    let result: T;
    try {
      result = await kysely.transaction().execute((trx) => {
        afterCommitHooks.set(trx, hooks);
        rollbackHooks.set(trx, undo);
        endings.set(trx, ending);
        return fn(trx);
      });
    } catch (err) {
      // Work that failed after its last statement had committed is committed: no compensation.
      const ran = ending.committed ? hooks : undo;
      for (const hook of ran) await hook().catch((error: unknown) => options.onHookError?.(error));
      throw err;
    }
    for (const hook of hooks) await hook().catch((error: unknown) => options.onHookError?.(error));
    return result;
  }
  return {
    kysely,
    pool,
    withTenant(tenantId, fn, work = {}) {
      if (!UUID_RE.test(tenantId)) throw invalid('Invalid tenant id');
      const own = dedicated.get(tenantId.toLowerCase());
      if (own) return own.withTenant(tenantId, fn, work);
      // The tenant setting travels with the BEGIN and the first statement (one round trip).
      const plans = work.genericPlans ? 'force_generic_plan' : 'auto';
      const run = () =>
        withSetupOnBegin(SESSION_SETTINGS, [tenantId, APP_ROLE, plans], () =>
          transaction((trx) => fn(trx as unknown as TenantTx), work.lastStatementCommits),
        );
      return budget ? budget.run(tenantId, run) : run();
    },
    withPublic(fn) {
      return withSetupOnBegin(SESSION_SETTINGS, ['', APP_ROLE, 'auto'], () =>
        transaction((trx) => fn(trx as unknown as PublicTx)),
      );
    },
    withPlatform(fn) {
      return transaction((trx) => fn(trx as PlatformTx));
    },
    async close() {
      await Promise.all([...dedicated.values()].map((d) => d.close()));
      await kysely.destroy();
    },
  };
}
