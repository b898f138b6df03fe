import type { Db } from '../../platform/db/pool.ts';
import { catalogWrites } from './catalog.schema.ts';
import { searchTerms } from './storefront.service.ts';

type Search = { storeId: string; query: string; resultCount: number };

/**
 * What shoppers search for (the merchant's search report, zero results included), written off the
 * request path: a search answers without waiting for its row, and the rows of a moment are
 * inserted together, one statement per tenant, every `flushMs`. A crash loses at most that moment
 * of analytics, never a shopper's answer.
 */
export function createSearchLog(db: Db, flushMs = 1000) {
  let pending = new Map<string, Search[]>();
  let timer: NodeJS.Timeout | null = null;
  let flushing: Promise<void> = Promise.resolve();

  async function write(batch: Map<string, Search[]>) {
    for (const [tenantId, rows] of batch)
      await db
        .withTenant(tenantId, (tx) => catalogWrites(tx).insertInto('searchQueries').values(rows).execute())
        .catch(() => {}); // analytics: a failed batch is dropped rather than retried forever
  }

  /** Writes what is pending now (and waits for a write already under way). */
  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = pending;
    pending = new Map();
    flushing = flushing.then(() => write(batch));
    return flushing;
  }

  return {
    /** A storefront search (the first page of a list with `q`); suggestions are not searches. */
    record(store: { tenantId: string; storeId: string }, q: unknown, offset: unknown, total: number) {
      const { text } = searchTerms(typeof q === 'string' ? q : undefined);
      if (!text || (offset !== undefined && Number(offset) !== 0)) return;
      const rows = pending.get(store.tenantId) ?? [];
      rows.push({ storeId: store.storeId, query: text.slice(0, 200), resultCount: total });
      pending.set(store.tenantId, rows);
      timer ??= setTimeout(() => void flush(), flushMs).unref();
    },
    flush,
  };
}
export type SearchLog = ReturnType<typeof createSearchLog>;
