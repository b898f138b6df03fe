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
 * The text a transaction's driver sends for its BEGIN (`tenant-session.ts`), followed by the
 * statement that sets the transaction's session settings, with their values as parameters. Nothing
 * goes to the server then: the BEGIN and the settings travel with the transaction's first
 * statement, in the same round trip.
 */
export const BEGIN_WITH_NEXT = '-- begin, sent with the next statement\n';

/**
 * How a SELECT that reads and does nothing else (no locks, no side effects) begins its text. Sent
 * as a transaction's first statement, it runs as a transaction of its own with the transaction's
 * settings; under READ COMMITTED each statement reads its own snapshot anyway. A request whose
 * whole work is that read (a product page) is then one round trip: the COMMIT has nothing to end.
 */
export const READ_ALONE = '/* read alone */ ';

/**
 * Sent (as a statement of its own, which goes nowhere) just before a transaction's last statement:
 * the COMMIT then travels with that statement, in its round trip (`asLastStatement` in pool.ts).
 * Whatever the statement locks is released as soon as the server has committed, without waiting
 * for this process to read the answer and send the COMMIT: a store's order counter, a hot item's
 * stock row. The COMMIT or ROLLBACK the transaction sends afterwards goes nowhere either; any other
 * statement is an error (it would run outside the transaction).
 */
export const COMMIT_WITH_NEXT = '-- commit with the next statement\n';

type Step = { text: string; values: unknown[]; name?: string };
type Callback = (err: Error | null, result?: pg.QueryResult) => void;
/** The answer to a COMMIT or ROLLBACK of a transaction that never reached the server. */
const NOTHING = { command: '', rowCount: 0, rows: [], fields: [], oid: 0 } as unknown as pg.QueryResult;

/**
 * A pg client that prepares each parameterised statement once per connection (named after a
 * counter; the text is the key), so PostgreSQL parses and plans it on first use only and then
 * binds and runs it: a storefront read or a purchase repeats the same few texts thousands of times,
 * and after five runs PostgreSQL may keep a generic plan (a product page's one statement is
 * expensive to plan: 2.5x the uncached product pages a second with it).
 * Statements without parameters keep the simple protocol (they may hold several statements, which
 * a prepared statement cannot).
 * A statement whose prepared plan went stale (a migration changed a table's columns under a running
 * process) fails once with PostgreSQL's error and is prepared afresh under a new name next time.
 *
 * A transaction's BEGIN and its tenant settings are sent with its first parameterised statement as
 * one pipeline (Bind/Execute for each, one Sync): a transaction is its statements and its COMMIT in
 * round trips (a purchase 15, not 18), and one whose first statement is a read alone
 * (`READ_ALONE`) and nothing else sends no BEGIN or COMMIT at all (a product page: one round trip).
 * `prepares: false` (`DB_PREPARED_STATEMENTS=0`) sends every statement unnamed, pipelined all the same.
 * Works behind PgBouncer in transaction mode from 1.21 (`max_prepared_statements`), see docs/scaling.md.
 */
export class PreparingClient extends pg.Client {
  /** Statement text → its name on this connection. */
  readonly prepared = new Map<string, string>();
  nextName = 0;
  /** Whether statements are named (prepared once); set through the pool's options. */
  readonly prepares: boolean;
  /** A transaction begun here and not yet sent: its BEGIN and settings go with its first statement. */
  deferredBegin: Step[] | null = null;
  /** The next statement carries the transaction's COMMIT (`COMMIT_WITH_NEXT`). */
  commitWithNext = false;
  /** The transaction has committed with its last statement: only its COMMIT or ROLLBACK may follow. */
  ended = false;

  constructor(config: pg.ClientConfig & { prepares?: boolean } = {}) {
    super(config);
    this.prepares = config.prepares ?? true;
  }

  /** The name a parameterised statement runs under on this connection, or none (run unnamed). */
  nameOf(text: string, values: unknown[]): string | undefined {
    if (!this.prepares || values.length === 0 || PLANNED_PER_VALUE.test(text)) return undefined;
    let name = this.prepared.get(text);
    if (!name && this.prepared.size < MAX_PREPARED) {
      name = `v${this.nextName++}`;
      this.prepared.set(text, name);
    }
    return name;
  }
}

/** pg's own query, looked up on each call (so that whatever wraps pg's prototype sees these too). */
const plainQuery = (client: pg.Client, ...args: unknown[]) =>
  (pg.Client.prototype.query as (...a: unknown[]) => unknown).apply(client, args);

function query(this: PreparingClient, ...args: unknown[]): unknown {
  const [text, values, callback] = args as [unknown, unknown, Callback | undefined];
  if (typeof text !== 'string' || typeof values === 'function') return plainQuery(this, ...args);
  const params = Array.isArray(values) ? values : [];
  const ends = text === 'commit' || text === 'rollback';
  if (this.ended) {
    if (!ends) return answer(Promise.reject(new Error(AFTER_THE_END)), callback);
    this.ended = false;
    return answer(Promise.resolve(NOTHING), callback);
  }
  if (text === COMMIT_WITH_NEXT) {
    this.commitWithNext = true;
    return answer(Promise.resolve(NOTHING), callback);
  }
  if (ends) this.commitWithNext = false;
  else if (this.commitWithNext) return answer(committing(this, text, params), callback);
  if (text.startsWith(BEGIN_WITH_NEXT)) {
    const setup = text.slice(BEGIN_WITH_NEXT.length);
    this.deferredBegin = [{ text: 'begin', values: [] }, ...(setup ? [{ text: setup, values: params }] : [])];
    return answer(Promise.resolve(NOTHING), callback);
  }
  const begin = this.deferredBegin;
  // A transaction's first statement that is a read alone runs as a transaction of its own (the
  // settings, the read, one Sync): the BEGIN stays pending for whatever follows, if anything does.
  if (begin && text.startsWith(READ_ALONE) && params.length > 0)
    return answer(pipelined(this, begin.slice(1), text, params), callback);
  if (begin) {
    this.deferredBegin = null;
    // Nothing reached the server: there is no transaction to end.
    if (text === 'commit' || text === 'rollback') return answer(Promise.resolve(NOTHING), callback);
    return answer(pipelined(this, begin, text, params), callback);
  }
  const name = this.nameOf(text, params);
  if (!name) return plainQuery(this, ...args);
  const sent = plainQuery(this, { name, text, values: params }) as Promise<pg.QueryResult>;
  return answer(forgettingStale(this, text, sent), callback);
}
PreparingClient.prototype.query = query as unknown as pg.Client['query'];

const AFTER_THE_END = 'A statement was sent after its transaction had committed with its last statement';

/** The transaction's last statement and its COMMIT (after its BEGIN, if not sent yet), one round trip. */
async function committing(client: PreparingClient, text: string, values: unknown[]) {
  client.commitWithNext = false;
  // The simple protocol's multi-statement texts cannot be told apart from the COMMIT's answer.
  if (values.length === 0) throw new Error('A statement that commits with it needs parameters');
  const leading = client.deferredBegin ?? [];
  client.deferredBegin = null;
  const name = client.nameOf(text, values);
  const result = await forgettingStale(
    client,
    text,
    submit(client, leading, { name, text, values }, [{ text: 'commit', values: [] }]),
  );
  // Only once the answer came: a failed statement skipped the COMMIT, and the ROLLBACK still counts.
  client.ended = true;
  return result;
}

/** A statement sent after `steps` (a BEGIN, the settings) in one round trip. */
function pipelined(client: PreparingClient, leading: Step[], text: string, values: unknown[]) {
  // Without parameters a text may hold several statements, which only the simple protocol takes.
  if (values.length === 0) {
    const steps = [...leading];
    const last = steps.pop() as Step;
    return submit(client, steps, last).then(() => plainQuery(client, text) as Promise<pg.QueryResult>);
  }
  const name = client.nameOf(text, values);
  return forgettingStale(client, text, submit(client, leading, { name, text, values }));
}

/** pg's connection (the wire protocol writer), as far as this file uses it; not in pg's types. */
type Wire = {
  submittedNamedStatements: Record<string, string>;
  parse(message: { text: string; name?: string }): void;
  bind(message: { statement?: string; values: unknown[] }): void;
  execute(message: { portal: string }): void;
  sync(): void;
};

/** pg's Query with the protocol hooks it calls (not in pg's types), for the pipeline below. */
type QueryHooks = {
  text?: string;
  name?: string;
  callback?: Callback;
  prepare(connection: Wire): void;
  hasBeenParsed(connection: Wire): boolean;
  handleDataRow(message: unknown): void;
  handleCommandComplete(message: unknown, connection: Wire): void;
  _getRows(connection: Wire, rows?: number): void;
};
const Query = pg.Query as unknown as new (config: Step) => QueryHooks;

/**
 * Leading statements (BEGIN, the settings) bound and run ahead of the main statement, and trailing
 * ones (its COMMIT) after it, all before one Sync, so one round trip. Their results are dropped;
 * the main statement's are the answer. An error in any of them fails the whole (PostgreSQL skips
 * the rest up to the Sync, a COMMIT included).
 * The leading statements are parsed unnamed, each time (they cost next to nothing to parse). A
 * named main statement not yet parsed on this connection is parsed first of all: pg credits every
 * ParseComplete to the query in flight, so the first one must be the main statement's own.
 */
class Pipeline extends Query {
  /** Public for the statement counter of the tests (test/statements.ts). */
  readonly leading: Step[];
  readonly trailing: Step[];
  #unanswered: number;
  #answered = false;
  constructor(leading: Step[], main: Step, trailing: Step[] = []) {
    super(main);
    this.leading = leading;
    this.trailing = trailing;
    this.#unanswered = leading.length;
  }
  override prepare(connection: Wire) {
    if (this.name && this.text && !this.hasBeenParsed(connection)) {
      connection.parse({ name: this.name, text: this.text });
      connection.submittedNamedStatements[this.name] = this.text;
    }
    for (const step of this.leading) {
      connection.parse({ text: step.text });
      connection.bind({ values: step.values });
      connection.execute({ portal: '' });
    }
    super.prepare(connection);
  }
  /** The main statement's Execute, then the trailing statements, then the one Sync. */
  override _getRows(connection: Wire) {
    connection.execute({ portal: '' });
    for (const step of this.trailing) {
      connection.parse({ text: step.text });
      connection.bind({ values: step.values });
      connection.execute({ portal: '' });
    }
    connection.sync();
  }
  override handleDataRow(message: unknown) {
    if (this.#unanswered === 0 && !this.#answered) super.handleDataRow(message);
  }
  override handleCommandComplete(message: unknown, connection: Wire) {
    if (this.#unanswered > 0) this.#unanswered--;
    else if (!this.#answered) {
      this.#answered = true;
      super.handleCommandComplete(message, connection);
    }
  }
}

/** Sends `main` between `leading` and `trailing` in one pipeline and settles with its result. */
function submit(
  client: pg.Client,
  leading: Step[],
  main: Step,
  trailing: Step[] = [],
): Promise<pg.QueryResult> {
  return new Promise((resolve, reject) => {
    const pipeline = new Pipeline(leading, main, trailing);
    pipeline.callback = (err, result) => (err ? reject(err) : resolve(result as pg.QueryResult));
    plainQuery(client, pipeline);
  });
}

/** A prepared statement whose plan went stale is forgotten, so it is prepared afresh next time. */
function forgettingStale(client: PreparingClient, text: string, result: Promise<pg.QueryResult>) {
  return result.catch((err: unknown) => {
    if (err instanceof Error && STALE_PLAN.test(err.message)) client.prepared.delete(text);
    throw err;
  });
}

/** pg's two calling conventions: a callback, or a promise. */
function answer(result: Promise<pg.QueryResult>, callback: Callback | undefined) {
  if (!callback) return result;
  result.then(
    (r) => callback(null, r),
    (err: Error) => callback(err),
  );
  return undefined;
}
