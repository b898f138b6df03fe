import { type RawBuilder, sql } from 'kysely';
import { afterCommit, type TenantTx } from '../../platform/db/pool.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { recordEvent } from '../../platform/events.ts';
import type { StoreResolver } from './store-resolver.ts';
import * as repo from './stores.repository.ts';
import { toStoreDto } from './tenancy.dto.ts';
import { tenancyWrites } from './tenancy.schema.ts';

type Link = { child: string; parent: string; col: string };

/**
 * Which rows belong to a store, found from the schema so that new modules are included: tables
 * with a `store_id`, then (three levels deep) tables pointing at those by a foreign key to `id`
 * (order lines, payments, refunds…). Returns each table with the SQL condition selecting its rows.
 */
async function storeRowSets(tx: TenantTx, storeId: string) {
  const direct = await sql<{ table: string }>`
    select c.table_name as table from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
     where c.table_schema = 'public' and c.column_name = 'store_id' and t.table_type = 'BASE TABLE'
       and c.table_name <> 'stores'
       and exists (select 1 from information_schema.columns x where x.table_schema = 'public'
                    and x.table_name = c.table_name and x.column_name = 'tenant_id')`.execute(tx);
  const links = await sql<Link>`
    select ch.relname as child, pa.relname as parent, a.attname as col
      from pg_constraint k
      join pg_class ch on ch.oid = k.conrelid
      join pg_class pa on pa.oid = k.confrelid
      join pg_namespace n on n.oid = ch.relnamespace and n.nspname = 'public'
      cross join lateral unnest(k.conkey, k.confkey) as u(ck, pk)
      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.ck
      join pg_attribute pk on pk.attrelid = k.confrelid and pk.attnum = u.pk
     where k.contype = 'f' and pk.attname = 'id' and ch.relname <> pa.relname`.execute(tx);
  const sets = new Map<string, RawBuilder<unknown>>();
  for (const { table } of direct.rows) sets.set(table, sql`store_id = ${storeId}`);
  for (let depth = 0; depth < 3; depth++) {
    for (const { child, parent, col } of links.rows) {
      const parentSet = sets.get(parent);
      if (sets.has(child) || !parentSet || parent === 'stores') continue;
      sets.set(child, sql`${sql.ref(col)} in (select id from ${sql.table(parent)} where ${parentSet})`);
    }
  }
  return sets;
}

/**
 * A store's life after "delete": archived (storefront 404, data kept, restorable), exported, and
 * only then purged. Carts' stock holds are released by the cart module on `store.archived`.
 */
export type StoreArchiveService = ReturnType<typeof createStoreArchiveService>;

export function createStoreArchiveService(deps: { resolver: StoreResolver }) {
  async function load(tx: TenantTx, id: string) {
    const store = await repo.findStore(tx, id);
    if (!store) throw notFound('Store');
    return store;
  }
  const forgetHostnames = async (tx: TenantTx, id: string) => {
    const hostnames = (await repo.hostnamesOf(tx, id)).map((h) => h.hostname);
    afterCommit(tx, () => deps.resolver.forget(hostnames));
  };

  return {
    /** Archives a store (idempotent): the storefront answers 404 at once; nothing is deleted. */
    async archive(tx: TenantTx, id: string) {
      const store = await load(tx, id);
      if (store.status === 'ARCHIVED') return;
      await tenancyWrites(tx)
        .updateTable('stores')
        .set({ status: 'ARCHIVED', archivedAt: new Date() })
        .where('id', '=', id)
        .execute();
      await recordEvent(tx, 'store.archived', { storeId: id });
      await forgetHostnames(tx, id);
    },

    async restore(tx: TenantTx, id: string) {
      const store = await load(tx, id);
      if (store.status !== 'ARCHIVED')
        throw conflict('NOT_ARCHIVED', 'Only an archived store can be restored');
      const row = await tenancyWrites(tx)
        .updateTable('stores')
        .set({ status: 'ACTIVE', archivedAt: null })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordEvent(tx, 'store.restored', { storeId: id });
      await forgetHostnames(tx, id);
      return toStoreDto(row);
    },

    /** Every row of every table that belongs to the store, as JSON; records when it was taken. */
    async export(tx: TenantTx, id: string) {
      const store = await load(tx, id);
      const tables: Record<string, unknown[]> = {};
      for (const [table, where] of await storeRowSets(tx, id)) {
        const { rows } = await sql<
          Record<string, unknown>
        >`select * from ${sql.table(table)} where ${where}`.execute(tx);
        if (rows.length > 0) tables[table] = rows;
      }
      const exportedAt = new Date();
      await tenancyWrites(tx).updateTable('stores').set({ exportedAt }).where('id', '=', id).execute();
      return { store: toStoreDto(store), exportedAt: exportedAt.toISOString(), tables };
    },

    /** Deletes an archived store and all its data for good; only after an export taken since archiving. */
    async purge(tx: TenantTx, id: string) {
      const store = await load(tx, id);
      if (store.status !== 'ARCHIVED' || !store.archivedAt)
        throw conflict('NOT_ARCHIVED', 'Archive the store before purging it');
      if (!store.exportedAt || store.exportedAt < store.archivedAt)
        throw conflict('EXPORT_REQUIRED', 'Export the store (GET /api/stores/:id/export) before purging it');
      const hostnames = await repo.hostnamesOf(tx, id);
      await repo.deleteStore(tx, id);
      await recordEvent(tx, 'store.deleted', { storeId: id });
      afterCommit(tx, () => deps.resolver.forget(hostnames.map((h) => h.hostname)));
    },
  };
}
