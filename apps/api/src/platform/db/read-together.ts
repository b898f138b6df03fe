import { CompiledQuery, type QueryExecutorProvider } from 'kysely';
import type { TenantTx } from './pool.ts';

/** One read of several: the query, and which of its columns to revive from JSON. */
export type TogetherRead = {
  /** A query builder, or raw SQL (`sql\`…\``, compiled on the transaction). */
  query: { compile(executor: QueryExecutorProvider): CompiledQuery<unknown> };
  /** timestamptz columns (camelCase): JSON gives ISO strings, callers expect Dates. */
  dates?: readonly string[];
  /** numeric columns (camelCase): sent as text, as pg gives them, not as JSON numbers. */
  numerics?: readonly string[];
};

/**
 * Several independent SELECTs in ONE statement (one round trip): each becomes a JSON array column
 * of one row, revived into rows shaped as the query alone would give them (camelCase keys by the
 * CamelCasePlugin, Dates and numeric strings as listed). For reads a request needs together
 * before its writes (issue 17: statements per purchase).
 */
export async function readTogether<K extends string>(
  tx: TenantTx,
  reads: Record<K, TogetherRead>,
): Promise<Record<K, Record<string, unknown>[]>> {
  const names = Object.keys(reads) as K[];
  const parameters: unknown[] = [];
  const columns = names.map((name, i) => {
    const read = reads[name];
    const compiled = read.query.compile(tx);
    const offset = parameters.length;
    parameters.push(...compiled.parameters);
    const text = compiled.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
    const numerics = (read.numerics ?? []).map(snake);
    // numerics go out as text (row_to_json would make them JSON numbers and drop trailing zeros).
    const row =
      numerics.length === 0
        ? 't'
        : `to_jsonb(t) || jsonb_build_object(${numerics.map((c) => `'${c}', t.${c}::text`).join(', ')})`;
    return `(select coalesce(json_agg(${row}), '[]'::json) from (${text}) t) as r${i}`;
  });
  const result = await tx.executeQuery<Record<string, Record<string, unknown>[]>>(
    CompiledQuery.raw(`select ${columns.join(', ')}`, parameters),
  );
  const row = result.rows[0] ?? {};
  const out = {} as Record<K, Record<string, unknown>[]>;
  names.forEach((name, i) => {
    const dates = reads[name].dates ?? [];
    out[name] = (row[`r${i}`] ?? []).map((r) => {
      const revived = { ...r };
      for (const d of dates) if (typeof revived[d] === 'string') revived[d] = new Date(revived[d] as string);
      return revived;
    });
  });
  return out;
}

const snake = (camel: string) => camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
