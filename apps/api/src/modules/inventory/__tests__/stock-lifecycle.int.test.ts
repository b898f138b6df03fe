import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { InventoryProduct } from '@ventory/sdk';
import { newMerchant } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { DomainError } from '../../../platform/errors.ts';
import { createInventoryService } from '../index.ts';
import { assertInvariants } from './helpers.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({ runJobs: false });
});
after(() => server.close());

const inventory = createInventoryService({ reservationTtlSeconds: 900 });
const variantOf = (p: InventoryProduct) => p.variants[0]?.id ?? '';

async function setup(initialStock = 10) {
  const m = await newMerchant(server);
  const p = await m.client.inventory.products.create({ sku: 'LIFE', name: 'Lifecycle', initialStock });
  const run = <T>(fn: Parameters<typeof server.platform.db.withTenant<T>>[1]) =>
    server.platform.db.withTenant(m.tenantId, fn);
  const stock = async () => (await m.client.inventory.products.get(p.id)).stock;
  return { ...m, p, v: variantOf(p), run, stock };
}

describe('InventoryService lifecycle', () => {
  test('reserve is idempotent per reference (sets the hold), then allocate → fulfil → restock', async () => {
    const { p, v, run, stock, client, tenantId } = await setup(10);
    await run((tx) => inventory.reserve(tx, { reference: 'cart-1', lines: [{ variantId: v, quantity: 3 }] }));
    await run((tx) => inventory.reserve(tx, { reference: 'cart-1', lines: [{ variantId: v, quantity: 3 }] }));
    assert.deepEqual(await stock(), { onHand: 10, reserved: 3, allocated: 0, available: 7 });
    await run((tx) => inventory.reserve(tx, { reference: 'cart-1', lines: [{ variantId: v, quantity: 2 }] }));
    assert.equal((await stock()).reserved, 2);

    await run((tx) =>
      inventory.allocate(tx, {
        reference: 'cart-1',
        orderReference: 'order-1',
        lines: [{ variantId: v, quantity: 2 }],
      }),
    );
    await run((tx) =>
      inventory.allocate(tx, {
        reference: 'cart-1',
        orderReference: 'order-1',
        lines: [{ variantId: v, quantity: 2 }],
      }),
    );
    assert.deepEqual(await stock(), { onHand: 10, reserved: 0, allocated: 2, available: 8 });

    await run((tx) =>
      inventory.fulfil(tx, {
        orderReference: 'order-1',
        lines: [{ variantId: v, quantity: 2 }],
        reference: 'ful-1',
      }),
    );
    await run((tx) =>
      inventory.fulfil(tx, {
        orderReference: 'order-1',
        lines: [{ variantId: v, quantity: 2 }],
        reference: 'ful-1',
      }),
    );
    assert.deepEqual(await stock(), { onHand: 8, reserved: 0, allocated: 0, available: 8 });

    await run((tx) =>
      inventory.restock(tx, {
        reference: 'return-1',
        lines: [{ variantId: v, quantity: 1 }],
        reason: 'return',
      }),
    );
    await run((tx) =>
      inventory.restock(tx, {
        reference: 'return-1',
        lines: [{ variantId: v, quantity: 1 }],
        reason: 'return',
      }),
    );
    assert.equal((await stock()).onHand, 9);

    const ledger = await client.inventory.products.transactions(p.id, '?sort=createdAt');
    assert.deepEqual(
      ledger.data.map((t) => [t.type, t.quantity]),
      [
        ['ADJUSTMENT', 10],
        ['RESERVE', 3],
        ['RELEASE', 1],
        ['ALLOCATE', 2],
        ['FULFIL', -2],
        ['RESTOCK', 1],
      ],
    );
    await assertInvariants(server.platform.db, tenantId);
  });

  test('allocation without a hold, cancellation releases it; the cart’s other holds go back on sale', async () => {
    const { v, run, stock, tenantId, client } = await setup(10);
    const other = await client.inventory.products.create({ sku: 'OTHER', name: 'Other', initialStock: 4 });
    await run((tx) =>
      inventory.reserve(tx, {
        reference: 'cart-2',
        lines: [
          { variantId: v, quantity: 1 },
          { variantId: variantOf(other), quantity: 4 },
        ],
      }),
    );
    // Only the first line is ordered: the other hold is released at allocation.
    await run((tx) =>
      inventory.allocate(tx, {
        reference: 'cart-2',
        orderReference: 'o-2',
        lines: [{ variantId: v, quantity: 3 }],
      }),
    );
    assert.deepEqual(await stock(), { onHand: 10, reserved: 0, allocated: 3, available: 7 });
    assert.equal((await client.inventory.products.get(other.id)).stock.available, 4);
    await run((tx) => inventory.releaseAllocation(tx, 'o-2', [{ variantId: v, quantity: 1 }]));
    assert.equal((await stock()).allocated, 2);
    await run((tx) => inventory.releaseAllocation(tx, 'o-2'));
    assert.deepEqual(await stock(), { onHand: 10, reserved: 0, allocated: 0, available: 10 });
    await assertInvariants(server.platform.db, tenantId);
  });

  test('insufficient stock is a 409 with the variant and what is available; nothing is half-done', async () => {
    const { v, run, stock, client } = await setup(2);
    const other = await client.inventory.products.create({ sku: 'FEW', name: 'Few', initialStock: 1 });
    await assert.rejects(
      run((tx) =>
        inventory.reserve(tx, {
          reference: 'cart-3',
          lines: [
            { variantId: v, quantity: 2 },
            { variantId: variantOf(other), quantity: 5 },
          ],
        }),
      ),
      (err) => err instanceof DomainError && err.code === 'INSUFFICIENT_STOCK' && err.details.available === 1,
    );
    assert.equal((await stock()).reserved, 0, 'the transaction rolled back the first line');
    await assert.rejects(
      run((tx) =>
        inventory.reserve(tx, {
          reference: 'x',
          lines: [{ variantId: '00000000-0000-4000-8000-000000000000', quantity: 1 }],
        }),
      ),
      (err) => err instanceof DomainError && err.kind === 'NOT_FOUND',
    );
  });

  test('expired holds stop counting: the sweep frees them, and a reservation frees them on demand', async () => {
    const { v, run, stock, tenantId } = await setup(3);
    const past = new Date(Date.now() - 1000);
    await run((tx) =>
      inventory.reserve(tx, { reference: 'old-1', lines: [{ variantId: v, quantity: 2 }], expiresAt: past }),
    );
    await run((tx) =>
      inventory.reserve(tx, { reference: 'old-2', lines: [{ variantId: v, quantity: 1 }], expiresAt: past }),
    );
    // Lapsed holds no longer count at read time, though the counter keeps them until freed.
    assert.equal((await stock()).available, 3);
    // A new cart needs 2: the lapsed holds are released on the spot.
    await run((tx) => inventory.reserve(tx, { reference: 'new', lines: [{ variantId: v, quantity: 2 }] }));
    assert.equal((await stock()).reserved, 2);
    assert.equal(await run((tx) => inventory.releaseExpired(tx)), 0);
    await run((tx) =>
      inventory.reserve(tx, { reference: 'old-3', lines: [{ variantId: v, quantity: 1 }], expiresAt: past }),
    );
    assert.equal(await run((tx) => inventory.releaseExpired(tx)), 1);
    assert.equal((await stock()).reserved, 2);
    await assertInvariants(server.platform.db, tenantId);
  });

  test('a bundle whose component was deleted cannot be reserved', async () => {
    const { p, run, client } = await setup(5);
    const kit = await client.inventory.products.create({
      sku: 'KIT-GONE',
      name: 'Kit',
      type: 'BUNDLE',
      bundleItems: [{ productId: p.id, quantity: 1 }],
    });
    await client.inventory.products.delete(p.id);
    await assert.rejects(
      run((tx) =>
        inventory.reserve(tx, { reference: 'k', lines: [{ variantId: variantOf(kit), quantity: 1 }] }),
      ),
      (err) => err instanceof DomainError && err.code === 'INSUFFICIENT_STOCK' && err.details.available === 0,
    );
  });

  test('availability by variant and by product; digital lines hold nothing', async () => {
    const { p, v, run, client } = await setup(5);
    const ebook = await client.inventory.products.create({ sku: 'EBOOK', name: 'E-book', type: 'DIGITAL' });
    await run((tx) =>
      inventory.reserve(tx, {
        reference: 'c',
        lines: [
          { variantId: variantOf(ebook), quantity: 3 },
          { variantId: v, quantity: 1 },
        ],
      }),
    );
    const map = await run((tx) =>
      inventory.availability(tx, [
        { productId: p.id },
        { productId: p.id, variantId: v },
        { productId: ebook.id },
      ]),
    );
    assert.equal(map.get(p.id), 4);
    assert.equal(map.get(v), 4);
    assert.ok((map.get(ebook.id) ?? 0) >= 1_000_000);
    assert.equal(await run((tx) => inventory.defaultVariantId(tx, p.id)), v);
    assert.equal((await run((tx) => inventory.getProducts(tx, [p.id])))[0]?.stock.reserved, 1);
  });
});
