import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { createDb, type Db, type TenantTx } from '../pool.ts';
import { compiledReads, readTogether, readTogetherTemplate } from '../read-together.ts';

let database: TestDatabase;
let db: Db;
before(async () => {
  database = await createTestDatabase();
  db = createDb(database.url, { max: 2, preparedStatements: true });
});
after(async () => {
  await db.close();
  await database.drop();
});

const TENANT = '1f0c8b8e-5f4e-4a43-9a55-3c1c2b8f0a22';
const echo = (tx: TenantTx, value: string, flag: boolean) =>
  sql<{
    value: string;
    flag: boolean;
    at: string;
  }>`select ${value}::text as value, ${flag}::bool as flag, now() as at`.compile(tx);

test("a template compiled once runs with each call's values in its slots, and the other values as built", async () => {
  let builds = 0;
  const read = readTogetherTemplate(['a', 'b'], (tx, { a, b }) => {
    builds++;
    return {
      first: { query: { compile: () => echo(tx, a, true) }, dates: ['at'] },
      second: { query: { compile: () => echo(tx, b, false) } },
      both: { query: { compile: () => echo(tx, a, true) } },
    };
  });
  for (const [a, b] of [
    ['one', 'two'],
    ['three', "it's four"],
  ] as const) {
    const r = await db.withTenant(TENANT, (tx) => read(tx, { a, b }));
    assert.equal(r.first[0]?.value, a);
    assert.equal(r.first[0]?.flag, true);
    assert.ok(r.first[0]?.at instanceof Date);
    assert.equal(r.second[0]?.value, b);
    assert.equal(r.second[0]?.flag, false);
    assert.equal(r.both[0]?.value, a);
  }
  assert.equal(builds, 1);
});

test("a build that puts a slot's value inside another value is built for every call (still right)", async () => {
  let builds = 0;
  const read = readTogetherTemplate(['term'], (tx, { term }) => {
    builds++;
    return { hit: { query: { compile: () => echo(tx, `%${term}%`, true) } } };
  });
  for (const term of ['mug', 'kettle']) {
    const r = await db.withTenant(TENANT, (tx) => read(tx, { term }));
    assert.equal(r.hit[0]?.value, `%${term}%`);
  }
  assert.equal(builds, 3); // the stand-in build, then one per call
});

test('reads that select from a shared query get its rows, each with its own values numbered after it', async () => {
  const r = await db.withTenant(TENANT, (tx) =>
    readTogether(
      tx,
      {
        all: { query: sql`select n, label from picked order by n` },
        big: { query: sql`select n from picked where n > ${2} order by n` },
        also: { query: { compile: () => echo(tx, 'after', true) } },
      },
      {
        shared: {
          picked: sql`select n, ${'item'} || n as label from generate_series(1, ${4}) n where n <> ${3}`,
        },
      },
    ),
  );
  assert.deepEqual(r.all, [
    { n: 1, label: 'item1' },
    { n: 2, label: 'item2' },
    { n: 4, label: 'item4' },
  ]);
  assert.deepEqual(r.big, [{ n: 4 }]);
  assert.equal(r.also[0]?.value, 'after');
});

test('reads compiled once give what they give built anew; a read with values is refused', async () => {
  const build = (_tx: TenantTx) => ({
    rows: { query: sql`select n, n * 2 as twice_n from generate_series(1, 3) n` },
  });
  const once = await db.withTenant(TENANT, async (tx) => compiledReads(tx, build(tx)));
  for (let i = 0; i < 2; i++) {
    const [fresh, kept] = await db.withTenant(TENANT, async (tx) => [
      await readTogether(tx, build(tx)),
      await readTogether(tx, once),
    ]);
    assert.deepEqual(kept, fresh);
    assert.deepEqual(kept.rows[2], { n: 3, twiceN: 6 });
  }
  await db.withTenant(TENANT, async (tx) => {
    assert.throws(
      () => compiledReads(tx, { one: { query: { compile: () => echo(tx, 'x', true) } } }),
      /the read one has values/,
    );
  });
});
