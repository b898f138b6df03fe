import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { VentoryClient } from '@ventory/sdk';
import { addMember } from '../../../test/fixtures.ts';
import { type Order, sellingShop } from '../../../test/orders.ts';
import { startTestServer, type TestServer } from '../../../test/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Gql<T> = {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; status?: number } }>;
};

async function gql<T>(client: VentoryClient, query: string, variables: Record<string, unknown>) {
  return (await client.raw<Gql<T>>('POST', '/graphql', { query, variables })).body;
}
const ok = <T>(res: Gql<T>): T => {
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data as T;
};

describe('GraphQL admin mutations (the REST API’s, same services and permissions)', () => {
  test('store settings: shipping, payment and tax methods, coupons, gift cards and themes', async () => {
    const s = await sellingShop(server);
    const storeId = s.store.id;
    const create = (type: string, input: unknown) =>
      gql<Record<string, { id: string } & Record<string, unknown>>>(
        s.client,
        `mutation($storeId: ID!, $input: JSON!) { create${type}(storeId: $storeId, input: $input) { id } }`,
        { storeId, input },
      );
    const ship = ok(await create('ShippingMethod', { name: 'Express', price: '12.00' })).createShippingMethod;
    const card = ok(await create('PaymentMethod', { name: 'Card 2', provider: 'test' })).createPaymentMethod;
    const tax = ok(
      await create('TaxRate', { name: 'NY', country: 'US', region: 'NY', rate: '8.875' }),
    ).createTaxRate;
    const coupon = ok(
      await create('Coupon', { code: 'gql10', discountType: 'PERCENTAGE', discountValue: '10' }),
    ).createCoupon;
    const gift = ok(await create('GiftCard', { initialBalance: '50.00' })).createGiftCard;
    const theme = ok(await create('StoreTheme', { name: 'Night', isActive: true })).createStoreTheme;

    // The REST API sees what GraphQL wrote.
    const admin = `/api/stores/${storeId}`;
    assert.equal(
      (await s.client.call<{ price: string }>('GET', `${admin}/shipping-methods/${ship?.id}`)).price,
      '12.00',
    );
    assert.equal(
      (await s.client.call<{ rate: string }>('GET', `${admin}/tax-rates/${tax?.id}`)).rate,
      '8.875',
    );
    assert.equal(
      (await s.client.call<{ code: string }>('GET', `${admin}/coupons/${coupon?.id}`)).code,
      'GQL10',
    );
    assert.equal(
      (await s.client.call<{ isActive: boolean }>('GET', `${admin}/themes/${theme?.id}`)).isActive,
      true,
    );

    // Adjusting a gift card writes its ledger; deactivating it keeps it.
    const adjusted = ok(
      await gql<{ updateGiftCard: { balance: string; isActive: boolean } }>(
        s.client,
        `mutation($storeId: ID!, $id: ID!) {
          updateGiftCard(storeId: $storeId, id: $id, input: { balance: "20.00", isActive: false }) { balance isActive }
        }`,
        { storeId, id: gift?.id },
      ),
    ).updateGiftCard;
    assert.deepEqual(adjusted, { balance: '20.00', isActive: false });
    const ledger = await s.client.call<{ data: Array<{ type: string }> }>(
      'GET',
      `${admin}/gift-cards/${gift?.id}/transactions`,
    );
    assert.ok(ledger.data.some((t) => t.type === 'ADJUST'));

    // Invalid input is a 400-coded error that changes nothing; so is an update that sets nothing.
    const backwards = await gql(
      s.client,
      `mutation($storeId: ID!, $id: ID!) {
        updateCoupon(storeId: $storeId, id: $id, input: { startsAt: "2030-01-01T00:00:00Z", expiresAt: "2029-01-01T00:00:00Z" }) { id }
      }`,
      { storeId, id: coupon?.id },
    );
    assert.equal(backwards.errors?.[0]?.extensions?.code, 'VALIDATION_FAILED');
    const empty = await gql(
      s.client,
      'mutation($storeId: ID!, $id: ID!) { updateTaxRate(storeId: $storeId, id: $id, input: {}) { id } }',
      { storeId, id: tax?.id },
    );
    assert.equal(empty.errors?.[0]?.extensions?.code, 'VALIDATION_FAILED');

    // Deletes.
    for (const [type, id] of [
      ['ShippingMethod', ship?.id],
      ['PaymentMethod', card?.id],
      ['TaxRate', tax?.id],
      ['Coupon', coupon?.id],
      ['StoreTheme', theme?.id],
    ] as const) {
      const res = await gql<Record<string, boolean>>(
        s.client,
        `mutation($storeId: ID!, $id: ID!) { delete${type}(storeId: $storeId, id: $id) }`,
        { storeId, id },
      );
      assert.equal(ok(res)[`delete${type}`], true, type);
    }
    assert.equal((await s.client.raw('GET', `${admin}/coupons/${coupon?.id}`)).status, 404);
  });

  test('orders: fulfil, refund and cancel; STAFF without orders.refund is refused', async () => {
    const s = await sellingShop(server);
    const staff = await addMember(server, s, 'STAFF');
    const first = await s.place(2);
    const act = (client: VentoryClient, verb: string, id: string, input?: unknown) =>
      gql<Record<string, Order>>(
        client,
        `mutation($storeId: ID!, $id: ID!, $input: JSON) {
          ${verb}(storeId: $storeId, id: $id, input: $input) { id status paymentStatus fulfillmentStatus payments { status } }
        }`,
        { storeId: s.store.id, id, input },
      );
    const refusal = await act(staff.client, 'refundOrder', first.id, { amount: '5.00' });
    assert.equal(refusal.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal(((await s.order(first.id)).refunds as unknown[] | undefined)?.length ?? 0, 0);

    const fulfilled = ok(await act(staff.client, 'fulfillOrder', first.id)).fulfillOrder;
    assert.equal(fulfilled?.fulfillmentStatus, 'FULFILLED');
    const refunded = ok(await act(s.client, 'refundOrder', first.id, { amount: '5.00' })).refundOrder;
    assert.equal(
      (refunded?.payments as Array<{ status: string }> | undefined)?.[0]?.status,
      'PARTIALLY_REFUNDED',
    );

    const second = await s.place(1);
    const canceled = ok(await act(staff.client, 'cancelOrder', second.id, { reason: 'asked' })).cancelOrder;
    assert.equal(canceled?.status, 'CANCELED');
    assert.equal((await s.stock()).allocated, 0);

    // The audit log names GraphQL mutations like REST ones.
    const audit = await s.client.call<{ data: Array<{ action: string; method: string }> }>(
      'GET',
      '/api/audit-log?method=GRAPHQL',
    );
    assert.ok(audit.data.some((row) => row.action === 'cancelOrder'));
  });
});
