import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type QueryExecutorProvider, sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { createDb, type Db } from '../pool.ts';

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

const TENANT = '6b1f3c2a-8d4e-4f0a-9b7c-2e5d1a3f4c6b';
const planMode = (tx: QueryExecutorProvider) =>
  sql<{ mode: string }>`select current_setting('plan_cache_mode') as mode`
    .execute(tx)
    .then((r) => r.rows[0]?.mode);

test('work marked genericPlans plans its statements once; the setting ends with its transaction', async () => {
  // One connection: each transaction below runs on the one before's session.
  assert.equal(await db.withTenant(TENANT, planMode), 'auto');
  assert.equal(await db.withTenant(TENANT, planMode, { genericPlans: true }), 'force_generic_plan');
  assert.equal(await db.withTenant(TENANT, planMode), 'auto');
  assert.equal(await db.withPublic(planMode), 'auto');
});
