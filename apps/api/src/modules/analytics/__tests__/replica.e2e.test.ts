import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { sellingStore, utcDay } from './helpers.ts';

const cleanup: Array<() => Promise<void>> = [];
after(async () => {
  for (const step of cleanup.reverse()) await step();
});

type Sales = { totals: { orders: number; totalRevenue: string } };
const range = `from=${utcDay(-1)}&to=${utcDay(0)}`;

async function serverWithReplica(replicaUrl: (primary: TestDatabase) => string): Promise<TestServer> {
  const primary = await createTestDatabase();
  const server = await startTestServer({ database: primary, databaseReplicaUrl: replicaUrl(primary) });
  cleanup.push(
    () => primary.drop(),
    () => server.close(),
  );
  return server;
}

/** Copies the tenant and store rows (only those) from one database to another, as the owner. */
async function copyTenantAndStores(fromUrl: string, toUrl: string, tenantId: string) {
  const from = new pg.Client({ connectionString: fromUrl });
  const to = new pg.Client({ connectionString: toUrl });
  await from.connect();
  await to.connect();
  try {
    for (const [table, column] of [
      ['tenants', 'id'],
      ['stores', 'tenant_id'],
    ] as const) {
      const { rows } = await from.query(`select row_to_json(t) as r from ${table} t where ${column} = $1`, [
        tenantId,
      ]);
      for (const { r } of rows)
        await to.query(`insert into ${table} select * from json_populate_record(null::${table}, $1)`, [r]);
    }
  } finally {
    await from.end();
    await to.end();
  }
}

describe('reporting database (DATABASE_REPLICA_URL)', () => {
  test('reports read the replica, not the primary: a replica that has not caught up shows no sales', async () => {
    // Stands for a replica that has not received the orders yet: a database of its own.
    const replica = await createTestDatabase();
    cleanup.push(() => replica.drop());
    const server = await serverWithReplica(() => replica.url);
    const s = await sellingStore(server);
    const { listing } = await s.product({ name: 'Kettle', price: '20.00', stock: 10 });
    await s.order([{ listingId: listing.id, quantity: 1 }]);
    // The replica has caught up with the store but not with the order.
    await copyTenantAndStores(server.database.url, replica.url, s.tenantId);
    const orders = await s.client.call<{ total: number }>('GET', `${s.admin}/orders`);
    assert.equal(orders.total, 1, 'the order is on the primary');
    const r = await s.client.call<Sales>('GET', `${s.admin}/analytics/sales?${range}`);
    assert.deepEqual(r.totals.orders, 0);
  });

  test('with the replica in step (here: the same database through its own pool) reports see the orders', async () => {
    const server = await serverWithReplica((primary) => primary.url);
    const s = await sellingStore(server);
    const { listing } = await s.product({ name: 'Kettle', price: '20.00', stock: 10 });
    await s.order([{ listingId: listing.id, quantity: 2 }]);
    const r = await s.client.call<Sales>('GET', `${s.admin}/analytics/sales?${range}`);
    assert.deepEqual([r.totals.orders, r.totals.totalRevenue], [1, '45.00']);
  });
});
