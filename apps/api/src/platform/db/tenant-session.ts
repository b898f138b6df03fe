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

/** Quotes a string literal for inlining (standard_conforming_strings is on). */
export const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

class SetupOnBeginDriver extends PostgresDriver {
  override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    const setup = pending.getStore();
    if (!setup || setup.taken || settings.isolationLevel || settings.accessMode)
      return super.beginTransaction(connection, settings);
    setup.taken = true;
    await connection.executeQuery(CompiledQuery.raw(`begin; ${setup.sql}`));
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
