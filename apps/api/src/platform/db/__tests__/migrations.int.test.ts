import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { TEST_PG_URL } from '../../../../test/database.ts';
import { type MigrationFile, migrateToLatest, pendingInOrder, readMigrations } from '../migrate.ts';

/**
 * The order in which the migrations before 0720 were added to the repository (git history), so
 * the order in which a database kept up to date release by release applied them (the migrator
 * then allowed out-of-order ones). Such a database must end with the fresh schema.
 */
const HISTORICAL_ORDER = [
  '0001_platform',
  '0002_stores',
  '0003_idempotency',
  '0300_pricing',
  '0310_orders',
  '0320_carts',
  '0200_catalog',
  '0400_customers',
  '0100_inventory',
  '0410_notifications',
  '0101_inventory_reconciliation',
  '0102_outbox_notify',
  '0103_inventory_webhooks',
  '0420_fulfillment',
  '0201_catalog_indexes',
  '0104_inventory_weight_decimal',
  '0430_returns',
  '0202_catalog_order_facts',
  '0440_notification_consumers',
  '0105_inventory_external_sync',
  '0450_loyalty',
  '0460_segments',
  '0330_subscriptions',
  '0340_order_numbers_late',
  '0500_analytics',
  '0470_push',
  '0350_automatic_promotions',
  '0203_listing_product_missing',
  '0360_orders_placed_by_customer',
  '0370_gift_cards_sold',
  '0550_access',
  '0551_merchant_account_security',
  '0510_search_spelling',
  '0552_store_archive',
  '0553_user_secrets_rls',
  '0580_domain_claims',
  '0600_customer_account_emails',
  '0570_idempotency_lease',
  '0571_payment_capture_after_commit',
  '0620_theme_drafts',
];

const databases: string[] = [];
async function admin(text: string) {
  const c = new pg.Client({ connectionString: TEST_PG_URL });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}
async function emptyDatabase() {
  const name = `ventory_mig_${randomBytes(5).toString('hex')}`;
  await admin(`create database "${name}"`);
  databases.push(name);
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  return new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url.toString(), max: 1 }) }),
  });
}
after(async () => {
  for (const name of databases) await admin(`drop database if exists "${name}" with (force)`);
});

/** Everything a migration can change in the schema, as sorted text lines (no data, no history). */
async function schemaOf(db: Kysely<unknown>): Promise<string[]> {
  const { rows } = await sql<{ line: string }>`
    select 'column ' || c.relname || '.' || a.attname || ' #' || a.attnum::text || ' ' || format_type(a.atttypid, a.atttypmod)
           || case when a.attnotnull then ' not null' else '' end
           || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') as line
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
     where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm') and a.attnum > 0 and not a.attisdropped
    union all
    select 'relation ' || c.relname || ' ' || c.relkind::text || ' rls=' || c.relrowsecurity::text || ' force=' || c.relforcerowsecurity::text
           || coalesce(' view=' || md5(pg_get_viewdef(c.oid)), '')
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
    union all
    select 'constraint ' || t.relname || '.' || k.conname || ' ' || pg_get_constraintdef(k.oid)
      from pg_constraint k join pg_class t on t.oid = k.conrelid join pg_namespace n on n.oid = t.relnamespace
     where n.nspname = 'public'
    union all
    select 'index ' || indexdef from pg_indexes where schemaname = 'public'
    union all
    select 'trigger ' || pg_get_triggerdef(g.oid)
      from pg_trigger g join pg_class c on c.oid = g.tgrelid join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and not g.tgisinternal
    union all
    select 'function ' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ') ' || md5(pg_get_functiondef(p.oid))
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public' and p.prokind in ('f', 'p')
    union all
    select 'policy ' || tablename || '.' || policyname || ' ' || cmd::text || ' ' || coalesce(qual, '') || ' ' || coalesce(with_check, '')
      from pg_policies where schemaname = 'public'
    union all
    select 'grant ' || grantee || ' ' || table_name || ' ' || privilege_type
      from information_schema.role_table_grants where table_schema = 'public'
    union all
    select 'type ' || t.typname || ' ' || coalesce((select string_agg(e.enumlabel, ',' order by e.enumsortorder)
                                                      from pg_enum e where e.enumtypid = t.oid), '')
      from pg_type t join pg_namespace n on n.oid = t.typnamespace
     where n.nspname = 'public' and t.typtype in ('e', 'd')`.execute(db);
  return rows.map((r) => r.line).sort();
}

/** Applies migrations the way the migrator before 0720 did for an upgraded database: as given. */
async function applyAsGiven(db: Kysely<unknown>, files: MigrationFile[]) {
  await sql`create table kysely_migration (name varchar(255) primary key, timestamp varchar(255) not null)`.execute(
    db,
  );
  for (const m of files) {
    await db.transaction().execute(async (tx) => {
      await sql.raw(m.sql).execute(tx);
      await sql`insert into kysely_migration values (${m.name}, ${new Date().toISOString()})`.execute(tx);
    });
  }
}

describe('migrations', () => {
  test('a database upgraded migration by migration ends with the schema of a fresh one', async () => {
    const all = await readMigrations();
    const fresh = await emptyDatabase();
    const stepwise = await emptyDatabase();
    const dir = await mkdtemp(path.join(tmpdir(), 'ventory-migrations-'));
    try {
      assert.deepEqual(
        await migrateToLatest(fresh),
        all.map((m) => m.name),
        'a fresh database gets every migration, in name order',
      );
      // One release per migration: the directory grows by one file and the migrator runs again.
      for (const m of all) {
        await writeFile(path.join(dir, `${m.name}.sql`), m.sql);
        assert.deepEqual(await migrateToLatest(stepwise, dir), [m.name]);
      }
      assert.deepEqual(await schemaOf(stepwise), await schemaOf(fresh));
      assert.deepEqual(await migrateToLatest(stepwise), [], 'nothing left to apply');
    } finally {
      await rm(dir, { recursive: true, force: true });
      await Promise.all([fresh.destroy(), stepwise.destroy()]);
    }
  });

  test('a database that applied the old migrations out of order upgrades to the fresh schema', async () => {
    const all = await readMigrations();
    const byName = new Map(all.map((m) => [m.name, m]));
    assert.deepEqual(
      [...HISTORICAL_ORDER].sort(),
      all.filter((m) => m.name < '0720').map((m) => m.name),
      'every migration before 0720 is in the historical order',
    );
    const fresh = await emptyDatabase();
    const historical = await emptyDatabase();
    try {
      await migrateToLatest(fresh);
      await applyAsGiven(
        historical,
        HISTORICAL_ORDER.map((name) => byName.get(name) as MigrationFile),
      );
      const applied = await migrateToLatest(historical);
      assert.deepEqual(
        applied,
        all.filter((m) => m.name >= '0720').map((m) => m.name),
        'then only the new ones, in name order',
      );
      assert.deepEqual(await schemaOf(historical), await schemaOf(fresh));
    } finally {
      await Promise.all([fresh.destroy(), historical.destroy()]);
    }
  });

  test('0720 keeps the inbox history: done stays done, unfinished events go back to the relay', async () => {
    const all = await readMigrations();
    const db = await emptyDatabase();
    try {
      await applyAsGiven(
        db,
        all.filter((m) => m.name < '0720'),
      );
      const tenant = '00000000-0000-4000-8000-000000000001';
      await sql`insert into tenants (id, name) values (${tenant}, 'T')`.execute(db);
      // The old trigger fans each event into event_inbox for the consumers stored in event_consumers.
      const placed = '00000000-0000-4000-8000-0000000000a1';
      const reminder = '00000000-0000-4000-8000-0000000000a2';
      await sql`insert into outbox_events (tenant_id, id, topic, payload, published_at) values
        (${tenant}, ${placed}, 'order.placed', '{"orderId": "o1"}', now()),
        (${tenant}, ${reminder}, 'cart.abandoned.reminder', '{"cartId": "c1"}', now())`.execute(db);
      const inbox = await sql<{
        consumer: string;
      }>`select consumer from event_inbox order by consumer`.execute(db);
      assert.deepEqual(
        inbox.rows.map((r) => r.consumer),
        ['customers', 'fulfillment', 'notifications', 'notifications'],
      );
      await sql`update event_inbox set status = 'DONE', done_at = now()
        where consumer = 'customers' or topic = 'cart.abandoned.reminder'`.execute(db);

      assert.deepEqual(
        await migrateToLatest(db),
        all.filter((m) => m.name >= '0720').map((m) => m.name),
      );
      const log = await sql<{ consumer: string; status: string }>`
        select consumer, status from event_deliveries where event_id = ${placed} order by consumer`.execute(
        db,
      );
      assert.deepEqual(
        log.rows.map((r) => [r.consumer, r.status]),
        [
          ['customers', 'DONE'],
          ['paid-order', 'DONE'],
        ],
      );
      const unpublished = await sql<{
        id: string;
      }>`select id from outbox_events where published_at is null`.execute(db);
      assert.deepEqual(
        unpublished.rows.map((r) => r.id),
        [placed],
        'the placed order goes back to the relay (fulfilment and its confirmation were not done)',
      );
      const tables = await sql<{ n: number }>`select count(*)::int as n from pg_tables
        where tablename in ('event_inbox', 'event_consumers')`.execute(db);
      assert.equal(tables.rows[0]?.n, 0);
      // A new event reaches the webhook log only.
      await sql`insert into outbox_events (tenant_id, topic, payload) values (${tenant}, 'order.placed', '{}')`.execute(
        db,
      );
    } finally {
      await db.destroy();
    }
  });

  test('a pending migration numbered before an applied one is refused, not run out of order', () => {
    const files = ['0100_a', '0200_b', '0300_c'].map((name) => ({ name, sql: '' }));
    assert.deepEqual(
      pendingInOrder(files, new Set(['0100_a'])).map((m) => m.name),
      ['0200_b', '0300_c'],
    );
    assert.deepEqual(
      pendingInOrder(files, new Set(['0200_b', '0100_a'])).map((m) => m.name),
      ['0300_c'],
    );
    assert.throws(
      () => pendingInOrder(files, new Set(['0100_a', '0300_c'])),
      /0200_b sorts before the applied 0300_c/,
    );
    assert.throws(() => pendingInOrder(files, new Set(['0050_gone'])), /0050_gone has no file/);
  });

  test('a failing migration leaves the database as it was', async () => {
    const db = await emptyDatabase();
    const dir = await mkdtemp(path.join(tmpdir(), 'ventory-migrations-'));
    try {
      await writeFile(path.join(dir, '0001_ok.sql'), 'create table ok (id int);');
      await writeFile(path.join(dir, '0002_bad.sql'), 'create table bad (id nosuchtype);');
      await assert.rejects(migrateToLatest(db, dir), /Migration failed in 0002_bad/);
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from pg_tables where tablename = 'ok'`.execute(db);
      assert.equal(rows[0]?.n, 0);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await db.destroy();
    }
  });
});
