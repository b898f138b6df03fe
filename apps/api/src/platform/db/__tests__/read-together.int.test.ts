import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { createDb, type Db, type TenantTx } from '../pool.ts';
import { readTogetherTemplate } from '../read-together.ts';

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
