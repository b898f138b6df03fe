import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { recordStatements, showStatements } from '../../../../test/statements.ts';

let server: TestServer;
before(async () => {
  // No background job runner in this process: only the requests' own statements are counted.
  server = await startTestServer({ runJobs: false });
});
after(() => server.close());

/**
 * An uncached storefront read (a URL the cache has not seen) costs a pinned number of SQL
 * statements, BEGIN/COMMIT and the tenant setting included, so the count cannot creep back (issue
 * 17). The pins are the counts measured when this test was written: lower them as statements go.
 */
// Today: each read runs alone, as its own implicit transaction with the tenant settings sent in
// its round trip; the route's BEGIN and COMMIT are never sent (prepared-statements.ts). A list:
// the settings + ONE statement that builds the whole reply (the listing page, its count, the
// store, the page's products with their variants and stock). A search: its page first, then the
// reply over those listings in a second statement (planned once, where the search's own statement
// is planned for every run's words). A search's log row is written later, in a batch. A product
// page: the settings + ONE statement (the listing, its product, variants and stock, the store, its
// categories). (Before: 10, 10 and 11, with a second transaction after every response for the
// cache entry's lifetime, now looked up at most every few seconds per tenant; then 7, 7 and 8 with
// variants and stock read apart; then 6, 6 and 7 with the search logged on the request path; then
// 6, 6 and 6; then 4, 4 and 3 in one transaction.)
// Round trips: a list and a product page 1, a search 2 (then 2, 1 and 2; 4, 3 and 4 in one
// transaction). A category page is a list whose statement also finds the category's subtree
// (before 2026-12-06: a statement of its own first, 4 statements in 3 round trips).
const AT_MOST = { list: 2, category: 2, detail: 2, search: 4 };
const ROUND_TRIPS_AT_MOST = { list: 1, category: 1, detail: 1, search: 2 };

describe('storefront read statement count', () => {
  test('an uncached product list, category page, product page and search take a pinned number of statements', async () => {
    const m = await newMerchantWithStore(server, 'Counted reads');
    const kitchen = await m.client.call<{ id: string }>('POST', `/api/stores/${m.store.id}/categories`, {
      name: 'Kitchen',
      slug: 'kitchen',
    });
    for (const [i, name] of ['Copper kettle', 'Iron pan', 'Linen apron'].entries()) {
      const product = await m.client.call<{ id: string }>('POST', '/api/inventory/products', {
        sku: `READ-${i}`,
        name,
        price: '12.50',
        initialStock: 5,
      });
      await m.client.call('POST', `/api/stores/${m.store.id}/products`, {
        productId: product.id,
        categoryIds: [kitchen.id],
      });
    }
    const shop = anonymous(server);
    const sf = `/api/storefront/${m.store.domain}`;
    // The store resolver's first look-up, and a slug for the product page.
    const first = await shop.call<{ data: Array<{ slug: string }> }>('GET', `${sf}/products?limit=1&warm=1`);
    await new Promise((r) => setTimeout(r, 300));
    let n = 0;
    const read = async (label: keyof typeof AT_MOST, path: string) => {
      n += 1; // a URL the cache has not seen
      const counter = recordStatements();
      const res = await shop.raw('GET', `${path}${path.includes('?') ? '&' : '?'}uncached=${n}`);
      await new Promise((r) => setTimeout(r, 300)); // what the read leaves running after its response
      const seen = counter.stop();
      assert.equal(res.status, 200, JSON.stringify(res.body));
      showStatements(label, seen);
      console.log(`statements: ${label} ${seen.length} (${counter.roundTrips} round trips)`);
      assert.ok(
        counter.roundTrips <= ROUND_TRIPS_AT_MOST[label],
        `an uncached ${label} must take at most ${ROUND_TRIPS_AT_MOST[label]} round trips, took ${counter.roundTrips}`,
      );
      return seen.length;
    };
    const list = await read('list', `${sf}/products?limit=24`);
    const category = await read('category', `${sf}/products?category=kitchen`);
    const detail = await read('detail', `${sf}/products/${first.data[0]?.slug}`);
    const search = await read('search', `${sf}/products?q=kettle`);
    assert.ok(list <= AT_MOST.list, `an uncached list must take at most ${AT_MOST.list}, took ${list}`);
    assert.ok(
      category <= AT_MOST.category,
      `an uncached category page must take at most ${AT_MOST.category}, took ${category}`,
    );
    assert.ok(
      detail <= AT_MOST.detail,
      `an uncached product page must take at most ${AT_MOST.detail}, took ${detail}`,
    );
    assert.ok(
      search <= AT_MOST.search,
      `an uncached search must take at most ${AT_MOST.search}, took ${search}`,
    );
  });
});
