import { CompiledQuery, type QueryExecutorProvider } from 'kysely';
import { type JsonRow, naming } from './naming.ts';
import type { TenantTx } from './pool.ts';
import { READ_ALONE } from './prepared-statements.ts';

/** One read of several: the query, and which of its columns to revive from JSON. */
export type TogetherRead = {
  /** A query builder, or raw SQL (`sql\`…\``, compiled on the transaction). */
  query: { compile(executor: QueryExecutorProvider): CompiledQuery<unknown> };
  /** timestamptz columns (camelCase): JSON gives ISO strings, callers expect Dates. */
  dates?: readonly string[];
  /** numeric columns (camelCase): sent as text, as pg gives them, not as JSON numbers. */
  numerics?: readonly string[];
};
type Rows = Record<string, unknown>[];

/** The one statement of several reads, and how to revive each read's rows from its JSON column. */
type Together<K extends string> = { sql: string; parameters: unknown[]; dates: Record<K, readonly string[]> };

type Compilable = TogetherRead['query'];

function compileTogether<K extends string>(tx: TenantTx, reads: Record<K, TogetherRead>): Together<K> {
  const parameters: unknown[] = [];
  // Each piece's $n, numbered after the parameters of the pieces before it.
  const text = (query: Compilable) => {
    const compiled = query.compile(tx);
    const offset = parameters.length;
    parameters.push(...compiled.parameters);
    return compiled.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
  };
  const dates = {} as Record<K, readonly string[]>;
  const columns = (Object.keys(reads) as K[]).map((name, i) => {
    const read = reads[name];
    dates[name] = read.dates ?? [];
    const from = text(read.query);
    const numerics = (read.numerics ?? []).map(snake);
    // numerics go out as text (row_to_json would make them JSON numbers and drop trailing zeros).
    const row =
      numerics.length === 0
        ? 't'
        : `to_jsonb(t) || jsonb_build_object(${numerics.map((c) => `'${c}', t.${c}::text`).join(', ')})`;
    return `(select coalesce(json_agg(${row}), '[]'::json) from (${from}) t) as r${i}`;
  });
  return { sql: `select ${columns.join(', ')}`, parameters, dates };
}

type Options = {
  /** May run as a transaction of its own when it is the first statement (`READ_ALONE`). */
  alone?: boolean;
};

async function runTogether<K extends string>(
  tx: TenantTx,
  together: Together<K>,
  parameters: unknown[],
  { alone = false }: Options = {},
) {
  // Only SELECTs of rows as JSON, so a read alone is safe; it is asked for on read-only paths,
  // where what follows (if anything) is more reads: in a write transaction it would send the
  // settings twice (once alone, once with the BEGIN) for no round trip saved.
  const text = alone ? READ_ALONE + together.sql : together.sql;
  const result = await tx.executeQuery<Record<string, Rows>>(CompiledQuery.raw(text, parameters));
  const row = result.rows[0] ?? {};
  const out = {} as Record<K, Rows>;
  (Object.keys(together.dates) as K[]).forEach((name, i) => {
    const dates = together.dates[name];
    const rows = (row[`r${i}`] ?? []).map((r) => naming.rowOf<JsonRow>(r));
    // The rows were just made from JSON and are this call's own: revived in place.
    if (dates.length > 0)
      for (const r of rows)
        for (const d of dates) if (typeof r[d] === 'string') r[d] = new Date(r[d] as string);
    out[name] = rows;
  });
  return out;
}

/**
 * Several independent SELECTs in ONE statement (one round trip): each becomes a JSON array column
 * of one row, revived into rows shaped as the query alone would give them (columns in camelCase,
 * Dates and numeric strings as listed). For reads a request needs together
 * before its writes (issue 17: statements per purchase).
 */
export function readTogether<K extends string>(
  tx: TenantTx,
  reads: Record<K, TogetherRead>,
  options: Options = {},
) {
  const together = compileTogether(tx, reads);
  return runTogether(tx, together, together.parameters, options);
}

const snake = (camel: string) => camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
