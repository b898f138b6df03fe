import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { createDb, type Db } from '../pool.ts';
import { statementTemplate } from '../statement-template.ts';

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
const echo = (value: string, flag: boolean) =>
  sql<{
    value: string;
    flag: boolean;
  }>`select ${value}::text as value, ${flag}::bool as flag, ${'kept'}::text as kept`;

test("a template compiled once runs with each call's values in its slots, and the other values as built", async () => {
  let builds = 0;
  const statement = statementTemplate(['a', 'b'], (_tx, { a, b }) => {
    builds++;
    return sql`select * from (${echo(a, true)}) one, lateral (select ${b}::text as b, ${a}::text as again) two`;
  });
  for (const [a, b] of [
    ['one', 'two'],
    ['three', "it's four"],
  ] as const) {
    const { rows } = await db.withTenant(TENANT, (tx) => tx.executeQuery(statement(tx, { a, b })));
    assert.deepEqual(rows, [{ value: a, flag: true, kept: 'kept', b, again: a }]);
  }
  assert.equal(builds, 1);
});

test("a build that puts a slot's value inside another value is built for every call (still right)", async () => {
  let builds = 0;
  const statement = statementTemplate(['term'], (_tx, { term }) => {
    builds++;
    return echo(`%${term}%`, true);
  });
  for (const term of ['mug', 'kettle']) {
    const { rows } = await db.withTenant(TENANT, (tx) => tx.executeQuery(statement(tx, { term })));
    assert.deepEqual(rows, [{ value: `%${term}%`, flag: true, kept: 'kept' }]);
  }
  assert.equal(builds, 3); // the stand-in build, then one per call
});
