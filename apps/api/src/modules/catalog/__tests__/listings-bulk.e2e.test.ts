import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { VentoryClient } from '@ventory/sdk';
import { addMember, anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Listing = {
  id: string;
  slug: string;
  price: string;
  compareAtPrice: string | null;
  priceMarkup: string;
  priceOverride: string | null;
  salePrice: string | null;
  isVisible: boolean;
  categoryIds: string[];
  variants: { price: string }[];
};
type Bulk = { updated: number; listings: Listing[] };
type Problem = { code: string; errors?: { path: string; message: string }[]; permission?: string };

/** A store with three listings: 19.99 marked up 0 %, 10.00 overridden to 12.35, 20/24 variants. */
async function shop() {
  const m = await newMerchantWithStore(server);
  const base = `/api/stores/${m.store.id}/products`;
  const listing = async (body: Record<string, unknown>, listingBody: Record<string, unknown> = {}) => {
    const p = await m.client.call<{ id: string }>('POST', '/api/inventory/products', body);
    return m.client.call<Listing>('POST', base, { productId: p.id, ...listingBody });
  };
  const kettle = await listing({ sku: 'KET', name: 'Kettle', price: '19.99', initialStock: 5 });
  const mug = await listing({ sku: 'MUG', name: 'Mug', price: '10' }, { priceOverride: '12.35' });
  const tee = await listing({
    sku: 'TEE',
    name: 'Tee',
    price: '20',
    variants: [
      { sku: 'TEE-S', name: 'Small', options: { Size: 'S' }, initialStock: 3 },
      { sku: 'TEE-L', name: 'Large', options: { Size: 'L' }, price: '24', initialStock: 3 },
    ],
  });
  const bulk = (client: VentoryClient, body: unknown) =>
    client.raw<Bulk & Problem>('POST', `${base}/bulk`, body);
  return { ...m, base, kettle, mug, tee, bulk };
}

describe('bulk edit of listings', () => {
  test('a percentage change rounds to cents; the storefront serves the new prices at once', async () => {
    const s = await shop();
    const page = () =>
      anonymous(server).call<Listing>('GET', `/api/storefront/${s.store.domain}/products/kettle`);
    assert.equal((await page()).price, '19.99'); // now cached
    const res = await s.bulk(s.client, {
      listingIds: [s.kettle.id, s.mug.id, s.tee.id],
      action: { type: 'adjustPrice', percent: -10 },
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.updated, 3);
    const by = Object.fromEntries(res.body.listings.map((l) => [l.id, l]));
    assert.equal(by[s.kettle.id]?.price, '17.99'); // 17.991
    assert.equal(by[s.kettle.id]?.priceMarkup, '-10');
    assert.equal(by[s.mug.id]?.price, '11.12'); // 11.115 → half-up
    assert.equal(by[s.mug.id]?.priceOverride, '11.12');
    assert.deepEqual(
      by[s.tee.id]?.variants.map((v) => v.price),
      ['18.00', '21.60'],
    );
    assert.equal((await page()).price, '17.99');

    const up = await s.bulk(s.client, {
      listingIds: [s.mug.id],
      action: { type: 'adjustPrice', percent: '2.5' },
    });
    assert.equal(up.body.listings[0]?.price, '11.40'); // 11.398
  });

  test('a running sale: keep changes the sale price, clear ends the sale', async () => {
    const s = await shop();
    await s.client.call('PUT', `${s.base}/${s.mug.id}`, { salePrice: '10.00' });
    const kept = await s.bulk(s.client, {
      listingIds: [s.mug.id],
      action: { type: 'setPrice', amount: '9.50', compareAt: 'keep' },
    });
    assert.equal(kept.body.listings[0]?.price, '9.50');
    assert.equal(kept.body.listings[0]?.compareAtPrice, '12.35');
    const cleared = await s.bulk(s.client, {
      listingIds: [s.mug.id],
      action: { type: 'adjustPrice', percent: 10, compareAt: 'clear' },
    });
    assert.equal(cleared.body.listings[0]?.price, '13.59'); // 12.35 × 1.1 = 13.585
    assert.equal(cleared.body.listings[0]?.compareAtPrice, null);
    assert.equal(cleared.body.listings[0]?.salePrice, null);
  });

  test('visibility and categories; an unknown category is 400', async () => {
    const s = await shop();
    const cat = await s.client.call<{ id: string }>('POST', `/api/stores/${s.store.id}/categories`, {
      name: 'Kitchen',
    });
    const hidden = await s.bulk(s.client, {
      listingIds: [s.kettle.id, s.mug.id],
      action: { type: 'setVisibility', isVisible: false },
    });
    assert.deepEqual(
      hidden.body.listings.map((l) => l.isVisible),
      [false, false],
    );
    const sf = await anonymous(server).call<{ total: number }>(
      'GET',
      `/api/storefront/${s.store.domain}/products`,
    );
    assert.equal(sf.total, 1);
    const added = await s.bulk(s.client, {
      listingIds: [s.tee.id, s.tee.id],
      action: { type: 'addToCategory', categoryId: cat.id },
    });
    assert.equal(added.body.updated, 1);
    assert.deepEqual(added.body.listings[0]?.categoryIds, [cat.id]);
    const removed = await s.bulk(s.client, {
      listingIds: [s.tee.id, s.mug.id],
      action: { type: 'removeFromCategory', categoryId: cat.id },
    });
    assert.equal(removed.body.updated, 1); // the mug was not in it
    const unknown = await s.bulk(s.client, {
      listingIds: [s.tee.id],
      action: { type: 'addToCategory', categoryId: '00000000-0000-4000-8000-000000000000' },
    });
    assert.equal(unknown.status, 400);
  });

  test('an unknown id or another tenant’s listing changes nothing; an empty list is 400', async () => {
    const s = await shop();
    const other = await shop();
    const ghost = '00000000-0000-4000-8000-000000000000';
    for (const stranger of [ghost, other.kettle.id]) {
      const res = await s.bulk(s.client, {
        listingIds: [s.kettle.id, stranger],
        action: { type: 'setPrice', amount: '1.00' },
      });
      assert.equal(res.status, 404);
      assert.equal(res.body.errors?.[0]?.path, 'listingIds.1');
      assert.match(res.body.errors?.[0]?.message ?? '', new RegExp(stranger));
    }
    const kettle = await s.client.call<Listing>('GET', `${s.base}/${s.kettle.id}`);
    assert.equal(kettle.price, '19.99');
    assert.equal(
      (await other.client.call<Listing>('GET', `${other.base}/${other.kettle.id}`)).price,
      '19.99',
    );

    const empty = await s.bulk(s.client, {
      listingIds: [],
      action: { type: 'setVisibility', isVisible: false },
    });
    assert.equal(empty.status, 400);
    const zero = await s.bulk(s.client, {
      listingIds: [s.kettle.id],
      action: { type: 'adjustPrice', percent: 0 },
    });
    assert.equal(zero.status, 400);
    const tooMuch = await s.bulk(s.client, {
      listingIds: [s.kettle.id],
      action: { type: 'adjustPrice', percent: -100 },
    });
    assert.equal(tooMuch.status, 400);
  });

  test('without catalog.write: 403; STAFF (who have it) may, limited to their stores', async () => {
    const s = await shop();
    const body = { listingIds: [s.kettle.id], action: { type: 'setVisibility', isVisible: false } };
    // The preset roles cannot take catalog.write from a user; an API key without it is refused.
    const key = await s.client.call<{ key: string }>('POST', '/api/api-keys', {
      name: 'stock only',
      scopes: ['inventory.write'],
    });
    const denied = await s.bulk(anonymous(server).as(key.key), body);
    assert.equal(denied.status, 403);
    assert.equal(denied.body.permission, 'catalog.write');
    const staff = await addMember(server, s, 'STAFF');
    assert.equal((await s.bulk(staff.client, body)).status, 200);
    const kettle = await s.client.call<Listing>('GET', `${s.base}/${s.kettle.id}`);
    assert.equal(kettle.isVisible, false);
  });
});
