import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';

// The schema stays ready to be distributed by tenant (Citus, docs/scaling.md): a distributed
// table's primary key, unique constraints and foreign keys must all contain the distribution
// column. The exceptions are named here and in docs/scaling.md, each with where it goes instead.

/** Tables without tenant_id: Citus reference tables (copied to every node) or bookkeeping. */
const REFERENCE_TABLES = ['tenants', 'kysely_migration'];

/**
 * Platform lookups that find a tenant before any tenant is known (sign-in by email, a store by
 * its hostname, a secret by its hash): unique across the platform by design. In a distributed
 * database they stay on the coordinator as local tables (docs/scaling.md, "Platform lookups").
 */
const PLATFORM_LOOKUPS = [
  'users.users_id_key',
  'store_domains.store_domains_pkey',
  'staff_invitations.staff_invitations_token_hash_key',
  'api_keys.api_keys_secret_hash_key',
  'user_tokens.user_tokens_pkey',
  'user_recovery_codes.user_recovery_codes_pkey',
];
/** The same kind of lookup, as a unique index: merchant sign-in by email, platform-wide. */
const PLATFORM_LOOKUP_INDEXES = ['users.users_email_key'];

let database: TestDatabase;
let client: pg.Client;
before(async () => {
  database = await createTestDatabase();
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
after(async () => {
  await client.end();
  await database.drop();
});

const rows = async <T>(text: string) => (await client.query<T & pg.QueryResultRow>(text)).rows;

describe('distribution readiness (Citus)', () => {
  test('every table without tenant_id is a listed reference table', async () => {
    const tables = await rows<{ name: string }>(`
      select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')
        and not exists (select 1 from pg_attribute a
                        where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
      order by 1`);
    assert.deepEqual(
      tables.map((t) => t.name),
      [...REFERENCE_TABLES].sort(),
    );
  });

  test('primary keys, unique constraints and foreign keys of tenant tables contain tenant_id', async () => {
    const missing = await rows<{ name: string }>(`
      select r.relname || '.' || c.conname as name
      from pg_constraint c join pg_class r on r.oid = c.conrelid
      join pg_namespace n on n.oid = r.relnamespace
      join pg_attribute t on t.attrelid = r.oid and t.attname = 'tenant_id'
      where n.nspname = 'public' and c.contype in ('p', 'u', 'f') and not t.attnum = any (c.conkey)
      order by 1`);
    assert.deepEqual(
      missing.map((m) => m.name),
      [...PLATFORM_LOOKUPS].sort(),
    );
  });

  test('a foreign key between tenant tables joins on tenant_id on both sides (colocated)', async () => {
    const crossing = await rows<{ name: string }>(`
      select r.relname || '.' || c.conname as name
      from pg_constraint c join pg_class r on r.oid = c.conrelid
      join pg_class f on f.oid = c.confrelid
      join pg_attribute ft on ft.attrelid = f.oid and ft.attname = 'tenant_id'
      where c.contype = 'f' and not ft.attnum = any (c.confkey)
      order by 1`);
    assert.deepEqual(crossing, []);
  });

  test('unique indexes (not only constraints) of tenant tables contain tenant_id', async () => {
    const missing = await rows<{ name: string }>(`
      select r.relname || '.' || i.relname as name
      from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class r on r.oid = x.indrelid
      join pg_namespace n on n.oid = r.relnamespace
      join pg_attribute t on t.attrelid = r.oid and t.attname = 'tenant_id'
      where n.nspname = 'public' and x.indisunique and not t.attnum = any (x.indkey::int2[])
        and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
      order by 1`);
    assert.deepEqual(
      missing.map((m) => m.name),
      PLATFORM_LOOKUP_INDEXES,
    );
  });
});
