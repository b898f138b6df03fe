import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/errors.ts';

/** What pricing needs to know about a store: its currency and whether its prices include tax. */
export type StoreContext = { storeId: string; currency: string; pricesIncludeTax: boolean };

/**
 * Reads the store row (owned by tenancy; stores are the one table every module may reference).
 * Plain SQL keeps this module from importing tenancy internals.
 */
export function storeContext(tx: TenantTx, storeId: string): Promise<StoreContext> {
  // Read once per transaction and store: a cart change prices, totals and creates with it.
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

/** numeric text ("8.8750") as the shortest decimal string ("8.875"). */
export function trimDecimal(value: string | number): string {
  const text = String(value);
  if (!text.includes('.')) return text;
  return text.replace(/0+$/, '').replace(/\.$/, '');
}

export const iso = (d: Date | null) => (d ? d.toISOString() : null);
