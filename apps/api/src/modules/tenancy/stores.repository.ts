import { sql, type Updateable } from 'kysely';
import type { PublicTx, TenantTx } from '../../platform/db/pool.ts';
import type { ListQuery } from '../../platform/http/schemas.ts';
import { containsPattern } from '../../platform/http/schemas.ts';
import { type StoresTable, tenancyWrites } from './tenancy.schema.ts';

export type NewStore = {
  name: string;
  domain: string;
  customDomain: string | null;
  fields: Omit<Updateable<StoresTable>, 'name' | 'domain' | 'customDomain' | 'tenantId' | 'id'>;
};

export async function insertStore(tx: TenantTx, store: NewStore) {
  return tenancyWrites(tx)
    .insertInto('stores')
    .values({
      name: store.name,
      domain: store.domain,
      customDomain: store.customDomain,
      socialLinks: JSON.stringify({}),
      settings: JSON.stringify({}),
      ...store.fields,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export const findStore = (tx: TenantTx, id: string) =>
  tx.selectFrom('stores').selectAll().where('id', '=', id).executeTakeFirst();

export async function listStores(
  tx: TenantTx,
  q: ListQuery & { sortField: 'name' | 'createdAt'; desc: boolean; storeIds: readonly string[] | null },
) {
  let query = tx.selectFrom('stores');
  if (q.storeIds)
    query = q.storeIds.length ? query.where('id', 'in', [...q.storeIds]) : query.where(sql<boolean>`false`);
  if (q.q) {
    const pattern = containsPattern(q.q);
    query = query.where((eb) => eb.or([eb('name', 'ilike', pattern), eb('domain', 'ilike', pattern)]));
  }
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy(q.sortField, q.desc ? 'desc' : 'asc')
      .orderBy('id')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Applies a partial update; an empty patch (a PUT that changes nothing) just reads the row. */
export const updateStore = (tx: TenantTx, id: string, patch: Updateable<StoresTable>) =>
  Object.keys(patch).length === 0
    ? findStore(tx, id)
    : tenancyWrites(tx)
        .updateTable('stores')
        .set(patch)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();

export const deleteStore = (tx: TenantTx, id: string) =>
  tenancyWrites(tx).deleteFrom('stores').where('id', '=', id).returning('id').executeTakeFirst();

/** Replaces a store's hostname of one kind; the table's primary key keeps hostnames platform-unique. */
export async function setStoreHostname(
  tx: TenantTx,
  storeId: string,
  kind: 'PRIMARY' | 'CUSTOM',
  hostname: string | null,
) {
  await tenancyWrites(tx)
    .deleteFrom('storeDomains')
    .where('storeId', '=', storeId)
    .where('kind', '=', kind)
    .execute();
  if (hostname)
    await tenancyWrites(tx).insertInto('storeDomains').values({ hostname, storeId, kind }).execute();
}

export const hostnamesOf = (tx: TenantTx, storeId: string) =>
  tx.selectFrom('storeDomains').select('hostname').where('storeId', '=', storeId).execute();

/** Public lookup: which tenant and store a hostname belongs to (no tenant needed). */
export const resolveHostname = (tx: PublicTx, hostname: string) =>
  tx
    .selectFrom('storeDomains')
    .select(['tenantId', 'storeId'])
    .where('hostname', '=', hostname)
    .executeTakeFirst();

export const findActiveTheme = (tx: TenantTx, storeId: string) =>
  tx
    .selectFrom('storeThemes')
    .selectAll()
    .where('storeId', '=', storeId)
    .where('isActive', '=', true)
    .executeTakeFirst();
