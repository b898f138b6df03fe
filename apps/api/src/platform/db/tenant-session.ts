import { AsyncLocalStorage } from 'node:async_hooks';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  PostgresDialect,
  type PostgresDialectConfig,
  PostgresDriver,
  type QueryCompiler,
  type TransactionSettings,
} from 'kysely';
import { type CamelCaseRows, SnakeCaseCompiler } from './naming.ts';
import { BEGIN_WITH_NEXT } from './prepared-statements.ts';

/**
 * The session settings of the next transaction opened in this async context: one statement and
 * its parameters (`select set_config(...)`). Taken once: a transaction opened inside the first
 * one's work (e.g. a platform transaction) begins plainly.
 */
type PendingSetup = { sql: string; values: readonly unknown[]; taken: boolean };
const pending = new AsyncLocalStorage<PendingSetup>();

/** Runs `open` (which opens ONE transaction) with `sql` as that transaction's settings. */
export function withSetupOnBegin<T>(
  sql: string,
  values: readonly unknown[],
  open: () => Promise<T>,
): Promise<T> {
  return pending.run({ sql, values, taken: false }, open);
}

/**
 * Hands the BEGIN, and the settings with it, to the client (`PreparingClient`), which sends them
 * in the round trip of the transaction's first statement.
 */
class SetupOnBeginDriver extends PostgresDriver {
  override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    if (settings.isolationLevel || settings.accessMode) return super.beginTransaction(connection, settings);
    const setup = pending.getStore();
    const use = setup && !setup.taken;
    if (use) setup.taken = true;
    await connection.executeQuery(
      CompiledQuery.raw(BEGIN_WITH_NEXT + (use ? setup.sql : ''), use ? [...setup.values] : []),
    );
  }
}

/**
 * PostgresDialect whose transactions send their BEGIN and settings with their first statement, and
 * whose compiler writes identifiers in snake_case (`naming`, the instance's `CamelCaseRows` plugin).
 */
export class SetupOnBeginDialect extends PostgresDialect {
  readonly #config: PostgresDialectConfig;
  readonly #naming: CamelCaseRows;
  constructor(config: PostgresDialectConfig, naming: CamelCaseRows) {
    super(config);
    this.#config = config;
    this.#naming = naming;
  }
  override createDriver(): Driver {
    return new SetupOnBeginDriver(this.#config);
  }
  override createQueryCompiler(): QueryCompiler {
    return new SnakeCaseCompiler(this.#naming);
  }
}
