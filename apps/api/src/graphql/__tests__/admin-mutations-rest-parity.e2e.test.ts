// The admin mutations GraphQL gained to match REST: store settings CRUD, order actions, deletes,
// domains. Same services, validators and permissions; the answers are checked through REST.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { VentoryClient } from '@ventory/sdk';
import { startDnsServer, type TestDnsServer } from '../../../test/dns-server.ts';
import { anonymous, newMerchant, newMerchantWithStore } from '../../../test/fixtures.ts';
import { sellingShop } from '../../../test/orders.ts';
import { startTestServer, type TestServer } from '../../../test/server.ts';

type GqlError = { message: string; extensions?: { code?: string; errors?: Array<{ path: string }> } };
type Gql<T> = { data?: T | null; errors?: GqlError[] };
type Row = { id: string } & Record<string, unknown>;

let server: TestServer;
let dns: TestDnsServer;
before(async () => {
  dns = await startDnsServer();
  server = await startTestServer({
    domainVerification: { dnsServers: [dns.address], httpPort: 9, allowPrivate: false, timeoutMs: 1000 },
  });
});
after(async () => {
  await server.close();
  await dns.close();
});

async function gql<T = Record<string, Row>>(
  client: VentoryClient,
  query: string,
  variables: Record<string, unknown>,
) {
  const res = await client.raw<Gql<T>>('POST', '/graphql', { query, variables });
  return res.body;
}

async function staffOf(owner: { client: VentoryClient }) {
  const email = `staff-${randomBytes(4).toString('hex')}@example.test`;
  await owner.client.call('POST', '/api/users', { email, password: 'staff-password', role: 'STAFF' });
  const session = await anonymous(server).auth.login({ email, password: 'staff-password' });
  return owner.client.as(session.accessToken);
}

/** Each resource: its GraphQL name, REST path, a create input, an update input and a field it changes. */
const RESOURCES = [
  {
    name: 'ShippingMethod',
    rest: 'shipping-methods',
    create: { name: 'Courier', price: '7.50' },
    update: { price: '8.00' },
    field: 'price',
  },
  {
    name: 'TaxRate',
    rest: 'tax-rates',
    create: { name: 'VAT', country: 'DE', rate: '19' },
    update: { rate: '7' },
    field: 'rate',
  },
  {
    name: 'Coupon',
    rest: 'coupons',
    create: { code: 'SAVE10', discountType: 'PERCENTAGE', discountValue: '10' },
    update: { discountValue: '15' },
    field: 'discountValue',
  },
  {
    name: 'GiftCard',
    rest: 'gift-cards',
    create: { initialBalance: '50.00' },
    update: { isActive: false },
    field: 'isActive',
  },
  {
    name: 'PaymentMethod',
    rest: 'payment-methods',
    create: { name: 'Bank transfer', provider: 'manual' },
    update: { name: 'Wire' },
    field: 'name',
  },
  {
    name: 'StoreTheme',
    rest: 'themes',
    create: { name: 'Bold' },
    update: { homeLayout: 'hero' },
    field: 'homeLayout',
  },
] as const;

describe('GraphQL admin mutations', () => {
  test('create, update and delete every store-settings resource, as REST sees it', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const rest = (path: string) => `/api/stores/${store.id}/${path}`;
    for (const r of RESOURCES) {
      const created = await gql(
        client,
        `mutation($s: ID!, $i: JSON!) { create${r.name}(storeId: $s, input: $i) { id } }`,
        {
          s: store.id,
          i: r.create,
        },
      );
      assert.equal(created.errors, undefined, `${r.name}: ${JSON.stringify(created.errors)}`);
      const id = created.data?.[`create${r.name}`]?.id ?? '';
      const updated = await gql(
        client,
        `mutation($s: ID!, $id: ID!, $i: JSON!) { update${r.name}(storeId: $s, id: $id, input: $i) { id } }`,
        { s: store.id, id, i: r.update },
      );
      assert.equal(updated.errors, undefined, `${r.name}: ${JSON.stringify(updated.errors)}`);
      const seen = await client.call<Row>('GET', `${rest(r.rest)}/${id}`);
      assert.equal(seen[r.field], Object.values(r.update)[0], `${r.name} updated through the same service`);
      const deleted = await gql<Record<string, boolean>>(
        client,
        `mutation($s: ID!, $id: ID!) { delete${r.name}(storeId: $s, id: $id) }`,
        { s: store.id, id },
      );
      assert.equal(deleted.data?.[`delete${r.name}`], true, `${r.name}: ${JSON.stringify(deleted.errors)}`);
      assert.equal((await client.raw('GET', `${rest(r.rest)}/${id}`)).status, 404);
    }
  });

  test('invalid input lists every invalid field; another tenant’s store is not found', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const bad = await gql(
      client,
      'mutation($s: ID!, $i: JSON!) { createCoupon(storeId: $s, input: $i) { id } }',
      {
        s: store.id,
        i: { code: '', discountType: 'FREE', discountValue: '-1' },
      },
    );
    const [error] = bad.errors ?? [];
    assert.equal(error?.extensions?.code, 'VALIDATION_FAILED');
    assert.deepEqual([...new Set(error?.extensions?.errors?.map((e) => e.path))].sort(), [
      'code',
      'discountType',
      'discountValue',
    ]);

    const stranger = await newMerchant(server);
    const hidden = await gql(
      stranger.client,
      'mutation($s: ID!, $i: JSON!) { createTaxRate(storeId: $s, input: $i) { id } }',
      {
        s: store.id,
        i: { name: 'VAT', country: 'DE', rate: '19' },
      },
    );
    assert.equal(hidden.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    assert.equal((await client.call<{ total: number }>('GET', `/api/stores/${store.id}/tax-rates`)).total, 0);
  });

  test('orders: fulfil, cancel and refund through GraphQL, with REST’s permissions', async () => {
    const s = await sellingShop(server);
    const staff = await staffOf(s);
    const [toShip, toCancel, toRefund] = [await s.place(1), await s.place(2), await s.place(1)];
    const action = (client: VentoryClient, name: string, id: string, input?: unknown) =>
      gql<Record<string, { status: string; paymentStatus: string; fulfillmentStatus: string }>>(
        client,
        `mutation($s: ID!, $id: ID!, $i: JSON) { ${name}(storeId: $s, id: $id, input: $i) { status paymentStatus fulfillmentStatus } }`,
        { s: s.store.id, id, i: input },
      );

    const shipped = await action(staff, 'fulfillOrder', toShip.id, { trackingNumber: 'TRK-123' });
    assert.equal(shipped.errors, undefined, JSON.stringify(shipped.errors));
    assert.equal(shipped.data?.fulfillOrder?.fulfillmentStatus, 'FULFILLED');
    assert.equal((await s.order(toShip.id)).status, 'SHIPPED');

    const canceled = await action(s.client, 'cancelOrder', toCancel.id, { reason: 'changed mind' });
    assert.equal(canceled.data?.cancelOrder?.status, 'CANCELED', JSON.stringify(canceled.errors));
    assert.equal((await s.order(toCancel.id)).paymentStatus, 'REFUNDED');

    // STAFF lacks orders.refund: 403 as on REST, and nothing moves.
    const denied = await action(staff, 'refundOrder', toRefund.id);
    assert.equal(denied.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal((await s.order(toRefund.id)).paymentStatus, 'PAID');
    const refunded = await action(s.client, 'refundOrder', toRefund.id, {
      amount: '10.00',
      reason: 'scratch',
    });
    assert.equal(refunded.errors, undefined, JSON.stringify(refunded.errors));
    const after = await s.order(toRefund.id);
    assert.equal(after.payments[0]?.refundedAmount, '10.00');

    const again = await action(s.client, 'cancelOrder', toCancel.id);
    assert.equal(again.errors?.[0]?.extensions?.code, 'INVALID_STATE');
  });

  test('STAFF cannot create the issue’s gift card, coupon or payment method over GraphQL either', async () => {
    const owner = await newMerchantWithStore(server);
    const staff = await staffOf(owner);
    for (const [name, input] of [
      ['GiftCard', { initialBalance: '500.00' }],
      ['Coupon', { code: 'ALLFREE', discountType: 'PERCENTAGE', discountValue: '100' }],
      ['PaymentMethod', { name: 'Mine', provider: 'manual' }],
      ['StoreTheme', { name: 'Sneaky' }],
    ] as const) {
      const res = await gql(
        staff,
        `mutation($s: ID!, $i: JSON!) { create${name}(storeId: $s, input: $i) { id } }`,
        {
          s: owner.store.id,
          i: input,
        },
      );
      assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN', name);
    }
    assert.equal(
      (await owner.client.call<{ total: number }>('GET', `/api/stores/${owner.store.id}/gift-cards`)).total,
      0,
    );
  });

  test('deleting a listing and a page, and the audit log records GraphQL mutations', async () => {
    const s = await sellingShop(server);
    const page = await s.client.call<Row>('POST', `${s.admin}/pages`, {
      title: 'About',
      content: '<p>Hi</p>',
    });
    for (const [name, id] of [
      ['deleteProductListing', s.listing.id],
      ['deleteStorePage', page.id],
    ] as const) {
      const res = await gql<Record<string, boolean>>(
        s.client,
        `mutation($s: ID!, $id: ID!) { ${name}(storeId: $s, id: $id) }`,
        {
          s: s.store.id,
          id,
        },
      );
      assert.equal(res.data?.[name], true, JSON.stringify(res.errors));
    }
    assert.equal((await s.client.raw('GET', `${s.admin}/products/${s.listing.id}`)).status, 404);
    assert.equal((await s.client.raw('GET', `${s.admin}/pages/${page.id}`)).status, 404);
    await gql(s.client, 'mutation($s: ID!, $i: JSON!) { createTaxRate(storeId: $s, input: $i) { id } }', {
      s: s.store.id,
      i: { name: 'VAT', country: 'DE', rate: '19' },
    });
    const audit = await s.client.call<{ data: Array<{ action: string; method: string }> }>(
      'GET',
      '/api/audit-log?limit=100',
    );
    const graph = audit.data.filter((e) => e.method === 'GRAPHQL').map((e) => e.action);
    assert.ok(graph.includes('createTaxRate'), JSON.stringify(graph));
  });

  test('domains: add (pending) and verify over GraphQL', async () => {
    const { client, store } = await newMerchantWithStore(server);
    const host = `gql-${randomBytes(4).toString('hex')}.example.test`;
    type Domain = {
      status: string;
      verifiedBy: string | null;
      verification: { dns: { name: string; value: string } };
    };
    const added = await gql<{ addStoreDomain: Domain }>(
      client,
      'mutation($s: ID!, $h: String!) { addStoreDomain(storeId: $s, hostname: $h) { status verifiedBy verification { dns { name value } } } }',
      { s: store.id, h: host },
    );
    assert.equal(added.data?.addStoreDomain.status, 'pending', JSON.stringify(added.errors));
    const verify = () =>
      gql<{ verifyStoreDomain: Domain }>(
        client,
        'mutation($s: ID!, $h: String!) { verifyStoreDomain(storeId: $s, hostname: $h) { status verifiedBy } }',
        { s: store.id, h: host },
      );
    assert.equal((await verify()).errors?.[0]?.extensions?.code, 'DOMAIN_NOT_VERIFIED');
    const record = added.data?.addStoreDomain.verification.dns;
    dns.zone.set(record?.name ?? '', { TXT: [record?.value ?? ''] });
    assert.deepEqual((await verify()).data?.verifyStoreDomain, { status: 'verified', verifiedBy: 'dns' });
    const listed = await gql<{ storeDomains: Array<{ hostname: string; status: string }> }>(
      client,
      'query($s: ID!) { storeDomains(storeId: $s) { hostname status } }',
      { s: store.id },
    );
    assert.deepEqual(
      listed.data?.storeDomains.map((d) => d.status),
      ['verified', 'verified'],
    );
    assert.equal((await anonymous(server).storefront.settings(host)).id, store.id);
  });
});
