import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CompiledQuery, type QueryExecutorProvider, sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { countRoundTrips } from '../../../../test/statements.ts';
import { createDb, type Db } from '../pool.ts';
import { READ_ALONE } from '../prepared-statements.ts';

// One connection, so every statement below runs on the same PostgreSQL session.
let database: TestDatabase;
let db: Db;
before(async () => {
  database = await createTestDatabase();
  db = createDb(database.url, { max: 1, preparedStatements: true });
});
after(async () => {
  await db.close();
  await database.drop();
});

const prepared = (text: string) =>
  db.withPlatform(async (tx) => {
    const rows = await sql<{ n: number }>`
      select count(*)::int as n from pg_prepared_statements where statement = ${text}`.execute(tx);
    return rows.rows[0]?.n;
  });

test('a parameterised statement is prepared once per connection and run again without a new parse', async () => {
  const text = 'select $1::int + 1 as next';
  for (const n of [1, 2, 3]) {
    const r = await db.withPlatform((tx) => sql<{ next: number }>`select ${n}::int + 1 as next`.execute(tx));
    assert.equal(r.rows[0]?.next, n + 1);
  }
  assert.equal(await prepared(text), 1);
  // Statements without parameters keep the simple protocol (a BEGIN with its settings is two in one).
  await db.withPlatform((tx) => sql`select 41 + 1 as plain`.execute(tx));
  assert.equal(await prepared('select 41 + 1 as plain'), 0);
  // A text search is planned for its term each time.
  const search = () =>
    db.withPlatform((tx) =>
      sql`select to_tsvector('simple', 'blue mug') @@ to_tsquery('simple', ${'mug'}) as hit`.execute(tx),
    );
  await search();
  await search();
  assert.equal(
    await prepared("select to_tsvector('simple', 'blue mug') @@ to_tsquery('simple', $1) as hit"),
    0,
  );
});

test('a statement prepared before a column was added fails once, then is prepared afresh', async () => {
  await db.withPlatform((tx) => sql`create table shelf (id int primary key)`.execute(tx));
  await db.withPlatform((tx) => sql`insert into shelf values (1)`.execute(tx));
  const read = () => db.withPlatform((tx) => sql`select * from shelf where id = ${1}`.execute(tx));
  assert.deepEqual((await read()).rows, [{ id: 1 }]);
  await db.withPlatform((tx) => sql`alter table shelf add column label text default 'top'`.execute(tx));
  await assert.rejects(read, /cached plan must not change result type/);
  assert.deepEqual((await read()).rows, [{ id: 1, label: 'top' }]);
});

const TENANT = '7d0c8b8e-5f4e-4a43-9a55-3c1c2b8f0a11';
const session = sql<{ tenant: string; role: string }>`
  select current_setting('app.tenant_id', true) as tenant, current_user as role, ${1}::int as one`;

for (const preparedStatements of [true, false]) {
  describe(`a transaction's BEGIN and tenant settings ride with its first statement (prepared: ${preparedStatements})`, () => {
    let own: Db;
    before(() => {
      own = createDb(database.url, { max: 1, preparedStatements });
    });
    after(() => own.close());

    test('a one-read tenant transaction is two round trips, on a new connection too, and the settings end with it', async () => {
      const trips = countRoundTrips(own); // the pool's first connection, opened now
      const inside = await own.withTenant(TENANT, (tx) => session.execute(tx));
      assert.equal(trips(), 2); // BEGIN + settings + the read, then COMMIT
      assert.deepEqual(inside.rows[0], { tenant: TENANT, role: 'ventory_app', one: 1 });
      const afterwards = await own.withPlatform((tx) => session.execute(tx));
      assert.equal(afterwards.rows[0]?.tenant || '', '');
      assert.notEqual(afterwards.rows[0]?.role, 'ventory_app');
    });

    test("a read alone as a transaction's first statement is one round trip, and the BEGIN waits for what follows", async () => {
      const alone = (tx: Parameters<Parameters<Db['withTenant']>[1]>[0]) =>
        tx.executeQuery<{ tenant: string; one: number }>(
          CompiledQuery.raw(
            `${READ_ALONE}select current_setting('app.tenant_id') as tenant, $1::int as one`,
            [1],
          ),
        );
      let trips = countRoundTrips(own);
      const r = await own.withTenant(TENANT, alone);
      assert.equal(trips(), 1); // the settings and the read, nothing to COMMIT
      assert.equal(r.rows[0]?.tenant, TENANT);
      assert.equal((await own.withPlatform((tx) => session.execute(tx))).rows[0]?.tenant || '', '');
      trips = countRoundTrips(own);
      const [, next] = await own.withTenant(TENANT, async (tx) => [
        await alone(tx),
        (await session.execute(tx)).rows[0],
      ]);
      assert.equal(trips(), 3); // the read; BEGIN + settings + the next statement; COMMIT
      assert.deepEqual(next, { tenant: TENANT, role: 'ventory_app', one: 1 });
    });

    test('a transaction that sends nothing opens none', async () => {
      const trips = countRoundTrips(own);
      assert.equal(await own.withTenant(TENANT, async () => 'nothing sent'), 'nothing sent');
      assert.equal(trips(), 0);
    });

    test('a first statement without parameters (several in one text) still runs under the settings', async () => {
      const r = await own.withTenant(TENANT, (tx) =>
        sql.raw<{ tenant: string }>(`select current_setting('app.tenant_id') as tenant`).execute(tx),
      );
      assert.equal(r.rows[0]?.tenant, TENANT);
      await own.withTenant(TENANT, (tx) => sql.raw(`select 1; select 2`).execute(tx));
    });

    test('a failing first statement rolls the transaction back and leaves the connection usable', async () => {
      const read = (tx: Parameters<Parameters<Db['withTenant']>[1]>[0]) =>
        sql<{ n: number }>`select count(*)::int as n from not_yet where id = ${1}`.execute(tx);
      await assert.rejects(own.withTenant(TENANT, read), /relation "not_yet" does not exist/);
      await assert.rejects(
        own.withTenant(TENANT, (tx) => sql`select 1 / ${0}::int`.execute(tx)),
        /division by zero/,
      );
      await own.withPlatform((tx) =>
        sql`create table not_yet (id int); grant select on not_yet to ventory_app`.execute(tx),
      );
      // The statement that failed to parse is parsed now (not taken for parsed before).
      assert.deepEqual((await own.withTenant(TENANT, read)).rows, [{ n: 0 }]);
      assert.deepEqual((await own.withTenant(TENANT, (tx) => session.execute(tx))).rows[0]?.tenant, TENANT);
      await own.withPlatform((tx) => sql`drop table not_yet`.execute(tx));
    });
  });
}

test('work marked genericPlans plans its statements once; the setting ends with its transaction', async () => {
  const planMode = (tx: QueryExecutorProvider) =>
    sql<{ mode: string }>`select current_setting('plan_cache_mode') as mode`
      .execute(tx)
      .then((r) => r.rows[0]?.mode);
  const tenant = '6b1f3c2a-8d4e-4f0a-9b7c-2e5d1a3f4c6b';
  // Each transaction below runs on the one before's session (one connection).
  assert.equal(await db.withTenant(tenant, planMode), 'auto');
  assert.equal(await db.withTenant(tenant, planMode, { genericPlans: true }), 'force_generic_plan');
  assert.equal(await db.withTenant(tenant, planMode), 'auto');
  assert.equal(await db.withPublic(planMode), 'auto');
});
