import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { InventoryAlert, List, Problem, ReconciliationReport } from '@ventory/sdk';
import { sql } from 'kysely';
import { newMerchant } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { assertInvariants } from './helpers.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({ runJobs: false });
});
after(() => server.close());

type LocationStock = { data: { variantId: string; locationId: string; onHand: number; available: number }[] };

describe('locations, transfers, alerts, reconciliation', () => {
  test('locations: a default one exists lazily; create; transfer moves on-hand, never below zero', async () => {
    const { client, tenantId } = await newMerchant(server);
    const p = await client.inventory.products.create({ sku: 'TR', name: 'Transferable', initialStock: 8 });
    const listed = await client.inventory.locations.list();
    assert.equal(listed.total, 1);
    const main = listed.data[0];
    assert.equal(main?.isDefault, true);
    const res = await client.raw<{ id: string; code: string; isDefault: boolean }>(
      'POST',
      '/api/inventory/locations',
      {
        name: 'East Hub',
        address: { city: 'Boston' },
      },
    );
    assert.equal(res.status, 201);
    assert.equal(res.body.code, 'east-hub');
    assert.equal(res.body.isDefault, false);
    const dup = await client.raw<Problem>('POST', '/api/inventory/locations', { name: 'East Hub' });
    assert.equal(dup.body.code, 'DUPLICATE_CODE');

    const moved = await client.inventory.transfer({
      fromLocationId: main?.id ?? '',
      toLocationId: res.body.id,
      productId: p.id,
      quantity: 3,
      reason: 'rebalance',
    });
    assert.equal(moved.stock.onHand, 8, 'a transfer keeps the total');
    const perLocation = await client.call<LocationStock>('GET', `/api/inventory/products/${p.id}/stock`);
    const at = (id: string | undefined) => perLocation.data.find((r) => r.locationId === id)?.onHand;
    assert.equal(at(main?.id), 5);
    assert.equal(at(res.body.id), 3);
    const tooMany = await client.raw<Problem>('POST', '/api/inventory/transfers', {
      fromLocationId: res.body.id,
      toLocationId: main?.id,
      variantId: p.variants[0]?.id,
      quantity: 4,
    });
    assert.equal(tooMany.status, 409);
    assert.equal(tooMany.body.code, 'INSUFFICIENT_STOCK');
    // Adjust at a named location.
    await client.inventory.products.adjust(p.id, { quantity: -3, reason: 'sold', locationId: res.body.id });
    const ledger = await client.inventory.products.transactions(p.id);
    assert.deepEqual(
      ledger.data.slice(0, 3).map((t) => t.type),
      ['ADJUSTMENT', 'TRANSFER_IN', 'TRANSFER_OUT'],
    );
    await assertInvariants(server.platform.db, tenantId);
  });

  test('low stock: crossing the threshold records one alert (and an event), not one per move', async () => {
    const { client, tenantId } = await newMerchant(server);
    const p = await client.inventory.products.create({
      sku: 'LOW',
      name: 'Low',
      initialStock: 10,
      lowStockThreshold: 3,
    });
    await client.inventory.products.adjust(p.id, { quantity: -6, reason: 'sale' }); // 4 left: above
    assert.equal((await client.inventory.alerts()).total, 0);
    await client.inventory.products.adjust(p.id, { quantity: -1, reason: 'sale' }); // 3: crossed
    await client.inventory.products.adjust(p.id, { quantity: -1, reason: 'sale' }); // 2: still low
    const alerts = await client.call<List<InventoryAlert>>('GET', '/api/inventory/alerts');
    assert.equal(alerts.total, 1);
    assert.equal(alerts.data[0]?.kind, 'LOW_STOCK');
    assert.equal(alerts.data[0]?.available, 3);
    assert.equal(alerts.data[0]?.productId, p.id);
    await client.inventory.products.adjust(p.id, { quantity: 5, reason: 'delivery' });
    await client.inventory.products.adjust(p.id, { quantity: -7, reason: 'sale' }); // 0: crossed again
    const again = await client.inventory.alerts();
    assert.equal(again.total, 2);
    assert.equal(again.data[0]?.kind, 'OUT_OF_STOCK');
    const events = await server.platform.db.withTenant(tenantId, (tx) =>
      tx.selectFrom('outboxEvents').select('topic').where('topic', '=', 'inventory.stock.low').execute(),
    );
    assert.equal(events.length, 2);
    const other = await newMerchant(server);
    assert.equal((await other.client.inventory.alerts()).total, 0);
    const first = again.data[1]?.id ?? '';
    assert.equal((await other.client.raw('POST', `/api/inventory/alerts/${first}/acknowledge`)).status, 404);
    const seen = await client.call<InventoryAlert>('POST', `/api/inventory/alerts/${first}/acknowledge`);
    assert.equal(seen.acknowledged, true);
    assert.equal((await client.inventory.alerts('?acknowledged=false')).total, 1);
    assert.equal((await client.inventory.alerts('?acknowledged=true')).data[0]?.id, first);
  });

  test('selling out and coming back record one availability event each, not one per move', async () => {
    const { client, tenantId } = await newMerchant(server);
    const p = await client.inventory.products.create({ sku: 'SOLD', name: 'Sold out', initialStock: 0 });
    await client.inventory.products.adjust(p.id, { quantity: 3, reason: 'delivery' }); // back in stock
    await client.inventory.products.adjust(p.id, { quantity: 2, reason: 'delivery' }); // still in stock
    await client.inventory.products.adjust(p.id, { quantity: -4, reason: 'sale' }); // 1 left
    await client.inventory.products.adjust(p.id, { quantity: -1, reason: 'sale' }); // sold out
    const events = await server.platform.db.withTenant(tenantId, (tx) =>
      tx
        .selectFrom('outboxEvents')
        .select('payload')
        .where('topic', '=', 'inventory.availability.changed')
        .orderBy('seq')
        .execute(),
    );
    assert.deepEqual(
      events.map((e) => e.payload),
      [true, false].map((inStock) => ({ productId: p.id, variantId: p.variants[0]?.id, inStock })),
    );
  });

  test('reconciliation: a corrupted stock row is reported as drift; a clean tenant has none', async () => {
    const { client } = await newMerchant(server);
    const p = await client.inventory.products.create({ sku: 'REC', name: 'Reconciled', initialStock: 5 });
    const empty = await client.call<ReconciliationReport>('GET', '/api/inventory/reconciliation');
    assert.equal(empty.id, null);
    const clean = await client.call<ReconciliationReport>('POST', '/api/inventory/reconciliation');
    assert.equal(clean.rowsChecked, 1);
    assert.deepEqual(clean.drift, []);

    // Someone edits the table behind the ledger's back.
    const variantId = p.variants[0]?.id ?? '';
    await server.platform.db.withPlatform((tx) =>
      sql`update stock_levels set on_hand = on_hand + 3 where variant_id = ${variantId}`.execute(tx),
    );
    await client.raw('POST', '/api/inventory/reconciliation');
    const report = await client.inventory.reconciliation();
    assert.equal(report.drift.length, 1);
    assert.deepEqual(
      { ...report.drift[0], locationId: undefined },
      { variantId, locationId: undefined, field: 'onHand', source: 'ledger', expected: 5, actual: 8 },
    );
  });
});
