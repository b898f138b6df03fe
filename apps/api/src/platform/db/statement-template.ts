import { randomUUID } from 'node:crypto';
import { CompiledQuery, type QueryExecutorProvider } from 'kysely';
import type { TenantTx } from './pool.ts';

/** A query builder, or raw SQL (`sql\`…\``), compiled on the transaction. */
type Compilable = { compile(executor: QueryExecutorProvider): CompiledQuery<unknown> };

/**
 * A statement whose SQL depends only on the string values named in `slots` (a store id, a slug):
 * built and compiled once per process with stand-ins for those values, then given with the real
 * ones in their places. A hot read skips the query builder's build and compile (a tenth of an
 * uncached product page's CPU, issue 17) and sends the very same text each time. Any other value
 * the build puts in the statement is kept as it was the first time, so `build` must not depend on
 * anything but the slots. A build that puts a slot's value anywhere but a parameter of its own is
 * built per call.
 */
export function statementTemplate<S extends string>(
  slots: readonly S[],
  build: (tx: TenantTx, values: Record<S, string>) => Compilable,
) {
  type Template = { sql: string; parameters: readonly unknown[]; slotAt: (S | undefined)[] };
  let template: Template | null | undefined;
  const made = (tx: TenantTx): Template | null => {
    const standIn = Object.fromEntries(slots.map((s) => [s, `${s}:${randomUUID()}`])) as Record<S, string>;
    const { sql, parameters } = build(tx, standIn).compile(tx);
    const slotAt = parameters.map((p) => slots.find((s) => p === standIn[s]));
    const whole = slots.every((s) => slotAt.includes(s));
    const leaked = (value: unknown) =>
      typeof value === 'string' && slots.some((s) => value !== standIn[s] && value.includes(standIn[s]));
    return whole && !leaked(sql) && !parameters.some(leaked) ? { sql, parameters, slotAt } : null;
  };
  return (tx: TenantTx, values: Record<S, string>): CompiledQuery<unknown> => {
    if (template === undefined) template = made(tx);
    if (!template) return build(tx, values).compile(tx);
    const { slotAt } = template;
    return CompiledQuery.raw(
      template.sql,
      template.parameters.map((p, i) => {
        const slot = slotAt[i];
        return slot === undefined ? p : values[slot];
      }),
    );
  };
}
