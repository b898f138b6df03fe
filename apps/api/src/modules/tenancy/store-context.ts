import { sql } from 'kysely';
import type { TenantTx } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/errors.ts';

/**
 * What every module prices with (the store's currency, whether its prices include tax), the
 * store's name for what it prints (invoices, packing slips) and its domain for the links it sends.
 */
export type StoreContext = {
  storeId: string;
  name: string;
  domain: string;
  currency: string;
  pricesIncludeTax: boolean;
};

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

/** The store row's read, for a caller that sends it together with others (see `primeStoreContext`). */
export const storeContextQuery = (tx: TenantTx, storeId: string) =>
  tx.selectFrom('stores').select(['name', 'domain', 'currency', 'settings']).where('id', '=', storeId);

type StoreContextRow = {
  name: string;
  domain: string;
  currency: string;
  settings: Record<string, unknown> | null;
};

const toContext = (storeId: string, row: StoreContextRow | undefined): StoreContext => {
  if (!row) throw notFound('Store');
  return {
    storeId,
    name: row.name,
    domain: row.domain,
    currency: row.currency.trim(),
    pricesIncludeTax: row.settings?.pricesIncludeTax === true,
  };
};

/** Makes a store row read elsewhere (`storeContextQuery`, in a combined read) this transaction's context. */
export function primeStoreContext(tx: TenantTx, storeId: string, row: StoreContextRow | undefined) {
  const known = readInTx.get(tx) ?? new Map<string, Promise<StoreContext>>();
  readInTx.set(tx, known);
  if (row && !known.has(storeId)) known.set(storeId, Promise.resolve(toContext(storeId, row)));
}

async function readStoreContext(tx: TenantTx, storeId: string): Promise<StoreContext> {
  const { rows } = await sql<StoreContextRow>`
    select name, domain, currency, settings from stores where id = ${storeId}`.execute(tx);
  return toContext(storeId, rows[0]);
}

/** The store's currency (a 404 for a store the tenant does not have). */
export async function storeCurrency(tx: TenantTx, storeId: string): Promise<string> {
  return (await storeContext(tx, storeId)).currency;
}
