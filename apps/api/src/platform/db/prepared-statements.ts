import pg from 'pg';

/** Statements kept prepared per connection; past this, new texts run unprepared (bounded memory). */
const MAX_PREPARED = 500;

/**
 * Text search and trigram matches (`@@`, `<%`): how many rows a term matches decides the best plan,
 * and a prepared statement's generic plan cannot see the term (measured: searches at half the
 * rate). These are planned afresh each time, as unnamed statements.
 */
const PLANNED_PER_VALUE = /@@|<%|%>/;

/** PostgreSQL's answer when a prepared `select *` meets a table that gained or lost a column. */
const STALE_PLAN = /cached plan must not change result type/;

/**
 * A pg client that prepares each parameterised statement once per connection (named after a
 * counter; the text is the key), so PostgreSQL parses and plans it on first use only and then
 * binds and runs it: a storefront read or a purchase repeats the same few texts thousands of times,
 * and after five runs PostgreSQL may keep a generic plan (a product page's one statement is
 * expensive to plan: 2.5x the uncached product pages a second with it).
 * Statements without parameters keep the simple protocol (a BEGIN with its tenant settings is two
 * statements in one query, which a prepared statement cannot be).
 * A statement whose prepared plan went stale (a migration changed a table's columns under a running
 * process) fails once with PostgreSQL's error and is prepared afresh under a new name next time.
 * Works behind PgBouncer in transaction mode from 1.21 (`max_prepared_statements`), see docs/scaling.md.
 */
export class PreparingClient extends pg.Client {
  /** Statement text → its name on this connection. */
  readonly prepared = new Map<string, string>();
  nextName = 0;
}

type Callback = (err: Error | null, result?: pg.QueryResult) => void;
/** pg's own query, looked up on each call (so that whatever wraps pg's prototype sees these too). */
const plainQuery = (client: pg.Client, ...args: unknown[]) =>
  (pg.Client.prototype.query as (...a: unknown[]) => unknown).apply(client, args);

function preparedQuery(this: PreparingClient, ...args: unknown[]): unknown {
  const [text, values, callback] = args as [unknown, unknown, Callback | undefined];
  if (
    typeof text !== 'string' ||
    !Array.isArray(values) ||
    values.length === 0 ||
    PLANNED_PER_VALUE.test(text)
  )
    return plainQuery(this, ...args);
  let name = this.prepared.get(text);
  if (!name && this.prepared.size < MAX_PREPARED) {
    name = `v${this.nextName++}`;
    this.prepared.set(text, name);
  }
  if (!name) return plainQuery(this, ...args);
  const forgetIfStale = (err: unknown) => {
    if (err instanceof Error && STALE_PLAN.test(err.message)) this.prepared.delete(text);
  };
  const config = { name, text, values };
  if (callback)
    return plainQuery(this, config, (err: Error | null, res?: pg.QueryResult) => {
      forgetIfStale(err);
      callback(err, res);
    });
  return (plainQuery(this, config) as Promise<pg.QueryResult>).catch((err: unknown) => {
    forgetIfStale(err);
    throw err;
  });
}
PreparingClient.prototype.query = preparedQuery as unknown as pg.Client['query'];
