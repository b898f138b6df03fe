import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { VentoryClient } from '@ventory/sdk';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { createInventoryService } from '../../inventory/index.ts';
import { createCatalog } from '../index.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Listing = {
  id: string;
  slug: string;
  title: string;
  price: string;
  compareAtPrice: string | null;
  available: number;
  rating: number;
  variants: { id: string; name: string; price: string; available: number; options: Record<string, string> }[];
};
type Page = { data: Listing[]; total: number; facets?: Record<string, { count: number }[]> };

const product = (client: VentoryClient, body: Record<string, unknown>) =>
  client.call<{ id: string; variants: { id: string; sku: string }[] }>(
    'POST',
    '/api/inventory/products',
    body,
  );

describe('product listings', () => {
  test('slug from title, price rule, availability, hidden listings, 409 DUPLICATE_SLUG', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const kettle = await product(client, {
      sku: 'KET-1',
      name: 'Copper Kettle',
      price: '19.99',
      initialStock: 7,
    });
    const base = `/api/stores/${store.id}/products`;
    const res = await client.raw<Listing>('POST', base, { productId: kettle.id, priceMarkup: '10' });
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('location'), `${base}/${res.body.id}`);
    assert.equal(res.body.slug, 'copper-kettle');
    assert.equal(res.body.title, 'Copper Kettle');
    assert.equal(res.body.price, '21.99'); // 19.99 × 1.10 = 21.989 → 21.99
    assert.equal(res.body.available, 7);

    const dup = await client.raw<{ code: string }>('POST', base, { productId: kettle.id });
    assert.equal(dup.status, 409);
    assert.equal(dup.body.code, 'DUPLICATE_SLUG');

    const custom = await client.call<Listing>('POST', base, {
      productId: kettle.id,
      customTitle: 'Kettle Deluxe',
      priceOverride: '25',
      priceMarkup: '50',
    });
    assert.equal(custom.slug, 'kettle-deluxe');
    assert.equal(custom.price, '25.00');

    const unknown = await client.raw('POST', base, { productId: '00000000-0000-4000-8000-000000000000' });
    assert.equal(unknown.status, 400);

    await client.call('PUT', `${base}/${custom.id}`, { isVisible: false });
    const shop = anonymous(server);
    const list = await shop.call<Page>('GET', `/api/storefront/${store.domain}/products`);
    assert.deepEqual(
      list.data.map((l) => l.slug),
      ['copper-kettle'],
    );
    assert.equal(
      (await shop.raw('GET', `/api/storefront/${store.domain}/products/kettle-deluxe`)).status,
      404,
    );
    const detail = await shop.call<Listing>('GET', `/api/storefront/${store.domain}/products/copper-kettle`);
    assert.equal(detail.price, '21.99');
    assert.equal(detail.variants.length, 1);
    assert.equal(detail.variants[0]?.available, 7);
  });

  test('variants carry their own price and availability; priceLines prices them', async () => {
    const { client, store, tenantId } = await newMerchantWithStore(server);
    const tee = await product(client, {
      sku: 'TEE',
      name: 'Trail Tee',
      price: '20',
      variants: [
        { sku: 'TEE-S', name: 'Small', options: { Size: 'S' }, initialStock: 3 },
        { sku: 'TEE-L', name: 'Large', options: { Size: 'L' }, price: '24', initialStock: 0 },
      ],
    });
    const listing = await client.call<Listing>('POST', `/api/stores/${store.id}/products`, {
      productId: tee.id,
      priceMarkup: '25',
      taxCategory: 'apparel',
    });
    const detail = await anonymous(server).call<Listing>(
      'GET',
      `/api/storefront/${store.domain}/products/trail-tee`,
    );
    const bySize = Object.fromEntries(detail.variants.map((v) => [v.options.Size, v]));
    assert.equal(bySize.S?.price, '25.00');
    assert.equal(bySize.S?.available, 3);
    assert.equal(bySize.L?.price, '30.00');
    assert.equal(bySize.L?.available, 0);
    assert.equal(detail.available, 3);

    // The face checkout uses: the real services over the same database, in a tenant transaction.
    const { kv, db, tokens, pubsub } = server.platform;
    const catalog = createCatalog({
      inventory: createInventoryService({ reservationTtlSeconds: 900 }),
      cache: {
        kv,
        pubsub,
        db,
        resolve: () => Promise.reject(new Error('unused')),
        verifyToken: (t) => tokens.verify(t),
      },
    });
    const large = tee.variants.find((v) => v.sku === 'TEE-L')?.id;
    const lines = await server.platform.db.withTenant(tenantId, (tx) =>
      catalog.service.priceLines(tx, store.id, [
        { listingId: listing.id },
        { listingId: listing.id, variantId: large },
      ]),
    );
    assert.equal(lines[0]?.unitPriceMinor, 2500);
    assert.equal(lines[0]?.sku, 'TEE-S');
    assert.equal(lines[1]?.unitPriceMinor, 3000);
    assert.equal(lines[1]?.available, 0);
    assert.equal(lines[1]?.taxCategory, 'apparel');
    assert.equal(lines[1]?.currency, 'USD');
    await client.call('PUT', `/api/stores/${store.id}/products/${listing.id}`, { isVisible: false });
    await assert.rejects(
      server.platform.db.withTenant(tenantId, (tx) =>
        catalog.service.priceLines(tx, store.id, [{ listingId: listing.id }]),
      ),
      /not found/,
    );
  });

  test('storefront filters, sorting, paging and facets', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const cat = await client.call<{ id: string }>('POST', `/api/stores/${store.id}/categories`, {
      name: 'Cookware',
    });
    const sub = await client.call<{ id: string }>('POST', `/api/stores/${store.id}/categories`, {
      name: 'Pans',
      parentId: cat.id,
    });
    const items = [
      { name: 'Iron Skillet', price: '40', cats: [sub.id] },
      { name: 'Steel Pot', price: '60', cats: [cat.id] },
      { name: 'Wooden Spoon', price: '5', cats: [] },
      { name: 'Apron', price: '15', cats: [] },
    ];
    for (const [i, it] of items.entries()) {
      const p = await product(client, { sku: `SKU-${i}`, name: it.name, price: it.price, initialStock: 2 });
      await client.call('POST', `/api/stores/${store.id}/products`, {
        productId: p.id,
        categoryIds: it.cats,
        tags: i === 3 ? ['textile'] : [],
        attributes: i === 3 ? { material: 'linen' } : { material: 'metal' },
      });
    }
    const shop = anonymous(server);
    const get = (q: string) => shop.call<Page>('GET', `/api/storefront/${store.domain}/products${q}`);
    assert.deepEqual(
      (await get('?sort=price')).data.map((l) => l.price),
      ['5.00', '15.00', '40.00', '60.00'],
    );
    assert.deepEqual(
      (await get('?sort=-price&limit=2')).data.map((l) => l.price),
      ['60.00', '40.00'],
    );
    const paged = await get('?sort=title&limit=2&offset=2');
    assert.deepEqual(
      paged.data.map((l) => l.title),
      ['Steel Pot', 'Wooden Spoon'],
    );
    assert.equal(paged.total, 4);
    // Every page knows the total: a last page that is short, exactly full or whole, one past the end.
    const totals = async (q: string) => {
      const page = await get(`?sort=title&${q}`);
      return [page.data.map((l) => l.title), page.total];
    };
    assert.deepEqual(await totals('limit=3&offset=3'), [['Wooden Spoon'], 4]);
    assert.deepEqual(await totals('limit=4&offset=0'), [
      ['Apron', 'Iron Skillet', 'Steel Pot', 'Wooden Spoon'],
      4,
    ]);
    assert.deepEqual(await totals('limit=3&offset=0'), [['Apron', 'Iron Skillet', 'Steel Pot'], 4]);
    assert.deepEqual(await totals('limit=2&offset=4'), [[], 4]);
    assert.deepEqual(await totals('limit=2&offset=9'), [[], 4]);
    assert.deepEqual(await totals('limit=2&offset=3000000000'), [[], 4]);
    assert.deepEqual(await totals('category=cookware&limit=2'), [['Iron Skillet', 'Steel Pot'], 2]);
    assert.deepEqual(await totals('category=cookware&limit=1&offset=1'), [['Steel Pot'], 2]);
    assert.deepEqual(await totals('category=cookware&limit=1'), [['Iron Skillet'], 2]);
    // A category's page carries its total; past its last match, or with none, it is counted apart.
    assert.deepEqual(await totals('category=cookware&limit=2&offset=2'), [[], 2]);
    assert.deepEqual(await totals('category=cookware&limit=2&offset=7'), [[], 2]);
    assert.deepEqual(await totals('category=pans&limit=5'), [['Iron Skillet'], 1]);
    assert.deepEqual(await totals('category=cookware&tag=nothing-has-it'), [[], 0]);
    assert.deepEqual(await totals('tag=nothing-has-it'), [[], 0]);
    assert.deepEqual(
      (await get('?category=cookware&sort=price')).data.map((l) => l.title),
      ['Iron Skillet', 'Steel Pot'],
    );
    assert.deepEqual(
      (await get('?minPrice=10&maxPrice=40&sort=price')).data.map((l) => l.title),
      ['Apron', 'Iron Skillet'],
    );
    assert.equal((await get('?tag=textile')).total, 1);
    assert.equal((await get('?attr=material:linen')).total, 1);
    assert.equal((await get('?attr=material:linen,fit:loose')).total, 0);
    const faceted = await get('?facets=true');
    assert.ok(faceted.facets);
    const bands = faceted.facets.priceBands as unknown as { min: string; count: number }[];
    assert.equal(
      bands.reduce((s, b) => s + b.count, 0),
      4,
    );
    const cats = faceted.facets.categories as unknown as { id: string; count: number }[];
    assert.equal(cats.find((c) => c.id === cat.id)?.count, 1);
    const bad = await shop.raw('GET', `/api/storefront/${store.domain}/products?sort=bogus&minPrice=abc`);
    assert.equal(bad.status, 400);
  });

  test('search: weighted full text, typo tolerance, suggest, and analytics with zero results', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const add = async (sku: string, name: string, description: string, tags: string[] = []) => {
      const p = await product(client, { sku, name, description, price: '10', initialStock: 1 });
      await client.call('POST', `/api/stores/${store.id}/products`, { productId: p.id, tags });
    };
    await add('A', 'Copper Kettle', 'A kettle for the stove');
    await add('B', 'Enamel Mug', 'Goes well with a copper kettle', ['copper']);
    await add('C', 'Linen Towel', 'Soft');
    const shop = anonymous(server);
    const search = (q: string) =>
      shop.call<Page>('GET', `/api/storefront/${store.domain}/products?q=${encodeURIComponent(q)}`);
    const copper = await search('copper');
    // Title (A) outranks tags (B) and description (C).
    assert.deepEqual(
      copper.data.map((l) => l.title),
      ['Copper Kettle', 'Enamel Mug'],
    );
    const typo = await search('coper ketle');
    assert.equal(typo.data[0]?.title, 'Copper Kettle');
    assert.equal((await search('kett')).data[0]?.title, 'Copper Kettle'); // prefix
    // A search's total is counted with its page, and still when the page is past the last match.
    assert.equal(copper.total, 2);
    assert.equal(copper.data[0] && 'matches' in copper.data[0], false);
    const past = await shop.call<Page>(
      'GET',
      `/api/storefront/${store.domain}/products?q=copper&limit=1&offset=5`,
    );
    assert.deepEqual([past.data.length, past.total], [0, 2]);
    const second = await shop.call<Page>(
      'GET',
      `/api/storefront/${store.domain}/products?q=copper&limit=1&offset=1`,
    );
    assert.deepEqual([second.data.map((l) => l.title), second.total], [['Enamel Mug'], 2]);
    assert.equal((await search('zzzqqq')).total, 0);
    // The same search again, once answered from the cache, is still each time the shopper's search.
    let repeats = 0;
    for (let hit = false; !hit && repeats < 50; repeats++) {
      const again = await shop.raw('GET', `/api/storefront/${store.domain}/products?q=zzzqqq`);
      hit = again.headers.get('x-cache') === 'HIT';
    }
    const suggest = await shop.call<{ suggestions: { title: string }[] }>(
      'GET',
      `/api/storefront/${store.domain}/search/suggest?q=lin`,
    );
    assert.deepEqual(
      suggest.suggestions.map((s) => s.title),
      ['Linen Towel'],
    );
    await server.app.modules.catalog.flushSearches(); // searches are logged in batches
    const analytics = await client.call<{
      searches: number;
      zeroResultSearches: number;
      zeroResultQueries: { query: string }[];
    }>('GET', `/api/stores/${store.id}/analytics/search`);
    assert.ok(repeats < 50, 'a repeated search is served from the cache');
    assert.equal(analytics.searches, 4 + repeats); // suggest (as-you-type) is not logged
    assert.equal(analytics.zeroResultSearches, 1 + repeats);
    assert.deepEqual(
      analytics.zeroResultQueries.map((q) => q.query),
      ['zzzqqq'],
    );
  });

  test('an inventory change reaches the listings: name, price (sorting and filtering too) and stock', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const a = await product(client, { sku: 'A1', name: 'Alpha Mug', price: '10', initialStock: 1 });
    const b = await product(client, { sku: 'B1', name: 'Beta Mug', price: '20', initialStock: 1 });
    for (const p of [a, b])
      await client.call('POST', `/api/stores/${store.id}/products`, { productId: p.id });
    await client.call('PUT', `/api/inventory/products/${a.id}`, { price: '30', name: 'Alpha Jug' });
    const shop = anonymous(server);
    const sorted = await shop.call<Page>('GET', `/api/storefront/${store.domain}/products?sort=price`);
    assert.deepEqual(
      sorted.data.map((l) => [l.title, l.price]),
      [
        ['Beta Mug', '20.00'],
        ['Alpha Jug', '30.00'],
      ],
    );
    const found = await shop.call<Page>('GET', `/api/storefront/${store.domain}/products?q=jug`);
    assert.equal(found.data[0]?.title, 'Alpha Jug');
    assert.equal(
      (await shop.call<Page>('GET', `/api/storefront/${store.domain}/products?minPrice=25`)).total,
      1,
    );
    await client.call('POST', `/api/inventory/products/${b.id}/adjustments`, {
      quantity: -1,
      reason: 'broken',
    });
    const inStock = await shop.call<Page>('GET', `/api/storefront/${store.domain}/products?available=true`);
    assert.deepEqual(
      inStock.data.map((l) => l.title),
      ['Alpha Jug'],
    );
  });

  test('a listing whose inventory product is deleted leaves the storefront but stays editable', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const p = await product(client, { sku: 'GONE-1', name: 'Gone Vase', price: '10', initialStock: 1 });
    const listing = await client.call<Listing>('POST', `/api/stores/${store.id}/products`, {
      productId: p.id,
    });
    const shop = anonymous(server);
    assert.equal((await shop.call<Page>('GET', `/api/storefront/${store.domain}/products`)).total, 1);
    await client.call('DELETE', `/api/inventory/products/${p.id}`);
    assert.equal((await shop.call<Page>('GET', `/api/storefront/${store.domain}/products`)).total, 0);
    assert.equal((await shop.raw('GET', `/api/storefront/${store.domain}/products/gone-vase`)).status, 404);
    const edited = await client.call<Listing & { productMissing: boolean }>(
      'PUT',
      `/api/stores/${store.id}/products/${listing.id}`,
      { customTitle: 'Vase (retired)' },
    );
    assert.equal(edited.productMissing, true);
    assert.equal(edited.title, 'Vase (retired)');
  });
});
