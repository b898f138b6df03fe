import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { InventoryProduct } from '@ventory/sdk';
import { newMerchant } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { DomainError } from '../../../platform/errors.ts';
import { createInventoryService } from '../index.ts';
import { assertInvariants, settle } from './helpers.ts';

// Oversell is impossible: many transactions race for a few units on the real PostgreSQL server.
let server: TestServer;
before(async () => {
  server = await startTestServer({ runJobs: false });
});
after(() => server.close());

const inventory = createInventoryService({ reservationTtlSeconds: 900 });
const N = 50;
const variantOf = (p: InventoryProduct) => p.variants[0]?.id ?? '';

function assertOnlyInsufficientStock(failed: unknown[]) {
  for (const err of failed) {
    assert.ok(err instanceof DomainError, String(err));
    assert.equal(err.code, 'INSUFFICIENT_STOCK');
  }
}

describe('concurrency (real PostgreSQL)', () => {
  test(`${N} concurrent reservations of one SKU with 5 units: exactly 5 succeed`, async () => {
    const { client, tenantId } = await newMerchant(server);
    const p = await client.inventory.products.create({ sku: 'HOT', name: 'Hot item', initialStock: 5 });
    const { ok, failed } = await settle(
      Array.from({ length: N }, (_, i) =>
        server.platform.db.withTenant(tenantId, (tx) =>
          inventory.reserve(tx, {
            reference: `cart-${i}`,
            lines: [{ variantId: variantOf(p), quantity: 1 }],
          }),
        ),
      ),
    );
    assert.equal(ok.length, 5);
    assert.equal(failed.length, N - 5);
    assertOnlyInsufficientStock(failed);
    const after = await client.inventory.products.get(p.id);
    assert.deepEqual(after.stock, { onHand: 5, reserved: 5, allocated: 0, available: 0 });
    await assertInvariants(server.platform.db, tenantId);
  });

  test(`${N} concurrent reservations of a bundle and its shared component: exactly 5 succeed`, async () => {
    const { client, tenantId } = await newMerchant(server);
    const shared = await client.inventory.products.create({
      sku: 'SHARED',
      name: 'Shared part',
      initialStock: 5,
    });
    const plenty = await client.inventory.products.create({
      sku: 'PLENTY',
      name: 'Plentiful',
      initialStock: 1000,
    });
    const kit = await client.inventory.products.create({
      sku: 'KIT',
      name: 'Kit',
      type: 'BUNDLE',
      bundleItems: [
        { productId: shared.id, quantity: 1 },
        { productId: plenty.id, quantity: 2 },
      ],
    });
    assert.equal(kit.stock.available, 5);
    const { ok, failed } = await settle(
      Array.from({ length: N }, (_, i) =>
        server.platform.db.withTenant(tenantId, (tx) =>
          inventory.reserve(tx, {
            reference: `cart-${i}`,
            // Half the carts want the kit, half the bare component: both draw on the same 5 units.
            lines: [{ variantId: variantOf(i % 2 ? kit : shared), quantity: 1 }],
          }),
        ),
      ),
    );
    assertOnlyInsufficientStock(failed);
    const sharedAfter = await client.inventory.products.get(shared.id);
    assert.equal(sharedAfter.stock.reserved, 5, 'the shared component is fully held, never more');
    assert.equal(sharedAfter.stock.available, 0);
    assert.equal(ok.length, 5);
    assert.equal(failed.length, N - 5);
    const kitAfter = await client.inventory.products.get(kit.id);
    assert.equal(kitAfter.stock.available, 0);
    const plentyAfter = await client.inventory.products.get(plenty.id);
    assert.equal(plentyAfter.stock.reserved, 2 * kitAfter.stock.reserved);
    await assertInvariants(server.platform.db, tenantId);
  });

  test(`${N} concurrent single-line reservations of a bundle: exactly 5 succeed`, async () => {
    const { client, tenantId } = await newMerchant(server);
    const part = await client.inventory.products.create({ sku: 'PART', name: 'Part', initialStock: 10 });
    const kit = await client.inventory.products.create({
      sku: 'PAIR',
      name: 'Pair',
      type: 'BUNDLE',
      bundleItems: [{ productId: part.id, quantity: 2 }],
    });
    const { ok, failed } = await settle(
      Array.from({ length: N }, (_, i) =>
        server.platform.db.withTenant(tenantId, (tx) =>
          inventory.reserve(tx, {
            reference: `cart-${i}`,
            lines: [{ variantId: variantOf(kit), quantity: 1 }],
          }),
        ),
      ),
    );
    assert.equal(ok.length, 5);
    assertOnlyInsufficientStock(failed);
    const partAfter = await client.inventory.products.get(part.id);
    assert.deepEqual(partAfter.stock, { onHand: 10, reserved: 10, allocated: 0, available: 0 });
    assert.equal((await client.inventory.products.get(kit.id)).stock.reserved, 5);
    await assertInvariants(server.platform.db, tenantId);
  });

  test(`${N} concurrent HTTP adjustments of -1 against 5 on hand: exactly 5 succeed, the rest 409`, async () => {
    const { client, tenantId } = await newMerchant(server);
    const p = await client.inventory.products.create({ sku: 'ADJ', name: 'Adjusted', initialStock: 5 });
    const responses = await Promise.all(
      Array.from({ length: N }, () =>
        client.raw<{ code?: string }>('POST', `/api/inventory/products/${p.id}/adjustments`, {
          quantity: -1,
          reason: 'race',
        }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 200).length, 5);
    assert.equal(statuses.filter((s) => s === 409).length, N - 5);
    for (const r of responses.filter((x) => x.status === 409))
      assert.equal(r.body.code, 'INSUFFICIENT_STOCK');
    const after = await client.inventory.products.get(p.id);
    assert.deepEqual(after.stock, { onHand: 0, reserved: 0, allocated: 0, available: 0 });
    await assertInvariants(server.platform.db, tenantId);
  });

  test('the same cart reserving in parallel holds once (idempotent per reference + variant)', async () => {
    const { client, tenantId } = await newMerchant(server);
    const p = await client.inventory.products.create({
      sku: 'SAME-CART',
      name: 'Same cart',
      initialStock: 10,
    });
    const { ok } = await settle(
      Array.from({ length: 20 }, (_, i) =>
        server.platform.db.withTenant(tenantId, (tx) =>
          inventory.reserve(tx, {
            reference: 'one-cart',
            lines: [{ variantId: variantOf(p), quantity: 1 + (i % 3) }],
          }),
        ),
      ),
    );
    assert.equal(ok.length, 20);
    const after = await client.inventory.products.get(p.id);
    assert.ok(after.stock.reserved >= 1 && after.stock.reserved <= 3, `held ${after.stock.reserved}`);
    await assertInvariants(server.platform.db, tenantId);
  });

  test('the expiry sweep racing carts that renew their lapsed holds leaves counters and rows in step', async () => {
    const { client, tenantId } = await newMerchant(server);
    const p = await client.inventory.products.create({ sku: 'SWEEP', name: 'Swept', initialStock: 100 });
    const past = new Date(Date.now() - 1000);
    for (let i = 0; i < 20; i++)
      await server.platform.db.withTenant(tenantId, (tx) =>
        inventory.reserve(tx, {
          reference: `c${i}`,
          lines: [{ variantId: variantOf(p), quantity: 2 }],
          expiresAt: past,
        }),
      );
    const work: Promise<unknown>[] = [
      ...Array.from({ length: 20 }, (_, i) =>
        server.platform.db.withTenant(tenantId, (tx) =>
          inventory.reserve(tx, { reference: `c${i}`, lines: [{ variantId: variantOf(p), quantity: 3 }] }),
        ),
      ),
      ...Array.from({ length: 4 }, () =>
        server.platform.db.withTenant(tenantId, (tx) => inventory.releaseExpired(tx, { limit: 5 })),
      ),
    ];
    const { failed } = await settle(work);
    assert.deepEqual(failed, []);
    const rows = await assertInvariants(server.platform.db, tenantId);
    assert.equal(rows[0]?.reserved, 60, 'every cart holds its 3 again, whoever won each race');
  });

  test('adjustments racing reservations never take on-hand below what is held', async () => {
    const { client, tenantId } = await newMerchant(server);
    const p = await client.inventory.products.create({ sku: 'MIX', name: 'Mixed', initialStock: 10 });
    const work = Array.from({ length: N }, (_, i) =>
      i % 2
        ? client
            .raw('POST', `/api/inventory/products/${p.id}/adjustments`, { quantity: -1, reason: 'race' })
            .then((r) => {
              if (r.status !== 200) throw new Error(String(r.status));
            })
        : server.platform.db.withTenant(tenantId, (tx) =>
            inventory.reserve(tx, { reference: `c${i}`, lines: [{ variantId: variantOf(p), quantity: 1 }] }),
          ),
    );
    const { ok } = await settle(work);
    assert.equal(ok.length, 10);
    const after = await client.inventory.products.get(p.id);
    assert.equal(after.stock.available, 0);
    assert.equal(after.stock.onHand, after.stock.reserved);
    await assertInvariants(server.platform.db, tenantId);
  });
});
