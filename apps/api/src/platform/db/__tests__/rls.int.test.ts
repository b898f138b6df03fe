import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import type { Database } from '../database.ts';
import { migrateToLatest } from '../migrate.ts';
import { createDb, type Db, writesTo } from '../pool.ts';

// Row-level security, checked in the database itself: the app role, no HTTP in between. The
// writes here go around the module types (`writesTo<Database>`) to show the database refusing them.
let database: TestDatabase;
let db: Db;
let tenantA: string;
let tenantB: string;
let storeB: string;

before(async () => {
  database = await createTestDatabase();
  db = createDb(database.url, { max: 4 });
  [tenantA, tenantB] = await db.withPlatform(async (tx) => {
    const rows = await tx
      .insertInto('tenants')
      .values([{ name: 'A' }, { name: 'B' }])
      .returning('id')
      .execute();
    return rows.map((r) => r.id) as [string, string];
  });
  storeB = await db.withTenant(tenantB, async (tx) => {
    const s = await writesTo<Database>(tx)
      .insertInto('stores')
      .values({ name: 'B shop', domain: 'b.test', socialLinks: '{}', settings: '{}' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return s.id;
  });
});
after(async () => {
  await db.close();
  await database.drop();
});

describe('row-level security', () => {
  test('(a) a query without a tenant set returns no rows', async () => {
    const rows = await db.withPublic((tx) => sql`select id from stores`.execute(tx));
    assert.equal(rows.rows.length, 0);
    const viaA = await db.withTenant(tenantA, (tx) => tx.selectFrom('stores').select('id').execute());
    assert.equal(viaA.length, 0);
    const viaB = await db.withTenant(tenantB, (tx) => tx.selectFrom('stores').select('id').execute());
    assert.equal(viaB.length, 1);
  });

  test('(b) inserting a row for another tenant fails in the database', async () => {
    await assert.rejects(
      db.withTenant(tenantA, (tx) =>
        sql`insert into stores (tenant_id, name, domain) values (${tenantB}, 'sneaky', 'sneaky.test')`.execute(
          tx,
        ),
      ),
      /row-level security/,
    );
  });

  test('(c) a foreign key cannot point across tenants', async () => {
    // Tenant A names tenant B's store: the composite key (tenant_id, store_id) finds no such store.
    await assert.rejects(
      db.withTenant(tenantA, (tx) =>
        sql`insert into store_themes (store_id, name) values (${storeB}, 'x')`.execute(tx),
      ),
      /foreign key/,
    );
  });

  test('updates and deletes cannot reach another tenant', async () => {
    const updated = await db.withTenant(tenantA, (tx) =>
      writesTo<Database>(tx).updateTable('stores').set({ name: 'pwned' }).where('id', '=', storeB).execute(),
    );
    assert.equal(Number(updated[0]?.numUpdatedRows), 0);
    const deleted = await db.withTenant(tenantA, (tx) =>
      writesTo<Database>(tx).deleteFrom('stores').where('id', '=', storeB).execute(),
    );
    assert.equal(Number(deleted[0]?.numDeletedRows), 0);
  });

  test('the app role owns nothing, cannot bypass RLS, and cannot read password hashes', async () => {
    const role = await db.withTenant(tenantA, (tx) =>
      sql<{ user: string; bypass: boolean; superuser: boolean }>`
        select current_user as user, rolbypassrls as bypass, rolsuper as superuser
        from pg_roles where rolname = current_user`.execute(tx),
    );
    assert.deepEqual(role.rows[0], { user: 'ventory_app', bypass: false, superuser: false });
    await assert.rejects(
      db.withTenant(tenantA, (tx) => sql`select password_hash from users`.execute(tx)),
      /permission denied/,
    );
  });

  test('every table with a tenant_id column has RLS enabled and forced', async () => {
    const rows = await db.withPlatform((tx) =>
      sql<{ table: string; enabled: boolean; forced: boolean }>`
        select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'
          and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)`.execute(
        tx,
      ),
    );
    assert.ok(rows.rows.length >= 4);
    // users and its secrets have RLS for the app role but not forced: the platform path (owner)
    // must find a user by email, and a token or recovery code by its hash, before a tenant is known.
    const platformOnly = ['users', 'user_tokens', 'user_recovery_codes'];
    const weak = rows.rows.filter((r) => !r.enabled || (!r.forced && !platformOnly.includes(r.table)));
    assert.deepEqual(weak, []);
  });

  test('migrations are idempotent: running them again applies nothing', async () => {
    assert.deepEqual(await migrateToLatest(db.kysely), []);
  });
});
