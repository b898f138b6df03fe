import pg from 'pg';
import type { Db } from '../src/platform/db/pool.ts';

type Patchable = Record<string, (...args: unknown[]) => unknown>;
/** pg's wire writer: each Sync (extended protocol) or Query (simple) message is one round trip. */
const wire = (pg as unknown as { Connection: { prototype: Patchable } }).Connection.prototype;

/**
 * Records every statement any pg client of this process sends (BEGIN/COMMIT included) until
 * `stop()`, which returns their texts, and counts the round trips they took (`roundTrips`: a
 * transaction's BEGIN travels with its first statement). The statement-count tests pin what a
 * request costs.
 */
export function recordStatements() {
  const proto = pg.Client.prototype as unknown as Patchable;
  const submit = pg.Query.prototype as unknown as Patchable;
  const original = { query: proto.query, sync: wire.sync, simple: wire.query, submit: submit.submit };
  const seen: string[] = [];
  let roundTrips = 0;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    seen.push(typeof first === 'string' ? first : String(first?.text ?? first));
    return original.query?.apply(this, args);
  };
  // A transaction's BEGIN and settings (or a read alone's settings) go out with the next statement,
  // in its round trip: still a statement, counted as one, as when they went alone.
  // A transaction's last statement may carry its COMMIT (`asLastStatement`): counted after it.
  submit.submit = function (
    this: { leading?: { text: string }[]; trailing?: { text: string }[] },
    ...args: unknown[]
  ) {
    const leading = this.leading ?? [];
    if (leading.length > 0)
      seen.push(
        `${leading.map((s) => (s.text === 'begin' ? 'begin' : 'settings')).join(' + ')} (with the next)`,
      );
    const sent = original.submit?.apply(this, args);
    for (const step of this.trailing ?? []) seen.push(`${step.text} (with the previous)`);
    return sent;
  };
  for (const [method, own] of [
    ['sync', original.sync],
    ['query', original.simple],
  ] as const)
    wire[method] = function (this: unknown, ...args: unknown[]) {
      roundTrips++;
      return own?.apply(this, args);
    };
  return {
    stop() {
      proto.query = original.query as Patchable[string];
      wire.sync = original.sync as Patchable[string];
      wire.query = original.simple as Patchable[string];
      submit.submit = original.submit as Patchable[string];
      return seen;
    },
    get roundTrips() {
      return roundTrips;
    },
  };
}

/** With SHOW_STATEMENTS=1, prints what a counted step sent (to see where the statements go). */
export function showStatements(label: string, statements: string[]) {
  if (process.env.SHOW_STATEMENTS !== '1') return;
  for (const s of statements) console.log(`${label}: ${s.replace(/\s+/g, ' ').slice(0, 160)}`);
}

/** Round trips on a one-connection pool's next transaction: each ends with one ReadyForQuery. */
export function countRoundTrips(target: Db) {
  let n = 0;
  target.pool.once('acquire', (client) => {
    const connection = (client as unknown as { connection: NodeJS.EventEmitter }).connection;
    const count = () => n++;
    connection.on('readyForQuery', count);
    client.once('release', () => connection.off('readyForQuery', count));
  });
  return () => n;
}
