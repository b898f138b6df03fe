// List pages and product pages are built whole in SQL (storefront-reply.repository.ts, the
// inventory's storefront-stock.ts); recommendations, wish lists and the merchant's views build a
// listing in TypeScript (`toStorefrontListing`). All must show every listing alike: prices after
// markup, override and sale, in the store's currency; stock over locations, less running holds;
// bundles, digital goods, gift cards.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { VentoryClient } from '@ventory/sdk';
import { sql } from 'kysely';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Json = Record<string, unknown> & { id: string };
type Page = { data: Json[]; total: number; limit: number; offset: number; facets?: unknown };

const product = (client: VentoryClient, body: Record<string, unknown>) =>
  client.call<Json & { variants: Json[] }>('POST', '/api/inventory/products', body);

const hour = 3_600_000;
const at = (ms: number) => new Date(Date.now() + ms).toISOString();

/** Lists each product in the store, with the listing's own terms; returns the listings by name. */
async function listAll(
  client: VentoryClient,
  storeId: string,
  terms: Record<string, [string, Record<string, unknown>]>,
) {
  const out: Record<string, Json> = {};
  for (const [name, [productId, listing]] of Object.entries(terms))
    out[name] = await client.call<Json>('POST', `/api/stores/${storeId}/products`, { productId, ...listing });
  return out;
}

test('a list page shows each listing exactly as its product page does (prices, stock, bundles, currencies)', async () => {
  const m = await newMerchantWithStore(server, 'Reply');
  const { client } = m;
  const shop = anonymous(server);
  const kettle = await product(client, {
    sku: 'R-KETTLE',
    name: 'Copper Kettle',
    price: '12.35',
    weight: 900,
    description: 'A kettle. '.repeat(30),
    variants: [
      { sku: 'R-KETTLE-RED', options: { colour: 'red' }, price: '14.99', weight: 950.5, initialStock: 7 },
      { sku: 'R-KETTLE-BLUE', options: { colour: 'blue' }, initialStock: 0 },
    ],
  });
  const ebook = await product(client, {
    sku: 'R-EBOOK',
    name: 'Tea Book',
    price: '5',
    type: 'DIGITAL',
    attributes: { giftCard: true },
  });
  const towel = await product(client, {
    sku: 'R-TOWEL',
    name: 'Linen Towel',
    price: '9.99',
    initialStock: 5,
  });
  const spare = await product(client, { sku: 'R-SPARE', name: 'Spare Lid', price: '2', initialStock: 4 });
  const kit = await product(client, {
    sku: 'R-KIT',
    name: 'Tea Kit',
    price: '30',
    type: 'BUNDLE',
    bundleItems: [
      { variantId: kettle.variants[0]?.id, quantity: 2 },
      { productId: ebook.id, quantity: 1 },
    ],
  });
  const broken = await product(client, {
    sku: 'R-BROKEN',
    name: 'Lid Kit',
    price: '8',
    type: 'BUNDLE',
    bundleItems: [{ productId: spare.id, quantity: 1 }],
  });
  // A second location: the towel's stock is summed over both.
  const depot = await client.call<Json>('POST', '/api/inventory/locations', { name: 'Depot', code: 'DEPOT' });
  await client.call('POST', `/api/inventory/products/${towel.id}/adjustments`, {
    quantity: 3,
    reason: 'delivery',
    locationId: depot.id,
  });

  const listings = await listAll(client, m.store.id, {
    kettle: [
      kettle.id,
      { priceMarkup: '12.5', salePrice: '10.00', saleStartsAt: at(-hour), saleEndsAt: at(hour) },
    ],
    ebook: [ebook.id, { priceOverride: '19.99', customTitle: 'The Tea Book', customDescription: 'Read it.' }],
    kit: [kit.id, { salePrice: '99.00' }],
    towel: [towel.id, { salePrice: '1.00', saleStartsAt: at(hour), metaDescription: null }],
    broken: [broken.id, {}],
    spare: [spare.id, { priceMarkup: '-10', salePrice: '1.50', saleEndsAt: at(-hour) }],
  });
  const sf = `/api/storefront/${m.store.domain}`;
  // Two holds on the towel; one of them past its time, so it no longer counts.
  for (const quantity of [1, 2])
    await shop.call('POST', `${sf}/cart`, { items: [{ listingId: listings.towel?.id, quantity }] });
  await server.platform.db.withPlatform((tx) =>
    sql`update reservations set expires_at = now() - interval '1 minute'
         where variant_id = ${towel.variants[0]?.id} and quantity = 2`.execute(tx),
  );
  await client.call('DELETE', `/api/inventory/products/${spare.id}`);

  // The same products in a store that sells in yen: prices in its currency's digits.
  const yen = await client.call<Json & { domain: string }>('POST', '/api/stores', {
    name: 'Reply JP',
    domain: `reply-jp-${m.store.id.slice(0, 8)}.localhost`,
    currency: 'JPY',
  });
  await listAll(client, yen.id, {
    kettle: [kettle.id, { priceMarkup: '7.25' }],
    towel: [towel.id, { salePrice: '5', saleStartsAt: at(-hour) }],
  });

  for (const domain of [m.store.domain, yen.domain]) {
    const page = await shop.call<Page>('GET', `/api/storefront/${domain}/products?limit=50&facets=true`);
    assert.ok(page.facets, 'facets ride along');
    assert.equal(page.total, page.data.length);
    assert.ok(page.data.length >= 2);
    for (const item of page.data) {
      const slug = String(item.slug);
      const { categories, ...alone } = await shop.call<Json>(
        'GET',
        `/api/storefront/${domain}/products/${slug}`,
      );
      assert.deepEqual(item, alone, `${domain}: ${slug}'s product page`);
      assert.deepEqual(categories, []);
      // Built in TypeScript: the same listing among another's recommendations.
      const other = page.data.find((l) => l.id !== item.id);
      const recs = await shop.call<{ data: Json[] }>(
        'GET',
        `/api/storefront/${domain}/products/${String(other?.slug)}/recommendations?limit=24`,
      );
      const { reason: _, ...recommended } = recs.data.find((l) => l.id === item.id) ?? { reason: '' };
      assert.deepEqual(item, recommended, `${domain}: ${slug} among recommendations`);
    }
  }

  // What the cases show (so that the comparison above compares something).
  const page = await shop.call<Page>('GET', `${sf}/products?limit=50`);
  const bySku = Object.fromEntries(page.data.map((l) => [l.sku, l]));
  assert.equal(bySku['R-KETTLE-RED']?.price, '10.00');
  assert.equal(bySku['R-KETTLE-RED']?.compareAtPrice, '13.89');
  assert.equal(bySku['R-KIT']?.available, 3, 'two kettles a kit, seven kettles');
  assert.equal(bySku['R-EBOOK']?.isGiftCard, true);
  assert.equal(bySku['R-TOWEL']?.available, 7, 'eight, less the running hold of one');
  assert.equal(bySku['R-BROKEN']?.available, 0, 'a component is gone');
  const search = await shop.call<Page>('GET', `${sf}/products?q=coper+ketle`);
  assert.deepEqual(
    search.data.map((l) => l.sku),
    ['R-KETTLE-RED'],
    'a typo still finds it',
  );
});
