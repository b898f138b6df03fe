import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { anonymous } from '../../../../test/fixtures.ts';
import { startTestServer, type TestServer } from '../../../../test/server.ts';
import { address, type Json, shop } from '../../../../test/shop.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Gql<T> = { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };

describe('GraphQL: Cart, Order and checkout', () => {
  test('create a cart, add a line, check out, read the order as the merchant', async () => {
    const s = await shop(server, { price: '12.34', stock: 5 });
    const card = await s.client.call<Json>('POST', `${s.admin}/payment-methods`, {
      name: 'Card',
      provider: 'test',
    });
    const shopper = anonymous(server);
    const gql = async <T>(query: string, variables: Record<string, unknown>, client = shopper) =>
      (await client.raw<Gql<T>>('POST', '/graphql', { query, variables })).body;

    const created = await gql<{
      createCart: { id: string; items: Array<{ id: string }>; totalAmount: string };
    }>(
      `mutation($domain: String!, $listingId: ID!) {
        createCart(domain: $domain, items: [{ listingId: $listingId, quantity: 2 }]) { id totalAmount items { id } }
      }`,
      { domain: s.store.domain, listingId: s.listing.id },
    );
    assert.equal(created.errors, undefined, JSON.stringify(created.errors));
    const cartId = created.data?.createCart.id as string;
    assert.equal(created.data?.createCart.totalAmount, '24.68');

    const tooMany = await gql(
      `mutation($domain: String!, $cartId: ID!, $listingId: ID!) {
        addCartItem(domain: $domain, cartId: $cartId, input: { listingId: $listingId, quantity: 4 }) { id }
      }`,
      { domain: s.store.domain, cartId, listingId: s.listing.id },
    );
    assert.equal(tooMany.errors?.[0]?.extensions?.code, 'INSUFFICIENT_STOCK');

    const placed = await gql<{
      checkout: {
        id: string;
        orderNumber: string;
        paymentStatus: string;
        payments: Array<{ card: { last4: string } }>;
      };
    }>(
      `mutation($domain: String!, $input: CheckoutInput!) {
        checkout(domain: $domain, input: $input) { id orderNumber paymentStatus payments { card { last4 } } }
      }`,
      {
        domain: s.store.domain,
        input: {
          cartId,
          email: 'gql@example.test',
          shippingAddress: address,
          payments: [{ paymentMethodId: card.id, token: 'tok_visa' }],
        },
      },
    );
    assert.equal(placed.errors, undefined, JSON.stringify(placed.errors));
    assert.equal(placed.data?.checkout.paymentStatus, 'PAID');
    assert.equal(placed.data?.checkout.payments[0]?.card.last4, '4242');

    const merchantView = await gql<{
      orders: { total: number; data: Array<{ orderNumber: string; totalAmount: string }> };
    }>(
      `query($storeId: ID!) { orders(storeId: $storeId) { total data { orderNumber totalAmount } } }`,
      { storeId: s.store.id },
      s.client,
    );
    assert.equal(merchantView.data?.orders.total, 1);
    assert.equal(merchantView.data?.orders.data[0]?.totalAmount, '24.68');
    const denied = await gql(`query($storeId: ID!) { orders(storeId: $storeId) { total } }`, {
      storeId: s.store.id,
    });
    assert.ok(denied.errors?.length, 'orders need a merchant token');
  });
});
