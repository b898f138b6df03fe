import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { anonymous, newMerchantWithStore } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({ runJobs: false });
});
after(() => server.close());

/**
 * Columns are named in camelCase in TypeScript and snake_case in SQL, but the keys inside a JSON
 * value are the merchant's own: `fabric_type` must come back as `fabric_type`, not `fabricType`,
 * wherever the value is read (REST or GraphQL; a row alone, or rows read together as JSON in one
 * statement).
 */
describe('keys inside JSON values', () => {
  test('merchant-defined keys come back as they were written', async () => {
    const m = await newMerchantWithStore(server, 'Json keys');
    const attributes = { fabric_type: 'cotton', care: { wash_at: '30C', Dry_Clean: false } };
    const product = await m.client.call<{
      id: string;
      attributes: unknown;
      variants: { options: unknown }[];
    }>('POST', '/api/inventory/products', {
      sku: 'JSON-KEYS',
      name: 'Cotton shirt',
      price: '20.00',
      attributes,
      variants: [{ sku: 'JSON-KEYS-42', options: { shoe_size: '42' }, initialStock: 3 }],
    });
    assert.deepEqual(product.attributes, attributes);
    const read = await m.client.call<typeof product>('GET', `/api/inventory/products/${product.id}`);
    assert.deepEqual(read.attributes, attributes);
    assert.deepEqual(read.variants[0]?.options, { shoe_size: '42' });
    const graph = await m.client.raw<{ data: { inventoryProduct: { attributes: unknown } } }>(
      'POST',
      '/graphql',
      {
        query: 'query ($id: ID!) { inventoryProduct(id: $id) { attributes } }',
        variables: { id: product.id },
      },
    );
    assert.deepEqual(graph.body.data.inventoryProduct.attributes, attributes);

    const listing = await m.client.call<{ slug: string; attributes: unknown }>(
      'POST',
      `/api/stores/${m.store.id}/products`,
      { productId: product.id, attributes: { sleeve_length: 'long' } },
    );
    assert.deepEqual(listing.attributes, { sleeve_length: 'long' });
    const sf = `/api/storefront/${m.store.domain}`;
    const page = await anonymous(server).call<{ attributes: unknown; variants: { options: unknown }[] }>(
      'GET',
      `${sf}/products/${listing.slug}`,
    );
    assert.deepEqual(page.attributes, { sleeve_length: 'long' });
    assert.deepEqual(page.variants[0]?.options, { shoe_size: '42' });
    const list = await anonymous(server).call<{ data: { attributes: unknown }[] }>(
      'GET',
      `${sf}/products?attr=sleeve_length:long`,
    );
    assert.deepEqual(
      list.data.map((l) => l.attributes),
      [{ sleeve_length: 'long' }],
    );

    const customer = await m.client.call<{ id: string; customAttributes: unknown }>(
      'POST',
      `/api/stores/${m.store.id}/customers`,
      { email: 'json-keys@example.test', customAttributes: { loyalty_tier: 'gold' } },
    );
    assert.deepEqual(customer.customAttributes, { loyalty_tier: 'gold' });
    const again = await m.client.call<typeof customer>(
      'GET',
      `/api/stores/${m.store.id}/customers/${customer.id}`,
    );
    assert.deepEqual(again.customAttributes, { loyalty_tier: 'gold' });
  });
});
