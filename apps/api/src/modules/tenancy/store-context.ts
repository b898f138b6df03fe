import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/errors.ts';

/** What every module prices with: the store's currency and whether its prices include tax. */
export type StoreContext = { storeId: string; currency: string; pricesIncludeTax: boolean };

/**
 * The store's pricing context, read once per transaction and store (a cart change prices, totals
 * and creates with it; a storefront read prices its listings): the one read of a store row that
 * other modules make.
 */
export function storeContext(tx: TenantTx, storeId: string): Promise<StoreContext> {
  const known = readInTx.get(tx) ?? new Map<string, Promise<StoreContext>>();
  readInTx.set(tx, known);
  let context = known.get(storeId);
  if (!context) {
    context = readStoreContext(tx, storeId);
    known.set(storeId, context);
    context.catch(() => known.delete(storeId));
  }
  return context;
}
const readInTx = new WeakMap<TenantTx, Map<string, Promise<StoreContext>>>();

async function readStoreContext(tx: TenantTx, storeId: string): Promise<StoreContext> {
  const { rows } = await sql<{ currency: string; settings: Record<string, unknown> }>`
    select currency, settings from stores where id = ${storeId}`.execute(tx);
  const row = rows[0];
  if (!row) throw notFound('Store');
  return {
    storeId,
    currency: row.currency.trim(),
    pricesIncludeTax: row.settings?.pricesIncludeTax === true,
  };
}
