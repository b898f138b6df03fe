import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { createDb, type Db } from '../pool.ts';

// Under row-level security a condition can be an index condition only if its function is
// LEAKPROOF (migration 0860). A table shaped like product_listings' filtered columns, under the
// tenant policy, with few matches: each GIN filter must be answered from its index.
let database: TestDatabase;
let db: Db;
const TENANT = '5b0f7f4e-96d6-4d84-9a0c-1f5c1b7f0e21';
before(async () => {
  database = await createTestDatabase();
  db = createDb(database.url, { max: 2 });
  await db.withPlatform((tx) =>
    sql`
      create table shelf_items (id int primary key, tenant_id uuid not null, store_id int not null,
        tags uuid[] not null, attributes jsonb not null, words tsvector not null);
      create index shelf_items_store on shelf_items (tenant_id, store_id);
      create index shelf_items_tags on shelf_items using gin (tags);
      create index shelf_items_attributes on shelf_items using gin (attributes);
      create index shelf_items_words on shelf_items using gin (words);
      alter table shelf_items enable row level security;
      alter table shelf_items force row level security;
      create policy tenant_isolation on shelf_items using (tenant_id = app_tenant_id());
      grant select on shelf_items to ventory_app;
      insert into shelf_items
        select n, ${sql.lit(TENANT)}::uuid, 1,
          array[case when n % 500 = 0 then '00000000-0000-4000-8000-000000000001'::uuid else gen_random_uuid() end],
          jsonb_build_object('colour', case when n % 500 = 0 then 'teal' else 'grey' end),
          to_tsvector('english', case when n % 500 = 0 then 'copper kettle' else 'oak board ' || n end)
        from generate_series(1, 20000) n;
      analyze shelf_items;`.execute(tx),
  );
});
after(async () => {
  await db.close();
  await database.drop();
});

const FILTERS = {
  'array overlap (&&)': sql`tags && array['00000000-0000-4000-8000-000000000001'::uuid]`,
  'array contains (@>)': sql`tags @> array['00000000-0000-4000-8000-000000000001'::uuid]`,
  'jsonb contains (@>)': sql`attributes @> '{"colour":"teal"}'::jsonb`,
  'full text (@@)': sql`words @@ to_tsquery('english', 'copper & kettle')`,
};

for (const [name, filter] of Object.entries(FILTERS)) {
  test(`${name} is an index condition under the tenant policy`, async () => {
    const plan = await db.withTenant(TENANT, async (tx) => {
      await sql`set local enable_seqscan = off`.execute(tx);
      const { rows } = await sql<{ 'QUERY PLAN': string }>`
        explain select count(*) from shelf_items where store_id = 1 and ${filter}`.execute(tx);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    assert.match(plan, /Bitmap Index Scan on shelf_items_(tags|attributes|words)/, plan);
    const count = await db.withTenant(TENANT, (tx) =>
      sql<{ n: number }>`select count(*)::int as n from shelf_items where store_id = 1 and ${filter}`.execute(
        tx,
      ),
    );
    assert.equal(count.rows[0]?.n, 40);
  });
}

test('another tenant sees none of these rows through the same filters', async () => {
  const other = '0c9e6a43-34c5-4a8e-9c57-6c0d2c7c5b10';
  for (const filter of Object.values(FILTERS)) {
    const { rows } = await db.withTenant(other, (tx) =>
      sql<{ n: number }>`select count(*)::int as n from shelf_items where ${filter}`.execute(tx),
    );
    assert.equal(rows[0]?.n, 0);
  }
});

test('without a superuser the migration changes nothing and does not fail (a managed server)', async () => {
  const migration = readFileSync(
    new URL('../../../../migrations/0860_leakproof_index_operators.sql', import.meta.url),
    'utf8',
  );
  const leakproof = await db.withPlatform(async (tx) => {
    await sql`create role migrator_without_superuser nosuperuser`.execute(tx);
    await sql`set local role migrator_without_superuser`.execute(tx);
    await sql.raw(migration).execute(tx); // takes the notice branch; an ALTER here would be refused
    await sql`reset role`.execute(tx);
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_proc where proleakproof and oid in (
        'arrayoverlap(anyarray,anyarray)'::regprocedure, 'arraycontains(anyarray,anyarray)'::regprocedure,
        'jsonb_contains(jsonb,jsonb)'::regprocedure, 'ts_match_vq(tsvector,tsquery)'::regprocedure)`.execute(
      tx,
    );
    await sql`drop role migrator_without_superuser`.execute(tx);
    return rows[0]?.n;
  });
  assert.equal(leakproof, 4); // as the superuser's run left them
});
