import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { createDb, type Db } from '../pool.ts';

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
