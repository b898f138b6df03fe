import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { newMerchant } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({ runJobs: false });
});
after(() => server.close());

type GqlResult<T> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };

describe('inventory over GraphQL', () => {
  test('create, adjust (409 INSUFFICIENT_STOCK as extensions.code), query with stock and ledger', async () => {
    const { client } = await newMerchant(server);
    const gql = async <T>(query: string, variables: Record<string, unknown> = {}) =>
      (await client.raw<GqlResult<T>>('POST', '/graphql', { query, variables })).body;

    const created = await gql<{ createInventoryProduct: { id: string; stock: { available: number } } }>(
      `mutation($input: InventoryProductInput!) { createInventoryProduct(input: $input) { id stock { available } } }`,
      { input: { sku: 'GQL-1', name: 'Graph kettle', price: '12.50', initialStock: 4 } },
    );
    const id = created.data?.createInventoryProduct.id ?? '';
    assert.equal(created.data?.createInventoryProduct.stock.available, 4);

    const adjusted = await gql<{ adjustStock: { stock: { onHand: number } } }>(
      `mutation($id: ID!) { adjustStock(productId: $id, quantity: -1, reason: "sold") { stock { onHand } } }`,
      { id },
    );
    assert.equal(adjusted.data?.adjustStock.stock.onHand, 3);
    const tooMuch = await gql(
      `mutation($id: ID!) { adjustStock(productId: $id, quantity: -9, reason: "x") { id } }`,
      {
        id,
      },
    );
    assert.equal(tooMuch.errors?.[0]?.extensions?.code, 'INSUFFICIENT_STOCK');

    const read = await gql<{
      inventoryProduct: { price: string; variants: { sku: string }[] };
      inventoryTransactions: { total: number };
      inventoryProducts: { total: number };
    }>(
      `query($id: ID!) {
        inventoryProduct(id: $id) { price variants { sku } }
        inventoryTransactions(productId: $id) { total }
        inventoryProducts(q: "kettle") { total }
      }`,
      { id },
    );
    assert.equal(read.data?.inventoryProduct.price, '12.50');
    assert.equal(read.data?.inventoryProduct.variants[0]?.sku, 'GQL-1');
    assert.equal(read.data?.inventoryTransactions.total, 2);
    assert.equal(read.data?.inventoryProducts.total, 1);
  });
});
