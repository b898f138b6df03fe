import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  // No background job runner in this process: only the request's own statements are counted.
  server = await startTestServer({ runJobs: false });
});
after(() => server.close());

/** Counts every statement any pg client of this process sends (BEGIN/COMMIT included). */
function countStatements() {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  let count = 0;
  proto.query = function (this: unknown, ...args: unknown[]) {
    count += 1;
    return original.apply(this, args);
  };
  return {
    stop() {
      proto.query = original;
      return count;
    },
  };
}

const QUERY = /* GraphQL */ `
  query Page($domain: String!, $limit: Int!) {
    catalog(domain: $domain, limit: $limit, sort: "title") {
      total
      data {
        id slug title price available images rating ratingCount
        variants { id sku price available options }
        categories { id name slug }
        reviews(limit: 3) { rating content customerName }
      }
    }
  }
`;

describe('GraphQL catalog', () => {
  test('a 20-listing page with variants, images, categories and reviews takes a constant number of statements', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const cats = await Promise.all(
      ['Kettles', 'Pans'].map((name) =>
        client.call<{ id: string }>('POST', `/api/stores/${store.id}/categories`, { name }),
      ),
    );
    for (let i = 0; i < 20; i++) {
      const p = await client.call<{ id: string }>('POST', '/api/inventory/products', {
        sku: `GQ-${i}`,
        name: `Item ${String(i).padStart(2, '0')}`,
        price: '12.50',
        images: [`/img/${i}.svg`],
        variants: [
          { sku: `GQ-${i}-A`, options: { Size: 'A' }, initialStock: i },
          { sku: `GQ-${i}-B`, options: { Size: 'B' }, initialStock: 1 },
        ],
      });
      await client.call('POST', `/api/stores/${store.id}/products`, {
        productId: p.id,
        categoryIds: [cats[i % 2]?.id],
      });
      const slug = `item-${String(i).padStart(2, '0')}`;
      await anonymous(server).call('POST', `/api/storefront/${store.domain}/products/${slug}/reviews`, {
        rating: 1 + (i % 5),
        content: `Review ${i}`,
        customerName: 'Ada',
      });
    }
    const pending = await client.call<{ data: { id: string }[] }>(
      'GET',
      `/api/stores/${store.id}/reviews?limit=100`,
    );
    for (const r of pending.data)
      await client.call('POST', `/api/stores/${store.id}/reviews/${r.id}/approve`);

    const shop = anonymous(server);
    const run = async (limit: number) => {
      const counter = countStatements();
      const res = await shop.raw<{
        data: { catalog: { data: { variants: unknown[]; reviews: unknown[]; categories: unknown[] }[] } };
        errors?: unknown;
      }>('POST', '/graphql', { query: QUERY, variables: { domain: store.domain, limit } });
      const statements = counter.stop();
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.errors, undefined);
      return { statements, data: res.body.data.catalog.data };
    };
    await run(1); // warm the store resolver cache
    const small = await run(2);
    const full = await run(20);
    assert.equal(full.data.length, 20);
    assert.ok(
      full.data.every((l) => l.variants.length === 2 && l.reviews.length === 1 && l.categories.length === 1),
    );
    console.log(`statements: 2 listings → ${small.statements}, 20 listings → ${full.statements}`);
    assert.equal(full.statements, small.statements, 'the statement count must not grow with the page size');
    assert.ok(full.statements <= 25, `expected a small constant, got ${full.statements}`);
  });
});
