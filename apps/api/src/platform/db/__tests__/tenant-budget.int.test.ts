import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { createDb, type Db } from '../pool.ts';

// Fairness on the shared pool (issue 17): one tenant's burst cannot take every connection.
let database: TestDatabase;
let db: Db;
let tenantA: string;
let tenantB: string;
let tenantC: string;

before(async () => {
  database = await createTestDatabase();
  const setup = createDb(database.url, { max: 2 });
  const ids = await setup.withPlatform((tx) =>
    tx
      .insertInto('tenants')
      .values([{ name: 'A' }, { name: 'B' }, { name: 'C' }])
      .returning('id')
      .execute(),
  );
  await setup.close();
  [tenantA, tenantB, tenantC] = ids.map((r) => r.id) as [string, string, string];
  db = createDb(database.url, { max: 4, tenantBudget: 2, dedicatedTenants: [tenantC], dedicatedPoolSize: 2 });
});
after(async () => {
  await db.close();
  await database.drop();
});

const tenantSeen = (tenantId: string, sleepSeconds = 0) =>
  db.withTenant(tenantId, async (tx) => {
    const r = await sql<{
      t: string;
      pid: number;
    }>`select current_setting('app.tenant_id') as t, pg_backend_pid() as pid, pg_sleep(${sleepSeconds})`.execute(
      tx,
    );
    return r.rows[0] as { t: string; pid: number };
  });

describe('per-tenant pool budget', () => {
  test('a tenant with 12 slow transactions queued runs at most its budget; another tenant goes straight through', async () => {
    let peak = 0;
    let startedA = 0;
    const burst = Array.from({ length: 12 }, () =>
      db.withTenant(tenantA, async (tx) => {
        startedA += 1;
        peak = Math.max(peak, Number(db.pool.totalCount - db.pool.idleCount));
        await sql`select pg_sleep(0.15)`.execute(tx);
      }),
    );
    await new Promise((r) => setTimeout(r, 50)); // A's burst is queued first
    const seen = await tenantSeen(tenantB);
    const aheadOfB = startedA;
    assert.equal(seen.t, tenantB, 'the tenant setting sent with BEGIN is in force');
    // Without the budget, B would queue behind all of A's 12 on the 4-connection pool and run only
    // after the last of them had started. With it, B goes through while A's burst is still queued
    // (an order, not a clock: a busy machine slows both alike).
    assert.ok(
      aheadOfB < 12,
      `tenant B ran only after all ${aheadOfB} of tenant A's transactions had started`,
    );
    await Promise.all(burst);
    assert.ok(peak <= 3, `tenant A held ${peak} connections; its budget is 2 (+1 for B)`);
  });

  test('alone, a tenant borrows idle connections beyond its share, leaving its share free for others', async () => {
    const wide = createDb(database.url, { max: 8, tenantBudget: 2 });
    try {
      let now = 0;
      let peak = 0;
      // Each transaction holds its connection until none has started for half a second, so a slow
      // connect on a loaded machine cannot end the first ones before the last have begun.
      let lastStart = Date.now();
      const quiet = async () => {
        while (Date.now() - lastStart < 500) await new Promise((r) => setTimeout(r, 25));
      };
      await Promise.all(
        Array.from({ length: 10 }, () =>
          wide.withTenant(tenantA, async (tx) => {
            await sql`select 1`.execute(tx);
            peak = Math.max(peak, ++now);
            lastStart = Date.now();
            await quiet();
            now--;
          }),
        ),
      );
      // 8 connections, 2 kept free for other tenants' shares: 6 at once, not the share of 2.
      assert.equal(peak, 6);
    } finally {
      await wide.close();
    }
  });

  test('a nested transaction of the same tenant does not wait for a second slot (no self-deadlock)', async () => {
    const results = await Promise.all(
      Array.from({ length: 3 }, () => db.withTenant(tenantA, async () => (await tenantSeen(tenantA)).t)),
    );
    assert.deepEqual(results, [tenantA, tenantA, tenantA]);
  });

  test('a dedicated (high-traffic) tenant runs on its own pool', async () => {
    const shared = new Set((await Promise.all([tenantSeen(tenantA), tenantSeen(tenantB)])).map((r) => r.pid));
    const own = await tenantSeen(tenantC);
    assert.equal(own.t, tenantC);
    assert.ok(!shared.has(own.pid), 'tenant C used a connection of the shared pool');
  });

  test('a transaction opened inside a tenant transaction begins plainly (the setting is taken once)', async () => {
    const inner = await db.withTenant(tenantA, () =>
      db.withPlatform(async (tx) => {
        const r = await sql<{
          t: string | null;
        }>`select current_setting('app.tenant_id', true) as t, current_user as u`.execute(tx);
        return r.rows[0]?.t ?? '';
      }),
    );
    assert.equal(inner, '');
  });
});
