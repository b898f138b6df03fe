import { createRequire } from 'node:module';
import type { CompiledQuery } from 'kysely';

// node-postgres' own conversion of a JS value to the text it would send for a parameter.
const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as {
  prepareValue(value: unknown): string | Buffer | null;
};

/** Quotes a string literal for inlining (standard_conforming_strings is on). */
export const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * The query as one parameterless statement: each `$n` replaced by the literal of the text
 * node-postgres would have sent for it, quoted and so untyped, as a parameter is (pg sends them
 * all with an unspecified type), so the server infers the same types. Null when that cannot be
 * done safely: a binary value, a NUL byte, or SQL this scanner does not follow (dollar quotes,
 * E'' strings).
 */
export function inlineParameters(query: CompiledQuery): string | null {
  const values: string[] = [];
  for (const parameter of query.parameters) {
    const text = prepareValue(parameter);
    if (text === null) values.push('null');
    else if (typeof text !== 'string' || text.includes('\0')) return null;
    else values.push(literal(text));
  }
  const sql = query.sql;
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i] as string;
    const end = skipQuoted(sql, i);
    if (end === null) return null;
    if (end > i) {
      out += sql.slice(i, end);
      i = end;
    } else if (c === '$' && /\d/.test(sql[i + 1] ?? '')) {
      let j = i + 1;
      while (/\d/.test(sql[j] ?? '')) j++;
      const value = values[Number(sql.slice(i + 1, j)) - 1];
      if (value === undefined) return null;
      out += value;
      i = j;
    } else if (c === '$') {
      return null; // a dollar-quoted string
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * Where the quoted string, quoted identifier or comment starting at `i` ends (`i` itself when
 * none starts there), or null for an E'' string, whose backslash escapes this does not follow.
 */
function skipQuoted(sql: string, i: number): number | null {
  const c = sql[i];
  const close = (quote: string, from: number) => {
    let j = from;
    for (;;) {
      j = sql.indexOf(quote, j);
      if (j < 0) return sql.length;
      if (sql[j + 1] === quote) j += 2;
      else return j + 1;
    }
  };
  if (c === "'")
    return /[eE]/.test(sql[i - 1] ?? '') && !/\w/.test(sql[i - 2] ?? '') ? null : close("'", i + 1);
  if (c === '"') return close('"', i + 1);
  if (c === '-' && sql[i + 1] === '-') {
    const j = sql.indexOf('\n', i);
    return j < 0 ? sql.length : j;
  }
  if (c === '/' && sql[i + 1] === '*') {
    const j = sql.indexOf('*/', i + 2);
    return j < 0 ? sql.length : j + 2;
  }
  return i;
}
