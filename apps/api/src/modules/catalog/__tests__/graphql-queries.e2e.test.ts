import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { recordStatements } from '../../../../test/statements.ts';

let server: TestServer;
before(async () => {
  // No background job runner in this process: only the request's own statements are counted.
  server = await startTestServer({ runJobs: false });
});
after(() => server.close());

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
      const counter = recordStatements();
      const res = await shop.raw<{
        data: { catalog: { data: { variants: unknown[]; reviews: unknown[]; categories: unknown[] }[] } };
        errors?: unknown;
      }>('POST', '/graphql', { query: QUERY, variables: { domain: store.domain, limit } });
      const statements = counter.stop().length;
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

  test('merchant mutations and storefront queries: categories, pages, listings, reviews', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const gql = async <T>(query: string, variables: Record<string, unknown>, asMerchant = true) => {
      const res = await (asMerchant ? client : anonymous(server)).raw<{
        data: T;
        errors?: { extensions: { code: string } }[];
      }>('POST', '/graphql', { query, variables });
      return res.body;
    };
    const created = await gql<{ createCategory: { id: string; slug: string } }>(
      'mutation($s: ID!, $i: JSON!) { createCategory(storeId: $s, input: $i) { id slug } }',
      { s: store.id, i: { name: 'Tea Things' } },
    );
    assert.equal(created.data.createCategory.slug, 'tea-things');
    const dup = await gql('mutation($s: ID!, $i: JSON!) { createCategory(storeId: $s, input: $i) { id } }', {
      s: store.id,
      i: { name: 'Tea Things' },
    });
    assert.equal(dup.errors?.[0]?.extensions.code, 'DUPLICATE_SLUG');
    const p = await client.call<{ id: string }>('POST', '/api/inventory/products', {
      sku: 'GQL-1',
      name: 'Tea Pot',
      price: '30',
    });
    const listing = await gql<{
      createProductListing: { slug: string; price: string; categories: { slug: string }[] };
    }>(
      'mutation($s: ID!, $i: JSON!) { createProductListing(storeId: $s, input: $i) { slug price categories { slug } } }',
      {
        s: store.id,
        i: { productId: p.id, priceMarkup: '10', categoryIds: [created.data.createCategory.id] },
      },
    );
    assert.deepEqual(listing.data.createProductListing, {
      slug: 'tea-pot',
      price: '33.00',
      categories: [{ slug: 'tea-things' }],
    });
    await gql('mutation($s: ID!, $i: JSON!) { createStorePage(storeId: $s, input: $i) { id } }', {
      s: store.id,
      i: { title: 'About', content: '# Hi', contentFormat: 'MARKDOWN', isPublished: true },
    });
    const shop = await gql<{
      categories: { slug: string; productCount: number }[];
      storePage: { contentHtml: string };
    }>(
      'query($d: String!) { categories(domain: $d) { slug productCount } storePage(domain: $d, slug: "about") { contentHtml } }',
      { d: store.domain },
      false,
    );
    assert.deepEqual(shop.data.categories, [{ slug: 'tea-things', productCount: 1 }]);
    assert.match(shop.data.storePage.contentHtml, /<h1>Hi<\/h1>/);
    await client.call('POST', `/api/stores/${store.id}/collections`, {
      title: 'Tea Time',
      kind: 'RULE',
      rules: [{ field: 'category', op: 'eq', value: 'tea-things' }],
    });
    const coll = await gql<{
      collections: { slug: string; products: { total: number; data: { slug: string }[] } }[];
    }>(
      'query($d: String!) { collections(domain: $d) { slug products { total data { slug } } } }',
      { d: store.domain },
      false,
    );
    assert.deepEqual(coll.data.collections, [
      { slug: 'tea-time', products: { total: 1, data: [{ slug: 'tea-pot' }] } },
    ]);
    const anonymousMutation = await gql(
      'mutation($s: ID!, $i: JSON!) { createCategory(storeId: $s, input: $i) { id } }',
      { s: store.id, i: { name: 'X' } },
      false,
    );
    assert.equal(anonymousMutation.errors?.[0]?.extensions.code, 'UNAUTHENTICATED');
  });
});
