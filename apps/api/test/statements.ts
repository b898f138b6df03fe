import pg from 'pg';

/**
 * Records every statement any pg client of this process sends (BEGIN/COMMIT included) until
 * `stop()`, which returns their texts. The statement-count tests pin what a request costs.
 */
export function recordStatements() {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const seen: string[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    seen.push(typeof first === 'string' ? first : String(first?.text ?? first));
    return original.apply(this, args);
  };
  return {
    stop() {
      proto.query = original;
      return seen;
    },
  };
}

/** With SHOW_STATEMENTS=1, prints what a counted step sent (to see where the statements go). */
export function showStatements(label: string, statements: string[]) {
  if (process.env.SHOW_STATEMENTS !== '1') return;
  for (const s of statements) console.log(`${label}: ${s.replace(/\s+/g, ' ').slice(0, 160)}`);
}
