import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { InventoryProduct, List, Problem } from '@ventory/sdk';
import { anonymous, newMerchant, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({ runJobs: false });
});
after(() => server.close());

const sku = (p: string) => `${p}-${Math.random().toString(36).slice(2, 8)}`;

describe('inventory products', () => {
  test('create with initialStock → 201 + Location, stock on product and default variant', async () => {
    const { client } = await newMerchant(server);
    const res = await client.raw<InventoryProduct>('POST', '/api/inventory/products', {
      sku: 'KET-1',
      name: 'Copper Kettle',
      price: '49.90',
      cost: 20,
      weight: 1200,
      images: ['https://cdn.example/k.jpg'],
      attributes: { material: 'copper' },
      initialStock: 12,
    });
    assert.equal(res.status, 201);
    const p = res.body;
    assert.equal(res.headers.get('location'), `/api/inventory/products/${p.id}`);
    assert.equal(p.price, '49.90');
    assert.equal(p.cost, '20.00');
    assert.equal(p.type, 'PHYSICAL');
    assert.deepEqual(p.stock, { onHand: 12, reserved: 0, allocated: 0, available: 12 });
    assert.equal(p.variants.length, 1);
    assert.equal(p.variants[0]?.sku, 'KET-1');
    assert.deepEqual(p.variants[0]?.stock, p.stock);
    const again = await client.inventory.products.get(p.id);
    assert.deepEqual(again, p);
  });

  test('SKU is unique per tenant (409 DUPLICATE_SKU), not across tenants', async () => {
    const a = await newMerchant(server);
    const b = await newMerchant(server);
    await a.client.inventory.products.create({ sku: 'SAME', name: 'One' });
    const dup = await a.client.raw<Problem>('POST', '/api/inventory/products', { sku: 'SAME', name: 'Two' });
    assert.equal(dup.status, 409);
    assert.equal(dup.body.code, 'DUPLICATE_SKU');
    const other = await b.client.raw('POST', '/api/inventory/products', { sku: 'SAME', name: 'Three' });
    assert.equal(other.status, 201);
  });

  test('invalid input is 400 with every field', async () => {
    const { client } = await newMerchant(server);
    const res = await client.raw<Problem>('POST', '/api/inventory/products', {
      sku: '',
      price: -1,
      initialStock: 1.5,
      type: 'FOOD',
      extra: true,
    });
    assert.equal(res.status, 400);
    const paths = (res.body.errors ?? []).map((e) => e.path).sort();
    for (const field of ['sku', 'name', 'price', 'initialStock', 'type'])
      assert.ok(paths.includes(field), field);
  });

  test('adjustments: add, remove, never below zero (409), ledger lists them', async () => {
    const { client } = await newMerchant(server);
    const p = await client.inventory.products.create({ sku: sku('ADJ'), name: 'Mug', initialStock: 3 });
    const up = await client.inventory.products.adjust(p.id, { quantity: 7, reason: 'delivery' });
    assert.equal(up.stock.onHand, 10);
    const down = await client.inventory.products.adjust(p.id, { quantity: -4, reason: 'breakage' });
    assert.equal(down.stock.available, 6);
    const tooMuch = await client.raw<Problem>('POST', `/api/inventory/products/${p.id}/adjustments`, {
      quantity: -7,
      reason: 'oops',
    });
    assert.equal(tooMuch.status, 409);
    assert.equal(tooMuch.body.code, 'INSUFFICIENT_STOCK');
    for (const quantity of [0, 1.5, 'abc']) {
      const bad = await client.raw('POST', `/api/inventory/products/${p.id}/adjustments`, {
        quantity,
        reason: 'x',
      });
      assert.equal(bad.status, 400, String(quantity));
    }
    const ledger = await client.inventory.products.transactions(p.id);
    assert.equal(ledger.total, 3);
    assert.deepEqual(
      ledger.data.map((t) => [t.type, t.quantity, t.reason]),
      [
        ['ADJUSTMENT', -4, 'breakage'],
        ['ADJUSTMENT', 7, 'delivery'],
        ['ADJUSTMENT', 3, 'Initial stock'],
      ],
    );
    assert.equal(ledger.data[0]?.variantId, p.variants[0]?.id);
    assert.ok(ledger.data[0]?.locationId);
  });

  test('receipts: goods in at a location, RECEIPT in the ledger with the purchase order; refusals', async () => {
    const { client } = await newMerchant(server);
    const other = await newMerchant(server);
    const p = await client.inventory.products.create({ sku: sku('REC'), name: 'Kettle', initialStock: 1 });
    const back = await client.inventory.locations.create({ name: 'Back room' });
    const received = await client.inventory.products.receive(p.id, {
      quantity: 24,
      reference: 'PO-1042',
      locationId: back.id,
    });
    assert.equal(received.stock.onHand, 25);
    await client.inventory.products.receive(p.id, { quantity: 2, note: 'Found in the van' });
    const ledger = await client.inventory.products.transactions(p.id);
    assert.deepEqual(
      ledger.data
        .slice(0, 2)
        .map((t) => [t.type, t.quantity, t.reference, t.reason, t.locationId === back.id]),
      [
        ['RECEIPT', 2, null, 'Found in the van', false],
        ['RECEIPT', 24, 'PO-1042', 'Received: PO-1042', true],
      ],
    );
    const path = `/api/inventory/products/${p.id}/receipts`;
    for (const [body, field] of [
      [{ quantity: 0 }, 'quantity'],
      [{ quantity: -3 }, 'quantity'],
      [{ quantity: 2.5 }, 'quantity'],
      [{ quantity: 1, reference: 'x'.repeat(101) }, 'reference'],
      [{ quantity: 1, reason: 'not a receipt field' }, '(root)'],
    ] as const) {
      const bad = await client.raw<Problem>('POST', path, body);
      assert.equal(bad.status, 400, JSON.stringify(body));
      assert.ok(
        bad.body.errors?.some((e) => e.path === field),
        `${field}: ${JSON.stringify(bad.body)}`,
      );
    }
    const elsewhere = await client.raw('POST', path, { quantity: 1, locationId: crypto.randomUUID() });
    assert.equal(elsewhere.status, 404, 'an unknown location');
    assert.equal((await other.client.raw('POST', path, { quantity: 1 })).status, 404, 'another tenant');
    assert.equal((await client.inventory.products.get(p.id)).stock.onHand, 27, 'refusals changed nothing');
  });

  test('variants with options, own SKU, price and weight; product stock is the total', async () => {
    const { client } = await newMerchant(server);
    const base = sku('TEE');
    const p = await client.inventory.products.create({
      sku: base,
      name: 'T-shirt',
      price: '20.00',
      weight: 200,
      variants: [
        { sku: `${base}-S`, options: { size: 'S' }, initialStock: 2 },
        { sku: `${base}-L`, options: { size: 'L' }, price: '22.50', weight: 250.5, initialStock: 5 },
      ],
    });
    assert.equal(p.variants.length, 2);
    const [s, l] = p.variants;
    assert.equal(s?.price, '20.00');
    assert.equal(l?.price, '22.50');
    assert.equal(l?.weight, 250.5);
    assert.equal(s?.weight, 200, 'a variant without its own weight has the product’s');
    assert.equal(s?.name, 'S');
    assert.equal(p.stock.onHand, 7);
    const noVariant = await client.raw<Problem>('POST', `/api/inventory/products/${p.id}/adjustments`, {
      quantity: 1,
      reason: 'x',
    });
    assert.equal(noVariant.status, 400);
    const adj = await client.inventory.products.adjust(p.id, { quantity: 1, reason: 'x', variantId: l?.id });
    assert.equal(adj.variants[1]?.stock.onHand, 6);
    const byVariantSku = await client.inventory.products.list(`?q=${encodeURIComponent(`${base}-l`)}`);
    assert.deepEqual(
      byVariantSku.data.map((x) => x.id),
      [p.id],
      'a variant’s SKU finds its product',
    );
    const dupVariant = await client.raw<Problem>('POST', '/api/inventory/products', {
      sku: sku('X'),
      name: 'X',
      variants: [{ sku: `${base}-S` }],
    });
    assert.equal(dupVariant.body.code, 'DUPLICATE_SKU');
  });

  test('a physical product becomes a kit and back; refused while it has stock or holds', async () => {
    const m = await newMerchantWithStore(server);
    const { client } = m;
    const cup = await client.inventory.products.create({ sku: sku('CUP'), name: 'Cup', initialStock: 6 });
    const set = await client.inventory.products.create({
      sku: sku('SET'),
      name: 'Gift set',
      initialStock: 2,
    });
    const path = `/api/inventory/products/${set.id}`;
    const toKit = { type: 'BUNDLE', bundleItems: [{ productId: cup.id, quantity: 2 }] };
    const onHand = await client.raw<Problem>('PUT', path, toKit);
    assert.equal(onHand.status, 409);
    assert.equal(onHand.body.code, 'STOCK_ON_HAND');
    await client.inventory.products.adjust(set.id, { quantity: -2, reason: 'Unpacked into cups' });
    for (const [body, field] of [
      [{ type: 'BUNDLE' }, 'bundleItems'],
      [{ type: 'DIGITAL' }, 'type'],
      [{ ...toKit, bundleItems: [{ productId: set.id, quantity: 1 }] }, 'bundleItems.0'],
    ] as const) {
      const bad = await client.raw<Problem>('PUT', path, body);
      assert.equal(bad.status, 400, JSON.stringify(body));
      assert.ok(
        bad.body.errors?.some((e) => e.path === field),
        `${field}: ${JSON.stringify(bad.body)}`,
      );
    }
    const kit = await client.inventory.products.update(set.id, toKit as never);
    assert.equal(kit.type, 'BUNDLE');
    assert.equal(kit.sku, set.sku, 'same SKU and id');
    assert.equal(kit.stock.available, 3, 'six cups make three sets');

    // Listed and in a shopper's cart, the kit holds cups: it cannot turn back until released.
    const listing = await client.call<{ id: string }>('POST', `/api/stores/${m.store.id}/products`, {
      productId: set.id,
    });
    const shopper = anonymous(server);
    const cart = await shopper.call<{ id: string; items: { id: string }[] }>(
      'POST',
      `/api/storefront/${m.store.domain}/cart`,
      {
        items: [{ listingId: listing.id, quantity: 1 }],
      },
    );
    assert.equal((await client.inventory.products.get(cup.id)).stock.reserved, 2);
    const held = await client.raw<Problem>('PUT', path, { type: 'PHYSICAL' });
    assert.equal(held.status, 409);
    assert.equal(held.body.code, 'PRODUCT_HELD');
    await shopper.call(
      'DELETE',
      `/api/storefront/${m.store.domain}/cart/${cart.id}/items/${cart.items[0]?.id}`,
    );
    assert.equal((await client.inventory.products.get(cup.id)).stock.reserved, 0);
    const back = await client.inventory.products.update(set.id, { type: 'PHYSICAL' });
    assert.equal(back.type, 'PHYSICAL');
    assert.deepEqual(back.bundleItems, []);
    assert.equal(back.stock.onHand, 0, 'it starts with no stock of its own');
    await client.inventory.products.receive(set.id, { quantity: 4 });
    assert.equal((await client.inventory.products.get(set.id)).stock.available, 4);
    const listed = await shopper.call<{ productType: string }>(
      'GET',
      `/api/storefront/${m.store.domain}/products/${(await client.call<{ slug: string }>('GET', `/api/stores/${m.store.id}/products/${listing.id}`)).slug}`,
    );
    assert.equal(listed.productType, 'PHYSICAL', 'the listing follows');
  });

  test('bundles: availability is the minimum over components; digital is always available', async () => {
    const { client } = await newMerchant(server);
    const cup = await client.inventory.products.create({ sku: sku('CUP'), name: 'Cup', initialStock: 10 });
    const saucer = await client.inventory.products.create({
      sku: sku('SAU'),
      name: 'Saucer',
      initialStock: 3,
    });
    const ebook = await client.inventory.products.create({
      sku: sku('EBK'),
      name: 'Tea e-book',
      type: 'DIGITAL',
    });
    const kit = await client.inventory.products.create({
      sku: sku('KIT'),
      name: 'Tea set',
      type: 'BUNDLE',
      price: '30',
      bundleItems: [
        { productId: cup.id, quantity: 2 },
        { variantId: saucer.variants[0]?.id, quantity: 1 },
        { productId: ebook.id, quantity: 1 },
      ],
    });
    assert.equal(kit.bundleItems.length, 3);
    assert.equal(kit.stock.available, 3);
    await client.inventory.products.adjust(saucer.id, { quantity: 10, reason: 'more' });
    assert.equal((await client.inventory.products.get(kit.id)).stock.available, 5);
    assert.ok(ebook.stock.available >= 1_000_000);
    const adjKit = await client.raw<Problem>('POST', `/api/inventory/products/${kit.id}/adjustments`, {
      quantity: 1,
      reason: 'x',
    });
    assert.equal(adjKit.status, 409);
    const nested = await client.raw('POST', '/api/inventory/products', {
      sku: sku('N'),
      name: 'N',
      type: 'BUNDLE',
      bundleItems: [{ productId: kit.id, quantity: 1 }],
    });
    assert.equal(nested.status, 400);
    // A deleted component makes no more kits.
    await client.inventory.products.delete(saucer.id);
    assert.equal((await client.inventory.products.get(kit.id)).stock.available, 0);
  });

  test('update any subset, list with q/sort, delete → 404, other tenants see 404', async () => {
    const { client } = await newMerchant(server);
    const other = await newMerchant(server);
    const p = await client.inventory.products.create({ sku: sku('UPD'), name: 'Lamp', price: 10 });
    const updated = await client.inventory.products.update(p.id, { name: 'Desk Lamp', lowStockThreshold: 2 });
    assert.equal(updated.name, 'Desk Lamp');
    assert.equal(updated.price, '10.00');
    assert.equal(updated.lowStockThreshold, 2);
    const renamed = await client.inventory.products.update(p.id, { sku: `${p.sku}-V2` });
    assert.equal(renamed.variants[0]?.sku, `${p.sku}-V2`, 'the default variant follows the product SKU');
    const withVariants = await client.inventory.products.update(p.id, {
      variants: [{ sku: `${p.sku}-V2` }, { sku: `${p.sku}-B`, options: { colour: 'brass' } }],
    });
    assert.deepEqual(
      withVariants.variants.map((v) => v.sku),
      [`${p.sku}-V2`, `${p.sku}-B`],
    );
    assert.notEqual(withVariants.variants[0]?.id, p.variants[0]?.id, 'a variant without id is new');
    await client.inventory.products.create({ sku: sku('ZZZ'), name: 'Zebra rug', price: 99 });
    const listed = await client.raw<List<InventoryProduct>>('GET', '/api/inventory/products?q=lamp');
    assert.equal(listed.body.total, 1);
    const sorted = await client.inventory.products.list('?sort=-price');
    assert.equal(sorted.data[0]?.name, 'Zebra rug');
    assert.equal((await other.client.raw('GET', `/api/inventory/products/${p.id}`)).status, 404);
    assert.equal((await other.client.raw('DELETE', `/api/inventory/products/${p.id}`)).status, 404);
    assert.equal((await other.client.raw('GET', `/api/inventory/products/${p.id}/transactions`)).status, 404);
    assert.equal((await client.raw('DELETE', `/api/inventory/products/${p.id}`)).status, 204);
    assert.equal((await client.raw('GET', `/api/inventory/products/${p.id}`)).status, 404);
    const reuse = await client.raw('POST', '/api/inventory/products', { sku: p.sku, name: 'Again' });
    assert.equal(reuse.status, 201);
  });
});
