import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { openStream } from '../../../../test/sse.ts';

// Two API processes' worth of servers on one database and one Redis (same key prefix): a change
// made through one must reach an SSE client of the other.
let database: TestDatabase;
let a: TestServer;
let b: TestServer;
before(async () => {
  database = await createTestDatabase();
  const redisPrefix = `test:${randomBytes(6).toString('hex')}:`;
  a = await startTestServer({ database, redisPrefix, runJobs: true });
  b = await startTestServer({ database, redisPrefix, runJobs: false });
});
after(async () => {
  await b.close();
  await a.close();
  await database.drop();
});

describe('real-time availability over SSE', () => {
  test('an adjustment through server A reaches an SSE client of server B (Redis pub/sub)', async () => {
    const { client, store } = await newMerchantWithStore(a);
    const p = await client.inventory.products.create({ sku: 'LIVE', name: 'Live', initialStock: 5 });
    const variantId = p.variants[0]?.id ?? '';
    const stream = await openStream(
      `${b.url}/api/storefront/${store.domain}/stock/stream?products=${p.id}&variants=${variantId}`,
    );
    try {
      assert.equal(stream.res.status, 200);
      assert.match(stream.res.headers.get('content-type') ?? '', /text\/event-stream/);
      await stream.waitFor((m) => m.productId === p.id && !m.variantId && m.available === 5);
      await client.inventory.products.adjust(p.id, { quantity: -2, reason: 'sold in store' });
      await stream.waitFor((m) => m.productId === p.id && !m.variantId && m.available === 3);
      await stream.waitFor((m) => m.variantId === variantId && m.available === 3);
    } finally {
      await stream.close();
    }
  });

  test('a bundle watcher hears about its component; listings resolve through the hook', async () => {
    const { client, store } = await newMerchantWithStore(a);
    const part = await client.inventory.products.create({ sku: 'PART', name: 'Part', initialStock: 4 });
    const kit = await client.inventory.products.create({
      sku: 'KIT',
      name: 'Kit',
      type: 'BUNDLE',
      bundleItems: [{ productId: part.id, quantity: 2 }],
    });
    const listingId = '11111111-1111-4111-8111-111111111111';
    // The catalog module plugs in the real resolver; here a stub maps one listing to the kit.
    b.app.modules.stockStream.setListingResolver(async (_tx, storeId, ids) => {
      assert.equal(storeId, store.id);
      return ids.filter((id) => id === listingId).map(() => ({ listingId, productId: kit.id }));
    });
    const stream = await openStream(
      `${b.url}/api/storefront/${store.domain}/stock/stream?products=${kit.id}&listings=${listingId}`,
    );
    try {
      await stream.waitFor((m) => m.productId === kit.id && !m.listingId && m.available === 2);
      await stream.waitFor((m) => m.listingId === listingId && m.available === 2);
      await client.inventory.products.adjust(part.id, { quantity: -2, reason: 'x' });
      await stream.waitFor((m) => m.productId === kit.id && !m.listingId && m.available === 1);
      await stream.waitFor((m) => m.listingId === listingId && m.available === 1);
    } finally {
      await stream.close();
    }
  });

  test('listings= streams a catalog listing’s availability (the resolver wired in server.ts)', async () => {
    const { client, store } = await newMerchantWithStore(a);
    const p = await client.inventory.products.create({
      sku: 'LISTED',
      name: 'Listed kettle',
      initialStock: 6,
    });
    const listing = await client.catalog.listings.create(store.id, { productId: p.id });
    const stream = await openStream(
      `${a.url}/api/storefront/${store.domain}/stock/stream?listings=${listing.id}`,
    );
    try {
      await stream.waitFor((m) => m.listingId === listing.id && m.available === 6);
      await client.inventory.products.adjust(p.id, { quantity: -5, reason: 'sold' });
      await stream.waitFor((m) => m.listingId === listing.id && m.available === 1);
    } finally {
      await stream.close();
    }
  });

  test('the stream needs something to watch (400) and an existing store (404)', async () => {
    const { store } = await newMerchantWithStore(a);
    const none = await fetch(`${b.url}/api/storefront/${store.domain}/stock/stream`);
    assert.equal(none.status, 400);
    const bad = await fetch(`${b.url}/api/storefront/${store.domain}/stock/stream?products=nope`);
    assert.equal(bad.status, 400);
    const unknown = await fetch(
      `${b.url}/api/storefront/no-such-store.localhost/stock/stream?products=22222222-2222-4222-8222-222222222222`,
    );
    assert.equal(unknown.status, 404);
  });
});
