import { AsyncLocalStorage } from 'node:async_hooks';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  PostgresDialect,
  type PostgresDialectConfig,
  PostgresDriver,
  type TransactionSettings,
} from 'kysely';
import pg from 'pg';
import { inlineParameters } from './inline-sql.ts';

/**
 * The session settings of the next transaction opened in this async context, sent in the same
 * round trip as its BEGIN (one simple-protocol query, `begin; select set_config(...)`), so a tenant
 * transaction costs one round trip less. Taken once: a transaction opened inside the first one's
 * work (e.g. a platform transaction) begins plainly.
 */
type PendingSetup = { sql: string; taken: boolean };
const pending = new AsyncLocalStorage<PendingSetup>();

/**
 * Runs `open` (which opens ONE transaction) with `setupSql` sent together with its BEGIN. The SQL
 * is inlined (the simple protocol takes no parameters): callers pass only validated literals.
 */
export function withSetupOnBegin<T>(setupSql: string, open: () => Promise<T>): Promise<T> {
  return pending.run({ sql: setupSql, taken: false }, open);
}

export { literal } from './inline-sql.ts';

/** Marks the simple-protocol query that carries a BEGIN, its setup and the first statement. */
const WITH_BEGIN = '/* with begin */ ';

/**
 * A transaction's BEGIN (with its setup) waits for the transaction's first statement and goes out
 * with it, inlined, as one simple-protocol query: one round trip, and on this kind of host one
 * socket write, less per transaction. A statement that cannot be inlined goes after a plain
 * BEGIN; a transaction that runs nothing sends nothing. Installed on the connection by
 * `beginTransaction`, removed at its first use.
 */
const deferredBegin = new WeakMap<DatabaseConnection, () => void>();

function deferBegin(connection: DatabaseConnection, begin: string) {
  const send = connection.executeQuery.bind(connection);
  const stream = connection.streamQuery.bind(connection);
  // The connection object is reused by every transaction on its client: the overrides are own
  // properties, deleted (not replaced) so the class's methods show through again.
  const own = connection as Partial<{ -readonly [K in keyof DatabaseConnection]: DatabaseConnection[K] }>;
  const restore = () => {
    deferredBegin.delete(connection);
    delete own.executeQuery;
    delete own.streamQuery;
  };
  deferredBegin.set(connection, restore);
  own.executeQuery = async (query) => {
    restore();
    const inlined = inlineParameters(query);
    if (inlined !== null) return send(CompiledQuery.raw(`${WITH_BEGIN}${begin}; ${inlined}`));
    await send(CompiledQuery.raw(begin));
    return send(query);
  };
  own.streamQuery = async function* (query, chunkSize) {
    restore();
    await send(CompiledQuery.raw(begin));
    yield* stream(query, chunkSize);
  };
}

/** True (and the deferral dropped) when the transaction never sent its BEGIN. */
function neverBegan(connection: DatabaseConnection): boolean {
  const restore = deferredBegin.get(connection);
  restore?.();
  return restore !== undefined;
}

class SetupOnBeginDriver extends PostgresDriver {
  override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    const setup = pending.getStore();
    if (!setup || setup.taken || settings.isolationLevel || settings.accessMode)
      return super.beginTransaction(connection, settings);
    setup.taken = true;
    deferBegin(connection, `begin; ${setup.sql}`);
  }
  override async commitTransaction(connection: DatabaseConnection) {
    if (!neverBegan(connection)) await super.commitTransaction(connection);
  }
  override async rollbackTransaction(connection: DatabaseConnection) {
    if (!neverBegan(connection)) await super.rollbackTransaction(connection);
  }
}

/**
 * A pg client that answers a BEGIN-carrying query (several statements) with its last statement's
 * result, which is what the caller asked for; every other query is answered as pg answers it.
 */
export class WithBeginClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query is overloaded; this passes every form through
  override query(...args: any[]): any {
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (typeof args[0] !== 'string' || !args[0].startsWith(WITH_BEGIN)) return result;
    return (result as Promise<pg.QueryResult | pg.QueryResult[]>).then((r) =>
      Array.isArray(r) ? r.at(-1) : r,
    );
  }
}

/** PostgresDialect whose transactions can carry their session settings on the BEGIN. */
export class SetupOnBeginDialect extends PostgresDialect {
  readonly #config: PostgresDialectConfig;
  constructor(config: PostgresDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new SetupOnBeginDriver(this.#config);
  }
}
